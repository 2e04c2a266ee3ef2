#pragma once
// Calendar dates as the business sees them: China Standard Time (UTC+8, no daylight saving),
// so "today" is the same date for the server, its users and the computed service states
// whatever time zone the machine is set to. Dates travel as "YYYY-MM-DD".

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace laoke::engine {

/// The date in China at `now`.
std::chrono::sys_days chinaDate(std::chrono::system_clock::time_point now);

/// chinaDate(system_clock::now()).
std::chrono::sys_days chinaToday();

/// "YYYY-MM-DD" -> date; nullopt for anything else (including impossible days).
std::optional<std::chrono::sys_days> parseIsoDate(std::string_view text);

/// date -> "YYYY-MM-DD".
std::string formatIsoDate(std::chrono::sys_days date);

}  // namespace laoke::engine
