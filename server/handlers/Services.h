#pragma once
// The long-lived parts every handler may use, built once by the server's wiring.

#include "engine/LoginThrottle.h"
#include "engine/PasswordHasher.h"

#include <string>

namespace laoke::db { class Database; }

namespace laoke::handlers {

struct Services {
    db::Database& database;
    const engine::PasswordHasher& passwords;
    engine::LoginThrottle throttle;
    long long sessionIdleSeconds = 12 * 3600;  ///< a session unused this long expires
    std::string serverVersion;
};

}  // namespace laoke::handlers
