#pragma once
// Branch rules for customer requests, checked in handlers for clear errors before the
// database's row-level security (the authority) would refuse: users work on their own
// branch's customers; admins on every branch.

#include "domain/AccountRules.h"
#include "handlers/RequestContext.h"
#include "laoke.pb.h"

#include <chrono>
#include <cstdint>
#include <optional>

namespace laoke::db { class UnitOfWork; }

namespace laoke::handlers {

/// Throws FORBIDDEN when the caller may not place a customer in `branchId`.
void requireBranchAccess(const RequestContext& context, std::int64_t branchId);

/// Throws VALIDATION_FAILED (field "owner_id") unless `ownerId` is 0 or an enabled user of
/// `branchId` (`field` names the protocol field for the error).
void requireOwnerInBranch(db::UnitOfWork& work, std::int64_t ownerId, std::int64_t branchId, const char* field = "owner_id");

/// Throws VALIDATION_FAILED for a rule violation (used by every customer handler).
void throwIfViolated(const std::optional<domain::RuleViolation>& violation);

/// Today in China, the date computed fields use.
std::chrono::sys_days businessToday();

}  // namespace laoke::handlers
