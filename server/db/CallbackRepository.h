#pragma once
// Callback tasks after resolution, their calls, and the sample setting (V0015). Visibility
// follows the ticket's branch (row-level security). The handlers decide (engine/CallbackRules);
// this class writes what they decided, at the expected version.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

/// One recorded call, as the handler validated it.
struct CallbackCall {
    std::int64_t callbackId = 0;
    std::int64_t expectedVersion = 0;
    std::string outcome;
    int satisfaction = 0;  ///< reached only
    std::string comment;
    bool complaint = false;
    bool ends = false;     ///< the task is done after this call
};

class CallbackRepository {
public:
    explicit CallbackRepository(UnitOfWork& work) : m_work(work) {}

    protocol::CallbackSettings settings();
    /// CONFLICT when the settings changed since expectedVersion.
    protocol::CallbackSettings saveSettings(int samplePercent, std::int64_t expectedVersion);

    /// A pending task for the ticket's current resolution.
    void create(std::int64_t ticketId, const std::string& reason);
    /// Cancels the ticket's pending task (it was reopened, or a manager closed it); false when
    /// there was none.
    bool cancelPending(std::int64_t ticketId);
    /// Whether a callback of the ticket is still waiting to be made.
    bool hasPending(std::int64_t ticketId);

    std::optional<protocol::Callback> find(std::int64_t id);
    /// NOT_FOUND also for another branch's task (row-level security hides it).
    protocol::Callback get(std::int64_t id);
    /// Pending tasks, oldest resolution first; branchId 0: every branch the caller sees.
    /// Without the tickets `notSolvedBy` resolved (0: all): nobody calls back about their own work.
    std::vector<protocol::Callback> queue(std::int64_t branchId, int limit, std::int64_t notSolvedBy);
    /// Every task of one ticket, newest first.
    std::vector<protocol::Callback> forTicket(const std::string& ticketNumber, int limit);

    /// Records the call and its attempt row; CONFLICT when the task changed since the version.
    protocol::Callback record(const CallbackCall& call);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
