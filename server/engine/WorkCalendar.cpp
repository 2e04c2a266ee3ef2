#include "engine/WorkCalendar.h"

#include "engine/BusinessDate.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace laoke::engine {

using namespace std::chrono;

namespace {

int yearOf(sys_days day) { return static_cast<int>(year_month_day{day}.year()); }

bool isWeekend(sys_days day)
{
    const weekday w{day};
    return w == Saturday || w == Sunday;
}

}  // namespace

WorkCalendar::WorkCalendar(const std::vector<CalendarYear>& years, std::vector<WorkingPeriod> periods, Coverage coverage)
    : m_periods(std::move(periods)), m_coverage(coverage)
{
    if (m_periods.empty()) throw std::invalid_argument("a working day needs at least one working period");
    std::sort(m_periods.begin(), m_periods.end(), [](const WorkingPeriod& a, const WorkingPeriod& b) { return a.from < b.from; });
    for (std::size_t i = 0; i < m_periods.size(); ++i) {
        const WorkingPeriod& period = m_periods[i];
        if (period.from < minutes(0) || period.to > hours(24) || period.from >= period.to) {
            throw std::invalid_argument("a working period must start before it ends, within the day");
        }
        if (i > 0 && m_periods[i - 1].to > period.from) throw std::invalid_argument("working periods must not overlap");
    }
    for (const CalendarYear& year : years) {
        if (!m_years.insert(year.year).second) {
            throw std::invalid_argument("the year " + std::to_string(year.year) + " is listed twice");
        }
        for (const sys_days day : year.holidays) {
            if (yearOf(day) != year.year) {
                throw std::invalid_argument("holiday " + formatIsoDate(day) + " is not in " + std::to_string(year.year));
            }
            m_holidays.insert(day);
        }
        for (const sys_days day : year.makeUpWorkdays) {
            if (yearOf(day) != year.year) {
                throw std::invalid_argument("make-up working day " + formatIsoDate(day) + " is not in " +
                                            std::to_string(year.year));
            }
            if (!isWeekend(day)) {
                throw std::invalid_argument("make-up working day " + formatIsoDate(day) + " is not a Saturday or Sunday");
            }
            if (m_holidays.count(day) > 0) {
                throw std::invalid_argument(formatIsoDate(day) + " is both a holiday and a make-up working day");
            }
            m_makeUpWorkdays.insert(day);
        }
        m_names.insert(year.names.begin(), year.names.end());
    }
}

std::string WorkCalendar::dayName(sys_days day) const
{
    const auto name = m_names.find(day);
    return name == m_names.end() ? std::string() : name->second;
}

bool WorkCalendar::isWorkday(sys_days day) const
{
    if (m_coverage == Coverage::EveryDay) return true;
    if (m_makeUpWorkdays.count(day) > 0) return true;
    if (m_holidays.count(day) > 0) return false;
    return !isWeekend(day);
}

minutes WorkCalendar::workdayLength() const
{
    minutes total{0};
    for (const WorkingPeriod& period : m_periods) total += period.to - period.from;
    return total;
}

std::vector<WorkingPeriod> standardWorkingPeriods()
{
    return {{hours(9), hours(12)}, {hours(13), hours(18)}};
}

}  // namespace laoke::engine
