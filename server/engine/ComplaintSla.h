#pragma once
// A complaint case's own service level, counted in business time on the service calendar
// (engine/SlaClock): a manager takes the case (first response) within 2 working hours of its
// opening, and it is resolved within 2 working days ("a working day" is the calendar's
// working-day length, as for ticket targets). Fixed defaults, not yet administrator-edited.

#include "engine/TicketSla.h"
#include "engine/WorkCalendar.h"

#include <chrono>
#include <optional>
#include <vector>

namespace laoke::engine {

inline constexpr std::chrono::minutes kComplaintFirstResponse{120};
inline constexpr int kComplaintResolutionWorkdays = 2;

struct ComplaintTimes {
    Instant opened;
    std::optional<Instant> handling;  ///< a manager took it
    std::optional<Instant> resolved;
};

/// The clocks "first_response" and "resolution" of a complaint as of `now`.
std::vector<TicketSlaClock> complaintSlaClocks(const WorkCalendar& calendar, const ComplaintTimes& times, Instant now);

}  // namespace laoke::engine
