#pragma once
// Who is acting in a transaction. Written into per-transaction settings (laoke.user_id,
// laoke.role, laoke.branch_id) so database policies can check it, and into audit rows.

#include <cstdint>
#include <string>

namespace laoke::db {

struct Actor {
    std::int64_t userId = 0;   ///< 0: nobody logged in yet (login) or the server itself
    std::string username;      ///< as typed at login when userId is 0
    std::string role;          ///< "admin", ...; empty when not logged in
    std::int64_t branchId = 0; ///< 0: none
    std::string peer;          ///< client address "ip:port"
    std::string connectionId;  ///< the log's connection id, to join logs and audit rows

    static Actor system() { return Actor{0, "laoke-server", "system", 0, "", ""}; }

    /// A logged-in user's transactions run as the role laoke_app (row-level security).
    bool usesApplicationRole() const
    {
        return role == "admin" || role == "branch_manager" || role == "account_manager" || role == "engineer";
    }
};

}  // namespace laoke::db
