#include "engine/ServiceLevels.h"

#include "engine/ChinaHolidays.h"

#include <algorithm>
#include <cstdio>

namespace laoke::engine {

namespace {

// Two digits at `at`, or -1.
int twoDigits(std::string_view text, std::size_t at)
{
    if (at + 2 > text.size() || text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9') return -1;
    return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

}  // namespace

ServiceLevels defaultServiceLevels()
{
    WorkCalendar calendar(publishedChinaHolidays(), standardWorkingPeriods(), Coverage::Workdays);
    SlaPolicy policy = defaultSlaPolicy(calendar.workdayLength());
    return ServiceLevels{std::move(calendar), std::move(policy), ClosePeriods{}, 0};
}

std::vector<int> missingCalendarYears(const std::vector<int>& kept, std::chrono::sys_days today)
{
    const int year = static_cast<int>(std::chrono::year_month_day{today}.year());
    std::vector<int> missing;
    for (const int wanted : {year, year + 1}) {
        if (std::find(kept.begin(), kept.end(), wanted) == kept.end()) missing.push_back(wanted);
    }
    return missing;
}

std::optional<std::chrono::minutes> parseClockTime(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':') return std::nullopt;
    const int hours = twoDigits(text, 0);
    const int minutes = twoDigits(text, 3);
    if (hours < 0 || minutes < 0 || minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return std::nullopt;
    return std::chrono::minutes(hours * 60 + minutes);
}

std::string clockTimeText(std::chrono::minutes time)
{
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(time.count() / 60), static_cast<int>(time.count() % 60));
    return text;
}

std::optional<std::chrono::month_day> parseMonthDay(std::string_view text)
{
    if (text.size() != 5 || text[2] != '-') return std::nullopt;
    const int month = twoDigits(text, 0);
    const int day = twoDigits(text, 3);
    if (month < 1 || day < 1) return std::nullopt;
    const std::chrono::month_day result{std::chrono::month(static_cast<unsigned>(month)),
                                        std::chrono::day(static_cast<unsigned>(day))};
    if (!result.ok()) return std::nullopt;
    return result;
}

std::string monthDayText(std::chrono::month_day day)
{
    char text[8];
    std::snprintf(text, sizeof text, "%02u-%02u", static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text;
}

}  // namespace laoke::engine
