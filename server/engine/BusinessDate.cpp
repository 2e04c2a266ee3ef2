#include "engine/BusinessDate.h"

#include "domain/CustomerRules.h"

#include <cstdio>

namespace laoke::engine {

using namespace std::chrono;

sys_days chinaDate(system_clock::time_point now) { return floor<days>(now + hours(8)); }

sys_days chinaToday() { return chinaDate(system_clock::now()); }

std::optional<sys_days> parseIsoDate(std::string_view text)
{
    if (!domain::isIsoDate(text)) return std::nullopt;
    const int y = std::stoi(std::string(text.substr(0, 4)));
    const unsigned m = static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))));
    const unsigned d = static_cast<unsigned>(std::stoi(std::string(text.substr(8, 2))));
    return sys_days(year_month_day{year{y}, month{m}, day{d}});
}

std::string formatIsoDate(sys_days date)
{
    const year_month_day ymd{date};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buffer;
}

}  // namespace laoke::engine
