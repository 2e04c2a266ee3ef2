#include "db/SessionRepository.h"

#include "db/Sql.h"

namespace laoke::db {
namespace {

#define LAOKE_SESSION_COLUMNS                                                                                \
    "s.id, s.user_id, u.username, u.role::text AS role, coalesce(u.branch_id, 0) AS branch_id, "            \
    "u.must_change_password, extract(epoch FROM s.expires_at)::bigint AS expires_at "
#define LAOKE_SESSION_VALID "s.revoked_at IS NULL AND s.expires_at > now() AND u.enabled "

const Statement kInsert{
    "session_insert",
    "WITH s AS (INSERT INTO sessions (token_hash, user_id, expires_at, client, peer) "
    "VALUES (decode($1, 'hex'), $2, now() + make_interval(secs => $3), $4, $5) RETURNING *) "
    "SELECT " LAOKE_SESSION_COLUMNS "FROM s JOIN users u ON u.id = s.user_id"};
const Statement kResume{
    "session_resume",
    "WITH s AS (UPDATE sessions s SET last_seen_at = now(), "
    "expires_at = greatest(s.expires_at, now() + make_interval(secs => $2)) FROM users u "
    "WHERE s.token_hash = decode($1, 'hex') AND u.id = s.user_id AND " LAOKE_SESSION_VALID "RETURNING s.*) "
    "SELECT " LAOKE_SESSION_COLUMNS "FROM s JOIN users u ON u.id = s.user_id"};
const Statement kValidate{
    "session_validate",
    "SELECT " LAOKE_SESSION_COLUMNS "FROM sessions s JOIN users u ON u.id = s.user_id "
    "WHERE s.id = $1 AND " LAOKE_SESSION_VALID};
const Statement kRevoke{
    "session_revoke", "UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL"};
const Statement kRevokeUser{
    "session_revoke_user",
    "UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL"};

#undef LAOKE_SESSION_COLUMNS
#undef LAOKE_SESSION_VALID

SessionInfo toSession(const pqxx::row& row)
{
    SessionInfo info;
    info.sessionId = row["id"].as<std::int64_t>();
    info.userId = row["user_id"].as<std::int64_t>();
    info.username = row["username"].c_str();
    info.role = row["role"].c_str();
    info.branchId = row["branch_id"].as<std::int64_t>();
    info.mustChangePassword = row["must_change_password"].as<bool>();
    info.expiresAtUnix = row["expires_at"].as<long long>();
    return info;
}

std::optional<SessionInfo> firstSession(const pqxx::result& result)
{
    if (result.empty()) return std::nullopt;
    return toSession(result[0]);
}

}  // namespace

SessionInfo SessionRepository::create(std::int64_t userId, const std::string& tokenHashHex, long long idleSeconds,
                                      const std::string& client, const std::string& peer)
{
    return toSession(exec(m_work, kInsert, tokenHashHex, userId, static_cast<double>(idleSeconds), client, peer)[0]);
}

std::optional<SessionInfo> SessionRepository::resume(const std::string& tokenHashHex, long long idleSeconds)
{
    return firstSession(exec(m_work, kResume, tokenHashHex, static_cast<double>(idleSeconds)));
}

std::optional<SessionInfo> SessionRepository::validate(std::int64_t sessionId)
{
    return firstSession(exec(m_work, kValidate, sessionId));
}

void SessionRepository::revoke(std::int64_t sessionId)
{
    exec(m_work, kRevoke, sessionId);
}

void SessionRepository::revokeAllForUser(std::int64_t userId, std::int64_t keepSessionId)
{
    exec(m_work, kRevokeUser, userId, keepSessionId);
}

}  // namespace laoke::db
