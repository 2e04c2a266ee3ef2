#include "handlers/AuthHandler.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/SessionRepository.h"
#include "db/UserRepository.h"
#include "domain/AccountRules.h"
#include "engine/ServiceError.h"
#include "engine/SessionToken.h"
#include "handlers/AuditDetails.h"

#include <spdlog/spdlog.h>

#include <chrono>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

// Bounds the work an anonymous peer can make us do: argon2 cost grows with input length.
constexpr std::size_t kMaxCredentialBytes = 1024;

AuthenticatedUser toAuthenticated(const db::SessionInfo& session)
{
    return AuthenticatedUser{session.sessionId, session.userId,  session.username,          session.role,
                             session.branchId,  session.mustChangePassword, session.expiresAtUnix};
}

void throwIfViolated(const std::optional<domain::RuleViolation>& violation)
{
    if (violation) {
        throw ServiceError(proto::VALIDATION_FAILED, violation->message, violation->field);
    }
}

}  // namespace

proto::Envelope handlePing(RequestContext&, const proto::PingRequest&)
{
    proto::Envelope reply;
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    reply.mutable_ping_reply()->set_server_time_unix_ms(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
    return reply;
}

proto::Envelope handleLogin(RequestContext& context, const proto::LoginRequest& request)
{
    if (context.connection().user) {
        throw ServiceError(proto::PROTOCOL_VIOLATION, "already logged in on this connection; log out first");
    }
    if (request.username().empty() || request.username().size() > kMaxCredentialBytes) {
        throw ServiceError(proto::VALIDATION_FAILED, "user name is required", "username");
    }
    if (request.password().empty() || request.password().size() > kMaxCredentialBytes) {
        throw ServiceError(proto::VALIDATION_FAILED, "password is required", "password");
    }
    Services& services = context.services();

    std::optional<db::UserCredentials> credentials;
    context.transact([&](db::UnitOfWork& work) { credentials = db::UserRepository(work).credentialsForUpdate(request.username()); });

    // The expensive check runs outside any transaction, so no row stays locked meanwhile.
    bool passwordMatches = false;
    if (credentials) {
        passwordMatches = services.passwords.verify(request.password(), credentials->passwordHash);
    } else {
        services.passwords.verifyDummy(request.password());
    }

    // Outcome is decided and audited in one transaction; errors are thrown only after it
    // commits, so a refused attempt is still recorded.
    std::optional<ServiceError> refusal;
    proto::Envelope reply;
    db::Actor actor = context.actor();
    actor.username = request.username();
    services.database.transact(actor, [&](db::UnitOfWork& work) {
        db::UserRepository users(work);
        db::AuditLog audit(work);
        const auto current = credentials ? users.credentialsForUpdate(credentials->userId) : std::nullopt;
        if (!current) {
            audit.record("login.failed", "user", std::nullopt, {{"username", request.username()}, {"reason", "unknown user"}});
            refusal = ServiceError(proto::INVALID_CREDENTIALS, "wrong user name or password");
            return;
        }
        if (current->lockedForSeconds > 0) {
            audit.record("login.refused_locked", "user", current->userId, {{"username", request.username()}});
            refusal = ServiceError(proto::ACCOUNT_LOCKED, "too many failed logins; the account is locked", {},
                                   current->lockedForSeconds);
            return;
        }
        if (!passwordMatches) {
            audit.record("login.failed", "user", current->userId, {{"username", request.username()}, {"reason", "wrong password"}});
            const auto& policy = services.throttle.policy();
            const int failures = users.recentFailedLogins(current->userId, policy.window.count());
            if (services.throttle.shouldLock(failures)) {
                users.lock(current->userId, policy.lockDuration.count());
                audit.record("user.locked", "user", current->userId, {{"failures", failures}});
                spdlog::warn("user '{}' locked for {} s after {} failed logins", request.username(),
                             policy.lockDuration.count(), failures);
                refusal = ServiceError(proto::ACCOUNT_LOCKED, "too many failed logins; the account is locked", {},
                                       policy.lockDuration.count());
            } else {
                refusal = ServiceError(proto::INVALID_CREDENTIALS, "wrong user name or password");
            }
            return;
        }
        if (!current->enabled) {
            audit.record("login.refused_disabled", "user", current->userId, {{"username", request.username()}});
            refusal = ServiceError(proto::ACCOUNT_DISABLED, "this account is disabled");
            return;
        }
        const std::string token = engine::newSessionToken();
        const db::SessionInfo session = db::SessionRepository(work).create(
            current->userId, engine::sessionTokenHashHex(token), services.sessionIdleSeconds,
            context.connection().clientName, context.connection().peer);
        users.recordSuccessfulLogin(current->userId);
        audit.record("login.succeeded", "user", current->userId, {{"session_id", session.sessionId}});
        auto* login = reply.mutable_login_reply();
        login->set_session_token(token);
        *login->mutable_user() = users.get(current->userId);
        login->set_expires_at_unix(session.expiresAtUnix);
        context.connection().user = toAuthenticated(session);
    });
    if (refusal) {
        throw *refusal;
    }
    spdlog::info("user '{}' logged in", request.username());
    return reply;
}

proto::Envelope handleResumeSession(RequestContext& context, const proto::ResumeSessionRequest& request)
{
    if (context.connection().user) {
        throw ServiceError(proto::PROTOCOL_VIOLATION, "already logged in on this connection; log out first");
    }
    if (request.session_token().size() != 64) {
        throw ServiceError(proto::SESSION_EXPIRED, "the session has ended; log in again");
    }
    Services& services = context.services();
    proto::Envelope reply;
    bool resumed = false;
    context.transact([&](db::UnitOfWork& work) {
        const auto session = db::SessionRepository(work).resume(engine::sessionTokenHashHex(request.session_token()),
                                                                services.sessionIdleSeconds);
        if (!session) {
            return;
        }
        auto* login = reply.mutable_login_reply();
        login->set_session_token(request.session_token());
        *login->mutable_user() = db::UserRepository(work).get(session->userId);
        login->set_expires_at_unix(session->expiresAtUnix);
        context.connection().user = toAuthenticated(*session);
        db::AuditLog(work).record("session.resumed", "user", session->userId, {{"session_id", session->sessionId}});
        resumed = true;
    });
    if (!resumed) {
        throw ServiceError(proto::SESSION_EXPIRED, "the session has ended; log in again");
    }
    spdlog::info("user '{}' resumed session {}", context.user().username, context.user().sessionId);
    return reply;
}

proto::Envelope handleLogout(RequestContext& context, const proto::LogoutRequest&)
{
    context.transact([&](db::UnitOfWork& work) {
        db::SessionRepository(work).revoke(context.user().sessionId);
        db::AuditLog(work).record("logout", "user", context.user().userId, {{"session_id", context.user().sessionId}});
    });
    spdlog::info("user '{}' logged out", context.user().username);
    context.connection().user.reset();
    context.connection().watchingEvents = false;
    proto::Envelope reply;
    reply.mutable_ok();
    return reply;
}

proto::Envelope handleWhoAmI(RequestContext& context, const proto::WhoAmIRequest&)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        auto* whoAmI = reply.mutable_who_am_i_reply();
        *whoAmI->mutable_user() = db::UserRepository(work).get(context.user().userId);
        // transact() has just validated the session and refreshed its expiry.
        whoAmI->set_session_expires_at_unix(context.user().sessionExpiresAtUnix);
    });
    return reply;
}

proto::Envelope handleChangePassword(RequestContext& context, const proto::ChangePasswordRequest& request)
{
    if (request.old_password().empty() || request.old_password().size() > kMaxCredentialBytes) {
        throw ServiceError(proto::VALIDATION_FAILED, "the current password is required", "old_password");
    }
    throwIfViolated(domain::checkPassword(request.new_password(), "new_password"));
    if (request.new_password() == request.old_password()) {
        throw ServiceError(proto::VALIDATION_FAILED, "the new password must differ from the current one", "new_password");
    }
    Services& services = context.services();
    std::optional<db::UserCredentials> credentials;
    context.transact([&](db::UnitOfWork& work) { credentials = db::UserRepository(work).credentialsForUpdate(context.user().userId); });
    if (!credentials || !services.passwords.verify(request.old_password(), credentials->passwordHash)) {
        context.transact([&](db::UnitOfWork& work) {
            db::AuditLog(work).record("user.password_change_failed", "user", context.user().userId, {{"reason", "wrong current password"}});
        });
        throw ServiceError(proto::INVALID_CREDENTIALS, "the current password is wrong", "old_password");
    }
    const std::string newHash = services.passwords.hash(request.new_password());
    context.transact([&](db::UnitOfWork& work) {
        db::UserRepository users(work);
        const proto::User after = users.setPassword(context.user().userId, newHash, false, credentials->version);
        // Other sessions of this user end: whoever knew the old password is out.
        db::SessionRepository(work).revokeAllForUser(context.user().userId, context.user().sessionId);
        db::AuditLog(work).record("user.password_changed", "user", context.user().userId, {{"after", auditJson(after)}});
    });
    context.connection().user->mustChangePassword = false;
    proto::Envelope reply;
    reply.mutable_ok();
    return reply;
}

}  // namespace laoke::handlers
