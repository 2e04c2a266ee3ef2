#pragma once
// Service tickets and their event log (V0009). Visibility follows the ticket's branch
// (row-level security). The handler decides which transition is allowed (engine/
// TicketWorkflow); this class writes it, with its event, at the expected version.

#include "db/UnitOfWork.h"
#include "engine/CategorySuggester.h"
#include "laoke.pb.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

/// What a ticket's creation fixes besides the request's fields.
struct NewTicketFacts {
    std::int64_t branchId = 0;
    std::string effectivePriority;
    bool billable = false;
    bool answeredAtOpening = false;  ///< a person took the call: the first response is now
    std::vector<std::int64_t> textKeys;  ///< of subject and description, for the category suggestion
};

/// One state change, as the handler decided it.
struct TicketChange {
    std::int64_t ticketId = 0;
    std::int64_t expectedVersion = 0;
    std::string action;
    std::string toState;
    std::int64_t assigneeId = 0;  ///< the new assignee; 0 keeps the current one
    std::string note;             ///< the solution for resolve, the reason for cancel and reopen
};

/// A correction of an open ticket, as the handler checked it.
struct TicketEdit {
    std::int64_t ticketId = 0;
    std::int64_t expectedVersion = 0;
    protocol::Ticket fields;  ///< subject, description, contact, product, module, category, priority
    std::string effectivePriority;
    bool billable = false;
    std::vector<std::int64_t> textKeys;  ///< of the new subject and description
};

class TicketRepository {
public:
    explicit TicketRepository(UnitOfWork& work) : m_work(work) {}

    protocol::Ticket create(const protocol::Ticket& ticket, const NewTicketFacts& facts);
    std::optional<protocol::Ticket> find(std::int64_t id);
    /// Throws NOT_FOUND (also for another branch's ticket: row-level security hides it).
    protocol::Ticket get(std::int64_t id);
    /// Oldest first.
    std::vector<protocol::TicketEvent> events(std::int64_t ticketId);

    /// CONFLICT when the ticket changed since expectedVersion, NOT_FOUND when it is gone.
    protocol::Ticket apply(const TicketChange& change);
    /// CONFLICT when the ticket changed since expectedVersion. The caller then writes its
    /// account with recordEdit (it names what the edit made, as read back).
    protocol::Ticket edit(const TicketEdit& edit);
    /// The work log's event of kind edited: changesJson is a JSON array of TicketFieldChange.
    void recordEdit(std::int64_t ticketId, const std::string& changesJson);
    /// A work log note; the first one from anyone answers the customer (first response).
    void addNote(std::int64_t ticketId, const std::string& note);

    std::vector<protocol::Ticket> list(const protocol::ListTicketsRequest& request, std::int64_t userId, int limit);
    /// The state changes (events of kind action, oldest first) of each of these tickets.
    std::map<std::int64_t, std::vector<protocol::TicketEvent>> stateChanges(const std::vector<std::int64_t>& ticketIds);

    /// How many of the branch's and the customer's latest categorised tickets a suggestion reads.
    static constexpr int kBranchCandidates = 2000;
    static constexpr int kCustomerCandidates = 200;
    /// The past tickets a new ticket of this customer is compared with (see CategorySuggester).
    std::vector<engine::PastTicket> similarityCandidates(std::int64_t branchId, std::int64_t customerId);

    /// The enabled engineers and branch managers of a branch (0: all), by name, with their
    /// open assigned tickets.
    std::vector<protocol::Assignee> assignees(std::int64_t branchId);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
