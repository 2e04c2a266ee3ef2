#pragma once
// The SLA engine tests' common ground (tests/unit/*Clock*, WorkCalendar, SlaPolicy tests):
// China local times written as text ("2026-02-13 17:00", UTC+8, no daylight saving), results
// compared as the same text so a failure reads as local times, the 5×8 calendar with the
// published holidays and 09:00-12:00, 13:00-18:00, and readable names for the engine's enums.
//
// Weekdays used in the tests (2026-01-01 is a Thursday, 2025-01-01 a Wednesday):
//   2026-03-09 Mon .. 2026-03-13 Fri is an ordinary week with no holiday near it;
//   2026-02-13 Fri, 02-14 Sat (make-up), 02-15 Sun .. 02-23 Mon (春节), 02-24 Tue;
//   2025-12-31 Wed, 2026-01-01 Thu .. 01-03 Sat (元旦), 01-04 Sun (make-up), 01-05 Mon.


#include "engine/BusinessClock.h"
#include "engine/ChinaHolidays.h"
#include "engine/SlaClock.h"
#include "engine/SlaPolicy.h"
#include "engine/WorkCalendar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <ostream>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>


namespace laoke::engine {

// Readable failure output for the engine's enums (found by gtest through ADL).
inline void PrintTo(SlaState state, std::ostream* os) { *os << slaStateName(state); }
inline void PrintTo(TicketPriority priority, std::ostream* os) { *os << priorityName(priority); }

namespace sla_test {

using namespace std::chrono;
using namespace std::chrono_literals;

inline constexpr seconds kChinaOffset = 8h;

constexpr sys_days date(int y, unsigned m, unsigned d)
{
    return sys_days{year{y} / month{m} / std::chrono::day{d}};
}

/// "2026-02-13 17:00" or "2026-02-13 17:00:05", China local time -> the instant.
inline Instant china(std::string_view text)
{
    const std::string s(text);
    int y = 0;
    unsigned mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    const int fields = std::sscanf(s.c_str(), "%d-%u-%u %u:%u:%u", &y, &mo, &d, &h, &mi, &sec);
    const year_month_day ymd{year{y}, month{mo}, std::chrono::day{d}};
    if ((fields != 5 && fields != 6) || !ymd.ok() || h > 23 || mi > 59 || sec > 59) {
        throw std::invalid_argument("not a China local time in a test: " + s);
    }
    return Instant{sys_days{ymd}} + hours(h) + minutes(mi) + seconds(sec) - kChinaOffset;
}

/// The instant as China local time, "2026-02-13 17:00", with ":SS" only when not zero.
inline std::string chinaTime(Instant instant)
{
    const Instant local = instant + kChinaOffset;
    const sys_days day = floor<days>(local);
    const year_month_day ymd{day};
    const hh_mm_ss<seconds> time{local - Instant{day}};
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u %02ld:%02ld", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(time.hours().count()), static_cast<long>(time.minutes().count()));
    std::string text = buffer;
    if (time.seconds() != 0s) {
        std::snprintf(buffer, sizeof buffer, ":%02ld", static_cast<long>(time.seconds().count()));
        text += buffer;
    }
    return text;
}

inline std::string chinaTime(std::optional<Instant> instant) { return instant ? chinaTime(*instant) : "none"; }

/// A duration as "H:MM:SS" (hours unbounded, "-" in front of a negative one).
inline std::string workTime(seconds amount)
{
    const bool negative = amount < 0s;
    const long long total = negative ? -amount.count() : amount.count();
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%s%lld:%02lld:%02lld", negative ? "-" : "", total / 3600, total / 60 % 60,
                  total % 60);
    return buffer;
}

/// The 5×8 calendar with the published 2025 and 2026 holidays and 09:00-12:00, 13:00-18:00.
inline const WorkCalendar& chinaCalendar()
{
    static const WorkCalendar calendar(publishedChinaHolidays(), standardWorkingPeriods(), Coverage::Workdays);
    return calendar;
}

inline const BusinessClock& chinaClock()
{
    static const BusinessClock clock(chinaCalendar());
    return clock;
}


}  // namespace sla_test
}  // namespace laoke::engine
