#pragma once
// What a new installation needs: on first start an `admin` with a random password
// (printed once to the log and written to DIR/initial-admin-password, mode 0600); with
// --demo, demo branches and one user of each role, all with the password "laoke-demo"; and
// the shipped service levels (working hours, SLA targets, the published holiday calendars).

#include <filesystem>

namespace laoke::db { class Database; }
namespace laoke::engine { class PasswordHasher; }

namespace laoke::app {

inline constexpr const char* kDemoPassword = "laoke-demo";

/// Creates the initial admin when the database has no user at all. Idempotent.
void ensureInitialAdmin(db::Database& database, const engine::PasswordHasher& passwords,
                        const std::filesystem::path& dataDir);

/// Creates the demo branches and the users admin, manager, account and engineer where
/// missing. Idempotent; never changes an existing user.
void ensureDemoAccounts(db::Database& database, const engine::PasswordHasher& passwords);

/// Stores the shipped service levels when none are stored, and warns in the log when the
/// working calendar lacks this year or the next (the administrator must add it).
void ensureServiceLevels(db::Database& database);

}  // namespace laoke::app
