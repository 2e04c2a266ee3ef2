#pragma once
// Correcting a ticket after it was logged: the subject and description as understood later,
// the right contact, installed product and module, the category once the cause is known, and
// (branch managers only, since it moves the SLA targets) the priority. Only an open ticket
// is corrected: a resolved one is what the reports counted; reopen it first. Each correction
// is one event of kind edited in the work log, saying what changed from what to what.

#include "handlers/ConnectionState.h"
#include "handlers/RequestContext.h"
#include "laoke.pb.h"

#include <string>
#include <vector>

namespace laoke::handlers {

/// What `user` may correct on `ticket` now: none unless the ticket is open and the user is
/// its first responder, its assignee or a manager; "priority" for managers only.
std::vector<std::string> editableTicketFields(const AuthenticatedUser& user, const protocol::Ticket& ticket);

protocol::Envelope handleUpdateTicket(RequestContext& context, const protocol::UpdateTicketRequest& request);

}  // namespace laoke::handlers
