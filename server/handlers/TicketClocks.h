#pragma once
// A ticket's clocks computed from its state changes (engine/TicketSla) for replies: one
// ticket's, or every ticket of a list, by the service levels in force (db/ServiceLevelCache:
// the administrator's calendar, targets and close periods).

#include "engine/ServiceLevels.h"
#include "engine/TicketSla.h"
#include "laoke.pb.h"

#include <vector>

namespace laoke::handlers {

/// Replaces `ticket.sla` with its clocks as of now. `events` are the ticket's events (only
/// those of kind "action" count), oldest first. A cancelled ticket has none.
void fillSlaClocks(protocol::Ticket& ticket, const std::vector<protocol::TicketEvent>& events,
                   const engine::ServiceLevels& levels);
void fillSlaClocks(protocol::Ticket& ticket, const google::protobuf::RepeatedPtrField<protocol::TicketEvent>& events,
                   const engine::ServiceLevels& levels);

/// The times the clocks are computed from: the ticket's stamps and its state changes.
engine::TicketTimes ticketTimes(const protocol::Ticket& ticket,
                                const google::protobuf::RepeatedPtrField<protocol::TicketEvent>& events);

}  // namespace laoke::handlers
