#include "domain/Role.h"

namespace laoke::domain {

std::string roleName(Role role)
{
    switch (role) {
    case laoke::protocol::ADMIN: return "admin";
    case laoke::protocol::BRANCH_MANAGER: return "branch_manager";
    case laoke::protocol::ACCOUNT_MANAGER: return "account_manager";
    case laoke::protocol::ENGINEER: return "engineer";
    case laoke::protocol::ROLE_UNSPECIFIED:
    case laoke::protocol::Role_INT_MIN_SENTINEL_DO_NOT_USE_:
    case laoke::protocol::Role_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return {};
}

std::optional<Role> roleFromName(std::string_view name)
{
    for (Role role : {laoke::protocol::ADMIN, laoke::protocol::BRANCH_MANAGER, laoke::protocol::ACCOUNT_MANAGER,
                      laoke::protocol::ENGINEER}) {
        if (roleName(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}

}  // namespace laoke::domain
