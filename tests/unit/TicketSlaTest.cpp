// A ticket's SLA clocks from its history: waiting for the customer pauses both clocks, a
// reopen continues the resolution clock where it stood, and the latest resolution stops it.
// Times are China time on an ordinary week (2026-03-09 is a Monday), 09:00-12:00 and
// 13:00-18:00 working periods.

#include "engine/ChinaHolidays.h"
#include "engine/TicketSla.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace {

using namespace std::chrono;
using laoke::engine::BusinessClock;
using laoke::engine::Coverage;
using laoke::engine::Instant;
using laoke::engine::SlaState;
using laoke::engine::SlaTargets;
using laoke::engine::TicketTimes;
using laoke::engine::WorkCalendar;

/// 2026-03-09 (Monday) at hh:mm China time.
Instant monday(int hour, int minute = 0)
{
    return Instant(sys_days(2026y / March / 9) + hours(hour) + minutes(minute) - hours(8));
}

class TicketSlaTest : public ::testing::Test {
protected:
    WorkCalendar calendar{laoke::engine::publishedChinaHolidays(), laoke::engine::standardWorkingPeriods(), Coverage::Workdays};
    BusinessClock clock{calendar};
    SlaTargets targets{hours(2), std::nullopt, hours(4)};
};

TEST_F(TicketSlaTest, AnUnansweredTicketRunsBothClocks)
{
    TicketTimes times{monday(9), std::nullopt, std::nullopt, {}};
    const auto clocks = laoke::engine::ticketSlaClocks(clock, targets, times, monday(10, 30));
    ASSERT_EQ(clocks.size(), 2u);
    EXPECT_EQ(clocks[0].kind, "first_response");
    EXPECT_EQ(clocks[0].status.state, SlaState::AtRisk);  // 1.5 h of 2 h
    EXPECT_EQ(clocks[0].status.deadline, monday(11));
    EXPECT_EQ(clocks[1].kind, "resolution");
    EXPECT_EQ(clocks[1].status.state, SlaState::OnTrack);
    EXPECT_EQ(clocks[1].status.deadline, monday(14));  // 4 h: 09-12 and 13-14
}

TEST_F(TicketSlaTest, WaitingForTheCustomerPausesAndPushesTheDeadline)
{
    TicketTimes times{monday(9), monday(9, 10), std::nullopt,
                      {{monday(9, 10), "assigned", "in_progress"},
                       {monday(10), "in_progress", "waiting_customer"},
                       {monday(14), "waiting_customer", "in_progress"}}};
    const auto clocks = laoke::engine::ticketSlaClocks(clock, targets, times, monday(15));
    EXPECT_EQ(clocks[0].status.state, SlaState::Met);
    EXPECT_EQ(clocks[1].status.used, hours(2));  // 09-10 and 14-15
    EXPECT_FALSE(clocks[1].status.paused);
    EXPECT_EQ(clocks[1].status.deadline, monday(17));

    // Still waiting: paused, no deadline yet.
    times.changes.pop_back();
    const auto waiting = laoke::engine::ticketSlaClocks(clock, targets, times, monday(15));
    EXPECT_TRUE(waiting[1].status.paused);
    EXPECT_EQ(waiting[1].status.used, hours(1));
    EXPECT_FALSE(waiting[1].status.deadline.has_value());
}

TEST_F(TicketSlaTest, AReopenedTicketContinuesWhereItStood)
{
    // Resolved at 10:00 (1 h used), closed at 11:00, reopened at 13:00, resolved again 15:00.
    TicketTimes times{monday(9), monday(9), std::nullopt,
                      {{monday(9), "assigned", "in_progress"},
                       {monday(10), "in_progress", "resolved"},
                       {monday(11), "resolved", "closed"},
                       {monday(13), "closed", "reopened"},
                       {monday(13, 30), "reopened", "in_progress"}}};
    const auto open = laoke::engine::ticketSlaClocks(clock, targets, times, monday(14));
    EXPECT_EQ(open[1].status.used, hours(2));  // 09-10 and 13-14
    EXPECT_EQ(open[1].status.state, SlaState::OnTrack);
    EXPECT_EQ(open[1].status.deadline, monday(16));

    times.changes.push_back({monday(15), "in_progress", "resolved"});
    times.resolved = monday(15);
    const auto done = laoke::engine::ticketSlaClocks(clock, targets, times, monday(17));
    EXPECT_EQ(done[1].status.state, SlaState::Met);
    EXPECT_EQ(done[1].status.used, hours(3));
}

TEST_F(TicketSlaTest, APolicyWithoutATargetHasNoClockForIt)
{
    const SlaTargets consult{hours(8), std::nullopt, std::nullopt};
    TicketTimes times{monday(9), std::nullopt, std::nullopt, {}};
    const auto clocks = laoke::engine::ticketSlaClocks(clock, consult, times, monday(10));
    ASSERT_EQ(clocks.size(), 1u);
    EXPECT_EQ(clocks[0].kind, "first_response");
}

TEST_F(TicketSlaTest, TheOnsiteClockRunsOnlyOnceOnsiteServiceIsAskedFor)
{
    const SlaTargets onsite{hours(2), hours(4), hours(16)};
    TicketTimes times{monday(9), monday(9, 5), std::nullopt, {}};
    const auto remoteOnly = laoke::engine::ticketSlaClocks(clock, onsite, times, monday(15));
    ASSERT_EQ(remoteOnly.size(), 2u);  // remote first: no onsite clock until a visit is asked for
    EXPECT_EQ(remoteOnly[1].kind, "resolution");

    // Remote failed at 11:00 and an appointment was made: four working hours from then.
    times.onsiteRequested = monday(11);
    const auto booked = laoke::engine::ticketSlaClocks(clock, onsite, times, monday(14));
    ASSERT_EQ(booked.size(), 3u);
    EXPECT_EQ(booked[1].kind, "onsite_arrival");
    EXPECT_EQ(booked[1].status.used, hours(2));  // 11-12 and 13-14
    EXPECT_EQ(booked[1].status.state, SlaState::OnTrack);
    EXPECT_EQ(booked[1].status.deadline, monday(16));
    EXPECT_EQ(booked[2].kind, "resolution");

    // The engineer arrived at 16:30: late.
    times.onsiteArrived = monday(16, 30);
    const auto arrived = laoke::engine::ticketSlaClocks(clock, onsite, times, monday(17));
    EXPECT_EQ(arrived[1].status.state, SlaState::Missed);
    EXPECT_EQ(arrived[1].status.used, hours(4) + minutes(30));

    // Solved on the phone at 12:00 before anyone went: the visit was not needed.
    times.onsiteArrived.reset();
    times.resolved = monday(12);
    const auto solved = laoke::engine::ticketSlaClocks(clock, onsite, times, monday(17));
    EXPECT_EQ(solved[1].status.state, SlaState::Met);
    EXPECT_EQ(solved[1].status.used, hours(1));
}

TEST_F(TicketSlaTest, WaitingForTheCustomerPausesTheOnsiteClockToo)
{
    const SlaTargets onsite{hours(2), hours(4), hours(16)};
    TicketTimes times{monday(9), monday(9), std::nullopt,
                      {{monday(9), "assigned", "in_progress"},
                       {monday(10), "in_progress", "waiting_customer"},
                       {monday(15), "waiting_customer", "in_progress"}}};
    times.onsiteRequested = monday(9);
    const auto clocks = laoke::engine::ticketSlaClocks(clock, onsite, times, monday(16));
    EXPECT_EQ(clocks[1].kind, "onsite_arrival");
    EXPECT_EQ(clocks[1].status.used, hours(2));  // 09-10 and 15-16
    EXPECT_EQ(clocks[1].status.deadline, monday(18));  // two hours left: 16-18
}

TEST_F(TicketSlaTest, APolicyWithoutAnOnsiteTargetHasNoOnsiteClock)
{
    TicketTimes times{monday(9), std::nullopt, std::nullopt, {}};
    times.onsiteRequested = monday(9);
    const auto clocks = laoke::engine::ticketSlaClocks(clock, targets, times, monday(10));
    ASSERT_EQ(clocks.size(), 2u);
    EXPECT_NE(clocks[0].kind, "onsite_arrival");
    EXPECT_NE(clocks[1].kind, "onsite_arrival");
}

}  // namespace

TEST_F(TicketSlaTest, ServiceTimesCountEveryClockWhateverThePolicy)
{
    // A consultation (no resolution target in the policy) still has its time for the reports:
    // answered at 09:20, waited 10:00-14:00 for the customer, resolved at 15:00.
    TicketTimes times{monday(9), monday(9, 20), monday(15),
                      {{monday(9, 20), "assigned", "in_progress"},
                       {monday(10), "in_progress", "waiting_customer"},
                       {monday(14), "waiting_customer", "in_progress"},
                       {monday(15), "in_progress", "resolved"}}};
    const auto spent = laoke::engine::ticketServiceTimes(clock, times, monday(17));
    EXPECT_EQ(spent.firstResponse, minutes(20));
    EXPECT_EQ(spent.resolution, hours(2));  // 09-10 and 14-15
    EXPECT_FALSE(spent.onsiteArrival.has_value());

    // A visit asked for at 09:30 and the engineer there at 14:30: the customer's wait
    // (10:00-14:00, lunch inside it) does not count.
    times.onsiteRequested = monday(9, 30);
    times.onsiteArrived = monday(14, 30);
    const auto visited = laoke::engine::ticketServiceTimes(clock, times, monday(17));
    ASSERT_TRUE(visited.onsiteArrival.has_value());
    EXPECT_EQ(*visited.onsiteArrival, minutes(60));  // 09:30-10:00 and 14:00-14:30
}
