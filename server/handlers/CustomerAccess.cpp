#include "handlers/CustomerAccess.h"

#include "db/UserRepository.h"
#include "engine/BusinessDate.h"
#include "engine/ServiceError.h"

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

void requireBranchAccess(const RequestContext& context, std::int64_t branchId)
{
    const AuthenticatedUser& user = context.user();
    if (user.role != "admin" && branchId != user.branchId) {
        throw ServiceError(proto::FORBIDDEN, "you work on the customers of your own branch only", "branch_id");
    }
}

void requireOwnerInBranch(db::UnitOfWork& work, std::int64_t ownerId, std::int64_t branchId, const char* field)
{
    if (ownerId == 0) return;
    const auto found = db::UserRepository(work).find(ownerId);
    if (!found || !found->enabled()) throw ServiceError(proto::VALIDATION_FAILED, "the owner is not an active user", field);
    if (found->branch_id() != branchId) {
        throw ServiceError(proto::VALIDATION_FAILED, "the owner must work for the customer's branch", field);
    }
}

void throwIfViolated(const std::optional<domain::RuleViolation>& violation)
{
    if (violation) throw ServiceError(proto::VALIDATION_FAILED, violation->message, violation->field);
}

std::chrono::sys_days businessToday() { return engine::chinaToday(); }

}  // namespace laoke::handlers
