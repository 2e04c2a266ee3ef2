#include "db/MigrationRunner.h"

#include <openssl/evp.h>
#include <pqxx/pqxx>

#include <algorithm>
#include <map>
#include <set>
#include <regex>
#include <utility>

namespace laoke::db {

namespace {

// Any fixed 64-bit key works; this one spells "LAOKEMIG". Every laoke-server uses the same
// key, so concurrent starts against one database migrate one after the other.
constexpr long long kMigrationLockKey = 0x4C414F4B454D4947LL;

struct PlannedMigration {
    int version = 0;
    std::string name;
    std::string fileName;
    std::string checksum;
    const std::string* sql = nullptr;
};

std::string sha256Hex(const std::string& text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
        throw MigrationError("OpenSSL could not compute a SHA-256 checksum for a migration");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex.push_back(kHex[digest[i] >> 4]);
        hex.push_back(kHex[digest[i] & 0x0F]);
    }
    return hex;
}

std::vector<PlannedMigration> plan(const std::vector<MigrationFile>& files)
{
    static const std::regex kFileName(R"(^V([0-9]{4,})__([a-z0-9_]+)\.sql$)");
    std::vector<PlannedMigration> planned;
    std::map<int, std::string> seen;
    for (const MigrationFile& file : files) {
        std::smatch match;
        if (!std::regex_match(file.fileName, match, kFileName)) {
            throw MigrationError("Migration file name '" + file.fileName +
                                 "' is malformed: expected V<4 or more digits>__<name>.sql with a name of "
                                 "lowercase letters, digits and underscores, e.g. V0002__customers.sql.");
        }
        int version = 0;
        try {
            version = std::stoi(match[1].str());
        } catch (const std::out_of_range&) {
            throw MigrationError("Migration file name '" + file.fileName + "' has a version number that is too large");
        }
        if (version <= 0) {
            throw MigrationError("Migration file '" + file.fileName + "' has version 0; versions start at 1");
        }
        auto [existing, inserted] = seen.emplace(version, file.fileName);
        if (!inserted) {
            throw MigrationError("Migrations '" + existing->second + "' and '" + file.fileName +
                                 "' share version " + std::to_string(version) +
                                 "; every migration needs its own version number");
        }
        planned.push_back({version, match[2].str(), file.fileName, sha256Hex(file.sql), &file.sql});
    }
    std::sort(planned.begin(), planned.end(),
              [](const PlannedMigration& a, const PlannedMigration& b) { return a.version < b.version; });
    return planned;
}

// libpq messages end with a newline and may carry a LINE/caret excerpt; keep them intact
// but make them read as one sentence inside ours.
std::string postgresMessage(const pqxx::sql_error& error)
{
    std::string message = error.what();
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
    }
    return message;
}

std::string describeApplied(int version, const std::string& name)
{
    std::string digits = std::to_string(version);
    if (digits.size() < 4) {
        digits.insert(0, 4 - digits.size(), '0');
    }
    return "V" + digits + "__" + name + ".sql";
}

}  // namespace

MigrationRunner::MigrationRunner(std::string connectionUrl, std::vector<MigrationFile> migrations)
    : m_connectionUrl(std::move(connectionUrl)), m_migrations(std::move(migrations))
{
}

std::vector<AppliedMigration> MigrationRunner::run()
{
    // Validate the shipped files before touching the database, so a packaging mistake is
    // reported as such and not as a database problem.
    const std::vector<PlannedMigration> planned = plan(m_migrations);

    pqxx::connection connection(m_connectionUrl);
    pqxx::work tx(connection, "laoke_migrations");
    tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLockKey) + ")");
    // "already exists, skipping" notices would otherwise be printed on every start.
    tx.exec("SET LOCAL client_min_messages = warning");
    tx.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version integer PRIMARY KEY,"
        " name text NOT NULL,"
        " checksum text NOT NULL,"
        " applied_at timestamptz NOT NULL DEFAULT now())");

    std::map<int, const PlannedMigration*> shipped;
    for (const PlannedMigration& migration : planned) {
        shipped.emplace(migration.version, &migration);
    }

    int highestApplied = 0;
    std::set<int> applied;
    for (const auto& row : tx.exec("SELECT version, name, checksum FROM schema_migrations ORDER BY version")) {
        const int version = row[0].as<int>();
        const std::string name = row[1].as<std::string>();
        const std::string checksum = row[2].as<std::string>();
        auto it = shipped.find(version);
        if (it == shipped.end()) {
            throw MigrationError("The database has migration " + describeApplied(version, name) +
                                 " applied, but this laoke-server does not ship it: the database is newer "
                                 "than this server. Run a laoke-server version that includes this migration.");
        }
        if (it->second->checksum != checksum) {
            throw MigrationError("Migration " + it->second->fileName +
                                 " was changed after it was applied to this database (checksum " + checksum +
                                 " recorded, " + it->second->checksum +
                                 " shipped). Changing an applied migration is not allowed: restore the "
                                 "original file and add a new migration with the change instead.");
        }
        applied.insert(version);
        highestApplied = version;
    }

    std::vector<AppliedMigration> result;
    for (const PlannedMigration& migration : planned) {
        if (applied.contains(migration.version)) {
            continue;
        }
        if (migration.version < highestApplied) {
            throw MigrationError("Migration " + migration.fileName + " is not applied, but a later migration (version " +
                                 std::to_string(highestApplied) +
                                 ") already is. Migrations apply in order: give it a version higher than every "
                                 "applied migration.");
        }
        try {
            tx.exec(*migration.sql);
            tx.exec_params("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                           migration.version, migration.name, migration.checksum);
        } catch (const pqxx::sql_error& error) {
            throw MigrationError("Migration " + migration.fileName + " failed: " + postgresMessage(error) +
                                 "\nNo migration was applied; the database is unchanged. Fix the migration "
                                 "and start the server again.");
        }
        result.push_back({migration.version, migration.name});
    }

    try {
        tx.commit();
    } catch (const pqxx::sql_error& error) {
        throw MigrationError("Committing the migrations failed: " + postgresMessage(error) +
                             "\nNo migration was applied; the database is unchanged.");
    }
    return result;
}

}  // namespace laoke::db
