#pragma once
// Login sessions. A session is valid while it is not revoked, not expired, and its user is
// enabled; every use slides its expiry forward by the configured idle time.

#include "db/UnitOfWork.h"

#include <cstdint>
#include <optional>
#include <string>

namespace laoke::db {

struct SessionInfo {
    std::int64_t sessionId = 0;
    std::int64_t userId = 0;
    std::string username;
    std::string role;
    std::int64_t branchId = 0;
    bool mustChangePassword = false;
    long long expiresAtUnix = 0;
};

class SessionRepository {
public:
    explicit SessionRepository(UnitOfWork& work) : m_work(work) {}

    /// Stores a new session for `tokenHashHex`; returns its id and expiry.
    SessionInfo create(std::int64_t userId, const std::string& tokenHashHex, long long idleSeconds,
                       const std::string& client, const std::string& peer);

    /// The valid session with this token hash, its expiry slid forward; nullopt otherwise.
    std::optional<SessionInfo> resume(const std::string& tokenHashHex, long long idleSeconds);

    /// The session by id if still valid (checked on every request), without sliding.
    std::optional<SessionInfo> validate(std::int64_t sessionId);

    void revoke(std::int64_t sessionId);
    /// Ends every session of the user (disabled, password reset), except `keepSessionId`.
    void revokeAllForUser(std::int64_t userId, std::int64_t keepSessionId = 0);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
