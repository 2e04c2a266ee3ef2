#pragma once
// Applies sql/migrations (forward-only, V0001__name.sql ...) to a database and records each
// one with its SHA-256 checksum in schema_migrations. All pending migrations run in one
// transaction under an advisory lock: a failure leaves the database exactly as it was, and
// two servers starting at once do not both migrate.

#include <stdexcept>
#include <string>
#include <vector>

namespace laoke::db {

/// One migration file as shipped: its file name and its SQL text.
struct MigrationFile {
    std::string fileName;  ///< "V0001__accounts.sql"
    std::string sql;
};

/// The migrations compiled into this binary from sql/migrations (generated at build time).
std::vector<MigrationFile> embeddedMigrations();

/// Raised with a message a person can act on: which migration, and what is wrong.
class MigrationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct AppliedMigration {
    int version = 0;
    std::string name;
};

class MigrationRunner {
public:
    MigrationRunner(std::string connectionUrl, std::vector<MigrationFile> migrations);

    /// Verifies the checksums of applied migrations, then applies the pending ones.
    /// Returns the migrations applied by this call (empty when up to date).
    /// Throws MigrationError for a malformed file name, a duplicate version, a changed
    /// checksum, an applied migration missing from this binary, or failing SQL.
    std::vector<AppliedMigration> run();

private:
    std::string m_connectionUrl;
    std::vector<MigrationFile> m_migrations;
};

}  // namespace laoke::db
