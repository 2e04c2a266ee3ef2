#pragma once
// JSON snapshots of objects for audit rows (never secrets such as password hashes).

#include "laoke.pb.h"

#include <nlohmann/json.hpp>

namespace laoke::handlers {

nlohmann::json auditJson(const protocol::User& user);
nlohmann::json auditJson(const protocol::Branch& branch);

}  // namespace laoke::handlers
