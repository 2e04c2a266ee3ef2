#pragma once
// Business time: the working time of a WorkCalendar between two instants, in China time
// (UTC+8, no daylight saving), and the instant a given amount of working time after another.
// SLA targets are amounts of business time ("4 working hours", "1 working day" = the length of
// one working day), so a ticket opened on Friday evening before the Spring Festival is due
// days later, and one opened on a make-up Saturday is due that same day.

#include "engine/WorkCalendar.h"

#include <chrono>

namespace laoke::engine {

using Instant = std::chrono::sys_seconds;

class BusinessClock {
public:
    /// The calendar must outlive the clock.
    explicit BusinessClock(const WorkCalendar& calendar) : m_calendar(calendar) {}

    /// Working time in [from, to); zero when `to` is not after `from`.
    std::chrono::seconds between(Instant from, Instant to) const;

    /// The earliest instant t at or after `from` with between(from, t) == amount: `from`
    /// itself for zero. Throws std::runtime_error if the calendar has no working time for ten
    /// years on end (a calendar that cannot be right).
    Instant after(Instant from, std::chrono::seconds amount) const;

private:
    const WorkCalendar& m_calendar;
};

}  // namespace laoke::engine
