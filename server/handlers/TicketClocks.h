#pragma once
// The calendar and SLA policy tickets are measured by, and a ticket's clocks computed from
// its state changes (engine/TicketSla) for replies: one ticket's, or every ticket of a list.
//
// Until the work calendar and the SLA policies are kept in the database, the clocks run on
// the published holidays and make-up days, 09:00-12:00 and 13:00-18:00 on working days, and
// the default policy (engine/SlaPolicy.h).

#include "engine/SlaPolicy.h"
#include "engine/WorkCalendar.h"
#include "laoke.pb.h"

#include <vector>

namespace laoke::handlers {

const engine::WorkCalendar& workCalendar();
const engine::SlaPolicy& slaPolicy();

/// Replaces `ticket.sla` with its clocks as of now. `events` are the ticket's events (only
/// those of kind "action" count), oldest first. A cancelled ticket has none.
void fillSlaClocks(protocol::Ticket& ticket, const std::vector<protocol::TicketEvent>& events);
void fillSlaClocks(protocol::Ticket& ticket, const google::protobuf::RepeatedPtrField<protocol::TicketEvent>& events);

}  // namespace laoke::handlers
