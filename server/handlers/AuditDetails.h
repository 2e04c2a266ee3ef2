#pragma once
// JSON snapshots of objects for audit rows (never secrets such as password hashes).

#include "laoke.pb.h"

#include <google/protobuf/message.h>
#include <nlohmann/json.hpp>

namespace laoke::handlers {

nlohmann::json auditJson(const protocol::User& user);
nlohmann::json auditJson(const protocol::Branch& branch);

/// Any protocol record (customer, contact, contract ...) as JSON with its protocol field
/// names; read-only display fields are left in, so the audit row reads on its own.
nlohmann::json auditJson(const google::protobuf::Message& record);

}  // namespace laoke::handlers
