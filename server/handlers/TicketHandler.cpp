#include "handlers/TicketHandler.h"

#include "db/AuditLog.h"
#include "db/CallbackRepository.h"
#include "db/CustomerRepository.h"
#include "db/TicketCategoryRepository.h"
#include "db/TicketRepository.h"
#include "db/UserRepository.h"
#include "domain/AccountRules.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"
#include "engine/ServiceError.h"
#include "engine/CategorySuggester.h"
#include "engine/SlaPolicy.h"
#include "engine/TicketWorkflow.h"
#include "handlers/AuditDetails.h"
#include "handlers/CallbackHandler.h"
#include "handlers/TicketResolutionFacts.h"
#include "handlers/CustomerAccess.h"
#include "handlers/TicketClocks.h"
#include "handlers/TicketEditHandler.h"
#include "handlers/TicketFields.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace laoke::handlers {

using engine::ServiceError;
using engine::TicketAction;
namespace proto = laoke::protocol;

namespace {

constexpr std::array kChannels{std::string_view("hotline"), std::string_view("remote"), std::string_view("onsite"),
                               std::string_view("wechat"), std::string_view("walk_in")};
constexpr int kDefaultListLimit = 50;
constexpr int kMaxListLimit = 200;

// Someone spoke to the customer while opening the ticket: the call was answered.
bool answeredAtOpening(const std::string& channel) { return channel == "hotline" || channel == "walk_in" || channel == "onsite"; }

using domain::trimmed;

// Whether `user` may take `action` on `ticket`; the assignee of assign is checked by the
// caller (others than managers may only take a new ticket for themselves). Moving a ticket
// someone already works on is the branch manager's call (派工), not a colleague's. A ticket
// whose callback is still waiting is closed by that callback (回访后关闭); only a manager may
// close it before.
bool mayAct(const AuthenticatedUser& user, const proto::Ticket& ticket, TicketAction action, bool callbackWaiting)
{
    if (managesTickets(user)) return true;
    switch (action) {
    case TicketAction::Assign:
    case TicketAction::Reopen:
        return true;
    case TicketAction::Reassign:
        return false;
    case TicketAction::Start:
    case TicketAction::Wait:
    case TicketAction::Resume:
    case TicketAction::Resolve:
        return ticket.assignee_id() == user.userId;
    case TicketAction::Close:
        return ticket.owner_id() == user.userId && !callbackWaiting;
    case TicketAction::Cancel:
        return ticket.owner_id() == user.userId;
    }
    return false;
}

// Why mayAct said no, in the words the client shows.
std::string refusal(TicketAction action, bool callbackWaiting)
{
    switch (action) {
    case TicketAction::Reassign:
        return "only a branch manager moves a ticket someone is already assigned to";
    case TicketAction::Start:
    case TicketAction::Wait:
    case TicketAction::Resume:
    case TicketAction::Resolve:
        return "only the assigned engineer or a branch manager may do this";
    case TicketAction::Close:
        if (callbackWaiting) return "the callback of this ticket is still waiting: recording it closes the ticket";
        return "only the first responder or a branch manager may close the ticket";
    case TicketAction::Cancel:
        return "only the first responder or a branch manager may cancel the ticket";
    default:
        return "only a branch manager may do this";
    }
}

// The calendar, targets and close periods in force, as of this transaction.
std::shared_ptr<const engine::ServiceLevels> levelsIn(RequestContext& context, db::UnitOfWork& work)
{
    return context.services().serviceLevels->current(work);
}

}  // namespace

proto::Envelope ticketReply(db::UnitOfWork& work, db::TicketRepository& tickets, const proto::Ticket& ticket,
                            const AuthenticatedUser& user, const engine::ServiceLevels& levels)
{
    const bool callbackWaiting = ticket.state() == "resolved" && db::CallbackRepository(work).hasPending(ticket.id());
    proto::Envelope reply;
    auto* out = reply.mutable_ticket_reply();
    *out->mutable_ticket() = ticket;
    for (auto& event : tickets.events(ticket.id())) *out->add_events() = std::move(event);
    fillSlaClocks(*out->mutable_ticket(), out->events(), levels);
    if (const auto state = engine::parseTicketState(ticket.state())) {
        for (const TicketAction action : engine::allowedTicketActions(*state)) {
            if (mayAct(user, ticket, action, callbackWaiting)) {
                out->add_allowed_actions(std::string(engine::ticketActionName(action)));
            }
        }
    }
    for (const std::string& field : editableTicketFields(user, ticket)) out->add_editable_fields(field);
    return reply;
}

namespace {

// The assignee must be an enabled engineer or branch manager of the ticket's branch.
void requireAssignee(db::UnitOfWork& work, std::int64_t assigneeId, std::int64_t branchId)
{
    if (assigneeId == 0) throw ServiceError(proto::VALIDATION_FAILED, "choose who works on the ticket", "assignee_id");
    const auto user = db::UserRepository(work).find(assigneeId);
    if (!user || !user->enabled()) throw ServiceError(proto::VALIDATION_FAILED, "the assignee is not an active user", "assignee_id");
    if (user->role() != proto::ENGINEER && user->role() != proto::BRANCH_MANAGER) {
        throw ServiceError(proto::VALIDATION_FAILED, "tickets are worked by engineers or branch managers", "assignee_id");
    }
    if (user->branch_id() != branchId) {
        throw ServiceError(proto::VALIDATION_FAILED, "the assignee must work for the ticket's branch", "assignee_id");
    }
}

void validateNewTicket(db::UnitOfWork& work, proto::Ticket& ticket)
{
    checkTicketTexts(ticket);
    if (std::find(kChannels.begin(), kChannels.end(), ticket.channel()) == kChannels.end()) {
        throw ServiceError(proto::VALIDATION_FAILED, "unknown channel '" + ticket.channel() + "'", "channel");
    }
    if (ticket.priority().empty()) ticket.set_priority("normal");
    if (!engine::parsePriority(ticket.priority())) {
        throw ServiceError(proto::VALIDATION_FAILED, "unknown priority '" + ticket.priority() + "'", "priority");
    }
    checkTicketLinks(work, ticket);
    if (ticket.category_id() != 0 && !db::TicketCategoryRepository(work).findActive(ticket.category_id())) {
        throw ServiceError(proto::VALIDATION_FAILED, "unknown category", "category_id");
    }
}

}  // namespace

proto::Envelope handleCreateTicket(RequestContext& context, const proto::CreateTicketRequest& request)
{
    proto::Ticket ticket = request.ticket();
    if (ticket.customer_id() == 0) throw ServiceError(proto::VALIDATION_FAILED, "choose the customer", "customer_id");
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::CustomerRepository customers(work);
        const proto::Customer customer = customers.get(ticket.customer_id());  // NOT_FOUND for another branch's
        if (customer.archived()) {
            throw ServiceError(proto::VALIDATION_FAILED, "the customer is archived; restore it to open a ticket", "customer_id");
        }
        validateNewTicket(work, ticket);
        db::NewTicketFacts facts;
        facts.branchId = customer.branch_id();
        const auto priority = *engine::parsePriority(ticket.priority());
        const auto levels = levelsIn(context, work);
        facts.effectivePriority =
            std::string(engine::priorityName(engine::effectivePriority(priority, businessToday(), levels->close)));
        facts.billable = billableOn(work, ticket, customers.serviceEndOf(customer.id()), businessToday());
        facts.answeredAtOpening = answeredAtOpening(ticket.channel());
        facts.textKeys = engine::similarityKeys(ticket.subject(), ticket.description());
        db::TicketRepository tickets(work);
        const proto::Ticket saved = tickets.create(ticket, facts);
        db::AuditLog(work).record("ticket.create", "ticket", saved.id(), {{"after", auditJson(saved)}});
        reply = ticketReply(work, tickets, saved, context.user(), *levels);
    });
    return reply;
}

proto::Envelope handleGetTicket(RequestContext& context, const proto::GetTicketRequest& request)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::TicketRepository tickets(work);
        reply = ticketReply(work, tickets, tickets.get(request.ticket_id()), context.user(), *levelsIn(context, work));
    });
    return reply;
}

proto::Envelope handleTicketAction(RequestContext& context, const proto::TicketActionRequest& request)
{
    const auto action = engine::parseTicketAction(request.action());
    if (!action) throw ServiceError(proto::BAD_REQUEST, "unknown ticket action '" + request.action() + "'", "action");
    const std::string note = trimmed(request.note());
    if (characters(note) > kMaxTicketText) throw ServiceError(proto::VALIDATION_FAILED, "the note is at most 4000 characters", "note");
    if (*action == TicketAction::Resolve && note.empty()) {
        throw ServiceError(proto::VALIDATION_FAILED, "write down the solution", "note");
    }
    if ((*action == TicketAction::Cancel || *action == TicketAction::Reopen) && note.empty()) {
        throw ServiceError(proto::VALIDATION_FAILED, "give the reason", "note");
    }
    const AuthenticatedUser& user = context.user();
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::TicketRepository tickets(work);
        const proto::Ticket before = tickets.get(request.ticket_id());
        // First the version: what the caller decided on is no longer what the ticket is.
        if (before.version() != request.expected_version()) {
            throw ServiceError(proto::CONFLICT, changedSinceMessage(before));
        }
        const auto state = engine::parseTicketState(before.state());
        const auto next = state ? engine::ticketTransition(*state, *action) : std::nullopt;
        if (!next) {
            throw ServiceError(proto::VALIDATION_FAILED,
                               "a " + before.state() + " ticket cannot be given the action " + request.action(), "action");
        }
        const bool callbackWaiting =
            *action == TicketAction::Close && db::CallbackRepository(work).hasPending(before.id());
        if (!mayAct(user, before, *action, callbackWaiting)) {
            throw ServiceError(callbackWaiting && before.owner_id() == user.userId ? proto::VALIDATION_FAILED : proto::FORBIDDEN,
                               refusal(*action, callbackWaiting), "action");
        }
        // A manager closing before the callback: the call is not made any more.
        if (callbackWaiting && db::CallbackRepository(work).cancelPending(before.id())) {
            db::AuditLog(work).record("callback.cancel", "ticket", before.id(), {{"reason", "closed by a manager"}});
        }
        std::int64_t assignee = 0;
        if (*action == TicketAction::Assign || *action == TicketAction::Reassign) {
            assignee = request.assignee_id();
            if (assignee == 0 && !request.assignee_username().empty()) {
                const auto named = db::UserRepository(work).findByUsername(request.assignee_username());
                if (!named) throw ServiceError(proto::VALIDATION_FAILED, "no user is called " + request.assignee_username(), "assignee_id");
                assignee = named->id();
            }
            if (!managesTickets(user) && assignee != user.userId) {
                throw ServiceError(proto::FORBIDDEN, "only a branch manager assigns tickets to others", "assignee_id");
            }
            requireAssignee(work, assignee, before.branch_id());
        }
        db::TicketChange change{before.id(), request.expected_version(), request.action(),
                                std::string(engine::ticketStateName(*next)), assignee, note};
        const proto::Ticket saved = tickets.apply(change);
        db::AuditLog(work).record("ticket." + request.action(), "ticket", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}, {"note", note}});
        updateCallbackAfter(work, saved, *action);
        const auto levels = levelsIn(context, work);
        reply = ticketReply(work, tickets, saved, user, *levels);
        updateResolutionFacts(work, reply.ticket_reply(), *action, *levels);
    });
    return reply;
}

proto::Envelope handleAddTicketNote(RequestContext& context, const proto::AddTicketNoteRequest& request)
{
    const std::string note = trimmed(request.note());
    if (note.empty()) throw ServiceError(proto::VALIDATION_FAILED, "the note is empty", "note");
    if (characters(note) > kMaxTicketText) throw ServiceError(proto::VALIDATION_FAILED, "the note is at most 4000 characters", "note");
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::TicketRepository tickets(work);
        const proto::Ticket ticket = tickets.get(request.ticket_id());
        if (ticket.state() == "closed" || ticket.state() == "cancelled") {
            throw ServiceError(proto::VALIDATION_FAILED, "the ticket is " + ticket.state() + "; reopen it to add to its log", "note");
        }
        tickets.addNote(ticket.id(), note);
        db::AuditLog(work).record("ticket.note", "ticket", ticket.id(), {{"note", note}});
        reply = ticketReply(work, tickets, tickets.get(ticket.id()), context.user(), *levelsIn(context, work));
    });
    return reply;
}

proto::Envelope handleListTickets(RequestContext& context, const proto::ListTicketsRequest& request)
{
    const int limit = request.limit() == 0 ? kDefaultListLimit : request.limit();
    if (limit < 1 || limit > kMaxListLimit) throw ServiceError(proto::BAD_REQUEST, "limit must be 1 to 200", "limit");
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::TicketRepository tickets(work);
        std::vector<proto::Ticket> listed = tickets.list(request, context.user().userId, limit);
        std::vector<std::int64_t> ids;
        for (const auto& ticket : listed) ids.push_back(ticket.id());
        const auto changes = tickets.stateChanges(ids);
        const auto levels = levelsIn(context, work);
        auto* out = reply.mutable_list_tickets_reply();
        for (auto& ticket : listed) {
            const auto found = changes.find(ticket.id());
            fillSlaClocks(ticket, found == changes.end() ? std::vector<proto::TicketEvent>{} : found->second, *levels);
            *out->add_tickets() = std::move(ticket);
        }
    });
    return reply;
}

}  // namespace laoke::handlers
