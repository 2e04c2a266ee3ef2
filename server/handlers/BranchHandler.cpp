#include "handlers/BranchHandler.h"

#include "db/AuditLog.h"
#include "db/BranchRepository.h"
#include "domain/AccountRules.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

proto::Envelope handleListBranches(RequestContext& context, const proto::ListBranchesRequest&)
{
    proto::Envelope reply;
    reply.mutable_list_branches_reply();
    context.transact([&](db::UnitOfWork& work) {
        for (auto& branch : db::BranchRepository(work).list()) {
            *reply.mutable_list_branches_reply()->add_branches() = std::move(branch);
        }
    });
    return reply;
}

proto::Envelope handleCreateBranch(RequestContext& context, const proto::CreateBranchRequest& request)
{
    if (const auto violation = domain::checkBranchCode(request.code())) {
        throw ServiceError(proto::VALIDATION_FAILED, violation->message, violation->field);
    }
    const auto nameLength = domain::utf8Length(request.name());
    if (!nameLength || *nameLength == 0 || *nameLength > 64 || request.name().find_first_not_of(" \t") == std::string::npos) {
        throw ServiceError(proto::VALIDATION_FAILED, "branch name must be 1 to 64 characters", "name");
    }
    const auto cityLength = domain::utf8Length(request.city());
    if (!cityLength || *cityLength > 64) {
        throw ServiceError(proto::VALIDATION_FAILED, "city must be at most 64 characters", "city");
    }
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        const proto::Branch branch = db::BranchRepository(work).create(request.code(), request.name(), request.city());
        db::AuditLog(work).record("branch.create", "branch", branch.id(), {{"after", auditJson(branch)}});
        *reply.mutable_branch_reply()->mutable_branch() = branch;
    });
    return reply;
}

}  // namespace laoke::handlers
