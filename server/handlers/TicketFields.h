#pragma once
// What opening (TicketHandler) and correcting (TicketEditHandler) a ticket share: the checks
// its own fields pass (the texts' lengths; the contact and the installed product and module
// are the customer's), who manages tickets, and how a stale version is refused.

#include "db/UnitOfWork.h"
#include "handlers/ConnectionState.h"
#include "laoke.pb.h"

#include <chrono>
#include <cstddef>
#include <string>

namespace laoke::handlers {

constexpr std::size_t kMaxTicketText = 4000;

/// Branch managers and administrators: they may do anything with their branch's tickets.
bool managesTickets(const AuthenticatedUser& user);

/// "the ticket was changed by 王建国 since you opened it" (the client names who, translated).
std::string changedSinceMessage(const protocol::Ticket& ticket);

/// Characters of a text; invalid UTF-8 counts as too long, so it is refused with the length.
std::size_t characters(const std::string& utf8);

/// Trims the subject; VALIDATION_FAILED for an empty or too long subject or description.
void checkTicketTexts(protocol::Ticket& ticket);

/// VALIDATION_FAILED unless the contact, installed product and module (where set) belong to
/// ticket.customer_id(), and a module comes with its product.
void checkTicketLinks(db::UnitOfWork& work, const protocol::Ticket& ticket);

/// Whether work on the ticket is billable as of `day`: the service of its installed product
/// (or, without one, the customer's, customerServiceEnd) had ended or never existed.
bool billableOn(db::UnitOfWork& work, const protocol::Ticket& ticket, const std::string& customerServiceEnd,
                std::chrono::sys_days day);

}  // namespace laoke::handlers
