#include "engine/TicketSla.h"

namespace laoke::engine {

namespace {

// The spans between entering `state` and leaving it (the last one open if still in it).
std::vector<Pause> spansIn(const std::vector<TicketStateChange>& changes, const std::string& state)
{
    std::vector<Pause> spans;
    for (const TicketStateChange& change : changes) {
        if (change.toState == state && (spans.empty() || spans.back().to)) spans.push_back({change.at, std::nullopt});
        if (change.fromState == state && !spans.empty() && !spans.back().to) spans.back().to = change.at;
    }
    return spans;
}

}  // namespace

std::vector<TicketSlaClock> ticketSlaClocks(const BusinessClock& clock, const SlaTargets& targets, const TicketTimes& times,
                                            Instant now)
{
    const std::vector<Pause> waiting = spansIn(times.changes, "waiting_customer");
    std::vector<TicketSlaClock> clocks;
    if (targets.firstResponse) {
        const SlaClockInput input{times.opened, *targets.firstResponse, waiting, times.firstResponse};
        clocks.push_back({"first_response", evaluateSlaClock(clock, input, now)});
    }
    if (targets.onsiteArrival && times.onsiteRequested) {
        // Solved before anyone had to go: the visit was not needed, so the resolution stops it.
        const auto stopped = times.onsiteArrived ? times.onsiteArrived : times.resolved;
        const SlaClockInput input{*times.onsiteRequested, *targets.onsiteArrival, waiting, stopped};
        clocks.push_back({"onsite_arrival", evaluateSlaClock(clock, input, now)});
    }
    if (targets.resolution) {
        // Resolved and closed spans before a reopen do not count; the current one stops it.
        std::vector<Pause> pauses = waiting;
        for (const Pause& resolved : spansIn(times.changes, "resolved")) {
            if (resolved.to) pauses.push_back(resolved);
        }
        for (const Pause& closed : spansIn(times.changes, "closed")) {
            if (closed.to) pauses.push_back(closed);
        }
        const SlaClockInput input{times.opened, *targets.resolution, pauses, times.resolved};
        clocks.push_back({"resolution", evaluateSlaClock(clock, input, now)});
    }
    return clocks;
}

TicketServiceTimes ticketServiceTimes(const BusinessClock& clock, const TicketTimes& times, Instant now)
{
    // Every clock counts its whole run whatever its target (the used time is never capped),
    // so any target gives it a clock; a short one keeps finding its deadline cheap.
    const std::chrono::seconds any = std::chrono::minutes(1);
    const SlaTargets everything{any, any, any};
    TicketServiceTimes result;
    for (const auto& [kind, status] : ticketSlaClocks(clock, everything, times, now)) {
        if (kind == "first_response") result.firstResponse = status.used;
        if (kind == "resolution") result.resolution = status.used;
        if (kind == "onsite_arrival") result.onsiteArrival = status.used;
    }
    return result;
}

}  // namespace laoke::engine
