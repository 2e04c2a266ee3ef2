#pragma once
// Everything a handler needs for one request: the services, the connection's state, and a
// transaction that re-checks the caller's session inside it (a disabled user or a revoked
// session stops working at once, not at the next login).

#include "handlers/Access.h"
#include "handlers/ConnectionState.h"
#include "handlers/Services.h"
#include "db/Actor.h"

#include <cstdint>
#include <functional>

namespace laoke::db { class UnitOfWork; }

namespace laoke::handlers {

/// Throws FORBIDDEN or PASSWORD_CHANGE_REQUIRED when `user` may not make the request.
void checkAccess(const Access& access, const AuthenticatedUser& user);

class RequestContext {
public:
    RequestContext(Services& services, ConnectionState& connection, std::uint64_t requestId, Access access)
        : m_services(services), m_connection(connection), m_requestId(requestId), m_access(access)
    {
    }

    Services& services() { return m_services; }
    ConnectionState& connection() { return m_connection; }
    std::uint64_t requestId() const { return m_requestId; }

    /// The logged-in user; only valid for requests that require login.
    const AuthenticatedUser& user() const { return *m_connection.user; }

    /// The actor for audit rows and database policies.
    db::Actor actor() const;

    /// Runs `work` in one transaction. For a logged-in connection the session is validated
    /// first in the same transaction; an invalid one logs the connection out and throws
    /// SESSION_EXPIRED, and the request's access rule is checked again against the
    /// session's current role (FORBIDDEN, PASSWORD_CHANGE_REQUIRED).
    void transact(const std::function<void(db::UnitOfWork&)>& work);

private:
    Services& m_services;
    ConnectionState& m_connection;
    std::uint64_t m_requestId;
    Access m_access;
};

}  // namespace laoke::handlers
