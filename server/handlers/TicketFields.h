#pragma once
// The checks a ticket's own fields pass when it is opened (TicketHandler) and when it is
// corrected (TicketEditHandler): the texts' lengths, and that the contact and the installed
// product and module are the customer's.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <chrono>
#include <cstddef>
#include <string>

namespace laoke::handlers {

constexpr std::size_t kMaxTicketText = 4000;

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
