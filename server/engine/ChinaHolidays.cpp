#include "engine/ChinaHolidays.h"

namespace laoke::engine {

using namespace std::chrono;

namespace {

/// The days from `first` to `last`, both included, as the holiday `name`.
void addRange(CalendarYear& year, year_month_day first, year_month_day last, const char* name)
{
    for (sys_days day = sys_days(first); day <= sys_days(last); day += days{1}) {
        year.holidays.push_back(day);
        year.names[day] = name;
    }
}

void addMakeUpDay(CalendarYear& year, sys_days day, const char* holiday)
{
    year.makeUpWorkdays.push_back(day);
    year.names[day] = std::string(holiday) + "调休";
}

sys_days on(int y, unsigned m, unsigned d) { return sys_days(year{y} / month{m} / day{d}); }

}  // namespace

std::vector<CalendarYear> publishedChinaHolidays()
{
    CalendarYear y2025{2025, {}, {}, {}};
    addRange(y2025, 2025y / 1 / 1, 2025y / 1 / 1, "元旦");
    addRange(y2025, 2025y / 1 / 28, 2025y / 2 / 4, "春节");
    addRange(y2025, 2025y / 4 / 4, 2025y / 4 / 6, "清明节");
    addRange(y2025, 2025y / 5 / 1, 2025y / 5 / 5, "劳动节");
    addRange(y2025, 2025y / 5 / 31, 2025y / 6 / 2, "端午节");
    addRange(y2025, 2025y / 10 / 1, 2025y / 10 / 8, "国庆节、中秋节");
    addMakeUpDay(y2025, on(2025, 1, 26), "春节");
    addMakeUpDay(y2025, on(2025, 2, 8), "春节");
    addMakeUpDay(y2025, on(2025, 4, 27), "劳动节");
    addMakeUpDay(y2025, on(2025, 9, 28), "国庆节");
    addMakeUpDay(y2025, on(2025, 10, 11), "国庆节");

    CalendarYear y2026{2026, {}, {}, {}};
    addRange(y2026, 2026y / 1 / 1, 2026y / 1 / 3, "元旦");
    addRange(y2026, 2026y / 2 / 15, 2026y / 2 / 23, "春节");
    addRange(y2026, 2026y / 4 / 4, 2026y / 4 / 6, "清明节");
    addRange(y2026, 2026y / 5 / 1, 2026y / 5 / 5, "劳动节");
    addRange(y2026, 2026y / 6 / 19, 2026y / 6 / 21, "端午节");
    addRange(y2026, 2026y / 9 / 25, 2026y / 9 / 27, "中秋节");
    addRange(y2026, 2026y / 10 / 1, 2026y / 10 / 7, "国庆节");
    addMakeUpDay(y2026, on(2026, 1, 4), "元旦");
    addMakeUpDay(y2026, on(2026, 2, 14), "春节");
    addMakeUpDay(y2026, on(2026, 2, 28), "春节");
    addMakeUpDay(y2026, on(2026, 5, 9), "劳动节");
    addMakeUpDay(y2026, on(2026, 9, 20), "中秋节");
    addMakeUpDay(y2026, on(2026, 10, 10), "国庆节");

    return {y2025, y2026};
}

}  // namespace laoke::engine
