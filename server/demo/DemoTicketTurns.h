#pragma once
// The demo tickets that did not simply go from opened to closed (shared/domain-research.md
// §6.1): about 2.5% of past tickets are reopened (回退/重开: the customer calls back within
// days that the problem is back) and about 1.5% cancelled (取消: a duplicate of a request
// already logged, a customer who found the fix, one who withdrew it). Drawn from a stream of
// their own per ticket, so every other ticket's history is what it was without them.
//
// DemoTicketLifecycle writes their logs as TicketHandler would: the reopen from resolved or
// closed, a new start and resolve, the pending callback cancelled by the reopen; the cancel
// from an open state with its reason, and nothing after it.

#include "demo/DemoRandom.h"
#include "demo/DemoTicketLifecycle.h"
#include "demo/DemoTicketPlan.h"
#include "engine/BusinessClock.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::demo {

enum class TicketTurn : std::uint8_t { None, Reopened, Cancelled };

/// The turn of a planned ticket (only past tickets take one; a ticket with a visit is not
/// cancelled).
TicketTurn drawTicketTurn(const TicketPlan& plan);

/// The turn's own random stream for the ticket, for its times and words.
DemoRandom turnRandom(const TicketPlan& plan);

/// The steps of a cancelled past ticket from its opening (appended to `events`): a duplicate
/// is cancelled as soon as it is seen; another after it was taken on, or even started. The
/// owner takes it and cancels it with the reason. Returns the assignee (0: none).
std::int64_t cancelSteps(DemoRandom& random, const engine::BusinessClock& clock, Instant opened, std::int64_t owner,
                         std::vector<TicketEventRow>& events);

/// A reopened ticket's second round, after the resolution at `resolved`.
struct Reopening {
    Instant reopenedAt;
    Instant resolvedAt;    ///< the second resolution (maybe after `now`: then not yet)
    std::string solution;  ///< what the engineer wrote the second time
};

/// The customer calls back within a day or three that the problem is back: the one who worked
/// it reopens it (from closed if the owner closed it meanwhile, which only a ticket without a
/// callback to wait for is: `closable`), starts again and resolves it a second time; appended
/// to `events`. nullopt (and nothing appended) when the call would come after `now`.
std::optional<Reopening> reopenSteps(const TicketPlan& plan, const engine::BusinessClock& clock, Instant resolved, Instant now,
                                     bool closable, std::int64_t owner, std::int64_t assignee, std::vector<TicketEventRow>& events);

/// Why the customer called back (the reopen's note), and what the engineer did the second time.
std::string_view demoReopenReason(DemoRandom& random);
std::string_view demoReopenSolution(DemoRandom& random);

/// Why the ticket was cancelled; `duplicate` says it was the same request logged twice (it is
/// cancelled as soon as that is seen, before anyone works on it).
struct CancelReason {
    std::string_view note;
    bool duplicate = false;
};
CancelReason demoCancelReason(DemoRandom& random);

}  // namespace laoke::demo
