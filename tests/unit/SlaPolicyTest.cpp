// SLA policies: the default targets, grade rules over the every-grade rule, validation, and
// the month-end and year-end close periods that raise a ticket's priority.
// Times are China local time, written as text (SlaTestTime.h).

#include "SlaTestTime.h"

namespace laoke::engine {
namespace {

using namespace sla_test;

// =========================================================================================
// SLA policies
// =========================================================================================

void expectTargets(const std::optional<SlaTargets>& got, std::optional<seconds> firstResponse,
                   std::optional<seconds> onsiteArrival, std::optional<seconds> resolution, const char* what)
{
    ASSERT_TRUE(got.has_value()) << what;
    auto text = [](std::optional<seconds> t) { return t ? workTime(*t) : std::string("none"); };
    EXPECT_EQ(text(got->firstResponse), text(firstResponse)) << what << ": first response";
    EXPECT_EQ(text(got->onsiteArrival), text(onsiteArrival)) << what << ": onsite arrival";
    EXPECT_EQ(text(got->resolution), text(resolution)) << what << ": resolution";
}

TEST(SlaPolicy, PriorityNamesAreStableAndParse)
{
    EXPECT_EQ(priorityName(TicketPriority::Urgent), "urgent");
    EXPECT_EQ(priorityName(TicketPriority::High), "high");
    EXPECT_EQ(priorityName(TicketPriority::Normal), "normal");
    EXPECT_EQ(priorityName(TicketPriority::Consult), "consult");
    for (const auto p : {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal, TicketPriority::Consult}) {
        EXPECT_EQ(parsePriority(priorityName(p)), p);
    }
    EXPECT_EQ(static_cast<int>(TicketPriority::Urgent), 1);  // P1 .. P4
    EXPECT_EQ(static_cast<int>(TicketPriority::Consult), 4);
    for (const char* unknown : {"", "Urgent", "URGENT", "P1", "p1", "1", "urgent ", " high", "critical", "low"}) {
        EXPECT_FALSE(parsePriority(unknown)) << '"' << unknown << '"';
    }
}

TEST(SlaPolicy, TheDefaultTableWithAnEightHourWorkingDay)
{
    const SlaPolicy policy = defaultSlaPolicy(8h);
    EXPECT_EQ(policy.rules().size(), 4u);
    for (const char* grade : {"", "A", "C", "E"}) {
        expectTargets(policy.targetsFor(grade, TicketPriority::Urgent), 30min, 4h, 8h, grade);
        expectTargets(policy.targetsFor(grade, TicketPriority::High), 2h, 8h, 16h, grade);
        expectTargets(policy.targetsFor(grade, TicketPriority::Normal), 4h, std::nullopt, 24h, grade);
        expectTargets(policy.targetsFor(grade, TicketPriority::Consult), 8h, std::nullopt, std::nullopt, grade);
    }
}

TEST(SlaPolicy, TheDefaultTableCountsWorkingDaysInTheCalendarsDayLength)
{
    // A 7.5 h working day: P1 resolution 1 day, P2 2 days, P3 3 days, P4 response 1 day.
    const SlaPolicy policy = defaultSlaPolicy(7h + 30min);
    expectTargets(policy.targetsFor("", TicketPriority::Urgent), 30min, 4h, 7h + 30min, "P1");
    expectTargets(policy.targetsFor("", TicketPriority::High), 2h, 7h + 30min, 15h, "P2");
    expectTargets(policy.targetsFor("", TicketPriority::Normal), 4h, std::nullopt, 22h + 30min, "P3");
    expectTargets(policy.targetsFor("", TicketPriority::Consult), 7h + 30min, std::nullopt, std::nullopt, "P4");
}

TEST(SlaPolicy, AGradesOwnRuleWinsOverTheEveryGradeRule)
{
    const SlaRule everyGrade{"", TicketPriority::Urgent, {1h, 4h, 8h}};
    const SlaRule gradeA{"A", TicketPriority::Urgent, {15min, 2h, 4h}};
    // Whichever order the rules come in.
    for (const auto& rules : {std::vector<SlaRule>{everyGrade, gradeA}, std::vector<SlaRule>{gradeA, everyGrade}}) {
        const SlaPolicy policy(rules);
        expectTargets(policy.targetsFor("A", TicketPriority::Urgent), 15min, 2h, 4h, "grade A");
        expectTargets(policy.targetsFor("B", TicketPriority::Urgent), 1h, 4h, 8h, "grade B");
        expectTargets(policy.targetsFor("", TicketPriority::Urgent), 1h, 4h, 8h, "unrated");
        EXPECT_FALSE(policy.targetsFor("A", TicketPriority::High)) << "no rule for P2";
    }
}

TEST(SlaPolicy, AGradeRuleWithoutAnEveryGradeRuleCoversOnlyThatGrade)
{
    const SlaPolicy policy({{"A", TicketPriority::High, {1h, std::nullopt, 8h}}, {"B", TicketPriority::High, {2h, std::nullopt, 16h}}});
    expectTargets(policy.targetsFor("A", TicketPriority::High), 1h, std::nullopt, 8h, "grade A");
    expectTargets(policy.targetsFor("B", TicketPriority::High), 2h, std::nullopt, 16h, "grade B");
    EXPECT_FALSE(policy.targetsFor("C", TicketPriority::High));
    EXPECT_FALSE(policy.targetsFor("", TicketPriority::High)) << "unrated uses only the every-grade rule";
    EXPECT_FALSE(policy.targetsFor("A", TicketPriority::Urgent));
}

TEST(SlaPolicy, APriorityWithoutARuleHasNoTargets)
{
    const SlaPolicy policy({{"", TicketPriority::Urgent, {30min, std::nullopt, 8h}}});
    EXPECT_FALSE(policy.targetsFor("", TicketPriority::Normal));
    EXPECT_FALSE(policy.targetsFor("A", TicketPriority::Consult));
    const SlaPolicy empty({});
    EXPECT_FALSE(empty.targetsFor("", TicketPriority::Urgent));
    EXPECT_TRUE(empty.rules().empty());
}

TEST(SlaPolicy, RefusesAGradeOutsideAToE)
{
    for (const char* grade : {"F", "a", "e", "AB", " A", "A ", "-", "甲"}) {
        EXPECT_THROW(SlaPolicy({{grade, TicketPriority::High, {1h, std::nullopt, 8h}}}), std::invalid_argument) << grade;
    }
    for (const char* grade : {"", "A", "B", "C", "D", "E"}) {
        EXPECT_NO_THROW(SlaPolicy({{grade, TicketPriority::High, {1h, std::nullopt, 8h}}})) << grade;
    }
}

TEST(SlaPolicy, RefusesTwoRulesForTheSameGradeAndPriority)
{
    EXPECT_THROW(SlaPolicy({{"A", TicketPriority::High, {1h, {}, {}}}, {"A", TicketPriority::High, {2h, {}, {}}}}),
                 std::invalid_argument);
    EXPECT_THROW(SlaPolicy({{"", TicketPriority::Consult, {8h, {}, {}}},
                            {"B", TicketPriority::Consult, {4h, {}, {}}},
                            {"", TicketPriority::Consult, {8h, {}, {}}}}),
                 std::invalid_argument);
    // Same grade for other priorities, or same priority for other grades, is fine.
    EXPECT_NO_THROW(SlaPolicy({{"A", TicketPriority::High, {1h, {}, {}}},
                               {"A", TicketPriority::Normal, {2h, {}, {}}},
                               {"B", TicketPriority::High, {2h, {}, {}}},
                               {"", TicketPriority::High, {2h, {}, {}}}}));
}

TEST(SlaPolicy, RefusesATargetThatIsNotPositive)
{
    EXPECT_THROW(SlaPolicy({{"", TicketPriority::Urgent, {0s, 4h, 8h}}}), std::invalid_argument);
    EXPECT_THROW(SlaPolicy({{"", TicketPriority::Urgent, {30min, -1s, 8h}}}), std::invalid_argument);
    EXPECT_THROW(SlaPolicy({{"", TicketPriority::Urgent, {30min, 4h, 0s}}}), std::invalid_argument);
    EXPECT_THROW(SlaPolicy({{"", TicketPriority::Urgent, {30min, 4h, 8h}}, {"C", TicketPriority::Normal, {-4h, {}, {}}}}),
                 std::invalid_argument);
    // No target at all is allowed: that clock is simply not kept.
    EXPECT_NO_THROW(SlaPolicy({{"", TicketPriority::Consult, {std::nullopt, std::nullopt, std::nullopt}}}));
}

// ---- Close periods ------------------------------------------------------------------------

void expectInClosePeriod(const ClosePeriods& periods, sys_days first, sys_days last, bool expected)
{
    for (sys_days d = first; d <= last; d += days{1}) {
        EXPECT_EQ(inClosePeriod(d, periods), expected)
            << chinaTime(Instant{d} - kChinaOffset).substr(0, 10) << (expected ? " should be" : " should not be")
            << " in a close period";
    }
}

TEST(ClosePeriods, TheLastFiveAndFirstFiveDaysOfAMonthAreIn)
{
    const ClosePeriods defaults;
    // June 2026 (30 days), outside the year-end period.
    expectInClosePeriod(defaults, date(2026, 6, 1), date(2026, 6, 5), true);
    expectInClosePeriod(defaults, date(2026, 6, 6), date(2026, 6, 25), false);
    expectInClosePeriod(defaults, date(2026, 6, 26), date(2026, 6, 30), true);
    expectInClosePeriod(defaults, date(2026, 7, 1), date(2026, 7, 5), true);
    // March 2026 (31 days): 27-31.
    expectInClosePeriod(defaults, date(2026, 3, 6), date(2026, 3, 26), false);
    expectInClosePeriod(defaults, date(2026, 3, 27), date(2026, 3, 31), true);
    // February 2026 (28 days): 24-28; February 2028 (leap year, 29 days): 25-29.
    expectInClosePeriod(defaults, date(2026, 2, 6), date(2026, 2, 23), false);
    expectInClosePeriod(defaults, date(2026, 2, 24), date(2026, 2, 28), true);
    expectInClosePeriod(defaults, date(2028, 2, 6), date(2028, 2, 24), false);
    expectInClosePeriod(defaults, date(2028, 2, 25), date(2028, 2, 29), true);
    // 2100 is not a leap year: 24-28.
    expectInClosePeriod(defaults, date(2100, 2, 23), date(2100, 2, 23), false);
    expectInClosePeriod(defaults, date(2100, 2, 24), date(2100, 2, 28), true);
}

TEST(ClosePeriods, JanuaryMonthEndOnItsOwn)
{
    // With the year-end period moved to one day in July, January shows its own month end
    // (27-31) and start (1-5).
    ClosePeriods periods;
    periods.yearEndFrom = July / 15;
    periods.yearEndTo = July / 15;
    expectInClosePeriod(periods, date(2026, 1, 1), date(2026, 1, 5), true);
    expectInClosePeriod(periods, date(2026, 1, 6), date(2026, 1, 26), false);
    expectInClosePeriod(periods, date(2026, 1, 27), date(2026, 1, 31), true);
    expectInClosePeriod(periods, date(2026, 7, 14), date(2026, 7, 14), false);
    expectInClosePeriod(periods, date(2026, 7, 15), date(2026, 7, 15), true);
    expectInClosePeriod(periods, date(2026, 7, 16), date(2026, 7, 16), false);
    expectInClosePeriod(periods, date(2026, 12, 15), date(2026, 12, 26), false);
}

TEST(ClosePeriods, YearEndRunsFromTheFifteenthOfDecemberToTheEndOfJanuary)
{
    const ClosePeriods defaults;
    expectInClosePeriod(defaults, date(2026, 12, 6), date(2026, 12, 14), false);
    expectInClosePeriod(defaults, date(2026, 12, 15), date(2027, 2, 5), true);  // year end, then February's first days
    expectInClosePeriod(defaults, date(2027, 2, 6), date(2027, 2, 23), false);
    expectInClosePeriod(defaults, date(2025, 12, 15), date(2026, 1, 31), true);
    expectInClosePeriod(defaults, date(2026, 11, 6), date(2026, 11, 25), false);
}

TEST(ClosePeriods, ANonWrappingCustomYearEnd)
{
    ClosePeriods periods;
    periods.yearEndFrom = January / 1;
    periods.yearEndTo = January / 31;
    expectInClosePeriod(periods, date(2026, 12, 6), date(2026, 12, 26), false);  // December no longer
    expectInClosePeriod(periods, date(2026, 12, 27), date(2026, 12, 31), true);  // month end still
    expectInClosePeriod(periods, date(2027, 1, 1), date(2027, 1, 31), true);
    expectInClosePeriod(periods, date(2027, 2, 6), date(2027, 2, 23), false);

    // A window within one month, e.g. 10-20 March.
    periods.yearEndFrom = March / 10;
    periods.yearEndTo = March / 20;
    expectInClosePeriod(periods, date(2026, 3, 6), date(2026, 3, 9), false);
    expectInClosePeriod(periods, date(2026, 3, 10), date(2026, 3, 20), true);
    expectInClosePeriod(periods, date(2026, 3, 21), date(2026, 3, 26), false);
    expectInClosePeriod(periods, date(2026, 1, 6), date(2026, 1, 26), false);
}

TEST(ClosePeriods, CustomMonthEndAndStartLengths)
{
    ClosePeriods periods;
    periods.monthEndLastDays = 3;
    periods.monthStartDays = 2;
    expectInClosePeriod(periods, date(2026, 6, 1), date(2026, 6, 2), true);
    expectInClosePeriod(periods, date(2026, 6, 3), date(2026, 6, 27), false);
    expectInClosePeriod(periods, date(2026, 6, 28), date(2026, 6, 30), true);

    periods.monthEndLastDays = 0;
    periods.monthStartDays = 0;
    expectInClosePeriod(periods, date(2026, 2, 1), date(2026, 12, 14), false);  // only the year end is left
    expectInClosePeriod(periods, date(2026, 12, 15), date(2027, 1, 31), true);
}

TEST(ClosePeriods, ATicketOpenedInAClosePeriodIsRaisedOneLevel)
{
    const ClosePeriods defaults;
    const sys_days monthEnd = date(2026, 6, 28);
    EXPECT_EQ(effectivePriority(TicketPriority::Consult, monthEnd, defaults), TicketPriority::Normal);
    EXPECT_EQ(effectivePriority(TicketPriority::Normal, monthEnd, defaults), TicketPriority::High);
    EXPECT_EQ(effectivePriority(TicketPriority::High, monthEnd, defaults), TicketPriority::Urgent);
    EXPECT_EQ(effectivePriority(TicketPriority::Urgent, monthEnd, defaults), TicketPriority::Urgent);
    // Year end too, e.g. 20 December.
    EXPECT_EQ(effectivePriority(TicketPriority::Normal, date(2026, 12, 20), defaults), TicketPriority::High);
    EXPECT_EQ(effectivePriority(TicketPriority::Consult, date(2027, 1, 15), defaults), TicketPriority::Normal);
}

TEST(ClosePeriods, OutsideAClosePeriodThePriorityIsKept)
{
    const ClosePeriods defaults;
    const sys_days midMonth = date(2026, 6, 15);
    for (const auto p : {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal, TicketPriority::Consult}) {
        EXPECT_EQ(effectivePriority(p, midMonth, defaults), p);
    }
}

TEST(ClosePeriods, TurningTheRaiseOffKeepsThePriorityInClosePeriodsToo)
{
    ClosePeriods off;
    off.raisePriority = false;
    for (const sys_days d : {date(2026, 6, 28), date(2026, 6, 1), date(2026, 12, 20), date(2026, 6, 15)}) {
        for (const auto p : {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal, TicketPriority::Consult}) {
            EXPECT_EQ(effectivePriority(p, d, off), p);
        }
    }
}

}  // namespace
}  // namespace laoke::engine
