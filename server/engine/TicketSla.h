#pragma once
// A ticket's SLA clocks from its history: the first-response and resolution targets of its
// policy (engine/SlaPolicy), counted in business time (engine/BusinessClock) from opening,
// with the time spent waiting for the customer left out, and for resolution also the time
// it spent resolved before a reopen (engine/SlaClock).
//
// The onsite-arrival clock waits for onsite appointments to be recorded; until then it is not
// computed, rather than shown wrong.

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
};

struct TicketSlaClock {
    std::string kind;  ///< "first_response" or "resolution"
    SlaStatus status;
};

/// The clocks the targets define (a target the policy leaves out has no clock).
std::vector<TicketSlaClock> ticketSlaClocks(const BusinessClock& clock, const SlaTargets& targets, const TicketTimes& times,
                                            Instant now);

}  // namespace laoke::engine
