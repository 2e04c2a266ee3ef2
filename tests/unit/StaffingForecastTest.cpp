// The hotline staffing suggestion (engine/StaffingForecast.h): weekday averages over working
// days only, holidays and make-up working days, the month-end and year-end raise measured
// from history or defaulted, the branch's first ticket, and no history at all.

#include "engine/BusinessDate.h"
#include "engine/ChinaHolidays.h"
#include "engine/StaffingForecast.h"

#include <gtest/gtest.h>

#include <functional>

namespace laoke::engine {
namespace {

using namespace std::chrono;

sys_days on(int y, unsigned m, unsigned d) { return sys_days(year{y} / month{m} / day{d}); }

WorkCalendar chinaCalendar(Coverage coverage = Coverage::Workdays)
{
    return WorkCalendar(publishedChinaHolidays(), standardWorkingPeriods(), coverage);
}

// Tickets per day from `count` for every day in [from, to), holidays and weekends included
// (the forecast must skip what is not a working day by itself).
StaffingHistory historyOf(sys_days from, sys_days to, const std::function<int(sys_days)>& count)
{
    StaffingHistory history;
    for (sys_days d = from; d < to; d += days(1)) {
        if (const int n = count(d); n > 0) history.openedPerDay[d] = n;
    }
    history.firstTicketDay = from;
    return history;
}

const DaySuggestion& dayOf(const std::vector<DaySuggestion>& week, sys_days day)
{
    for (const auto& s : week) {
        if (s.day == day) return s;
    }
    throw std::logic_error("day not in week");
}

TEST(StaffingForecast, CloseKindFollowsTheClosePeriods)
{
    const ClosePeriods close;
    EXPECT_EQ(closeKind(on(2026, 3, 16), close), CloseKind::None);
    EXPECT_EQ(closeKind(on(2026, 3, 27), close), CloseKind::MonthEnd);  // the last five days
    EXPECT_EQ(closeKind(on(2026, 3, 26), close), CloseKind::None);
    EXPECT_EQ(closeKind(on(2026, 4, 5), close), CloseKind::MonthEnd);   // the first five
    EXPECT_EQ(closeKind(on(2026, 4, 6), close), CloseKind::None);
    EXPECT_EQ(closeKind(on(2026, 12, 15), close), CloseKind::YearEnd);
    EXPECT_EQ(closeKind(on(2026, 12, 14), close), CloseKind::None);
    EXPECT_EQ(closeKind(on(2027, 1, 20), close), CloseKind::YearEnd);   // carry-forward runs through January
    EXPECT_EQ(closeKind(on(2026, 12, 31), close), CloseKind::YearEnd);  // year-end wins over month-end
}

TEST(StaffingForecast, EachWeekdayIsAveragedOverItsOwnOrdinaryWorkingDays)
{
    // September 14-20 2026: no close day; Sunday the 20th is a make-up working day (中秋).
    // History (June 18 - September 9): Monday busy, Tuesday light, the rest 8; close days
    // 30, holidays and weekends 99 (all must be kept out of the weekday averages).
    const WorkCalendar calendar = chinaCalendar();
    const ClosePeriods close;
    const sys_days monday = on(2026, 9, 14);
    const auto history = historyOf(monday - days(100), monday + days(7), [&](sys_days d) {
        if (!calendar.isWorkday(d)) return 99;
        if (closeKind(d, close) != CloseKind::None) return 30;
        if (d >= on(2026, 9, 10)) return 500;  // today and after are not history yet
        const weekday w{d};
        return w == Monday ? 18 : w == Tuesday ? 10 : 8;
    });
    const auto week = forecastWeek(monday, on(2026, 9, 10), history, calendar, close, StaffingSettings{});
    ASSERT_EQ(week.size(), 7u);
    const DaySuggestion& mon = week[0];
    EXPECT_EQ(mon.basis, SuggestionBasis::Forecast);
    EXPECT_DOUBLE_EQ(mon.weekdayAverage, 18);
    EXPECT_FALSE(mon.allWeekdays);
    EXPECT_EQ(mon.sampleDays, 8);  // June 22, July 6, 13, 20, August 10, 17, 24, September 7
    EXPECT_EQ(mon.close, CloseKind::None);
    EXPECT_DOUBLE_EQ(mon.closeFactor, 1);
    EXPECT_DOUBLE_EQ(mon.expected, 18);
    EXPECT_EQ(mon.needed, 2);  // 18 / 12
    EXPECT_DOUBLE_EQ(week[1].expected, 10);
    EXPECT_EQ(week[1].needed, 1);
    EXPECT_DOUBLE_EQ(week[2].expected, 8);
    EXPECT_EQ(week[5].basis, SuggestionBasis::DayOff);  // Saturday
    EXPECT_EQ(week[5].needed, 0);
    // The make-up Sunday is staffed; no working Sunday in the history: all days' mean.
    EXPECT_EQ(week[6].basis, SuggestionBasis::Forecast);
    EXPECT_TRUE(week[6].allWeekdays);
    EXPECT_GT(week[6].weekdayAverage, 8);
    EXPECT_LT(week[6].weekdayAverage, 18);

    StaffingSettings six;
    six.ticketsPerPerson = 6;
    EXPECT_EQ(forecastWeek(monday, on(2026, 9, 10), history, calendar, close, six)[0].needed, 3);
}

TEST(StaffingForecast, HolidaysHaveNoHotlineAndMakeUpDaysAreWorked)
{
    const WorkCalendar calendar = chinaCalendar();
    const ClosePeriods close;
    const auto history = historyOf(on(2025, 10, 1), on(2026, 3, 1), [](sys_days) { return 10; });
    // Spring Festival 2026: February 15-23 off.
    const auto festival = forecastWeek(on(2026, 2, 16), on(2026, 2, 10), history, calendar, close, StaffingSettings{});
    for (const auto& s : festival) {
        EXPECT_EQ(s.basis, SuggestionBasis::DayOff) << formatIsoDate(s.day);
        EXPECT_EQ(s.needed, 0);
    }
    // Saturday February 14 is a make-up working day: staffed, from all working days (too
    // few working Saturdays to average on their own).
    const auto before = forecastWeek(on(2026, 2, 9), on(2026, 2, 1), history, calendar, close, StaffingSettings{});
    const DaySuggestion& saturday = dayOf(before, on(2026, 2, 14));
    EXPECT_EQ(saturday.basis, SuggestionBasis::Forecast);
    EXPECT_TRUE(saturday.allWeekdays);
    EXPECT_DOUBLE_EQ(saturday.weekdayAverage, 10);
    EXPECT_EQ(saturday.needed, 1);
    EXPECT_EQ(dayOf(before, on(2026, 2, 15)).basis, SuggestionBasis::DayOff);

    // A 7×8 desk works holidays too.
    const auto everyDay =
        forecastWeek(on(2026, 2, 16), on(2026, 2, 10), history, chinaCalendar(Coverage::EveryDay), close, StaffingSettings{});
    EXPECT_EQ(everyDay[0].basis, SuggestionBasis::Forecast);
}

TEST(StaffingForecast, MonthEndIsRaisedByTheFactorMeasuredInHistory)
{
    // June 29 - July 5 2026: every day a month-end close day. History: ordinary days 10,
    // month-end days 16 -> measured ×1.6.
    const WorkCalendar calendar = chinaCalendar();
    const ClosePeriods close;
    const sys_days monday = on(2026, 6, 29);
    const auto history = historyOf(monday - days(84), monday, [&](sys_days d) {
        return closeKind(d, close) == CloseKind::MonthEnd ? 16 : 10;
    });
    const auto week = forecastWeek(monday, on(2026, 6, 20), history, calendar, close, StaffingSettings{});
    const DaySuggestion& mon = week[0];
    EXPECT_EQ(mon.close, CloseKind::MonthEnd);
    EXPECT_TRUE(mon.factorMeasured);
    EXPECT_NEAR(mon.closeFactor, 1.6, 1e-9);
    EXPECT_DOUBLE_EQ(mon.weekdayAverage, 10);  // close days are not in the base
    EXPECT_NEAR(mon.expected, 16, 1e-9);
    EXPECT_EQ(mon.needed, 2);
}

TEST(StaffingForecast, MonthEndUsesTheDefaultFactorWhenHistoryHasTooFewCloseDays)
{
    // The branch opened its first ticket on June 8 2026: three ordinary Mondays (18 each) and
    // one month-end working day (June 26) before June 29. Not enough to measure: ×1.6.
    const WorkCalendar calendar = chinaCalendar();
    const ClosePeriods close;
    const sys_days monday = on(2026, 6, 29);
    auto history = historyOf(on(2026, 6, 8), monday, [&](sys_days d) {
        if (closeKind(d, close) != CloseKind::None) return 40;
        return weekday{d} == Monday ? 18 : 9;
    });
    const auto week = forecastWeek(monday, on(2026, 6, 28), history, calendar, close, StaffingSettings{});
    const DaySuggestion& mon = week[0];
    EXPECT_EQ(mon.sampleDays, 3);  // June 8, 15, 22: the weeks before the first ticket do not count
    EXPECT_DOUBLE_EQ(mon.weekdayAverage, 18);
    EXPECT_FALSE(mon.factorMeasured);
    EXPECT_DOUBLE_EQ(mon.closeFactor, 1.6);
    EXPECT_NEAR(mon.expected, 28.8, 1e-9);
    EXPECT_EQ(mon.needed, 3);  // 28.8 / 12 = 2.4

    // Without the first ticket's date the empty weeks before it would pull the average down.
    history.firstTicketDay.reset();
    const auto diluted = forecastWeek(monday, on(2026, 6, 28), history, calendar, close, StaffingSettings{});
    EXPECT_LT(diluted[0].weekdayAverage, 18);
}

TEST(StaffingForecast, YearEndHasItsOwnFactor)
{
    // December 21-27 2026, year-end carry-forward. History from late September: ordinary 10,
    // month-end 15, year-end (December 15-18) 25.
    const WorkCalendar calendar = chinaCalendar();
    const ClosePeriods close;
    const sys_days monday = on(2026, 12, 21);
    const auto history = historyOf(monday - days(84), monday, [&](sys_days d) {
        switch (closeKind(d, close)) {
        case CloseKind::YearEnd: return 25;
        case CloseKind::MonthEnd: return 15;
        case CloseKind::None: break;
        }
        return 10;
    });
    const auto week = forecastWeek(monday, on(2026, 12, 20), history, calendar, close, StaffingSettings{});
    EXPECT_EQ(week[0].close, CloseKind::YearEnd);
    EXPECT_TRUE(week[0].factorMeasured);
    EXPECT_NEAR(week[0].closeFactor, 2.5, 1e-9);
    EXPECT_NEAR(week[0].expected, 25, 1e-9);
    EXPECT_EQ(week[0].needed, 3);

    // Fewer than four year-end days seen: the default ×2.0.
    StaffingSettings strict;
    strict.minCloseSamples = 5;
    const auto defaulted = forecastWeek(monday, on(2026, 12, 20), history, calendar, close, strict);
    EXPECT_FALSE(defaulted[0].factorMeasured);
    EXPECT_DOUBLE_EQ(defaulted[0].closeFactor, 2.0);
    EXPECT_DOUBLE_EQ(defaulted[0].expected, 20);
    EXPECT_EQ(defaulted[0].needed, 2);
}

TEST(StaffingForecast, AQuietCloseNeverLowersTheStaffing)
{
    const WorkCalendar calendar = chinaCalendar();
    const ClosePeriods close;
    const sys_days monday = on(2026, 6, 29);
    const auto history = historyOf(monday - days(84), monday, [&](sys_days d) {
        return closeKind(d, close) == CloseKind::None ? 10 : 5;
    });
    const auto week = forecastWeek(monday, on(2026, 6, 20), history, calendar, close, StaffingSettings{});
    EXPECT_TRUE(week[0].factorMeasured);
    EXPECT_DOUBLE_EQ(week[0].closeFactor, 1);
    EXPECT_DOUBLE_EQ(week[0].expected, 10);
}

TEST(StaffingForecast, NoHistoryGivesNoNumbers)
{
    const WorkCalendar calendar = chinaCalendar();
    const ClosePeriods close;
    const sys_days monday = on(2026, 3, 16);
    StaffingHistory empty;
    auto week = forecastWeek(monday, on(2026, 3, 10), empty, calendar, close, StaffingSettings{});
    EXPECT_EQ(week[0].basis, SuggestionBasis::NoHistory);
    EXPECT_EQ(week[0].needed, 0);
    EXPECT_DOUBLE_EQ(week[0].expected, 0);
    EXPECT_EQ(week[6].basis, SuggestionBasis::DayOff);

    // Tickets only on days off (a weekend's WeChat messages) are no working-day history.
    StaffingHistory weekendOnly;
    weekendOnly.openedPerDay[on(2026, 3, 7)] = 5;
    week = forecastWeek(monday, on(2026, 3, 10), weekendOnly, calendar, close, StaffingSettings{});
    EXPECT_EQ(week[0].basis, SuggestionBasis::NoHistory);

    // Tickets older than the history window do not count either.
    StaffingHistory old;
    old.openedPerDay[monday - days(7 * 13)] = 30;
    week = forecastWeek(monday, on(2026, 3, 10), old, calendar, close, StaffingSettings{});
    EXPECT_EQ(week[0].basis, SuggestionBasis::NoHistory);
}

TEST(StaffingForecast, HistoryEndsAtTheWeekOrTodayWhicheverComesFirst)
{
    StaffingSettings settings;
    const auto future = historyWindow(on(2026, 3, 30), on(2026, 3, 18), settings);
    EXPECT_EQ(future.to, on(2026, 3, 18));
    EXPECT_EQ(future.from, on(2026, 3, 18) - days(84));
    const auto past = historyWindow(on(2026, 3, 2), on(2026, 3, 18), settings);
    EXPECT_EQ(past.to, on(2026, 3, 2));
}

TEST(StaffingForecast, EveryoneHandlesAtLeastOneTicketAndOneAnswersTheHotline)
{
    const WorkCalendar calendar = chinaCalendar();
    const ClosePeriods close;
    const sys_days monday = on(2026, 3, 16);
    const auto history = historyOf(monday - days(84), monday, [&](sys_days d) { return weekday{d} == Wednesday ? 1 : 0; });
    const auto week = forecastWeek(monday, monday, history, calendar, close, StaffingSettings{});
    EXPECT_DOUBLE_EQ(week[0].expected, 0);
    EXPECT_EQ(week[0].needed, 1);  // a working day's hotline is always answered
    StaffingSettings none;
    none.ticketsPerPerson = 0;
    EXPECT_THROW(forecastWeek(monday, monday, history, calendar, close, none), std::invalid_argument);
}

}  // namespace
}  // namespace laoke::engine
