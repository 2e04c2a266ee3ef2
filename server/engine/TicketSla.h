#pragma once
// A ticket's SLA clocks from its history: the first-response and resolution targets of its
// policy (engine/SlaPolicy), counted in business time (engine/BusinessClock) from opening,
// with the time spent waiting for the customer left out, and for resolution also the time
// it spent resolved before a reopen (engine/SlaClock).
//
// The onsite-arrival clock runs for tickets that need someone on site: from the moment onsite
// service was asked for (an onsite ticket's opening, or the first appointment made for a
// hotline or remote ticket: 远程优先, onsite only when remote fails) until the engineer's first
// arrival. Without a request for onsite service there is no onsite clock.

#include "engine/SlaClock.h"
#include "engine/SlaPolicy.h"

#include <optional>
#include <string>
#include <vector>

namespace laoke::engine {

/// One state change of the ticket, oldest first (ticket_events of kind "action").
struct TicketStateChange {
    Instant at;
    std::string fromState;
    std::string toState;
};

struct TicketTimes {
    Instant opened;
    std::optional<Instant> firstResponse;
    std::optional<Instant> resolved;  ///< the latest resolution, while resolved or closed
    std::vector<TicketStateChange> changes;
    std::optional<Instant> onsiteRequested;  ///< onsite service asked for (see above)
    std::optional<Instant> onsiteArrived;    ///< the first arrival at the customer
};

struct TicketSlaClock {
    std::string kind;  ///< "first_response", "onsite_arrival" or "resolution"
    SlaStatus status;
};

/// The clocks the targets define (a target the policy leaves out has no clock).
std::vector<TicketSlaClock> ticketSlaClocks(const BusinessClock& clock, const SlaTargets& targets, const TicketTimes& times,
                                            Instant now);

/// The business time each clock ran, counted exactly as ticketSlaClocks counts it but
/// whatever the policy's targets (the reports' time distributions include tickets the
/// policy sets no target for). Counted until each clock stopped, or until `now`.
struct TicketServiceTimes {
    std::chrono::seconds firstResponse{0};
    std::chrono::seconds resolution{0};
    std::optional<std::chrono::seconds> onsiteArrival;  ///< only when a visit was asked for
};
TicketServiceTimes ticketServiceTimes(const BusinessClock& clock, const TicketTimes& times, Instant now);

}  // namespace laoke::engine
