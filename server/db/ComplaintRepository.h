#pragma once
// Complaint cases (投诉) and their event log (V0015). Visibility follows the ticket's branch
// (row-level security); only branch managers and admins change a case, which the policies
// hold too. The clocks are computed by the handler (engine/ComplaintSla).

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

struct NewComplaint {
    std::int64_t ticketId = 0;
    std::int64_t callbackId = 0;  ///< 0: opened by hand
    std::string summary;
    int satisfaction = 0;         ///< from the callback, 0 = none
};

class ComplaintRepository {
public:
    explicit ComplaintRepository(UnitOfWork& work) : m_work(work) {}

    /// Opens the case for the ticket's branch, with its "open" event; returns its id.
    std::int64_t open(const NewComplaint& complaint);
    /// The ticket's case still open or being handled, if any.
    std::optional<std::int64_t> unresolvedFor(std::int64_t ticketId);

    std::optional<protocol::Complaint> find(std::int64_t id);
    /// NOT_FOUND also for another branch's case.
    protocol::Complaint get(std::int64_t id);
    /// Newest first; branchId 0: every branch the caller sees.
    std::vector<protocol::Complaint> list(std::int64_t branchId, bool openOnly, int limit);

    /// handle (open → handling) or resolve (→ resolved, note = the resolution), with its
    /// event; CONFLICT when the case changed since expectedVersion.
    protocol::Complaint apply(std::int64_t id, std::int64_t expectedVersion, const std::string& action,
                              const std::string& toState, const std::string& note);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
