#include "ProtoJson.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

#include <QJsonArray>

namespace laoke::client::cli {

namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

QJsonValue single(const Message& message, const Reflection& reflection, const FieldDescriptor& field)
{
    switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32: return reflection.GetInt32(message, &field);
    case FieldDescriptor::CPPTYPE_INT64: return static_cast<qint64>(reflection.GetInt64(message, &field));
    case FieldDescriptor::CPPTYPE_UINT32: return static_cast<qint64>(reflection.GetUInt32(message, &field));
    case FieldDescriptor::CPPTYPE_UINT64: return static_cast<qint64>(reflection.GetUInt64(message, &field));
    case FieldDescriptor::CPPTYPE_DOUBLE: return reflection.GetDouble(message, &field);
    case FieldDescriptor::CPPTYPE_FLOAT: return reflection.GetFloat(message, &field);
    case FieldDescriptor::CPPTYPE_BOOL: return reflection.GetBool(message, &field);
    case FieldDescriptor::CPPTYPE_ENUM: return QString::fromStdString(reflection.GetEnum(message, &field)->name());
    case FieldDescriptor::CPPTYPE_STRING: {
        const std::string value = reflection.GetString(message, &field);
        return field.type() == FieldDescriptor::TYPE_BYTES
            ? QString::fromLatin1(QByteArray::fromStdString(value).toBase64())
            : QString::fromStdString(value);
    }
    case FieldDescriptor::CPPTYPE_MESSAGE: return protoToJson(reflection.GetMessage(message, &field));
    }
    return {};
}

QJsonValue element(const Message& message, const Reflection& reflection, const FieldDescriptor& field, int index)
{
    switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32: return reflection.GetRepeatedInt32(message, &field, index);
    case FieldDescriptor::CPPTYPE_INT64: return static_cast<qint64>(reflection.GetRepeatedInt64(message, &field, index));
    case FieldDescriptor::CPPTYPE_UINT32: return static_cast<qint64>(reflection.GetRepeatedUInt32(message, &field, index));
    case FieldDescriptor::CPPTYPE_UINT64: return static_cast<qint64>(reflection.GetRepeatedUInt64(message, &field, index));
    case FieldDescriptor::CPPTYPE_DOUBLE: return reflection.GetRepeatedDouble(message, &field, index);
    case FieldDescriptor::CPPTYPE_FLOAT: return reflection.GetRepeatedFloat(message, &field, index);
    case FieldDescriptor::CPPTYPE_BOOL: return reflection.GetRepeatedBool(message, &field, index);
    case FieldDescriptor::CPPTYPE_ENUM:
        return QString::fromStdString(reflection.GetRepeatedEnum(message, &field, index)->name());
    case FieldDescriptor::CPPTYPE_STRING: return QString::fromStdString(reflection.GetRepeatedString(message, &field, index));
    case FieldDescriptor::CPPTYPE_MESSAGE: return protoToJson(reflection.GetRepeatedMessage(message, &field, index));
    }
    return {};
}

}  // namespace

QJsonObject protoToJson(const Message& message)
{
    QJsonObject object;
    const auto* descriptor = message.GetDescriptor();
    const auto* reflection = message.GetReflection();
    for (int i = 0; i < descriptor->field_count(); ++i) {
        const FieldDescriptor& field = *descriptor->field(i);
        const QString name = QString::fromStdString(field.name());
        if (field.is_repeated()) {
            QJsonArray values;
            for (int j = 0; j < reflection->FieldSize(message, &field); ++j) {
                values.append(element(message, *reflection, field, j));
            }
            object.insert(name, values);
        } else if (field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE && !reflection->HasField(message, &field)) {
            object.insert(name, QJsonValue::Null);
        } else {
            object.insert(name, single(message, *reflection, field));
        }
    }
    return object;
}

}  // namespace laoke::client::cli
