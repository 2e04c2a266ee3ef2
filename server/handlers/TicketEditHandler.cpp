#include "handlers/TicketEditHandler.h"

#include "db/AuditLog.h"
#include "db/CustomerRepository.h"
#include "db/TicketCategoryRepository.h"
#include "db/TicketRepository.h"
#include "engine/BusinessDate.h"
#include "engine/CategorySuggester.h"
#include "engine/ServiceError.h"
#include "engine/SlaPolicy.h"
#include "engine/TicketWorkflow.h"
#include "handlers/AuditDetails.h"
#include "handlers/TicketFields.h"
#include "handlers/TicketHandler.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

bool isOpen(const std::string& state)
{
    const auto parsed = engine::parseTicketState(state);
    return parsed && engine::isOpenTicketState(*parsed);
}

bool contains(const std::vector<std::string>& fields, const std::string& field)
{
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

// The date in China the ticket was opened on: the close-period raise and the billable flag
// are as of then, whatever day it is corrected.
std::chrono::sys_days openingDay(const proto::Ticket& ticket)
{
    return engine::chinaDate(std::chrono::system_clock::time_point(std::chrono::seconds(ticket.opened_at_unix())));
}

nlohmann::json change(const std::string& field, const std::string& from, const std::string& to, std::int64_t fromId = 0,
                      std::int64_t toId = 0)
{
    nlohmann::json entry{{"field", field}, {"from", from}, {"to", to}};
    if (fromId != 0) entry["from_id"] = fromId;
    if (toId != 0) entry["to_id"] = toId;
    return entry;
}

// What the correction changed, for the work log: names as they read before and after it.
nlohmann::json changesBetween(const proto::Ticket& before, const proto::Ticket& after)
{
    nlohmann::json changes = nlohmann::json::array();
    if (before.subject() != after.subject()) changes.push_back(change("subject", before.subject(), after.subject()));
    if (before.description() != after.description()) changes.push_back(change("description", "", ""));
    if (before.contact_id() != after.contact_id()) {
        changes.push_back(change("contact", before.contact_name(), after.contact_name(), before.contact_id(), after.contact_id()));
    }
    if (before.installed_product_id() != after.installed_product_id()) {
        changes.push_back(change("product", before.product_name(), after.product_name(), before.installed_product_id(),
                                 after.installed_product_id()));
    }
    if (before.module_id() != after.module_id()) {
        changes.push_back(change("module", before.module_name(), after.module_name(), before.module_id(), after.module_id()));
    }
    if (before.category_id() != after.category_id()) {
        changes.push_back(change("category", "", "", before.category_id(), after.category_id()));
    }
    if (before.priority() != after.priority()) changes.push_back(change("priority", before.priority(), after.priority()));
    return changes;
}

}  // namespace

std::vector<std::string> editableTicketFields(const AuthenticatedUser& user, const proto::Ticket& ticket)
{
    if (!isOpen(ticket.state())) return {};
    const bool manager = managesTickets(user);
    if (!manager && ticket.owner_id() != user.userId && ticket.assignee_id() != user.userId) return {};
    std::vector<std::string> fields{"subject", "description", "contact", "product", "category"};
    if (manager) fields.emplace_back("priority");
    return fields;
}

proto::Envelope handleUpdateTicket(RequestContext& context, const proto::UpdateTicketRequest& request)
{
    const AuthenticatedUser& user = context.user();
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::TicketRepository tickets(work);
        const proto::Ticket before = tickets.get(request.ticket_id());  // NOT_FOUND for another branch's
        if (before.version() != request.expected_version()) throw ServiceError(proto::CONFLICT, changedSinceMessage(before));
        const std::vector<std::string> editable = editableTicketFields(user, before);
        if (editable.empty()) {
            if (!isOpen(before.state())) {
                throw ServiceError(proto::VALIDATION_FAILED,
                                   "a " + before.state() + " ticket is not corrected any more; reopen it first", "state");
            }
            throw ServiceError(proto::FORBIDDEN,
                               "only the first responder, the assigned engineer or a branch manager may correct the ticket");
        }

        const proto::Ticket& wanted = request.ticket();
        proto::Ticket next = before;
        next.set_subject(wanted.subject());
        next.set_description(wanted.description());
        next.set_contact_id(wanted.contact_id());
        next.set_installed_product_id(wanted.installed_product_id());
        next.set_module_id(wanted.module_id());
        next.set_category_id(wanted.category_id());
        if (!wanted.priority().empty()) next.set_priority(wanted.priority());
        checkTicketTexts(next);
        const auto priority = engine::parsePriority(next.priority());
        if (!priority) throw ServiceError(proto::VALIDATION_FAILED, "unknown priority '" + next.priority() + "'", "priority");
        if (next.priority() != before.priority() && !contains(editable, "priority")) {
            throw ServiceError(proto::FORBIDDEN, "only a branch manager changes the priority of a ticket", "priority");
        }
        checkTicketLinks(work, next);
        // The category a ticket already has may have been retired since; a new choice must be current.
        if (next.category_id() != before.category_id() && next.category_id() != 0) {
            const auto category = db::TicketCategoryRepository(work).find(next.category_id());
            if (!category) throw ServiceError(proto::VALIDATION_FAILED, "unknown category", "category_id");
            if (category->retired()) {
                throw ServiceError(proto::VALIDATION_FAILED, "this category is retired; choose another", "category_id");
            }
        }
        const auto levels = context.services().serviceLevels->current(work);
        if (changesBetween(before, next).empty()) {  // nothing to correct: the ticket as it is
            reply = ticketReply(work, tickets, before, user, *levels);
            return;
        }

        db::TicketEdit edit;
        edit.ticketId = before.id();
        edit.expectedVersion = request.expected_version();
        edit.fields = next;
        edit.effectivePriority =
            std::string(engine::priorityName(engine::effectivePriority(*priority, openingDay(before), levels->close)));
        edit.billable = before.billable();
        if (next.installed_product_id() != before.installed_product_id()) {
            edit.billable = billableOn(work, next, db::CustomerRepository(work).serviceEndOf(before.customer_id()),
                                       openingDay(before));
        }
        edit.textKeys = engine::similarityKeys(next.subject(), next.description());
        const proto::Ticket saved = tickets.edit(edit);
        const nlohmann::json changes = changesBetween(before, saved);
        tickets.recordEdit(saved.id(), changes.dump());
        db::AuditLog(work).record("ticket.edit", "ticket", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}, {"changes", changes}});
        reply = ticketReply(work, tickets, saved, user, *levels);
    });
    return reply;
}

}  // namespace laoke::handlers
