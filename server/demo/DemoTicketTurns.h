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
#include "demo/DemoTicketPlan.h"

#include <string_view>

namespace laoke::demo {

enum class TicketTurn : std::uint8_t { None, Reopened, Cancelled };

/// The turn of a planned ticket (only past tickets take one; a ticket with a visit is not
/// cancelled).
TicketTurn drawTicketTurn(const TicketPlan& plan);

/// The turn's own random stream for the ticket, for its times and words.
DemoRandom turnRandom(const TicketPlan& plan);

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
