#include "engine/BusinessClock.h"

#include <algorithm>
#include <stdexcept>

namespace laoke::engine {

using namespace std::chrono;

namespace {

constexpr seconds kChinaOffset = hours(8);
constexpr int kLongestSearchDays = 3660;

/// Local China midnight of the day holding `instant`, as an instant.
Instant localMidnightOf(Instant instant)
{
    return Instant(floor<days>(instant + kChinaOffset)) - kChinaOffset;
}

sys_days localDayOf(Instant instant) { return floor<days>(instant + kChinaOffset); }

}  // namespace

seconds BusinessClock::between(Instant from, Instant to) const
{
    seconds total{0};
    if (to <= from) return total;
    for (Instant midnight = localMidnightOf(from); midnight < to; midnight += days{1}) {
        if (!m_calendar.isWorkday(localDayOf(midnight))) continue;
        for (const WorkingPeriod& period : m_calendar.periods()) {
            const Instant start = std::max(from, midnight + period.from);
            const Instant end = std::min(to, midnight + period.to);
            if (end > start) total += end - start;
        }
    }
    return total;
}

Instant BusinessClock::after(Instant from, seconds amount) const
{
    if (amount <= seconds{0}) return from;
    seconds remaining = amount;
    Instant midnight = localMidnightOf(from);
    for (int day = 0; day < kLongestSearchDays; ++day, midnight += days{1}) {
        if (!m_calendar.isWorkday(localDayOf(midnight))) continue;
        for (const WorkingPeriod& period : m_calendar.periods()) {
            const Instant start = std::max(from, midnight + period.from);
            const Instant end = midnight + period.to;
            if (end <= start) continue;
            if (remaining <= end - start) return start + remaining;
            remaining -= end - start;
        }
    }
    throw std::runtime_error("the work calendar has no working time for ten years");
}

}  // namespace laoke::engine
