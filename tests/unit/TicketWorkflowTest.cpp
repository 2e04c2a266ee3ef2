// The ticket life cycle: every state and action pair, so an illegal transition (closing an
// unresolved ticket, resolving a cancelled one) can never slip through the server.

#include "engine/TicketWorkflow.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <utility>

namespace {

using laoke::engine::allowedTicketActions;
using laoke::engine::isOpenTicketState;
using laoke::engine::parseTicketAction;
using laoke::engine::parseTicketState;
using laoke::engine::TicketAction;
using laoke::engine::TicketState;
using laoke::engine::ticketActionName;
using laoke::engine::ticketStateName;
using laoke::engine::ticketTransition;

using S = TicketState;
using A = TicketAction;

const S kStates[] = {S::New, S::Assigned, S::InProgress, S::WaitingCustomer, S::Resolved, S::Closed, S::Reopened, S::Cancelled};
const A kActions[] = {A::Assign, A::Reassign, A::Start, A::Wait, A::Resume, A::Resolve, A::Close, A::Reopen, A::Cancel};

// The whole allowed table, written out independently of the implementation; every pair not
// listed must be refused.
const std::map<std::pair<S, A>, S> kAllowed{
    {{S::New, A::Assign}, S::Assigned},
    {{S::New, A::Cancel}, S::Cancelled},
    {{S::Assigned, A::Reassign}, S::Assigned},
    {{S::Assigned, A::Start}, S::InProgress},
    {{S::Assigned, A::Cancel}, S::Cancelled},
    {{S::InProgress, A::Reassign}, S::Assigned},
    {{S::InProgress, A::Wait}, S::WaitingCustomer},
    {{S::InProgress, A::Resolve}, S::Resolved},
    {{S::InProgress, A::Cancel}, S::Cancelled},
    {{S::WaitingCustomer, A::Reassign}, S::Assigned},
    {{S::WaitingCustomer, A::Resume}, S::InProgress},
    {{S::WaitingCustomer, A::Resolve}, S::Resolved},
    {{S::WaitingCustomer, A::Cancel}, S::Cancelled},
    {{S::Resolved, A::Close}, S::Closed},
    {{S::Resolved, A::Reopen}, S::Reopened},
    {{S::Closed, A::Reopen}, S::Reopened},
    {{S::Reopened, A::Reassign}, S::Assigned},
    {{S::Reopened, A::Start}, S::InProgress},
    {{S::Reopened, A::Cancel}, S::Cancelled},
};

TEST(TicketWorkflow, EveryStateAndActionPairFollowsTheTable)
{
    for (const S state : kStates) {
        for (const A action : kActions) {
            SCOPED_TRACE(std::string(ticketStateName(state)) + " + " + std::string(ticketActionName(action)));
            const auto expected = kAllowed.find({state, action});
            const std::optional<S> got = ticketTransition(state, action);
            if (expected == kAllowed.end()) {
                EXPECT_FALSE(got.has_value()) << "allowed, but should be refused: " << ticketStateName(*got);
            } else {
                ASSERT_TRUE(got.has_value()) << "refused, but should be allowed";
                EXPECT_EQ(*got, expected->second);
            }
        }
    }
}

TEST(TicketWorkflow, ATicketIsClosedOnlyAfterItWasResolved)
{
    for (const S state : kStates) {
        if (state == S::Resolved) continue;
        EXPECT_FALSE(ticketTransition(state, A::Close).has_value()) << ticketStateName(state);
    }
}

TEST(TicketWorkflow, CancelledIsFinalAndClosedOnlyReopens)
{
    EXPECT_TRUE(allowedTicketActions(S::Cancelled).empty());
    EXPECT_EQ(allowedTicketActions(S::Closed), std::vector<A>{A::Reopen});
    EXPECT_EQ(allowedTicketActions(S::New), (std::vector<A>{A::Assign, A::Cancel}));
    EXPECT_EQ(allowedTicketActions(S::WaitingCustomer), (std::vector<A>{A::Reassign, A::Resume, A::Resolve, A::Cancel}));
}

TEST(TicketWorkflow, OpenStatesAreThoseSomeoneStillHasToWorkOn)
{
    EXPECT_TRUE(isOpenTicketState(S::New));
    EXPECT_TRUE(isOpenTicketState(S::Assigned));
    EXPECT_TRUE(isOpenTicketState(S::InProgress));
    EXPECT_TRUE(isOpenTicketState(S::WaitingCustomer));
    EXPECT_TRUE(isOpenTicketState(S::Reopened));
    EXPECT_FALSE(isOpenTicketState(S::Resolved));
    EXPECT_FALSE(isOpenTicketState(S::Closed));
    EXPECT_FALSE(isOpenTicketState(S::Cancelled));
}

TEST(TicketWorkflow, NamesAreStableAndParseBack)
{
    EXPECT_EQ(ticketStateName(S::WaitingCustomer), "waiting_customer");
    EXPECT_EQ(ticketStateName(S::InProgress), "in_progress");
    EXPECT_EQ(ticketActionName(A::Reopen), "reopen");
    for (const S state : kStates) EXPECT_EQ(parseTicketState(ticketStateName(state)), state);
    for (const A action : kActions) EXPECT_EQ(parseTicketAction(ticketActionName(action)), action);
    EXPECT_FALSE(parseTicketState("Resolved").has_value());
    EXPECT_FALSE(parseTicketState("").has_value());
    EXPECT_FALSE(parseTicketAction("delete").has_value());
}

}  // namespace
