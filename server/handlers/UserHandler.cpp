#include "handlers/UserHandler.h"

#include "db/AuditLog.h"
#include "db/BranchRepository.h"
#include "db/SessionRepository.h"
#include "db/UserRepository.h"
#include "domain/AccountRules.h"
#include "domain/Role.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

void throwIfViolated(const std::optional<domain::RuleViolation>& violation)
{
    if (violation) {
        throw ServiceError(proto::VALIDATION_FAILED, violation->message, violation->field);
    }
}

proto::Envelope userReply(const proto::User& user)
{
    proto::Envelope reply;
    *reply.mutable_user_reply()->mutable_user() = user;
    return reply;
}

}  // namespace

proto::Envelope handleListUsers(RequestContext& context, const proto::ListUsersRequest&)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        for (auto& user : db::UserRepository(work).list()) {
            *reply.mutable_list_users_reply()->add_users() = std::move(user);
        }
    });
    reply.mutable_list_users_reply();
    return reply;
}

proto::Envelope handleListOwners(RequestContext& context, const proto::ListOwnersRequest&)
{
    const std::int64_t branch = context.user().role == "admin" ? 0 : context.user().branchId;
    proto::Envelope reply;
    auto* out = reply.mutable_list_users_reply();
    context.transact([&](db::UnitOfWork& work) {
        for (auto& user : db::UserRepository(work).owners(branch)) *out->add_users() = std::move(user);
    });
    return reply;
}

proto::Envelope handleCreateUser(RequestContext& context, const proto::CreateUserRequest& request)
{
    throwIfViolated(domain::checkUsername(request.username()));
    throwIfViolated(domain::checkDisplayName(request.display_name()));
    const std::string role = domain::roleName(request.role());
    if (role.empty()) {
        throw ServiceError(proto::VALIDATION_FAILED, "choose a role", "role");
    }
    if (request.role() != proto::ADMIN && request.branch_id() <= 0) {
        throw ServiceError(proto::VALIDATION_FAILED, "choose the user's branch", "branch_id");
    }
    throwIfViolated(domain::checkPassword(request.password()));

    const std::string hash = context.services().passwords.hash(request.password());
    proto::User created;
    context.transact([&](db::UnitOfWork& work) {
        if (request.branch_id() > 0 && !db::BranchRepository(work).find(request.branch_id())) {
            throw ServiceError(proto::VALIDATION_FAILED, "the branch does not exist", "branch_id");
        }
        created = db::UserRepository(work).create(db::NewUser{request.username(), request.display_name(), role,
                                                              request.branch_id(), hash, true});
        db::AuditLog(work).record("user.create", "user", created.id(), {{"after", auditJson(created)}});
    });
    return userReply(created);
}

proto::Envelope handleSetUserEnabled(RequestContext& context, const proto::SetUserEnabledRequest& request)
{
    if (!request.enabled() && request.user_id() == context.user().userId) {
        throw ServiceError(proto::VALIDATION_FAILED, "you cannot disable your own account", "user_id");
    }
    proto::User after;
    context.transact([&](db::UnitOfWork& work) {
        db::UserRepository users(work);
        const proto::User before = users.get(request.user_id());
        after = users.setEnabled(request.user_id(), request.enabled(), request.expected_version());
        if (!request.enabled()) {
            db::SessionRepository(work).revokeAllForUser(request.user_id());
        }
        db::AuditLog(work).record(request.enabled() ? "user.enable" : "user.disable", "user", request.user_id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(after)}});
    });
    return userReply(after);
}

proto::Envelope handleResetPassword(RequestContext& context, const proto::ResetPasswordRequest& request)
{
    throwIfViolated(domain::checkPassword(request.new_password(), "new_password"));
    const std::string hash = context.services().passwords.hash(request.new_password());
    proto::User after;
    context.transact([&](db::UnitOfWork& work) {
        db::UserRepository users(work);
        const proto::User before = users.get(request.user_id());
        // The user must choose their own password at the next login.
        after = users.setPassword(request.user_id(), hash, true, request.expected_version());
        db::SessionRepository(work).revokeAllForUser(request.user_id(), context.user().sessionId);
        db::AuditLog(work).record("user.reset_password", "user", request.user_id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(after)}});
    });
    return userReply(after);
}

}  // namespace laoke::handlers
