#pragma once
// Everything an SLA clock is measured by, as one value the server swaps whole when an
// administrator changes it: the working calendar, the targets and the close periods.
// `defaultServiceLevels` is what ships: 09:00-12:00 and 13:00-18:00 on the published
// working days (5x8), the default policy and close periods.

#include "engine/SlaPolicy.h"
#include "engine/WorkCalendar.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::engine {

struct ServiceLevels {
    WorkCalendar calendar;
    SlaPolicy policy;
    ClosePeriods close;
    std::int64_t version = 0;  ///< of the stored settings; 0 for the shipped defaults
};

ServiceLevels defaultServiceLevels();

/// This year and the next, those of them not in `kept` (the calendar should know both: the
/// next year's holidays are published in November).
std::vector<int> missingCalendarYears(const std::vector<int>& kept, std::chrono::sys_days today);

/// "09:00" -> 540 minutes; "24:00" is the end of the day. nullopt for anything else.
std::optional<std::chrono::minutes> parseClockTime(std::string_view text);
/// 540 minutes -> "09:00".
std::string clockTimeText(std::chrono::minutes time);
/// "12-15" -> December 15 (February 29 allowed). nullopt for anything else.
std::optional<std::chrono::month_day> parseMonthDay(std::string_view text);
std::string monthDayText(std::chrono::month_day day);

}  // namespace laoke::engine
