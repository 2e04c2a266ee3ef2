// The SLA engine: the work calendar with China's published holidays and make-up working days
// (调休), business time over it, SLA clocks with pauses and reopening, and SLA policies with
// the close-period priority raise (domain-research.md §2.4).
//
// Every time below is China local time (UTC+8, no daylight saving): china("2026-02-13 17:00")
// is that wall-clock time in Beijing, and results are compared as the same local text, so a
// failure reads "2026-02-24 10:00" against "2026-02-14 10:00" rather than as seconds.
//
// Weekdays used below (2026-01-01 is a Thursday, 2025-01-01 a Wednesday):
//   2026-03-09 Mon .. 2026-03-13 Fri is an ordinary week with no holiday near it;
//   2026-02-13 Fri, 02-14 Sat (make-up), 02-15 Sun .. 02-23 Mon (春节), 02-24 Tue;
//   2025-12-31 Wed, 2026-01-01 Thu .. 01-03 Sat (元旦), 01-04 Sun (make-up), 01-05 Mon.

#include "engine/BusinessClock.h"
#include "engine/ChinaHolidays.h"
#include "engine/SlaClock.h"
#include "engine/SlaPolicy.h"
#include "engine/WorkCalendar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <ostream>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::engine {

// Readable failure output for the engine's enums (found by gtest through ADL).
void PrintTo(SlaState state, std::ostream* os) { *os << slaStateName(state); }
void PrintTo(TicketPriority priority, std::ostream* os) { *os << priorityName(priority); }

namespace {

using namespace std::chrono;
using namespace std::chrono_literals;

constexpr seconds kChinaOffset = 8h;

constexpr sys_days date(int y, unsigned m, unsigned d)
{
    return sys_days{year{y} / month{m} / std::chrono::day{d}};
}

/// "2026-02-13 17:00" or "2026-02-13 17:00:05", China local time -> the instant.
Instant china(std::string_view text)
{
    const std::string s(text);
    int y = 0;
    unsigned mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    const int fields = std::sscanf(s.c_str(), "%d-%u-%u %u:%u:%u", &y, &mo, &d, &h, &mi, &sec);
    const year_month_day ymd{year{y}, month{mo}, std::chrono::day{d}};
    if ((fields != 5 && fields != 6) || !ymd.ok() || h > 23 || mi > 59 || sec > 59) {
        throw std::invalid_argument("not a China local time in a test: " + s);
    }
    return Instant{sys_days{ymd}} + hours(h) + minutes(mi) + seconds(sec) - kChinaOffset;
}

/// The instant as China local time, "2026-02-13 17:00", with ":SS" only when not zero.
std::string chinaTime(Instant instant)
{
    const Instant local = instant + kChinaOffset;
    const sys_days day = floor<days>(local);
    const year_month_day ymd{day};
    const hh_mm_ss<seconds> time{local - Instant{day}};
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u %02ld:%02ld", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(time.hours().count()), static_cast<long>(time.minutes().count()));
    std::string text = buffer;
    if (time.seconds() != 0s) {
        std::snprintf(buffer, sizeof buffer, ":%02ld", static_cast<long>(time.seconds().count()));
        text += buffer;
    }
    return text;
}

std::string chinaTime(std::optional<Instant> instant) { return instant ? chinaTime(*instant) : "none"; }

/// A duration as "H:MM:SS" (hours unbounded, "-" in front of a negative one).
std::string workTime(seconds amount)
{
    const bool negative = amount < 0s;
    const long long total = negative ? -amount.count() : amount.count();
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%s%lld:%02lld:%02lld", negative ? "-" : "", total / 3600, total / 60 % 60,
                  total % 60);
    return buffer;
}

/// The 5×8 calendar with the published 2025 and 2026 holidays and 09:00-12:00, 13:00-18:00.
const WorkCalendar& chinaCalendar()
{
    static const WorkCalendar calendar(publishedChinaHolidays(), standardWorkingPeriods(), Coverage::Workdays);
    return calendar;
}

const BusinessClock& chinaClock()
{
    static const BusinessClock clock(chinaCalendar());
    return clock;
}

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

// =========================================================================================
// BusinessClock
// =========================================================================================

std::string between(std::string_view from, std::string_view to)
{
    return workTime(chinaClock().between(china(from), china(to)));
}

std::string after(std::string_view from, seconds amount) { return chinaTime(chinaClock().after(china(from), amount)); }

TEST(BusinessClock, WithinOnePeriodItIsTheWallClockTime)
{
    EXPECT_EQ(between("2026-03-10 09:30", "2026-03-10 11:15"), "1:45:00");
    EXPECT_EQ(between("2026-03-10 14:00", "2026-03-10 17:30"), "3:30:00");
    EXPECT_EQ(between("2026-03-10 09:00", "2026-03-10 09:00:01"), "0:00:01");
    EXPECT_EQ(between("2026-03-10 09:00", "2026-03-10 12:00"), "3:00:00");
    EXPECT_EQ(after("2026-03-10 09:30", 1h + 45min), "2026-03-10 11:15");
    EXPECT_EQ(after("2026-03-10 14:00", 3h + 30min), "2026-03-10 17:30");
    EXPECT_EQ(after("2026-03-10 09:00", 1s), "2026-03-10 09:00:01");
}

TEST(BusinessClock, TheLunchBreakDoesNotCount)
{
    EXPECT_EQ(between("2026-03-10 11:30", "2026-03-10 13:30"), "1:00:00");
    EXPECT_EQ(between("2026-03-10 12:10", "2026-03-10 12:50"), "0:00:00");
    EXPECT_EQ(between("2026-03-10 12:00", "2026-03-10 13:00"), "0:00:00");
    EXPECT_EQ(between("2026-03-10 00:00", "2026-03-11 00:00"), "8:00:00");
    EXPECT_EQ(after("2026-03-10 11:30", 1h), "2026-03-10 13:30");
    // Starting during lunch, the clock starts at 13:00.
    EXPECT_EQ(after("2026-03-10 12:00", 1h), "2026-03-10 14:00");
    EXPECT_EQ(after("2026-03-10 12:30", 30min), "2026-03-10 13:30");
}

TEST(BusinessClock, BeforeOpeningAndAfterClosingDoNotCount)
{
    EXPECT_EQ(between("2026-03-10 07:00", "2026-03-10 10:00"), "1:00:00");
    EXPECT_EQ(between("2026-03-10 17:00", "2026-03-10 20:00"), "1:00:00");
    EXPECT_EQ(between("2026-03-10 19:00", "2026-03-10 22:00"), "0:00:00");
    EXPECT_EQ(between("2026-03-10 06:00", "2026-03-10 08:59:59"), "0:00:00");
    EXPECT_EQ(after("2026-03-10 07:00", 1h), "2026-03-10 10:00");
    EXPECT_EQ(after("2026-03-10 00:00", 1min), "2026-03-10 09:01");
    // After closing, the next working morning.
    EXPECT_EQ(after("2026-03-10 18:00", 1s), "2026-03-11 09:00:01");
    EXPECT_EQ(after("2026-03-10 20:00", 2h), "2026-03-11 11:00");
}

TEST(BusinessClock, AcrossMidnight)
{
    EXPECT_EQ(between("2026-03-10 17:00", "2026-03-11 10:00"), "2:00:00");
    EXPECT_EQ(between("2026-03-10 23:00", "2026-03-11 01:00"), "0:00:00");
    EXPECT_EQ(between("2026-03-10 09:00", "2026-03-12 09:00"), "16:00:00");
    EXPECT_EQ(after("2026-03-10 17:00", 2h), "2026-03-11 10:00");
    EXPECT_EQ(after("2026-03-10 23:30", 2h), "2026-03-11 11:00");
}

TEST(BusinessClock, FridayEveningToMondayMorningIsOnlyTheEdges)
{
    // Friday 2026-03-13 17:30 -> Monday 03-16 09:30: 30 min on Friday and 30 min on Monday.
    EXPECT_EQ(between("2026-03-13 17:30", "2026-03-16 09:30"), "1:00:00");
    EXPECT_EQ(between("2026-03-13 18:00", "2026-03-16 09:00"), "0:00:00");
    EXPECT_EQ(after("2026-03-13 17:30", 1h), "2026-03-16 09:30");
    EXPECT_EQ(after("2026-03-14 10:00", 1h), "2026-03-16 10:00");  // opened on Saturday
    // A whole week: five days of eight hours.
    EXPECT_EQ(between("2026-03-09 00:00", "2026-03-16 00:00"), "40:00:00");
    EXPECT_EQ(after("2026-03-09 00:00", 40h), "2026-03-13 18:00");
}

TEST(BusinessClock, AcrossAMonthBoundary)
{
    // Tuesday 2026-03-31 16:00 -> Wednesday 04-01 11:00: 2 h + 2 h.
    EXPECT_EQ(between("2026-03-31 16:00", "2026-04-01 11:00"), "4:00:00");
    EXPECT_EQ(after("2026-03-31 16:00", 4h), "2026-04-01 11:00");
    // Friday 2026-04-03 17:00, then 清明节 Sat 04-04 .. Mon 04-06: Tuesday 10:00.
    EXPECT_EQ(after("2026-04-03 17:00", 2h), "2026-04-07 10:00");
    EXPECT_EQ(between("2026-04-03 17:00", "2026-04-07 10:00"), "2:00:00");
    // Thursday 2026-04-30 17:00, then 劳动节 Fri 05-01 .. Tue 05-05: Wednesday 05-06 10:00.
    EXPECT_EQ(after("2026-04-30 17:00", 2h), "2026-05-06 10:00");
}

TEST(BusinessClock, AcrossTheYearBoundaryTheMakeUpSundayIsWorked)
{
    // Wednesday 2025-12-31 17:00: one hour that day; 2026-01-01 .. 01-03 are 元旦; Sunday
    // 01-04 is a make-up working day, so the second hour ends there at 10:00.
    EXPECT_EQ(after("2025-12-31 17:00", 2h), "2026-01-04 10:00");
    EXPECT_EQ(between("2025-12-31 17:00", "2026-01-04 10:00"), "2:00:00");
    EXPECT_EQ(between("2025-12-31 18:00", "2026-01-04 09:00"), "0:00:00");
    // 1 h + the full 8 h of 01-04 ends exactly at 18:00 that Sunday; one more hour is Monday.
    EXPECT_EQ(after("2025-12-31 17:00", 9h), "2026-01-04 18:00");
    EXPECT_EQ(after("2025-12-31 17:00", 10h), "2026-01-05 10:00");
    EXPECT_EQ(between("2025-12-31 00:00", "2026-01-06 00:00"), "24:00:00");  // 12-31, 01-04, 01-05
}

TEST(BusinessClock, AcrossThe2026SpringFestival)
{
    // Friday 02-13 17:00 + 2 h: 1 h on Friday, then the make-up Saturday 02-14 from 09:00.
    EXPECT_EQ(after("2026-02-13 17:00", 2h), "2026-02-14 10:00");
    // Saturday 02-14 17:00 + 2 h: 1 h on Saturday, then 02-15 .. 02-23 off, Tuesday 02-24.
    EXPECT_EQ(after("2026-02-14 17:00", 2h), "2026-02-24 10:00");
    EXPECT_EQ(between("2026-02-14 17:00", "2026-02-24 10:00"), "2:00:00");
    EXPECT_EQ(between("2026-02-13 18:00", "2026-02-24 09:00"), "8:00:00");  // just the Saturday
    EXPECT_EQ(between("2026-02-14 18:00", "2026-02-24 09:00"), "0:00:00");
    EXPECT_EQ(after("2026-02-16 10:00", 1h), "2026-02-24 10:00");  // opened during the holiday
    // The make-up Saturday 02-28 after it: Friday 02-27 and Saturday 02-28 are worked.
    EXPECT_EQ(between("2026-02-27 09:00", "2026-03-02 09:00"), "16:00:00");
    EXPECT_EQ(after("2026-02-27 17:00", 2h), "2026-02-28 10:00");
    EXPECT_EQ(after("2026-02-28 17:00", 2h), "2026-03-02 10:00");
}

TEST(BusinessClock, AcrossThe2025SpringFestivalAndNationalDay)
{
    // Friday 2025-01-24 17:00: Saturday 01-25 off, Sunday 01-26 a make-up working day.
    EXPECT_EQ(after("2025-01-24 17:00", 2h), "2025-01-26 10:00");
    // Monday 2025-01-27 17:00: 01-28 .. 02-04 off, Wednesday 02-05.
    EXPECT_EQ(after("2025-01-27 17:00", 2h), "2025-02-05 10:00");
    // Tuesday 2025-09-30 17:00: 10-01 .. 10-08 off, Thursday 10-09.
    EXPECT_EQ(after("2025-09-30 17:00", 2h), "2025-10-09 10:00");
    // 2026 国庆: Wednesday 09-30 17:00, 10-01 .. 10-07 off, Thursday 10-08.
    EXPECT_EQ(after("2026-09-30 17:00", 2h), "2026-10-08 10:00");
}

TEST(BusinessClock, AnAmountThatFitsExactlyEndsAtThePeriodEnd)
{
    EXPECT_EQ(after("2026-03-10 09:00", 3h), "2026-03-10 12:00");  // not 13:00
    EXPECT_EQ(after("2026-03-10 11:00", 1h), "2026-03-10 12:00");
    EXPECT_EQ(after("2026-03-10 13:00", 5h), "2026-03-10 18:00");  // not 09:00 next day
    EXPECT_EQ(after("2026-03-10 09:00", 8h), "2026-03-10 18:00");
    EXPECT_EQ(after("2026-03-13 13:00", 5h), "2026-03-13 18:00");  // Friday, not Monday
    EXPECT_EQ(after("2026-03-10 09:00", 3h + 1s), "2026-03-10 13:00:01");
}

TEST(BusinessClock, ZeroAndBackwardsSpans)
{
    for (const char* t : {"2026-03-10 10:00", "2026-03-10 12:30", "2026-03-14 03:00", "2026-02-18 10:00"}) {
        EXPECT_EQ(after(t, 0s), chinaTime(china(t))) << t;
        EXPECT_EQ(between(t, t), "0:00:00") << t;
    }
    EXPECT_EQ(between("2026-03-10 15:00", "2026-03-10 10:00"), "0:00:00");
    EXPECT_EQ(between("2026-03-12 10:00", "2026-03-10 10:00"), "0:00:00");
}

TEST(BusinessClock, EveryDayCoverageWorksThroughTheHolidays)
{
    const WorkCalendar calendar(publishedChinaHolidays(), standardWorkingPeriods(), Coverage::EveryDay);
    const BusinessClock clock(calendar);
    // Saturday 2026-02-21 is in the Spring Festival; a 7×8 hotline works it and Sunday too.
    EXPECT_EQ(chinaTime(clock.after(china("2026-02-21 17:00"), 2h)), "2026-02-22 10:00");
    EXPECT_EQ(workTime(clock.between(china("2026-02-15 00:00"), china("2026-02-24 00:00"))), "72:00:00");  // 9 days
    EXPECT_EQ(workTime(clock.between(china("2026-02-21 11:30"), china("2026-02-21 13:30"))), "1:00:00");
}

TEST(BusinessClock, APeriodUpToMidnightAndRoundTheClockService)
{
    // 0:00-24:00 every day: business time is wall-clock time, across midnight and holidays.
    const WorkCalendar allDay(publishedChinaHolidays(), {{0h, 24h}}, Coverage::EveryDay);
    const BusinessClock clock(allDay);
    EXPECT_EQ(workTime(clock.between(china("2026-02-13 22:30"), china("2026-02-16 00:30"))), "50:00:00");
    EXPECT_EQ(chinaTime(clock.after(china("2026-02-13 22:30"), 50h)), "2026-02-16 00:30");
    EXPECT_EQ(chinaTime(clock.after(china("2026-02-13 22:30"), 1h + 30min)), "2026-02-14 00:00");

    // A night shift 22:00-24:00 and 00:00-02:00 on working days: Friday 23:00 + 2 h is 1 h on
    // Friday night and, as Saturday and Sunday are not worked, Monday 00:00-01:00.
    const WorkCalendar night({}, {{22h, 24h}, {0h, 2h}}, Coverage::Workdays);
    const BusinessClock nightClock(night);
    EXPECT_EQ(chinaTime(nightClock.after(china("2026-03-13 23:00"), 2h)), "2026-03-16 01:00");
    EXPECT_EQ(workTime(nightClock.between(china("2026-03-13 23:00"), china("2026-03-16 01:00"))), "2:00:00");
    EXPECT_EQ(chinaTime(nightClock.after(china("2026-03-10 23:00"), 2h)), "2026-03-11 01:00");
}

TEST(BusinessClock, ACalendarWithoutWorkingTimeForTenYearsThrows)
{
    // 2030 .. 2041, every day a holiday (the search gives up after ten years).
    std::vector<CalendarYear> years;
    for (int y = 2030; y <= 2041; ++y) {
        CalendarYear year{y, {}, {}};
        for (sys_days d = date(y, 1, 1); d <= date(y, 12, 31); d += days{1}) year.holidays.push_back(d);
        years.push_back(std::move(year));
    }
    const WorkCalendar closed(years, standardWorkingPeriods(), Coverage::Workdays);
    const BusinessClock clock(closed);
    EXPECT_THROW(clock.after(china("2030-01-01 00:00"), 1s), std::runtime_error);
    EXPECT_EQ(workTime(clock.between(china("2030-01-01 00:00"), china("2031-01-01 00:00"))), "0:00:00");
    // Zero needs no working time.
    EXPECT_EQ(clock.after(china("2030-01-01 00:00"), 0s), china("2030-01-01 00:00"));
}

// ---- Properties over many deterministic samples ------------------------------------------

/// Deterministic pseudo-random numbers (std::mt19937 is fully specified).
class Samples {
public:
    explicit Samples(std::uint32_t seed) : m_engine(seed) {}
    /// Uniform enough in [0, n).
    std::int64_t below(std::int64_t n)
    {
        const std::uint64_t wide = (std::uint64_t(m_engine()) << 32) | m_engine();
        return static_cast<std::int64_t>(wide % static_cast<std::uint64_t>(n));
    }

private:
    std::mt19937 m_engine;
};

const Instant kSamplesFrom = china("2025-01-01 00:00");
const Instant kSamplesTo = china("2028-01-01 00:00");

/// An instant in 2025-2027, on a minute when `minuteAligned`; one in four on a period edge.
Instant sampleInstant(Samples& samples, bool minuteAligned)
{
    const std::int64_t span = (kSamplesTo - kSamplesFrom).count();
    Instant t = kSamplesFrom + seconds(samples.below(span));
    if (samples.below(4) == 0) {
        static const std::vector<minutes> edges{0h, 9h, 12h, 13h, 18h};
        const sys_days d = floor<days>(t + kChinaOffset);
        t = Instant{d} - kChinaOffset + edges[static_cast<std::size_t>(samples.below(5))];
    }
    return minuteAligned ? floor<minutes>(t) : t;
}

/// A minute of China local time is worked: a working day, in 09:00-12:00 or 13:00-18:00.
bool workedMinute(const WorkCalendar& calendar, Instant minute)
{
    const Instant local = minute + kChinaOffset;
    const sys_days d = floor<days>(local);
    const minutes m = floor<minutes>(local - Instant{d});
    return calendar.isWorkday(d) && ((m >= 9h && m < 12h) || (m >= 13h && m < 18h));
}

TEST(BusinessClock, AfterThenBetweenGivesBackTheAmount)
{
    Samples samples(20260213);
    for (int i = 0; i < 600; ++i) {
        const Instant from = sampleInstant(samples, false);
        // Mostly up to a week of working time, sometimes up to a month, sometimes on a minute.
        const std::int64_t limit = i % 5 == 0 ? 22 * 8 * 3600 : 40 * 3600;
        seconds amount = seconds(1 + samples.below(limit));
        if (i % 3 == 0) amount = ceil<minutes>(amount);
        const Instant to = chinaClock().after(from, amount);
        ASSERT_GE(to, from);
        ASSERT_EQ(workTime(chinaClock().between(from, to)), workTime(amount))
            << "from " << chinaTime(from) << " + " << workTime(amount) << " -> " << chinaTime(to);
        // The earliest such instant: a second earlier, the amount is not yet used.
        ASSERT_EQ(workTime(chinaClock().between(from, to - 1s)), workTime(amount - 1s))
            << "from " << chinaTime(from) << " + " << workTime(amount) << " -> " << chinaTime(to);
        // And the end is inside working time, never at the start of a break or a day off.
        ASSERT_TRUE(workedMinute(chinaCalendar(), floor<minutes>(to - 1s)))
            << "from " << chinaTime(from) << " + " << workTime(amount) << " -> " << chinaTime(to);
    }
}

TEST(BusinessClock, BetweenMatchesCountingMinuteByMinute)
{
    Samples samples(20251001);
    for (int i = 0; i < 300; ++i) {
        const Instant from = sampleInstant(samples, true);
        const Instant to = from + minutes(samples.below(20 * 24 * 60));  // up to 20 days later
        seconds expected{0};
        for (Instant m = from; m < to; m += 1min) {
            if (workedMinute(chinaCalendar(), m)) expected += 1min;
        }
        ASSERT_EQ(workTime(chinaClock().between(from, to)), workTime(expected))
            << chinaTime(from) << " -> " << chinaTime(to);
    }
}

TEST(BusinessClock, AfterMatchesWalkingMinuteByMinute)
{
    Samples samples(20250128);
    for (int i = 0; i < 300; ++i) {
        const Instant from = sampleInstant(samples, true);
        const minutes amount = minutes(1 + samples.below(60 * 60));  // up to 60 working hours
        Instant walked = from;
        for (minutes left = amount; left > 0min; walked += 1min) {
            if (workedMinute(chinaCalendar(), walked)) left -= 1min;
        }
        ASSERT_EQ(chinaTime(chinaClock().after(from, amount)), chinaTime(walked))
            << chinaTime(from) << " + " << workTime(amount);
    }
}

TEST(BusinessClock, BetweenAddsUpOverConsecutiveSpans)
{
    Samples samples(7);
    for (int i = 0; i < 300; ++i) {
        Instant a = sampleInstant(samples, false);
        Instant b = sampleInstant(samples, false);
        Instant c = sampleInstant(samples, false);
        if (a > b) std::swap(a, b);
        if (b > c) std::swap(b, c);
        if (a > b) std::swap(a, b);
        ASSERT_EQ(workTime(chinaClock().between(a, c)),
                  workTime(chinaClock().between(a, b) + chinaClock().between(b, c)))
            << chinaTime(a) << " / " << chinaTime(b) << " / " << chinaTime(c);
    }
}

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
