#include "engine/StaffingForecast.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace laoke::engine {

using namespace std::chrono;

namespace {

constexpr double kMaxFactor = 5.0;

bool inYearEnd(sys_days day, const ClosePeriods& periods)
{
    const year_month_day date{day};
    const month_day today{date.month(), date.day()};
    if (periods.yearEndFrom <= periods.yearEndTo) return today >= periods.yearEndFrom && today <= periods.yearEndTo;
    return today >= periods.yearEndFrom || today <= periods.yearEndTo;
}

struct Mean {
    double sum = 0;
    int count = 0;
    void add(int value)
    {
        sum += value;
        ++count;
    }
    double value() const { return count == 0 ? 0.0 : sum / count; }
};

// What the history says, read once for the whole week.
struct HistoryMeans {
    std::map<unsigned, Mean> byWeekday;  // ordinary (not close) working days
    Mean ordinary;
    Mean monthEnd;
    Mean yearEnd;
    int tickets = 0;
};

HistoryMeans readHistory(const HistoryWindow& window, const StaffingHistory& history, const WorkCalendar& calendar,
                         const ClosePeriods& close)
{
    HistoryMeans means;
    sys_days from = window.from;
    if (history.firstTicketDay && *history.firstTicketDay > from) from = *history.firstTicketDay;
    for (sys_days day = from; day < window.to; day += days(1)) {
        if (!calendar.isWorkday(day)) continue;
        const auto found = history.openedPerDay.find(day);
        const int opened = found == history.openedPerDay.end() ? 0 : found->second;
        means.tickets += opened;
        switch (closeKind(day, close)) {
        case CloseKind::None:
            means.byWeekday[weekday{day}.iso_encoding()].add(opened);
            means.ordinary.add(opened);
            break;
        case CloseKind::MonthEnd:
            means.monthEnd.add(opened);
            break;
        case CloseKind::YearEnd:
            means.yearEnd.add(opened);
            break;
        }
    }
    return means;
}

}  // namespace

CloseKind closeKind(sys_days day, const ClosePeriods& periods)
{
    if (inYearEnd(day, periods)) return CloseKind::YearEnd;
    return inClosePeriod(day, periods) ? CloseKind::MonthEnd : CloseKind::None;
}

HistoryWindow historyWindow(sys_days monday, sys_days today, const StaffingSettings& settings)
{
    const sys_days to = std::min(monday, today);
    return {to - days(7 * settings.historyWeeks), to};
}

std::vector<DaySuggestion> forecastWeek(sys_days monday, sys_days today, const StaffingHistory& history,
                                        const WorkCalendar& calendar, const ClosePeriods& close,
                                        const StaffingSettings& settings)
{
    if (settings.ticketsPerPerson <= 0) throw std::invalid_argument("tickets per person must be positive");
    if (settings.historyWeeks <= 0) throw std::invalid_argument("the history must cover at least a week");
    const HistoryMeans means = readHistory(historyWindow(monday, today, settings), history, calendar, close);
    const bool anyHistory = means.tickets > 0 && means.ordinary.count > 0;

    std::vector<DaySuggestion> week;
    for (int i = 0; i < 7; ++i) {
        DaySuggestion s;
        s.day = monday + days(i);
        s.close = closeKind(s.day, close);
        if (!calendar.isWorkday(s.day)) {
            s.basis = SuggestionBasis::DayOff;
        } else if (!anyHistory) {
            s.basis = SuggestionBasis::NoHistory;
        } else {
            s.basis = SuggestionBasis::Forecast;
            const auto sameDay = means.byWeekday.find(weekday{s.day}.iso_encoding());
            if (sameDay != means.byWeekday.end() && sameDay->second.count >= 2) {
                s.weekdayAverage = sameDay->second.value();
                s.sampleDays = sameDay->second.count;
            } else {
                s.weekdayAverage = means.ordinary.value();
                s.sampleDays = means.ordinary.count;
                s.allWeekdays = true;
            }
            if (s.close != CloseKind::None) {
                const Mean& closeMean = s.close == CloseKind::YearEnd ? means.yearEnd : means.monthEnd;
                if (closeMean.count >= settings.minCloseSamples && means.ordinary.value() > 0) {
                    s.closeFactor = std::clamp(closeMean.value() / means.ordinary.value(), 1.0, kMaxFactor);
                    s.factorMeasured = true;
                } else {
                    s.closeFactor = s.close == CloseKind::YearEnd ? settings.defaultYearEndFactor : settings.defaultMonthEndFactor;
                }
            }
            s.expected = s.weekdayAverage * s.closeFactor;
            // A hair under a whole number is that number (18 × 1.6 must not need a fourth person).
            const double people = std::ceil(s.expected / settings.ticketsPerPerson - 1e-9);
            s.needed = std::max(1, static_cast<int>(people));
        }
        week.push_back(s);
    }
    return week;
}

}  // namespace laoke::engine
