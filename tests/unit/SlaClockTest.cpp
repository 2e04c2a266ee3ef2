// One SLA clock: on track, at risk from 75%, breached at the deadline, met or missed when
// stopped, pauses (waiting for the customer) and reopening.
// Times are China local time, written as text (SlaTestTime.h).

#include "SlaTestTime.h"

namespace laoke::engine {
namespace {

using namespace sla_test;

// =========================================================================================
// SLA clocks
// =========================================================================================

SlaClockInput clockInput(std::string_view started, seconds target, std::vector<Pause> pauses = {},
                         std::optional<std::string_view> stopped = std::nullopt)
{
    SlaClockInput input;
    input.started = china(started);
    input.target = target;
    input.pauses = std::move(pauses);
    if (stopped) input.stopped = china(*stopped);
    return input;
}

Pause pause(std::string_view from, std::string_view to) { return Pause{china(from), china(to)}; }
Pause openPause(std::string_view from) { return Pause{china(from), std::nullopt}; }

SlaStatus evaluate(const SlaClockInput& input, std::string_view now)
{
    return evaluateSlaClock(chinaClock(), input, china(now));
}

TEST(SlaClock, StateNamesAreStable)
{
    EXPECT_EQ(slaStateName(SlaState::OnTrack), "on_track");
    EXPECT_EQ(slaStateName(SlaState::AtRisk), "at_risk");
    EXPECT_EQ(slaStateName(SlaState::Breached), "breached");
    EXPECT_EQ(slaStateName(SlaState::Met), "met");
    EXPECT_EQ(slaStateName(SlaState::Missed), "missed");
    EXPECT_EQ(kWarningPercent, 75);
}

TEST(SlaClock, ATargetThatIsNotPositiveIsRefused)
{
    EXPECT_THROW(evaluate(clockInput("2026-03-09 09:00", 0s), "2026-03-09 10:00"), std::invalid_argument);
    EXPECT_THROW(evaluate(clockInput("2026-03-09 09:00", -1s), "2026-03-09 10:00"), std::invalid_argument);
    EXPECT_THROW(evaluate(clockInput("2026-03-09 09:00", -4h, {}, "2026-03-09 10:00"), "2026-03-09 10:00"),
                 std::invalid_argument);
}

TEST(SlaClock, OnTrackEarlyWithWarningAndDeadlineAhead)
{
    // Monday 09:00, 4 working hours: warning at 3 h (12:00), deadline after lunch at 14:00.
    const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 4h), "2026-03-09 10:00");
    EXPECT_EQ(s.state, SlaState::OnTrack);
    EXPECT_EQ(workTime(s.used), "1:00:00");
    EXPECT_EQ(s.target, 4h);
    EXPECT_FALSE(s.paused);
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-09 12:00");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-09 14:00");
}

TEST(SlaClock, AtRiskFromExactlySeventyFivePercent)
{
    const SlaClockInput input = clockInput("2026-03-09 09:00", 4h);
    EXPECT_EQ(evaluate(input, "2026-03-09 11:59:59").state, SlaState::OnTrack);
    const SlaStatus atWarning = evaluate(input, "2026-03-09 12:00");
    EXPECT_EQ(atWarning.state, SlaState::AtRisk);
    EXPECT_EQ(workTime(atWarning.used), "3:00:00");
    EXPECT_EQ(chinaTime(atWarning.warningAt), "2026-03-09 12:00");
    // Over lunch nothing is used, it stays at risk.
    const SlaStatus lunch = evaluate(input, "2026-03-09 12:45");
    EXPECT_EQ(lunch.state, SlaState::AtRisk);
    EXPECT_EQ(workTime(lunch.used), "3:00:00");
    EXPECT_EQ(evaluate(input, "2026-03-09 13:59:59").state, SlaState::AtRisk);
}

TEST(SlaClock, BreachedAtTheDeadlineInstant)
{
    const SlaClockInput input = clockInput("2026-03-09 09:00", 4h);
    const SlaStatus atDeadline = evaluate(input, "2026-03-09 14:00");
    EXPECT_EQ(atDeadline.state, SlaState::Breached);  // used == target while running
    EXPECT_EQ(workTime(atDeadline.used), "4:00:00");
    EXPECT_EQ(chinaTime(atDeadline.deadline), "2026-03-09 14:00");
    // Long after: used keeps growing, the deadline and warning stay where they were.
    const SlaStatus later = evaluate(input, "2026-03-10 10:00");
    EXPECT_EQ(later.state, SlaState::Breached);
    EXPECT_EQ(workTime(later.used), "9:00:00");  // 8 h Monday + 1 h Tuesday
    EXPECT_EQ(chinaTime(later.warningAt), "2026-03-09 12:00");
    EXPECT_EQ(chinaTime(later.deadline), "2026-03-09 14:00");
}

TEST(SlaClock, TheWarningShareIsRoundedUpToWholeSeconds)
{
    // 75% of 10 s is 7.5 s: the warning is due at 8 s.
    const SlaClockInput input = clockInput("2026-03-09 09:00", 10s);
    const SlaStatus early = evaluate(input, "2026-03-09 09:00:07");
    EXPECT_EQ(early.state, SlaState::OnTrack);
    EXPECT_EQ(chinaTime(early.warningAt), "2026-03-09 09:00:08");
    EXPECT_EQ(chinaTime(early.deadline), "2026-03-09 09:00:10");
    EXPECT_EQ(evaluate(input, "2026-03-09 09:00:08").state, SlaState::AtRisk);
    EXPECT_EQ(evaluate(input, "2026-03-09 09:00:10").state, SlaState::Breached);
    // A one-second target warns and breaches at once.
    const SlaStatus tiny = evaluate(clockInput("2026-03-09 09:00", 1s), "2026-03-09 09:00");
    EXPECT_EQ(tiny.state, SlaState::OnTrack);
    EXPECT_EQ(chinaTime(tiny.warningAt), "2026-03-09 09:00:01");
    EXPECT_EQ(chinaTime(tiny.deadline), "2026-03-09 09:00:01");
}

TEST(SlaClock, AHalfHourResponseOpenedBeforeLunchIsDueAfterLunch)
{
    // 11:50 + 30 min: 10 min before lunch, 20 min after. Warning at 22 min 30 s: 13:12:30.
    const SlaStatus s = evaluate(clockInput("2026-03-09 11:50", 30min), "2026-03-09 12:30");
    EXPECT_EQ(s.state, SlaState::OnTrack);
    EXPECT_EQ(workTime(s.used), "0:10:00");
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-09 13:12:30");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-09 13:20");
}

TEST(SlaClock, MetWhenStoppedAtOrBeforeTheDeadline)
{
    // Stopped over lunch with 3 h used, checked the next day.
    const SlaStatus early = evaluate(clockInput("2026-03-09 09:00", 4h, {}, "2026-03-09 12:30"), "2026-03-10 10:00");
    EXPECT_EQ(early.state, SlaState::Met);
    EXPECT_EQ(workTime(early.used), "3:00:00");
    EXPECT_FALSE(early.paused);
    // Stopped at the deadline instant: all of the target used, and still met.
    const SlaStatus exact = evaluate(clockInput("2026-03-09 09:00", 4h, {}, "2026-03-09 14:00"), "2026-03-10 10:00");
    EXPECT_EQ(exact.state, SlaState::Met);
    EXPECT_EQ(workTime(exact.used), "4:00:00");
    EXPECT_EQ(chinaTime(exact.deadline), "2026-03-09 14:00");
}

TEST(SlaClock, MissedWhenStoppedAfterTheDeadline)
{
    const SlaStatus justLate =
        evaluate(clockInput("2026-03-09 09:00", 4h, {}, "2026-03-09 14:00:01"), "2026-03-10 10:00");
    EXPECT_EQ(justLate.state, SlaState::Missed);
    EXPECT_EQ(workTime(justLate.used), "4:00:01");
    EXPECT_EQ(chinaTime(justLate.deadline), "2026-03-09 14:00");

    const SlaStatus nextDay = evaluate(clockInput("2026-03-09 09:00", 4h, {}, "2026-03-10 09:30"), "2026-03-12 10:00");
    EXPECT_EQ(nextDay.state, SlaState::Missed);
    EXPECT_EQ(workTime(nextDay.used), "8:30:00");
}

TEST(SlaClock, AStoppedClockDoesNotCountTimeAfterTheStop)
{
    // 8 h target, stopped at 11:00 with 2 h used; looked at on Friday.
    const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 8h, {}, "2026-03-09 11:00"), "2026-03-13 17:00");
    EXPECT_EQ(s.state, SlaState::Met);
    EXPECT_EQ(workTime(s.used), "2:00:00");
    EXPECT_FALSE(s.paused);
    // The warning and deadline it would have had: 6 h and 8 h after 09:00.
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-09 16:00");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-09 18:00");
    // Looking earlier than the stop changes nothing either.
    const SlaStatus sameDay = evaluate(clockInput("2026-03-09 09:00", 8h, {}, "2026-03-09 11:00"), "2026-03-09 11:00");
    EXPECT_EQ(sameDay.state, SlaState::Met);
    EXPECT_EQ(workTime(sameDay.used), "2:00:00");
}

TEST(SlaClock, AClockStoppedDuringAPauseIsNotPaused)
{
    // Waiting for the customer 10:00-12:00, but resolved at 11:00 meanwhile: only 09:00-10:00
    // counts, the clock is stopped (not paused), and the times it would have had run on from
    // the stop: warning (3 h) 2 h after 11:00 = 14:00, deadline 15:00.
    const SlaStatus s = evaluate(
        clockInput("2026-03-09 09:00", 4h, {pause("2026-03-09 10:00", "2026-03-09 12:00")}, "2026-03-09 11:00"),
        "2026-03-09 11:30");
    EXPECT_EQ(s.state, SlaState::Met);
    EXPECT_EQ(workTime(s.used), "1:00:00");
    EXPECT_FALSE(s.paused);
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-09 14:00");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-09 15:00");
    // The same with a pause that was never closed.
    const SlaStatus open =
        evaluate(clockInput("2026-03-09 09:00", 4h, {openPause("2026-03-09 10:00")}, "2026-03-09 11:00"), "2026-03-09 16:00");
    EXPECT_EQ(open.state, SlaState::Met);
    EXPECT_EQ(workTime(open.used), "1:00:00");
    EXPECT_FALSE(open.paused);
    EXPECT_EQ(chinaTime(open.deadline), "2026-03-09 15:00");
}

TEST(SlaClock, APauseThatEndsBeforeItStartsIsIgnored)
{
    // A skewed clock recorded "waiting" from 11:00 to 10:00: no time is paused, and none is
    // counted twice: 09:00-12:00 is 3 h of a 4 h target.
    const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 4h, {pause("2026-03-09 11:00", "2026-03-09 10:00")}, std::nullopt),
                                 "2026-03-09 12:00");
    EXPECT_EQ(workTime(s.used), "3:00:00");
    EXPECT_EQ(s.state, SlaState::AtRisk);
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-09 14:00");
}

TEST(SlaClock, AClockStartedOutsideWorkingHoursStartsAtTheNextOpening)
{
    // Opened Saturday 2026-03-14 10:00 with a 2 h response target: due Monday 11:00.
    const SlaStatus s = evaluate(clockInput("2026-03-14 10:00", 2h), "2026-03-16 09:30");
    EXPECT_EQ(s.state, SlaState::OnTrack);
    EXPECT_EQ(workTime(s.used), "0:30:00");
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-16 10:30");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-16 11:00");
    // Opened on the make-up Saturday 2026-02-14: due that same day.
    const SlaStatus makeUp = evaluate(clockInput("2026-02-14 09:00", 4h), "2026-02-14 11:00");
    EXPECT_EQ(makeUp.state, SlaState::OnTrack);
    EXPECT_EQ(workTime(makeUp.used), "2:00:00");
    EXPECT_EQ(chinaTime(makeUp.deadline), "2026-02-14 14:00");
}

TEST(SlaClock, AClockLookedAtBeforeItStartsHasUsedNothing)
{
    const SlaStatus s = evaluate(clockInput("2026-03-10 09:00", 4h), "2026-03-09 09:00");
    EXPECT_EQ(s.state, SlaState::OnTrack);
    EXPECT_EQ(workTime(s.used), "0:00:00");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-10 14:00");
}

TEST(SlaClock, TheSpringFestivalIsNotCounted)
{
    // Friday 2026-02-13 16:00, two working days (16 h): Friday 2 h + make-up Saturday 8 h,
    // then nothing until Tuesday 02-24. Warning at 12 h: 02-24 11:00; deadline at 16 h: 02-24
    // 09:00-12:00 (3 h) and 13:00-16:00 (3 h).
    const SlaStatus s = evaluate(clockInput("2026-02-13 16:00", 16h), "2026-02-20 10:00");
    EXPECT_EQ(s.state, SlaState::OnTrack);
    EXPECT_EQ(workTime(s.used), "10:00:00");
    EXPECT_EQ(chinaTime(s.warningAt), "2026-02-24 11:00");
    EXPECT_EQ(chinaTime(s.deadline), "2026-02-24 16:00");
}

// ---- Pauses -------------------------------------------------------------------------------

TEST(SlaClock, AClosedPauseLeavesItsTimeOutAndPushesTheDeadline)
{
    // Waiting for the customer 10:00-11:00: at 14:00 only 3 h are used, and the deadline moves
    // from 14:00 to 15:00; the warning (3 h) falls at 14:00.
    const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 4h, {pause("2026-03-09 10:00", "2026-03-09 11:00")}),
                                 "2026-03-09 14:00");
    EXPECT_EQ(s.state, SlaState::AtRisk);
    EXPECT_EQ(workTime(s.used), "3:00:00");
    EXPECT_FALSE(s.paused);
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-09 14:00");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-09 15:00");
}

TEST(SlaClock, WaitingForTheCustomerOvernightPushesTheDeadlineByTheWorkingTimeMissed)
{
    // 16 h from Monday 09:00 would be due Tuesday 18:00 (warning Tuesday 14:00).
    const SlaStatus plain = evaluate(clockInput("2026-03-09 09:00", 16h), "2026-03-09 10:00");
    EXPECT_EQ(chinaTime(plain.warningAt), "2026-03-10 14:00");
    EXPECT_EQ(chinaTime(plain.deadline), "2026-03-10 18:00");

    // Waiting Monday 17:00 .. Wednesday 10:00 (10 working hours): at Wednesday 11:00, 7 h on
    // Monday + 1 h on Wednesday = 8 h used. Warning (12 h) 4 h after Wednesday 11:00 = 16:00;
    // deadline 8 h after it: Wednesday 6 h (11-12, 13-18) + Thursday 09:00-11:00.
    const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 16h, {pause("2026-03-09 17:00", "2026-03-11 10:00")}),
                                 "2026-03-11 11:00");
    EXPECT_EQ(s.state, SlaState::OnTrack);
    EXPECT_EQ(workTime(s.used), "8:00:00");
    EXPECT_FALSE(s.paused);
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-11 16:00");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-12 11:00");
}

TEST(SlaClock, AnOpenPauseBeforeTheWarningLeavesWarningAndDeadlineOpen)
{
    // Paused at 10:00 and still waiting at 15:00: 1 h used, no restart known.
    const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 4h, {openPause("2026-03-09 10:00")}), "2026-03-09 15:00");
    EXPECT_EQ(s.state, SlaState::OnTrack);
    EXPECT_EQ(workTime(s.used), "1:00:00");
    EXPECT_TRUE(s.paused);
    EXPECT_EQ(chinaTime(s.warningAt), "none");
    EXPECT_EQ(chinaTime(s.deadline), "none");
}

TEST(SlaClock, AnOpenPauseAfterTheWarningKeepsTheWarningTime)
{
    // 3 h used by 12:00, paused over lunch at 12:30: the warning was at 12:00, no deadline.
    const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 4h, {openPause("2026-03-09 12:30")}), "2026-03-09 16:00");
    EXPECT_EQ(s.state, SlaState::AtRisk);
    EXPECT_EQ(workTime(s.used), "3:00:00");
    EXPECT_TRUE(s.paused);
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-09 12:00");
    EXPECT_EQ(chinaTime(s.deadline), "none");
}

TEST(SlaClock, AnOpenPauseAfterTheBreachKeepsBothTimes)
{
    // 1 h target from 09:00, paused only at 11:00: breached at 10:00, and stays breached.
    const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 1h, {openPause("2026-03-09 11:00")}), "2026-03-09 16:00");
    EXPECT_EQ(s.state, SlaState::Breached);
    EXPECT_EQ(workTime(s.used), "2:00:00");
    EXPECT_TRUE(s.paused);
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-09 09:45");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-09 10:00");
}

TEST(SlaClock, APauseIsOpenFromItsFirstInstantAndClosedAtItsEnd)
{
    const SlaClockInput opening = clockInput("2026-03-09 09:00", 4h, {openPause("2026-03-09 11:00")});
    const SlaStatus justPaused = evaluate(opening, "2026-03-09 11:00");
    EXPECT_TRUE(justPaused.paused);
    EXPECT_EQ(workTime(justPaused.used), "2:00:00");
    EXPECT_EQ(chinaTime(justPaused.deadline), "none");

    // A pause 10:00-11:00 looked at exactly at 11:00 is over: running again, 1 h used; the
    // warning (3 h) and deadline (4 h) now run from 11:00: 14:00 and 15:00.
    const SlaStatus resumed =
        evaluate(clockInput("2026-03-09 09:00", 4h, {pause("2026-03-09 10:00", "2026-03-09 11:00")}), "2026-03-09 11:00");
    EXPECT_FALSE(resumed.paused);
    EXPECT_EQ(workTime(resumed.used), "1:00:00");
    EXPECT_EQ(chinaTime(resumed.warningAt), "2026-03-09 14:00");
    EXPECT_EQ(chinaTime(resumed.deadline), "2026-03-09 15:00");
}

TEST(SlaClock, APauseThatBeginsAfterNowDoesNotCountYet)
{
    const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 8h, {openPause("2026-03-09 16:00")}), "2026-03-09 15:00");
    EXPECT_FALSE(s.paused);
    EXPECT_EQ(s.state, SlaState::OnTrack);
    EXPECT_EQ(workTime(s.used), "5:00:00");
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-09 16:00");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-09 18:00");
}

TEST(SlaClock, OverlappingAndUnsortedPausesCountTheirUnionOnce)
{
    // 10:00-14:00, 10:00-11:30 and 13:30-15:00 together cover 10:00-15:00. Monday 09:00,
    // 8 h target, at 17:00: 09-10 and 15-17 are used, 3 h. Warning (6 h): 3 more hours after
    // 17:00, i.e. 17-18 and Tuesday 09-11; deadline (8 h): 5 more, Tuesday 14:00.
    std::vector<Pause> pauses{pause("2026-03-09 11:00", "2026-03-09 14:00"), pause("2026-03-09 10:00", "2026-03-09 11:30"),
                              pause("2026-03-09 13:30", "2026-03-09 15:00")};
    std::vector<int> order{0, 1, 2};
    do {
        std::vector<Pause> shuffled;
        for (const int i : order) shuffled.push_back(pauses[static_cast<std::size_t>(i)]);
        const SlaStatus s = evaluate(clockInput("2026-03-09 09:00", 8h, shuffled), "2026-03-09 17:00");
        EXPECT_EQ(s.state, SlaState::OnTrack);
        EXPECT_EQ(workTime(s.used), "3:00:00") << order[0] << order[1] << order[2];
        EXPECT_FALSE(s.paused);
        EXPECT_EQ(chinaTime(s.warningAt), "2026-03-10 11:00") << order[0] << order[1] << order[2];
        EXPECT_EQ(chinaTime(s.deadline), "2026-03-10 14:00") << order[0] << order[1] << order[2];
    } while (std::next_permutation(order.begin(), order.end()));

    // A pause inside another, and the same pause twice, count once.
    const SlaStatus nested = evaluate(clockInput("2026-03-09 09:00", 8h,
                                                 {pause("2026-03-09 11:00", "2026-03-09 12:00"),
                                                  pause("2026-03-09 10:00", "2026-03-09 15:00"),
                                                  pause("2026-03-09 10:00", "2026-03-09 15:00")}),
                                      "2026-03-09 17:00");
    EXPECT_EQ(workTime(nested.used), "3:00:00");
    EXPECT_EQ(chinaTime(nested.deadline), "2026-03-10 14:00");

    // An open pause overlapping a closed one that started earlier: paused since 10:00.
    const SlaStatus open = evaluate(clockInput("2026-03-09 09:00", 8h,
                                               {openPause("2026-03-09 11:00"), pause("2026-03-09 10:00", "2026-03-09 11:30")}),
                                    "2026-03-09 17:00");
    EXPECT_TRUE(open.paused);
    EXPECT_EQ(workTime(open.used), "1:00:00");
    EXPECT_EQ(chinaTime(open.deadline), "none");
}

TEST(SlaClock, APauseStartingBeforeTheClockOnlyCountsFromTheStart)
{
    // Started 10:00, paused 08:00-11:00: running from 11:00, 1 h used by 12:00. Warning (3 h):
    // 2 h after lunch, 15:00; deadline 16:00.
    const SlaStatus s = evaluate(clockInput("2026-03-09 10:00", 4h, {pause("2026-03-09 08:00", "2026-03-09 11:00")}),
                                 "2026-03-09 12:00");
    EXPECT_EQ(workTime(s.used), "1:00:00");
    EXPECT_FALSE(s.paused);
    EXPECT_EQ(chinaTime(s.warningAt), "2026-03-09 15:00");
    EXPECT_EQ(chinaTime(s.deadline), "2026-03-09 16:00");

    // A pause wholly before the start changes nothing.
    const SlaStatus before = evaluate(clockInput("2026-03-09 10:00", 4h, {pause("2026-03-06 10:00", "2026-03-06 11:00")}),
                                      "2026-03-09 12:00");
    EXPECT_EQ(workTime(before.used), "2:00:00");
    EXPECT_EQ(chinaTime(before.deadline), "2026-03-09 15:00");

    // An open pause since before the start: nothing used, paused.
    const SlaStatus open = evaluate(clockInput("2026-03-09 10:00", 4h, {openPause("2026-03-09 08:00")}), "2026-03-09 12:00");
    EXPECT_EQ(workTime(open.used), "0:00:00");
    EXPECT_TRUE(open.paused);
    EXPECT_EQ(chinaTime(open.warningAt), "none");
    EXPECT_EQ(chinaTime(open.deadline), "none");
}

TEST(SlaClock, AReopenedTicketContinuesItsResolutionClockWhereItStood)
{
    // Resolution clock of 8 h from Monday 09:00, resolved Monday 15:00 (5 h used).
    const SlaStatus resolved =
        evaluate(clockInput("2026-03-09 09:00", 8h, {}, "2026-03-09 15:00"), "2026-03-10 10:00");
    EXPECT_EQ(resolved.state, SlaState::Met);
    EXPECT_EQ(workTime(resolved.used), "5:00:00");
    EXPECT_EQ(chinaTime(resolved.warningAt), "2026-03-09 16:00");
    EXPECT_EQ(chinaTime(resolved.deadline), "2026-03-09 18:00");

    // Reopened Tuesday 10:00: the resolved time is a pause. At Tuesday 12:00, 5 h + 2 h used;
    // the warning (6 h) was Tuesday 11:00, the deadline is 1 h on: after lunch, 14:00.
    const std::vector<Pause> resolvedTime{pause("2026-03-09 15:00", "2026-03-10 10:00")};
    const SlaStatus reopened = evaluate(clockInput("2026-03-09 09:00", 8h, resolvedTime), "2026-03-10 12:00");
    EXPECT_EQ(reopened.state, SlaState::AtRisk);
    EXPECT_EQ(workTime(reopened.used), "7:00:00");
    EXPECT_FALSE(reopened.paused);
    EXPECT_EQ(chinaTime(reopened.warningAt), "2026-03-10 11:00");
    EXPECT_EQ(chinaTime(reopened.deadline), "2026-03-10 14:00");

    // Resolved again Tuesday 13:30: 7 h 30 min, met. Or only at 15:00: 9 h, missed.
    const SlaStatus again = evaluate(clockInput("2026-03-09 09:00", 8h, resolvedTime, "2026-03-10 13:30"), "2026-03-11 09:00");
    EXPECT_EQ(again.state, SlaState::Met);
    EXPECT_EQ(workTime(again.used), "7:30:00");
    const SlaStatus late = evaluate(clockInput("2026-03-09 09:00", 8h, resolvedTime, "2026-03-10 15:00"), "2026-03-11 09:00");
    EXPECT_EQ(late.state, SlaState::Missed);
    EXPECT_EQ(workTime(late.used), "9:00:00");
    EXPECT_EQ(chinaTime(late.deadline), "2026-03-10 14:00");
}

TEST(SlaClock, UsedNeverExceedsTheBusinessTimeSinceTheStart)
{
    // Whatever the pauses, a running clock uses at most between(started, now), and exactly
    // that without pauses; a clock evaluated repeatedly never goes backwards.
    const SlaClockInput input = clockInput("2026-03-09 09:00", 16h, {pause("2026-03-09 10:00", "2026-03-09 11:00"),
                                                                      pause("2026-03-10 09:00", "2026-03-10 12:00")});
    seconds previous{0};
    for (Instant now = china("2026-03-09 08:00"); now <= china("2026-03-12 20:00"); now += 17min) {
        const SlaStatus s = evaluateSlaClock(chinaClock(), input, now);
        const seconds all = chinaClock().between(input.started, now);
        ASSERT_LE(s.used, all) << chinaTime(now);
        ASSERT_GE(s.used, previous) << chinaTime(now);
        // Pauses take out 1 h Monday and 3 h Tuesday once they are over.
        const seconds paused = chinaClock().between(china("2026-03-09 10:00"), std::min(now, china("2026-03-09 11:00"))) +
                               chinaClock().between(china("2026-03-10 09:00"), std::min(now, china("2026-03-10 12:00")));
        ASSERT_EQ(workTime(s.used), workTime(all - paused)) << chinaTime(now);
        previous = s.used;
        // Once both pauses are over, the deadline is where the used time reaches the
        // target: 4 h of pauses push Tuesday 18:00 to Wednesday 14:00 (9-12 and 13-14).
        if (now >= china("2026-03-10 12:00")) {
            ASSERT_EQ(chinaTime(s.deadline), "2026-03-11 14:00") << chinaTime(now);
        }
        ASSERT_EQ(s.state, s.used >= 16h ? SlaState::Breached : s.used >= 12h ? SlaState::AtRisk : SlaState::OnTrack)
            << chinaTime(now);
    }
}

}  // namespace
}  // namespace laoke::engine
