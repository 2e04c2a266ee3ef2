// The work calendar: weekdays, China's published holidays and make-up working days (调休), the
// fallback for unknown years, 7×8 coverage, and the checks on a calendar an admin enters.
// Times are China local time, written as text (SlaTestTime.h).

#include "SlaTestTime.h"

namespace laoke::engine {
namespace {

using namespace sla_test;

// ---- The test helpers themselves --------------------------------------------------------

TEST(SlaTestTime, ChinaLocalTimeIsEightHoursAheadOfUtc)
{
    EXPECT_EQ(china("2026-02-13 17:00"), Instant{date(2026, 2, 13)} + 9h);
    EXPECT_EQ(china("2026-01-01 07:59:30"), Instant{date(2025, 12, 31)} + 23h + 59min + 30s);
    EXPECT_EQ(chinaTime(Instant{date(2025, 12, 31)} + 16h), "2026-01-01 00:00");
    EXPECT_EQ(chinaTime(china("2026-02-13 17:00")), "2026-02-13 17:00");
    EXPECT_EQ(chinaTime(china("2026-02-13 17:00:05")), "2026-02-13 17:00:05");
    EXPECT_EQ(chinaTime(std::optional<Instant>{}), "none");
    EXPECT_EQ(workTime(1h + 30min + 5s), "1:30:05");
    EXPECT_EQ(workTime(40h), "40:00:00");
    EXPECT_THROW(china("2026-02-30 10:00"), std::invalid_argument);
    EXPECT_THROW(china("2026-02-13"), std::invalid_argument);
}

// =========================================================================================
// WorkCalendar
// =========================================================================================

void expectDaysOff(const WorkCalendar& calendar, sys_days first, sys_days last, const char* what)
{
    for (sys_days d = first; d <= last; d += days{1}) {
        EXPECT_FALSE(calendar.isWorkday(d)) << what << ": " << chinaTime(Instant{d} - kChinaOffset) << " is a day off";
    }
}

TEST(WorkCalendar, WeekdaysAreWorkedAndWeekendsAreNot)
{
    // 2026-03-09 is a Monday; March 2026 has no public holiday.
    for (unsigned d = 9; d <= 13; ++d) EXPECT_TRUE(chinaCalendar().isWorkday(date(2026, 3, d))) << "2026-03-" << d;
    EXPECT_FALSE(chinaCalendar().isWorkday(date(2026, 3, 14)));  // Saturday
    EXPECT_FALSE(chinaCalendar().isWorkday(date(2026, 3, 15)));  // Sunday

    // The same with no years at all.
    const WorkCalendar plain({}, standardWorkingPeriods(), Coverage::Workdays);
    for (unsigned d = 9; d <= 13; ++d) EXPECT_TRUE(plain.isWorkday(date(2026, 3, d)));
    EXPECT_FALSE(plain.isWorkday(date(2026, 3, 14)));
    EXPECT_FALSE(plain.isWorkday(date(2026, 3, 15)));
    // And without the holidays, 2026-01-01 (Thursday) is a plain working day.
    EXPECT_TRUE(plain.isWorkday(date(2026, 1, 1)));
    EXPECT_FALSE(plain.knowsYear(2026));
}

TEST(WorkCalendar, The2026PublicHolidaysAreDaysOff)
{
    const WorkCalendar& c = chinaCalendar();
    expectDaysOff(c, date(2026, 1, 1), date(2026, 1, 3), "元旦");
    expectDaysOff(c, date(2026, 2, 15), date(2026, 2, 23), "春节");
    expectDaysOff(c, date(2026, 4, 4), date(2026, 4, 6), "清明节");
    expectDaysOff(c, date(2026, 5, 1), date(2026, 5, 5), "劳动节");
    expectDaysOff(c, date(2026, 6, 19), date(2026, 6, 21), "端午节");
    expectDaysOff(c, date(2026, 9, 25), date(2026, 9, 27), "中秋节");
    expectDaysOff(c, date(2026, 10, 1), date(2026, 10, 7), "国庆节");

    // The working weekdays on either side of each holiday.
    for (const sys_days d : {date(2025, 12, 31), date(2026, 1, 5), date(2026, 2, 13), date(2026, 2, 24), date(2026, 4, 3),
                             date(2026, 4, 7), date(2026, 4, 30), date(2026, 5, 6), date(2026, 6, 18), date(2026, 6, 22),
                             date(2026, 9, 24), date(2026, 9, 28), date(2026, 9, 30), date(2026, 10, 8)}) {
        EXPECT_TRUE(c.isWorkday(d)) << chinaTime(Instant{d} - kChinaOffset);
    }
    // Holidays that fall on weekdays are what a user notices: 2026-04-06 and 2026-05-05 are
    // Monday and Tuesday, 2026-10-01 a Thursday.
    EXPECT_EQ(weekday{date(2026, 4, 6)}, Monday);
    EXPECT_EQ(weekday{date(2026, 5, 5)}, Tuesday);
    EXPECT_EQ(weekday{date(2026, 10, 1)}, Thursday);
}

TEST(WorkCalendar, The2026MakeUpWorkingDaysAreWorkedAlthoughTheyAreWeekends)
{
    const WorkCalendar& c = chinaCalendar();
    const std::vector<sys_days> makeUps{date(2026, 1, 4),  date(2026, 2, 14), date(2026, 2, 28),
                                        date(2026, 5, 9),  date(2026, 9, 20), date(2026, 10, 10)};
    for (const sys_days d : makeUps) {
        const weekday w{d};
        EXPECT_TRUE(w == Saturday || w == Sunday) << chinaTime(Instant{d} - kChinaOffset);
        EXPECT_TRUE(c.isWorkday(d)) << chinaTime(Instant{d} - kChinaOffset) << " is a make-up working day";
    }
    EXPECT_EQ(weekday{date(2026, 1, 4)}, Sunday);
    EXPECT_EQ(weekday{date(2026, 2, 14)}, Saturday);
    // The other day of those weekends is still off.
    EXPECT_FALSE(c.isWorkday(date(2026, 1, 3)));    // Saturday, 元旦
    EXPECT_FALSE(c.isWorkday(date(2026, 2, 15)));   // Sunday, 春节
    EXPECT_FALSE(c.isWorkday(date(2026, 3, 1)));    // Sunday after the make-up Saturday 02-28
    EXPECT_FALSE(c.isWorkday(date(2026, 5, 10)));   // Sunday
    EXPECT_FALSE(c.isWorkday(date(2026, 9, 19)));   // Saturday
    EXPECT_FALSE(c.isWorkday(date(2026, 10, 11)));  // Sunday
    // An ordinary weekend in February.
    EXPECT_FALSE(c.isWorkday(date(2026, 2, 7)));
    EXPECT_FALSE(c.isWorkday(date(2026, 2, 8)));
}

TEST(WorkCalendar, The2025HolidaysAndMakeUpWorkingDays)
{
    const WorkCalendar& c = chinaCalendar();
    expectDaysOff(c, date(2025, 1, 1), date(2025, 1, 1), "元旦");
    expectDaysOff(c, date(2025, 1, 28), date(2025, 2, 4), "春节");
    expectDaysOff(c, date(2025, 4, 4), date(2025, 4, 6), "清明节");
    expectDaysOff(c, date(2025, 5, 1), date(2025, 5, 5), "劳动节");
    expectDaysOff(c, date(2025, 5, 31), date(2025, 6, 2), "端午节");
    expectDaysOff(c, date(2025, 10, 1), date(2025, 10, 8), "国庆节、中秋节");

    // 调休: Sun 01-26 and Sat 02-08 (春节), Sun 04-27 (劳动节), Sun 09-28 and Sat 10-11 (国庆节).
    for (const sys_days d : {date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11)}) {
        const weekday w{d};
        EXPECT_TRUE(w == Saturday || w == Sunday);
        EXPECT_TRUE(c.isWorkday(d)) << chinaTime(Instant{d} - kChinaOffset) << " is a make-up working day";
    }
    // Around them.
    EXPECT_TRUE(c.isWorkday(date(2025, 1, 2)));     // Thursday after 元旦 (one day only)
    EXPECT_FALSE(c.isWorkday(date(2025, 1, 25)));   // Saturday before the make-up Sunday
    EXPECT_TRUE(c.isWorkday(date(2025, 1, 27)));    // Monday, the last day before 春节
    EXPECT_TRUE(c.isWorkday(date(2025, 2, 5)));     // Wednesday, the first day after
    EXPECT_FALSE(c.isWorkday(date(2025, 2, 9)));    // Sunday after the make-up Saturday
    EXPECT_TRUE(c.isWorkday(date(2025, 4, 7)));     // Monday after 清明节
    EXPECT_TRUE(c.isWorkday(date(2025, 6, 3)));     // Tuesday after 端午节
    EXPECT_FALSE(c.isWorkday(date(2025, 9, 27)));   // Saturday before the make-up Sunday
    EXPECT_TRUE(c.isWorkday(date(2025, 9, 30)));    // Tuesday before 国庆节
    EXPECT_TRUE(c.isWorkday(date(2025, 10, 9)));    // Thursday after 国庆节
    EXPECT_FALSE(c.isWorkday(date(2025, 10, 12)));  // Sunday after the make-up Saturday
    EXPECT_TRUE(c.isWorkday(date(2025, 12, 25)));   // Christmas is a working day in China
}

TEST(WorkCalendar, AnUnknownYearFallsBackToMondayToFriday)
{
    const WorkCalendar& c = chinaCalendar();
    EXPECT_TRUE(c.knowsYear(2025));
    EXPECT_TRUE(c.knowsYear(2026));
    EXPECT_FALSE(c.knowsYear(2024));
    EXPECT_FALSE(c.knowsYear(2027));
    // 2027-01-01 is a Friday: a holiday in reality, but not published here, so worked.
    EXPECT_EQ(weekday{date(2027, 1, 1)}, Friday);
    EXPECT_TRUE(c.isWorkday(date(2027, 1, 1)));
    EXPECT_FALSE(c.isWorkday(date(2027, 1, 2)));  // Saturday
    EXPECT_FALSE(c.isWorkday(date(2027, 1, 3)));  // Sunday
    EXPECT_TRUE(c.isWorkday(date(2027, 1, 4)));   // Monday
    EXPECT_TRUE(c.isWorkday(date(2027, 10, 1)));  // Friday, 国庆 not published
    // The day a year's holidays end the previous year's do not leak: 2027-01-04 is a Monday,
    // while 2026-01-04 was a make-up Sunday; 2027-02-14 is a plain Sunday.
    EXPECT_FALSE(c.isWorkday(date(2027, 2, 14)));
    EXPECT_TRUE(c.isWorkday(date(2024, 10, 1)));  // 2024 unknown too: a Tuesday
}

TEST(WorkCalendar, EveryDayCoverageWorksWeekendsAndHolidays)
{
    const WorkCalendar c(publishedChinaHolidays(), standardWorkingPeriods(), Coverage::EveryDay);
    for (sys_days d = date(2025, 1, 1); d <= date(2027, 12, 31); d += days{1}) {
        ASSERT_TRUE(c.isWorkday(d)) << chinaTime(Instant{d} - kChinaOffset);
    }
    EXPECT_TRUE(c.knowsYear(2026));
    EXPECT_EQ(c.workdayLength(), 8h);
}

// ---- Validation ---------------------------------------------------------------------------

void expectRefused(const std::vector<CalendarYear>& years, std::vector<WorkingPeriod> periods, std::string_view mention = {})
{
    for (const Coverage coverage : {Coverage::Workdays, Coverage::EveryDay}) {
        try {
            WorkCalendar calendar(years, periods, coverage);
            ADD_FAILURE() << "the calendar was accepted";
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()), "");
            if (!mention.empty()) {
                EXPECT_NE(std::string(e.what()).find(mention), std::string::npos) << e.what();
            }
        } catch (...) {
            ADD_FAILURE() << "threw something other than std::invalid_argument";
        }
    }
}

TEST(WorkCalendar, RefusesADayWithoutWorkingPeriods)
{
    expectRefused({}, {});
}

TEST(WorkCalendar, RefusesAnEmptyOrReversedPeriod)
{
    expectRefused({}, {{9h, 9h}});
    expectRefused({}, {{12h, 9h}});
    expectRefused({}, {{9h, 12h}, {14h, 13h}});
    expectRefused({}, {{9h, 12h}, {13h, 13h}});
}

TEST(WorkCalendar, RefusesAPeriodOutsideTheDay)
{
    expectRefused({}, {{-1min, 9h}});
    expectRefused({}, {{22h, 24h + 1min}});
    expectRefused({}, {{23h, 25h}});
    expectRefused({}, {{25h, 26h}});
    // The whole day, up to 24:00, is fine.
    EXPECT_NO_THROW(WorkCalendar({}, {{0h, 24h}}, Coverage::Workdays));
    EXPECT_NO_THROW(WorkCalendar({}, {{22h, 24h}, {0h, 2h}}, Coverage::Workdays));
}

TEST(WorkCalendar, RefusesOverlappingPeriodsButAcceptsTouchingOnes)
{
    expectRefused({}, {{9h, 12h}, {11h, 14h}});
    expectRefused({}, {{11h, 14h}, {9h, 12h}});  // overlap found after sorting
    expectRefused({}, {{9h, 18h}, {13h, 14h}});  // one inside the other
    expectRefused({}, {{9h, 12h}, {9h, 12h}});   // the same period twice
    expectRefused({}, {{9h, 12h}, {12h - 1min, 13h}});
    EXPECT_NO_THROW(WorkCalendar({}, {{9h, 12h}, {12h, 13h}}, Coverage::Workdays));
}

TEST(WorkCalendar, RefusesAYearListedTwice)
{
    expectRefused({{2026, {date(2026, 1, 1)}, {}}, {2026, {date(2026, 10, 1)}, {}}}, standardWorkingPeriods(), "2026");
    expectRefused({{2026, {}, {}}, {2026, {}, {}}}, standardWorkingPeriods(), "2026");
    std::vector<CalendarYear> published = publishedChinaHolidays();
    published.push_back(published.front());
    expectRefused(published, standardWorkingPeriods(), "2025");
}

TEST(WorkCalendar, RefusesADateListedUnderAnotherYear)
{
    // A holiday of 2025-12-31 filed under 2026, and the other way round.
    expectRefused({{2026, {date(2025, 12, 31)}, {}}}, standardWorkingPeriods(), "2025-12-31");
    expectRefused({{2025, {date(2026, 1, 1)}, {}}}, standardWorkingPeriods(), "2026-01-01");
    // A make-up day (a real Sunday) under the wrong year.
    expectRefused({{2025, {}, {date(2026, 1, 4)}}}, standardWorkingPeriods(), "2026-01-04");
}

TEST(WorkCalendar, RefusesAMakeUpWorkingDayOnAWeekday)
{
    expectRefused({{2026, {}, {date(2026, 1, 5)}}}, standardWorkingPeriods(), "2026-01-05");  // Monday
    expectRefused({{2026, {}, {date(2026, 2, 13)}}}, standardWorkingPeriods(), "2026-02-13");  // Friday
    EXPECT_NO_THROW(WorkCalendar({{2026, {}, {date(2026, 2, 14), date(2026, 1, 4)}}}, standardWorkingPeriods(),
                                 Coverage::Workdays));
}

TEST(WorkCalendar, RefusesADayThatIsBothAHolidayAndAMakeUpWorkingDay)
{
    expectRefused({{2026, {date(2026, 1, 4)}, {date(2026, 1, 4)}}}, standardWorkingPeriods(), "2026-01-04");
    expectRefused({{2026, {date(2026, 2, 15), date(2026, 2, 14)}, {date(2026, 2, 28), date(2026, 2, 14)}}},
                  standardWorkingPeriods(), "2026-02-14");
}

TEST(WorkCalendar, TheStandardDayIsEightHoursWithALunchBreak)
{
    const std::vector<WorkingPeriod> standard = standardWorkingPeriods();
    ASSERT_EQ(standard.size(), 2u);
    EXPECT_EQ(standard[0].from, 9h);
    EXPECT_EQ(standard[0].to, 12h);
    EXPECT_EQ(standard[1].from, 13h);
    EXPECT_EQ(standard[1].to, 18h);
    EXPECT_EQ(chinaCalendar().workdayLength(), 8h);
    EXPECT_EQ(WorkCalendar({}, {{0h, 24h}}, Coverage::EveryDay).workdayLength(), 24h);
    EXPECT_EQ(WorkCalendar({}, {{8h + 30min, 12h}, {13h + 30min, 17h + 30min}}, Coverage::Workdays).workdayLength(),
              7h + 30min);
}

TEST(WorkCalendar, PeriodsGivenOutOfOrderAreSorted)
{
    const WorkCalendar c({}, {{19h, 21h}, {13h, 18h}, {9h, 12h}}, Coverage::Workdays);
    ASSERT_EQ(c.periods().size(), 3u);
    EXPECT_EQ(c.periods()[0].from, 9h);
    EXPECT_EQ(c.periods()[1].from, 13h);
    EXPECT_EQ(c.periods()[2].from, 19h);
    EXPECT_EQ(c.periods()[2].to, 21h);
    EXPECT_EQ(c.workdayLength(), 10h);
}

}  // namespace
}  // namespace laoke::engine
