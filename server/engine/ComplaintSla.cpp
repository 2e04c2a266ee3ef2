#include "engine/ComplaintSla.h"

#include "engine/BusinessClock.h"

namespace laoke::engine {

std::vector<TicketSlaClock> complaintSlaClocks(const WorkCalendar& calendar, const ComplaintTimes& times, Instant now)
{
    const BusinessClock clock(calendar);
    SlaClockInput response;
    response.started = times.opened;
    response.target = kComplaintFirstResponse;
    // Resolving a case answers the customer too, if no one took it first.
    response.stopped = times.handling ? times.handling : times.resolved;
    SlaClockInput resolution;
    resolution.started = times.opened;
    resolution.target = calendar.workdayLength() * kComplaintResolutionWorkdays;
    resolution.stopped = times.resolved;
    return {{"first_response", evaluateSlaClock(clock, response, now)},
            {"resolution", evaluateSlaClock(clock, resolution, now)}};
}

}  // namespace laoke::engine
