#pragma once
// Service tickets as a branch's hotline would have logged them over the last weeks, created
// through the protocol: a history of month-end, year-end and licence calls (so the ticket
// form has similar past tickets to suggest categories from) and a few open tickets in
// different states for the board and the workbench.

#include "Connection.h"
#include "laoke.pb.h"

#include <string>

namespace laoke::test {

/// The id of a ticket category by code ("month_end", "month_end.unposted" ...).
qint64 categoryIdByCode(client::Connection& connection, const std::string& code);

/// Opens a ticket (create_ticket) for `customerId` on `connection`, as its user.
protocol::Ticket openTicket(client::Connection& connection, qint64 customerId, const std::string& subject,
                            const std::string& categoryCode, const std::string& priority = "normal",
                            const std::string& channel = "hotline");
/// Takes a ticket action at the ticket's version; returns the ticket after it.
protocol::Ticket actOn(client::Connection& connection, const protocol::Ticket& ticket, const std::string& action,
                       qint64 assigneeId = 0, const std::string& note = {});

/// Sets the share of other customers' resolved tickets called back (an administrator's
/// connection); 100 makes every resolution wait for a callback.
void setCallbackSample(client::Connection& admin, int percent);

/// A history for `customerId` opened by `engineer` (user id `engineerId`): resolved month-end
/// and licence tickets, an in-progress one, one waiting for the customer, and two nobody has
/// taken yet.
void createSampleTickets(client::Connection& engineer, qint64 engineerId, qint64 customerId);

}  // namespace laoke::test
