#pragma once
// Streams demo tickets (DemoTicketLifecycle) into their tables with binary COPY, one table at
// a time, parents first: tickets, visits, events, resolutions, SLA events, callbacks and their
// attempts. Complaints are few; the caller writes them once all tickets are in.

#include "demo/DemoTicketLifecycle.h"

#include <libpq-fe.h>

#include <cstdint>
#include <vector>

namespace laoke::demo {

struct ServiceRowCounts {
    std::int64_t tickets = 0;
    std::int64_t events = 0;
    std::int64_t appointments = 0;
    std::int64_t resolutions = 0;
    std::int64_t slaEvents = 0;
    std::int64_t callbacks = 0;
    std::int64_t callbackAttempts = 0;
    std::int64_t complaints = 0;
    std::int64_t kbLinks = 0;        ///< knowledge articles linked to tickets (DemoKbLinks)
    std::int64_t rosterEntries = 0;  ///< duty roster days (DemoRoster)
};

void writeTickets(PGconn* connection, const std::vector<DemoTicket>& tickets, ServiceRowCounts& counts);

/// Complaint cases with their events (open, handle, resolve as far as they got), ids from `firstId`.
void writeComplaints(PGconn* connection, const std::vector<ComplaintRow>& complaints, std::int64_t firstId,
                     ServiceRowCounts& counts);

}  // namespace laoke::demo
