#pragma once
// The reports' facts (V0019 ticket_resolutions): one row per resolved ticket, written in the
// resolve's transaction and removed by a reopen. Branch isolation by row-level security.

#include "db/UnitOfWork.h"

#include <cstdint>
#include <optional>
#include <string>

namespace laoke::db {

/// One resolution as the reports count it (see the migration for what each column means).
/// The score and the complaints are read from the callbacks and complaint cases so far.
struct TicketResolution {
    std::int64_t ticketId = 0;
    std::int64_t branchId = 0;
    std::int64_t resolvedAtUnix = 0;
    std::int64_t assigneeId = 0;
    std::int64_t ownerId = 0;
    std::int64_t categoryId = 0;  ///< the ticket's category (its group is looked up); 0: none
    std::string grade;
    std::string channel;
    std::string priority;
    std::int64_t responseSeconds = 0;
    std::int64_t resolutionSeconds = 0;
    std::optional<std::int64_t> onsiteSeconds;
    std::optional<bool> responseMet;
    std::optional<bool> resolutionMet;
    std::optional<bool> onsiteMet;
    bool firstContact = false;
};

class TicketResolutionRepository {
public:
    explicit TicketResolutionRepository(UnitOfWork& work) : m_work(work) {}

    /// Records the ticket's latest resolution (replacing an earlier one).
    void record(const TicketResolution& resolution);
    /// The ticket is no longer resolved (reopened): it leaves the reports until resolved again.
    void forget(std::int64_t ticketId);
    /// The callback reached the customer, who gave `score` (1-5).
    void setSatisfaction(std::int64_t ticketId, int score);
    /// A complaint case was opened about the ticket.
    void countComplaint(std::int64_t ticketId);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
