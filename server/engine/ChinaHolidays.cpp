#include "engine/ChinaHolidays.h"

namespace laoke::engine {

using namespace std::chrono;

namespace {

/// The days from `first` to `last`, both included.
void addRange(std::vector<sys_days>& out, year_month_day first, year_month_day last)
{
    for (sys_days day = sys_days(first); day <= sys_days(last); day += days{1}) out.push_back(day);
}

sys_days on(int y, unsigned m, unsigned d) { return sys_days(year{y} / month{m} / day{d}); }

}  // namespace

std::vector<CalendarYear> publishedChinaHolidays()
{
    CalendarYear y2025{2025, {}, {}};
    addRange(y2025.holidays, 2025y / 1 / 1, 2025y / 1 / 1);     // 元旦
    addRange(y2025.holidays, 2025y / 1 / 28, 2025y / 2 / 4);    // 春节
    addRange(y2025.holidays, 2025y / 4 / 4, 2025y / 4 / 6);     // 清明节
    addRange(y2025.holidays, 2025y / 5 / 1, 2025y / 5 / 5);     // 劳动节
    addRange(y2025.holidays, 2025y / 5 / 31, 2025y / 6 / 2);    // 端午节
    addRange(y2025.holidays, 2025y / 10 / 1, 2025y / 10 / 8);   // 国庆节、中秋节
    y2025.makeUpWorkdays = {on(2025, 1, 26), on(2025, 2, 8), on(2025, 4, 27), on(2025, 9, 28), on(2025, 10, 11)};

    CalendarYear y2026{2026, {}, {}};
    addRange(y2026.holidays, 2026y / 1 / 1, 2026y / 1 / 3);     // 元旦
    addRange(y2026.holidays, 2026y / 2 / 15, 2026y / 2 / 23);   // 春节
    addRange(y2026.holidays, 2026y / 4 / 4, 2026y / 4 / 6);     // 清明节
    addRange(y2026.holidays, 2026y / 5 / 1, 2026y / 5 / 5);     // 劳动节
    addRange(y2026.holidays, 2026y / 6 / 19, 2026y / 6 / 21);   // 端午节
    addRange(y2026.holidays, 2026y / 9 / 25, 2026y / 9 / 27);   // 中秋节
    addRange(y2026.holidays, 2026y / 10 / 1, 2026y / 10 / 7);   // 国庆节
    y2026.makeUpWorkdays = {on(2026, 1, 4), on(2026, 2, 14), on(2026, 2, 28), on(2026, 5, 9), on(2026, 9, 20), on(2026, 10, 10)};

    return {y2025, y2026};
}

}  // namespace laoke::engine
