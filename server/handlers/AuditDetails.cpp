#include "handlers/AuditDetails.h"

#include "domain/Role.h"

#include <google/protobuf/util/json_util.h>

namespace laoke::handlers {

nlohmann::json auditJson(const protocol::User& user)
{
    return {{"id", user.id()},
            {"username", user.username()},
            {"display_name", user.display_name()},
            {"role", domain::roleName(user.role())},
            {"branch_id", user.branch_id()},
            {"enabled", user.enabled()},
            {"must_change_password", user.must_change_password()},
            {"version", user.version()}};
}

nlohmann::json auditJson(const protocol::Branch& branch)
{
    return {{"id", branch.id()}, {"code", branch.code()}, {"name", branch.name()}, {"city", branch.city()},
            {"version", branch.version()}};
}

nlohmann::json auditJson(const google::protobuf::Message& record)
{
    google::protobuf::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    options.always_print_primitive_fields = true;
    std::string text;
    if (!google::protobuf::util::MessageToJsonString(record, &text, options).ok()) return nlohmann::json::object();
    return nlohmann::json::parse(text, nullptr, false);
}

}  // namespace laoke::handlers
