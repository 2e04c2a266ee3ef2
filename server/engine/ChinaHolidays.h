#pragma once
// The public holidays and make-up working days (调休) of the years whose schedule the State
// Council has published (国务院办公厅关于部分节假日安排的通知), as the first content of the
// work calendar. Later years are added by an administrator when they are published.

#include "engine/WorkCalendar.h"

#include <vector>

namespace laoke::engine {

/// 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号).
std::vector<CalendarYear> publishedChinaHolidays();

}  // namespace laoke::engine
