#pragma once
// Any protocol message as a QJsonObject with the protocol's field names, every field present
// (defaults included, so scripts need not know proto3's omissions), 64-bit integers as JSON
// numbers (ids and fen stay far below 2^53) and enums by name. Used by --json for customers.

#include <QJsonObject>

namespace google::protobuf {
class Message;
}

namespace laoke::client::cli {

QJsonObject protoToJson(const google::protobuf::Message& message);

}  // namespace laoke::client::cli
