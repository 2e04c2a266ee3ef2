#pragma once
// Which days and hours a service desk works, for SLA clocks (engine/BusinessClock.h).
//
// China's public holidays move every year: the State Council publishes the year's schedule
// (usually in November for the next year), and most holidays are stretched into long breaks
// by moving working days onto weekends (调休, make-up working days: a Saturday or Sunday that
// is a normal working day). So a year is the list of its holidays and its make-up working
// days; everything else follows the week (Monday to Friday). An administrator keeps the
// years in the database; `ChinaHolidays` ships the published ones.
//
// Coverage: "5×8" desks work the working days above; "7×8" desks (VIP hotlines) work every
// day of the year, holidays included. Either way, within a working day the desk works the
// same periods (local China time, e.g. 09:00-12:00 and 13:00-18:00: the lunch break does
// not count).
//
// A year the calendar does not know is treated as Monday to Friday with no holidays, so
// clocks keep running; the server warns the administrator when the current or next year is
// missing (CalendarYear lists are edited per year).

#include <chrono>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace laoke::engine {

struct CalendarYear {
    int year = 0;
    std::vector<std::chrono::sys_days> holidays;        ///< days off (any day of the week)
    std::vector<std::chrono::sys_days> makeUpWorkdays;  ///< 调休: Saturdays or Sundays worked
    std::map<std::chrono::sys_days, std::string> names = {};  ///< what people call a day (春节), for screens only
};

/// One working period of a day, in minutes after local midnight: [from, to).
struct WorkingPeriod {
    std::chrono::minutes from;
    std::chrono::minutes to;
};

enum class Coverage {
    Workdays,  ///< 5×8: Monday to Friday, minus holidays, plus make-up working days
    EveryDay,  ///< 7×8: every day of the year
};

class WorkCalendar {
public:
    /// Throws std::invalid_argument with a reason a person can act on: no periods; a period
    /// empty, reversed, outside 00:00-24:00 or overlapping the next; a year listed twice; a
    /// date listed under another year; a day both a holiday and a make-up working day; a
    /// make-up working day that is not a Saturday or Sunday.
    WorkCalendar(const std::vector<CalendarYear>& years, std::vector<WorkingPeriod> periods, Coverage coverage);

    bool isWorkday(std::chrono::sys_days day) const;
    /// A listed public holiday / make-up working day (whatever the coverage), and what people
    /// call it ("" when the year gave no name): for marking days on screens such as the roster.
    bool isHoliday(std::chrono::sys_days day) const { return m_holidays.count(day) > 0; }
    bool isMakeUpWorkday(std::chrono::sys_days day) const { return m_makeUpWorkdays.count(day) > 0; }
    std::string dayName(std::chrono::sys_days day) const;
    bool knowsYear(int year) const { return m_years.count(year) > 0; }

    /// In order, not overlapping.
    const std::vector<WorkingPeriod>& periods() const { return m_periods; }
    Coverage coverage() const { return m_coverage; }
    /// The length of one working day (the sum of the periods): "1 working day" in targets.
    std::chrono::minutes workdayLength() const;

private:
    std::set<int> m_years;
    std::set<std::chrono::sys_days> m_holidays;
    std::set<std::chrono::sys_days> m_makeUpWorkdays;
    std::map<std::chrono::sys_days, std::string> m_names;
    std::vector<WorkingPeriod> m_periods;
    Coverage m_coverage;
};

/// 09:00-12:00 and 13:00-18:00: eight hours with a lunch hour, the common 5×8 hotline day.
std::vector<WorkingPeriod> standardWorkingPeriods();

}  // namespace laoke::engine
