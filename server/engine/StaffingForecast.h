#pragma once
// How many people a branch should put on hotline duty each day of a week (值班表的排班建议),
// from its own past: the hotline tickets it opened per working day, by weekday, raised on
// accounting close days.
//
// Why by weekday: Monday brings the weekend's backlog and Friday is quiet, so a flat daily
// average staffs Monday short. Why close days: at month-end close (月底结账) and year-end
// carry-forward (年结) every customer closes the books at once and a stuck ledger means a
// call, so the volume jumps on the same days for everyone (domain-research.md §2).
//
// The rules, so a manager can check the arithmetic:
// - History: the `historyWeeks` weeks before the week planned (or before today, for a week
//   not yet begun), starting no earlier than the branch's first ticket (a new branch is not
//   averaged with the days before it existed). Only the calendar's working days count:
//   on a holiday of a 5×8 desk nobody answers the hotline.
// - Weekday average: the mean of the tickets opened on that weekday's working days that are
//   not close days (close days are raised separately, so they must not inflate the base).
//   A weekday with fewer than two such days (a week of holidays) takes the mean of all such
//   days instead, and says so.
// - Close factor: the mean of the close days' tickets over the mean of the other days, when
//   the history holds at least `minCloseSamples` close working days of that kind and the
//   base is not zero; otherwise the defaults below (month-end ×1.6, year-end ×2.0: what
//   partners report, domain-research.md §2.4). Year-end includes its own month-ends. A
//   factor is kept between 1 and 5: a close period never lowers the staffing.
// - People needed: ceil(expected / ticketsPerPerson), at least one on a working day (the
//   hotline is always answered); none on a day off.
// - No ticket at all in the history: no numbers, the suggestion says so.

#include "engine/SlaPolicy.h"
#include "engine/WorkCalendar.h"

#include <chrono>
#include <map>
#include <optional>
#include <vector>

namespace laoke::engine {

enum class CloseKind { None, MonthEnd, YearEnd };

/// Which close period `day` lies in (year-end wins where both hold).
CloseKind closeKind(std::chrono::sys_days day, const ClosePeriods& periods);

struct StaffingSettings {
    int ticketsPerPerson = 12;        ///< hotline tickets one person handles in a day
    int historyWeeks = 12;
    int minCloseSamples = 4;          ///< close working days needed to measure a factor
    double defaultMonthEndFactor = 1.6;
    double defaultYearEndFactor = 2.0;
};

struct StaffingHistory {
    /// Hotline tickets opened per China date; a day missing from the map had none.
    std::map<std::chrono::sys_days, int> openedPerDay;
    /// The branch's first ticket ever (any channel); nullopt: it has none.
    std::optional<std::chrono::sys_days> firstTicketDay;
};

enum class SuggestionBasis {
    NoHistory,  ///< no hotline ticket in the history: nothing to base a number on
    DayOff,     ///< not a working day of the calendar: no hotline duty
    Forecast,
};

struct DaySuggestion {
    std::chrono::sys_days day;
    SuggestionBasis basis = SuggestionBasis::NoHistory;
    double weekdayAverage = 0;  ///< the base before the close raise
    int sampleDays = 0;         ///< working days averaged into it
    bool allWeekdays = false;   ///< too few of this weekday: the mean of all working days
    CloseKind close = CloseKind::None;
    double closeFactor = 1;
    bool factorMeasured = false;  ///< from the history, not the default
    double expected = 0;          ///< weekdayAverage × closeFactor
    int needed = 0;               ///< people on hotline duty
};

/// The suggestion for the seven days from `monday`. `today` bounds the history for weeks to
/// come. Throws std::invalid_argument when ticketsPerPerson or historyWeeks is not positive.
std::vector<DaySuggestion> forecastWeek(std::chrono::sys_days monday, std::chrono::sys_days today,
                                        const StaffingHistory& history, const WorkCalendar& calendar,
                                        const ClosePeriods& close, const StaffingSettings& settings);

/// [from, to): the history days forecastWeek reads (the caller loads only these).
struct HistoryWindow {
    std::chrono::sys_days from;
    std::chrono::sys_days to;
};
HistoryWindow historyWindow(std::chrono::sys_days monday, std::chrono::sys_days today, const StaffingSettings& settings);

}  // namespace laoke::engine
