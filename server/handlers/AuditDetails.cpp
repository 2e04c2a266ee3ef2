#include "handlers/AuditDetails.h"

#include "domain/Role.h"

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

}  // namespace laoke::handlers
