#include "handlers/TicketFields.h"

#include "db/ContactRepository.h"
#include "db/InstalledProductRepository.h"
#include "domain/AccountRules.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"
#include "engine/ServiceError.h"

#include <algorithm>
#include <cstdint>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

bool managesTickets(const AuthenticatedUser& user) { return user.role == "admin" || user.role == "branch_manager"; }

std::string changedSinceMessage(const proto::Ticket& ticket)
{
    return "the ticket was changed by " +
           (ticket.updated_by_name().empty() ? std::string("someone else") : ticket.updated_by_name()) + " since you opened it";
}

std::size_t characters(const std::string& utf8) { return domain::utf8Length(utf8).value_or(SIZE_MAX); }

void checkTicketTexts(proto::Ticket& ticket)
{
    ticket.set_subject(domain::trimmed(ticket.subject()));
    if (ticket.subject().empty()) throw ServiceError(proto::VALIDATION_FAILED, "write what the problem is", "subject");
    if (characters(ticket.subject()) > 100) {
        throw ServiceError(proto::VALIDATION_FAILED, "the subject is at most 100 characters", "subject");
    }
    if (characters(ticket.description()) > kMaxTicketText) {
        throw ServiceError(proto::VALIDATION_FAILED, "the description is at most 4000 characters", "description");
    }
}

void checkTicketLinks(db::UnitOfWork& work, const proto::Ticket& ticket)
{
    if (ticket.contact_id() != 0) {
        const auto contact = db::ContactRepository(work).find(ticket.contact_id());
        if (!contact || contact->customer_id() != ticket.customer_id()) {
            throw ServiceError(proto::VALIDATION_FAILED, "the contact is not one of this customer's", "contact_id");
        }
    }
    if (ticket.installed_product_id() != 0) {
        const auto product = db::InstalledProductRepository(work).find(ticket.installed_product_id());
        if (!product || product->product.customer_id() != ticket.customer_id()) {
            throw ServiceError(proto::VALIDATION_FAILED, "the product is not installed at this customer", "installed_product_id");
        }
        if (ticket.module_id() != 0) {
            const auto& modules = product->product.module_ids();
            if (std::find(modules.begin(), modules.end(), ticket.module_id()) == modules.end()) {
                throw ServiceError(proto::VALIDATION_FAILED, "the module is not part of this installed product", "module_id");
            }
        }
    } else if (ticket.module_id() != 0) {
        throw ServiceError(proto::VALIDATION_FAILED, "choose the installed product the module belongs to", "module_id");
    }
}

bool billableOn(db::UnitOfWork& work, const proto::Ticket& ticket, const std::string& customerServiceEnd,
                std::chrono::sys_days day)
{
    std::string end = customerServiceEnd;
    if (ticket.installed_product_id() != 0) {
        end = db::InstalledProductRepository(work).get(ticket.installed_product_id()).product.service_end_on();
    }
    const auto endDate = engine::parseIsoDate(end);
    return !endDate || *endDate < day;
}

}  // namespace laoke::handlers
