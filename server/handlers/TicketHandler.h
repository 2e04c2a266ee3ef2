#pragma once
// Service tickets: opening a ticket for a customer, reading it with its
// event log, moving it through its life (engine/TicketWorkflow) and writing work notes.
//
// Who may do what, beyond the branch (row-level security): branch managers and admins may do
// everything; anyone may take a new ticket for themselves (assign to self) and reopen one;
// the assignee works it (start, wait, resume, resolve); the owner (首问负责人, who opened it)
// may close or cancel it.

#include "db/TicketRepository.h"
#include "engine/ServiceLevels.h"
#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleCreateTicket(RequestContext& context, const protocol::CreateTicketRequest& request);
protocol::Envelope handleGetTicket(RequestContext& context, const protocol::GetTicketRequest& request);
protocol::Envelope handleTicketAction(RequestContext& context, const protocol::TicketActionRequest& request);
protocol::Envelope handleAddTicketNote(RequestContext& context, const protocol::AddTicketNoteRequest& request);
protocol::Envelope handleListTickets(RequestContext& context, const protocol::ListTicketsRequest& request);

/// The ticket with its work log, its SLA clocks, and what `user` may do with it now.
protocol::Envelope ticketReply(db::UnitOfWork& work, db::TicketRepository& tickets, const protocol::Ticket& ticket,
                               const AuthenticatedUser& user, const engine::ServiceLevels& levels);

}  // namespace laoke::handlers
