// Which resolved tickets are called back, what a call does, when it escalates, and a complaint
// case's clocks in business time (engine/CallbackRules, engine/ComplaintSla).

#include "SlaTestTime.h"
#include "engine/CallbackRules.h"
#include "engine/ComplaintSla.h"

#include <gtest/gtest.h>

namespace laoke::engine {
namespace {

using namespace sla_test;

int sampledOf(std::int64_t firstId, int count, int percent)
{
    int sampled = 0;
    for (std::int64_t id = firstId; id < firstId + count; ++id) {
        if (callbackReason("C", id, percent)) ++sampled;
    }
    return sampled;
}

TEST(CallbackRulesTest, AAndBAreAlwaysCalledBackWhateverTheSample)
{
    for (const std::int64_t id : {1, 2, 57, 1000003}) {
        EXPECT_EQ(callbackReason("A", id, 0), CallbackReason::Grade);
        EXPECT_EQ(callbackReason("B", id, 0), CallbackReason::Grade);
        EXPECT_EQ(callbackReason("B", id, 100), CallbackReason::Grade);
    }
}

TEST(CallbackRulesTest, TheSampleTakesExactlyItsShareOfEveryHundredTicketsSpreadOut)
{
    for (const int percent : {0, 1, 20, 37, 50, 99, 100}) {
        for (const std::int64_t first : {1, 58, 12345}) EXPECT_EQ(sampledOf(first, 100, percent), percent) << percent << " from " << first;
    }
    EXPECT_EQ(sampledOf(1, 1000, 20), 200);
    // Not the first ids of a run: of ten consecutive tickets a 20% sample takes one to three.
    for (std::int64_t first = 1; first < 200; first += 10) {
        const int taken = sampledOf(first, 10, 20);
        EXPECT_GE(taken, 1) << first;
        EXPECT_LE(taken, 3) << first;
    }
    EXPECT_FALSE(callbackReason("", 7, 0));
    EXPECT_EQ(callbackReason("", 7, 100), CallbackReason::Sample);
    EXPECT_EQ(callbackReason("E", 7, 20).has_value(), callbackReason("E", 7, 20).has_value()) << "decided by the id, not by chance";
}

TEST(CallbackRulesTest, OutcomesAndEscalation)
{
    EXPECT_EQ(parseCallbackOutcome("wrong_number"), CallbackOutcome::WrongNumber);
    EXPECT_FALSE(parseCallbackOutcome("busy"));
    for (const auto o : {CallbackOutcome::Reached, CallbackOutcome::NoAnswer, CallbackOutcome::WrongNumber, CallbackOutcome::Refused}) {
        EXPECT_EQ(parseCallbackOutcome(callbackOutcomeName(o)), o);
    }
    EXPECT_TRUE(outcomeEndsCallback(CallbackOutcome::Reached));
    EXPECT_TRUE(outcomeEndsCallback(CallbackOutcome::Refused));
    EXPECT_FALSE(outcomeEndsCallback(CallbackOutcome::NoAnswer));
    EXPECT_FALSE(outcomeEndsCallback(CallbackOutcome::WrongNumber));
    // The third unanswered call gives the task up; a reached call ends it at any time.
    EXPECT_FALSE(callEndsCallback(CallbackOutcome::NoAnswer, 0));
    EXPECT_FALSE(callEndsCallback(CallbackOutcome::WrongNumber, 1));
    EXPECT_TRUE(callEndsCallback(CallbackOutcome::NoAnswer, 2));
    EXPECT_TRUE(callEndsCallback(CallbackOutcome::Reached, 0));
    EXPECT_TRUE(callbackEscalates(CallbackOutcome::Reached, 1, false));
    EXPECT_TRUE(callbackEscalates(CallbackOutcome::Reached, 2, false));
    EXPECT_FALSE(callbackEscalates(CallbackOutcome::Reached, 3, false));
    EXPECT_TRUE(callbackEscalates(CallbackOutcome::Reached, 5, true));
    EXPECT_TRUE(callbackEscalates(CallbackOutcome::Refused, 0, true));
    EXPECT_FALSE(callbackEscalates(CallbackOutcome::Refused, 0, false));
}

TEST(ComplaintSlaTest, TwoWorkingHoursToTakeItTwoWorkingDaysToResolveIt)
{
    // Opened on Friday 17:00 before the Spring Festival: the first response is due on the
    // make-up Saturday 10:00, the resolution two working days on, after the holiday.
    ComplaintTimes times;
    times.opened = china("2026-02-13 17:00");
    auto clocks = complaintSlaClocks(chinaCalendar(), times, china("2026-02-13 17:30"));
    ASSERT_EQ(clocks.size(), 2u);
    EXPECT_EQ(clocks[0].kind, "first_response");
    EXPECT_EQ(chinaTime(clocks[0].status.deadline), "2026-02-14 10:00");
    EXPECT_EQ(clocks[0].status.state, SlaState::OnTrack);
    EXPECT_EQ(clocks[1].kind, "resolution");
    EXPECT_EQ(chinaTime(clocks[1].status.deadline), "2026-02-24 17:00");
    EXPECT_EQ(clocks[1].status.target, std::chrono::hours(16));

    // Taken on Saturday 11:00: the first response was missed; the resolution clock runs on.
    times.handling = china("2026-02-14 11:00");
    clocks = complaintSlaClocks(chinaCalendar(), times, china("2026-02-14 11:30"));
    EXPECT_EQ(clocks[0].status.state, SlaState::Missed);
    EXPECT_EQ(clocks[1].status.state, SlaState::OnTrack);

    // Resolved without being taken first: resolving answered the customer.
    ComplaintTimes direct;
    direct.opened = china("2026-03-09 09:00");
    direct.resolved = china("2026-03-09 10:00");
    clocks = complaintSlaClocks(chinaCalendar(), direct, china("2026-03-10 09:00"));
    EXPECT_EQ(clocks[0].status.state, SlaState::Met);
    EXPECT_EQ(clocks[1].status.state, SlaState::Met);
}

}  // namespace
}  // namespace laoke::engine
