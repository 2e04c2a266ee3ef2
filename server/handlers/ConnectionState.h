#pragma once
// What the server knows about one client connection. Owned by the network session; the
// dispatcher reads and updates it while handling that connection's one request in flight,
// so no locking is needed.

#include <cstdint>
#include <optional>
#include <string>

namespace laoke::handlers {

struct AuthenticatedUser {
    std::int64_t sessionId = 0;
    std::int64_t userId = 0;
    std::string username;
    std::string role;          ///< "admin", "branch_manager", "account_manager", "engineer"
    std::int64_t branchId = 0;
    bool mustChangePassword = false;
    long long sessionExpiresAtUnix = 0;  ///< as of the last validation
};

struct ConnectionState {
    enum class Phase {
        AwaitingHello,  ///< TLS is up; the first message must be Hello
        Open,           ///< Hello done; requests allowed (login decides which)
    };

    Phase phase = Phase::AwaitingHello;
    std::string connectionId;
    std::string peer;
    std::string clientName;
    std::optional<AuthenticatedUser> user;
    /// Set by the dispatcher when the reply must be the last message on this connection.
    bool closeAfterReply = false;
    /// The client asked for live updates (watch_events); they stop when it logs out.
    bool watchingEvents = false;
};

}  // namespace laoke::handlers
