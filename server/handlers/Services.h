#pragma once
// The long-lived parts every handler may use, built once by the server's wiring.

#include "db/ServiceLevelCache.h"
#include "engine/LoginThrottle.h"
#include "engine/PasswordHasher.h"

#include <memory>
#include <string>

namespace laoke::db {
class Database;
class CustomerSearchIndex;
}  // namespace laoke::db

namespace laoke::handlers {

struct Services {
    db::Database& database;
    const engine::PasswordHasher& passwords;
    engine::LoginThrottle throttle;
    long long sessionIdleSeconds = 12 * 3600;  ///< a session unused this long expires
    std::string serverVersion;
    db::CustomerSearchIndex* customerSearch = nullptr;  ///< in-memory search index; null: PostgreSQL's only
    /// The calendar, SLA targets and close periods tickets are measured by (shared, so Services stays movable).
    std::shared_ptr<db::ServiceLevelCache> serviceLevels = std::make_shared<db::ServiceLevelCache>();
};

}  // namespace laoke::handlers
