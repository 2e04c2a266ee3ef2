#include "db/UserRepository.h"

#include "db/Sql.h"
#include "domain/Role.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;

#define LAOKE_USER_SELECT                                                                                        \
    "SELECT u.id, u.username, u.display_name, u.role::text AS role, coalesce(u.branch_id, 0) AS branch_id, "    \
    "coalesce(b.name, '') AS branch_name, u.enabled, u.must_change_password, "                                   \
    "CASE WHEN u.locked_until > now() THEN extract(epoch FROM u.locked_until)::bigint ELSE 0 END AS locked_until, " \
    "coalesce(extract(epoch FROM u.last_login_at)::bigint, 0) AS last_login, u.version "                         \
    "FROM users u LEFT JOIN branches b ON b.id = u.branch_id "

const Statement kList{"user_list", LAOKE_USER_SELECT "ORDER BY u.username"};
const Statement kGet{"user_get", LAOKE_USER_SELECT "WHERE u.id = $1"};
const Statement kFindByName{"user_find_name", LAOKE_USER_SELECT "WHERE u.username = $1"};
const Statement kAny{"user_any", "SELECT EXISTS (SELECT 1 FROM users)"};
const Statement kOwners{
    "user_owners",
    "SELECT u.id, u.username, u.display_name, u.role::text AS role, u.branch_id, b.name AS branch_name "
    "FROM users u JOIN branches b ON b.id = u.branch_id WHERE u.enabled "
    "AND u.role IN ('account_manager', 'branch_manager') AND ($1 = 0 OR u.branch_id = $1) "
    "ORDER BY u.display_name COLLATE \"zh-x-icu\", u.id"};

#define LAOKE_CREDENTIALS_SELECT                                                                                  \
    "SELECT id, password_hash, enabled, "                                                                         \
    "greatest(0, ceil(extract(epoch FROM (coalesce(locked_until, now()) - now()))))::bigint AS locked_for, version " \
    "FROM users "

const Statement kCredentialsByName{"user_credentials_name", LAOKE_CREDENTIALS_SELECT "WHERE username = $1 FOR NO KEY UPDATE"};
const Statement kCredentialsById{"user_credentials_id", LAOKE_CREDENTIALS_SELECT "WHERE id = $1 FOR NO KEY UPDATE"};

const Statement kInsert{
    "user_insert",
    "INSERT INTO users (username, display_name, role, branch_id, password_hash, must_change_password) "
    "VALUES ($1, $2, $3::user_role, NULLIF($4::bigint, 0), $5, $6) ON CONFLICT (username) DO NOTHING RETURNING id"};
const Statement kSetEnabled{
    "user_set_enabled",
    "UPDATE users SET enabled = $2, locked_until = NULL, updated_at = now(), version = version + 1 "
    "WHERE id = $1 AND version = $3"};
const Statement kSetPassword{
    "user_set_password",
    "UPDATE users SET password_hash = $2, must_change_password = $3, locked_until = NULL, updated_at = now(), "
    "version = version + 1 WHERE id = $1 AND version = $4"};
const Statement kRecentFailures{
    "user_recent_failures",
    "SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND object_id = $1 "
    "AND at > now() - make_interval(secs => $2)"};
const Statement kLock{
    "user_lock", "UPDATE users SET locked_until = now() + make_interval(secs => $2) WHERE id = $1"};
const Statement kLoginSuccess{
    "user_login_success", "UPDATE users SET last_login_at = now(), locked_until = NULL WHERE id = $1"};

#undef LAOKE_USER_SELECT
#undef LAOKE_CREDENTIALS_SELECT

protocol::User toUser(const pqxx::row& row)
{
    protocol::User user;
    user.set_id(row["id"].as<std::int64_t>());
    user.set_username(row["username"].c_str());
    user.set_display_name(row["display_name"].c_str());
    user.set_role(domain::roleFromName(row["role"].c_str()).value_or(protocol::ROLE_UNSPECIFIED));
    user.set_branch_id(row["branch_id"].as<std::int64_t>());
    user.set_branch_name(row["branch_name"].c_str());
    user.set_enabled(row["enabled"].as<bool>());
    user.set_must_change_password(row["must_change_password"].as<bool>());
    user.set_locked_until_unix(row["locked_until"].as<std::int64_t>());
    user.set_last_login_unix(row["last_login"].as<std::int64_t>());
    user.set_version(row["version"].as<std::int64_t>());
    return user;
}

UserCredentials toCredentials(const pqxx::row& row)
{
    UserCredentials credentials;
    credentials.userId = row["id"].as<std::int64_t>();
    credentials.passwordHash = row["password_hash"].c_str();
    credentials.enabled = row["enabled"].as<bool>();
    credentials.lockedForSeconds = row["locked_for"].as<long long>();
    credentials.version = row["version"].as<std::int64_t>();
    return credentials;
}

}  // namespace

std::vector<protocol::User> UserRepository::list()
{
    std::vector<protocol::User> users;
    for (const auto& row : exec(m_work, kList)) {
        users.push_back(toUser(row));
    }
    return users;
}

std::vector<protocol::User> UserRepository::owners(std::int64_t branchId)
{
    std::vector<protocol::User> owners;
    for (const auto& row : exec(m_work, kOwners, branchId)) {
        protocol::User user;
        user.set_id(row["id"].as<std::int64_t>());
        user.set_username(row["username"].c_str());
        user.set_display_name(row["display_name"].c_str());
        if (const auto role = domain::roleFromName(row["role"].c_str())) user.set_role(*role);
        user.set_branch_id(row["branch_id"].as<std::int64_t>());
        user.set_branch_name(row["branch_name"].c_str());
        user.set_enabled(true);
        owners.push_back(std::move(user));
    }
    return owners;
}

std::optional<protocol::User> UserRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toUser(result[0]);
}

protocol::User UserRepository::get(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) {
        throw ServiceError(protocol::NOT_FOUND, "no such user");
    }
    return toUser(result[0]);
}

std::optional<protocol::User> UserRepository::findByUsername(const std::string& username)
{
    const auto result = exec(m_work, kFindByName, username);
    if (result.empty()) return std::nullopt;
    return toUser(result[0]);
}

bool UserRepository::anyUserExists()
{
    return exec(m_work, kAny)[0][0].as<bool>();
}

std::optional<UserCredentials> UserRepository::credentialsForUpdate(const std::string& username)
{
    const auto result = exec(m_work, kCredentialsByName, username);
    if (result.empty()) return std::nullopt;
    return toCredentials(result[0]);
}

std::optional<UserCredentials> UserRepository::credentialsForUpdate(std::int64_t userId)
{
    const auto result = exec(m_work, kCredentialsById, userId);
    if (result.empty()) return std::nullopt;
    return toCredentials(result[0]);
}

protocol::User UserRepository::create(const NewUser& user)
{
    const auto result = exec(m_work, kInsert, user.username, user.displayName, user.role, user.branchId,
                             user.passwordHash, user.mustChangePassword);
    if (result.empty()) {
        throw ServiceError(protocol::ALREADY_EXISTS, "this user name is taken", "username");
    }
    return get(result[0][0].as<std::int64_t>());
}

protocol::User UserRepository::afterUpdate(std::int64_t id, std::int64_t expectedVersion, bool updated)
{
    if (updated) {
        return get(id);
    }
    const protocol::User current = get(id);  // throws NOT_FOUND
    throw ServiceError(protocol::CONFLICT, "the user was changed by someone else (version " +
                                               std::to_string(current.version()) + ", expected " +
                                               std::to_string(expectedVersion) + ")");
}

protocol::User UserRepository::setEnabled(std::int64_t id, bool enabled, std::int64_t expectedVersion)
{
    const auto result = exec(m_work, kSetEnabled, id, enabled, expectedVersion);
    return afterUpdate(id, expectedVersion, result.affected_rows() == 1);
}

protocol::User UserRepository::setPassword(std::int64_t id, const std::string& passwordHash, bool mustChangePassword,
                                           std::int64_t expectedVersion)
{
    const auto result = exec(m_work, kSetPassword, id, passwordHash, mustChangePassword, expectedVersion);
    return afterUpdate(id, expectedVersion, result.affected_rows() == 1);
}

int UserRepository::recentFailedLogins(std::int64_t id, long long windowSeconds)
{
    return exec(m_work, kRecentFailures, id, static_cast<double>(windowSeconds))[0][0].as<int>();
}

void UserRepository::lock(std::int64_t id, long long seconds)
{
    exec(m_work, kLock, id, static_cast<double>(seconds));
}

void UserRepository::recordSuccessfulLogin(std::int64_t id)
{
    exec(m_work, kLoginSuccess, id);
}

}  // namespace laoke::db
