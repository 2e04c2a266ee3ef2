#pragma once
// The four roles and their stable text names (used in the database, logs and laokectl).

#include "laoke.pb.h"

#include <optional>
#include <string>
#include <string_view>

namespace laoke::domain {

using Role = laoke::protocol::Role;

/// "admin", "branch_manager", "account_manager", "engineer"; empty for unspecified.
std::string roleName(Role role);

/// Inverse of roleName; nullopt for an unknown name.
std::optional<Role> roleFromName(std::string_view name);

}  // namespace laoke::domain
