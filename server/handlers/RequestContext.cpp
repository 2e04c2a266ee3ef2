#include "handlers/RequestContext.h"

#include "db/Database.h"
#include "db/SessionRepository.h"
#include "engine/ServiceError.h"

namespace laoke::handlers {

void checkAccess(const Access& access, const AuthenticatedUser& user)
{
    if (!access.permitsRole(user.role)) {
        throw engine::ServiceError(protocol::FORBIDDEN, "your role may not do this");
    }
    if (user.mustChangePassword && !access.allowedBeforePasswordChange) {
        throw engine::ServiceError(protocol::PASSWORD_CHANGE_REQUIRED, "change your password first");
    }
}

db::Actor RequestContext::actor() const
{
    db::Actor actor;
    actor.peer = m_connection.peer;
    actor.connectionId = m_connection.connectionId;
    if (m_connection.user) {
        actor.userId = m_connection.user->userId;
        actor.username = m_connection.user->username;
        actor.role = m_connection.user->role;
        actor.branchId = m_connection.user->branchId;
    }
    return actor;
}

void RequestContext::transact(const std::function<void(db::UnitOfWork&)>& work)
{
    bool sessionEnded = false;
    const db::Actor who = actor();
    try {
        m_services.database.transact(who, [&](db::UnitOfWork& unit) {
            if (m_connection.user) {
                const auto session = db::SessionRepository(unit).validate(m_connection.user->sessionId);
                if (!session) {
                    sessionEnded = true;
                    throw engine::ServiceError(protocol::SESSION_EXPIRED, "the session has ended; log in again");
                }
                // Role, branch and the password-change flag may have changed since login.
                m_connection.user->role = session->role;
                m_connection.user->branchId = session->branchId;
                m_connection.user->mustChangePassword = session->mustChangePassword;
                m_connection.user->sessionExpiresAtUnix = session->expiresAtUnix;
                checkAccess(m_access, *m_connection.user);
            }
            work(unit);
        });
    } catch (...) {
        if (sessionEnded) {
            m_connection.user.reset();
        }
        throw;
    }
}

}  // namespace laoke::handlers
