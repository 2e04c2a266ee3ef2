#include "handlers/CallbackHandler.h"

#include "db/AuditLog.h"
#include "db/CallbackRepository.h"
#include "db/TicketResolutionRepository.h"
#include "db/TicketRepository.h"
#include "domain/AccountRules.h"
#include "domain/CustomerRules.h"
#include "engine/CallbackRules.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"
#include "handlers/ComplaintHandler.h"

#include <cstdint>

namespace laoke::handlers {

using engine::CallbackOutcome;
using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr std::size_t kMaxComment = 1000;
constexpr int kDefaultLimit = 200;
constexpr int kMaxLimit = 500;

std::size_t characters(const std::string& utf8) { return domain::utf8Length(utf8).value_or(SIZE_MAX); }

int listLimit(int requested)
{
    const int limit = requested == 0 ? kDefaultLimit : requested;
    if (limit < 1 || limit > kMaxLimit) throw ServiceError(proto::BAD_REQUEST, "limit must be 1 to 500", "limit");
    return limit;
}

// Non-admins see their own branch only (row-level security agrees); naming another is refused
// rather than answered with an empty list, so a wrong --branch is noticed.
std::int64_t branchFilter(const AuthenticatedUser& user, std::int64_t requested)
{
    if (user.role == "admin") return requested;
    if (requested != 0 && requested != user.branchId) {
        throw ServiceError(proto::FORBIDDEN, "you see the callbacks of your own branch only", "branch_id");
    }
    return user.branchId;
}

// The call as the rules allow it: reached needs a score of 1 to 5 and only reached has one;
// a complaint needs someone who spoke (reached or refused).
void validateCall(const proto::RecordCallbackRequest& request, CallbackOutcome outcome, const std::string& comment)
{
    if (outcome == CallbackOutcome::Reached) {
        if (request.satisfaction() < 1 || request.satisfaction() > 5) {
            throw ServiceError(proto::VALIDATION_FAILED, "give the customer's satisfaction from 1 to 5", "satisfaction");
        }
    } else if (request.satisfaction() != 0) {
        throw ServiceError(proto::VALIDATION_FAILED, "satisfaction is only given when the customer was reached", "satisfaction");
    }
    if (request.complaint() && !engine::outcomeEndsCallback(outcome)) {
        throw ServiceError(proto::VALIDATION_FAILED, "a complaint is recorded only when someone was spoken to", "complaint");
    }
    if (characters(comment) > kMaxComment) {
        throw ServiceError(proto::VALIDATION_FAILED, "the comment is at most 1000 characters", "comment");
    }
}

}  // namespace

void updateCallbackAfter(db::UnitOfWork& work, const proto::Ticket& saved, engine::TicketAction action)
{
    db::CallbackRepository callbacks(work);
    if (action == engine::TicketAction::Reopen) {
        if (callbacks.cancelPending(saved.id())) {
            db::AuditLog(work).record("callback.cancel", "ticket", saved.id(), {{"reason", "reopen"}});
        }
        return;
    }
    if (action != engine::TicketAction::Resolve) return;
    const auto reason = engine::callbackReason(saved.customer_grade(), saved.id(), callbacks.settings().sample_percent());
    if (!reason) return;
    // A ticket resolved again without a reopen in between (not possible today) keeps its task.
    callbacks.cancelPending(saved.id());
    callbacks.create(saved.id(), std::string(engine::callbackReasonName(*reason)));
    db::AuditLog(work).record("callback.create", "ticket", saved.id(), {{"reason", engine::callbackReasonName(*reason)}});
}

proto::Envelope handleListCallbacks(RequestContext& context, const proto::ListCallbacksRequest& request)
{
    const int limit = listLimit(request.limit());
    const std::int64_t branch = branchFilter(context.user(), request.branch_id());
    const std::string number = domain::trimmed(request.ticket_number());
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::CallbackRepository callbacks(work);
        auto* out = reply.mutable_list_callbacks_reply();
        for (auto& callback : number.empty() ? callbacks.queue(branch, limit, context.user().userId) : callbacks.forTicket(number, limit)) {
            *out->add_callbacks() = std::move(callback);
        }
    });
    return reply;
}

proto::Envelope handleRecordCallback(RequestContext& context, const proto::RecordCallbackRequest& request)
{
    const auto outcome = engine::parseCallbackOutcome(request.outcome());
    if (!outcome) throw ServiceError(proto::VALIDATION_FAILED, "unknown call outcome '" + request.outcome() + "'", "outcome");
    const std::string comment = domain::trimmed(request.comment());
    validateCall(request, *outcome, comment);
    const AuthenticatedUser& user = context.user();
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::CallbackRepository callbacks(work);
        const proto::Callback before = callbacks.get(request.callback_id());  // NOT_FOUND for another branch's
        if (user.role != "admin" && before.branch_id() != user.branchId) {
            throw ServiceError(proto::NOT_FOUND, "no such callback");
        }
        if (before.version() != request.expected_version()) {
            throw ServiceError(proto::CONFLICT, before.state() == "pending"
                                                    ? "the callback was recorded by someone else since you opened it"
                                                    : "the callback was already finished by someone else");
        }
        if (before.state() != "pending") {
            throw ServiceError(proto::VALIDATION_FAILED, "the callback is " + before.state() + "; nothing is left to record");
        }
        // The callback asks the customer how the engineer did: not the engineer's own call.
        if (db::TicketRepository(work).get(before.ticket_id()).assignee_id() == user.userId) {
            throw ServiceError(proto::FORBIDDEN, "you solved this ticket: a colleague or the branch manager calls the customer back");
        }
        db::CallbackCall call;
        call.callbackId = before.id();
        call.expectedVersion = request.expected_version();
        call.outcome = request.outcome();
        call.satisfaction = request.satisfaction();
        call.comment = comment;
        call.complaint = request.complaint();
        call.ends = engine::callEndsCallback(*outcome, before.attempts());
        proto::Callback saved = callbacks.record(call);
        db::AuditLog(work).record("callback.record", "callback", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
        // The reports read the score beside the resolution it rates.
        if (*outcome == CallbackOutcome::Reached) {
            db::TicketResolutionRepository(work).setSatisfaction(saved.ticket_id(), request.satisfaction());
        }
        auto* out = reply.mutable_record_callback_reply();
        // The customer confirmed the solution: the resolved ticket is closed, as its own event.
        db::TicketRepository tickets(work);
        const proto::Ticket ticket = tickets.get(saved.ticket_id());
        if (*outcome == CallbackOutcome::Reached && ticket.state() == "resolved") {
            const proto::Ticket closed =
                tickets.apply({ticket.id(), ticket.version(), "close", "closed", 0, comment});
            db::AuditLog(work).record("ticket.close", "ticket", closed.id(),
                                      {{"before", auditJson(ticket)}, {"after", auditJson(closed)},
                                       {"by_callback", saved.id()}});
            out->set_ticket_closed(true);
        }
        if (engine::callbackEscalates(*outcome, request.satisfaction(), request.complaint())) {
            out->set_complaint_id(openComplaint(work, saved.ticket_id(), saved.id(), comment, request.satisfaction()));
            saved = callbacks.get(saved.id());
        }
        *out->mutable_callback() = saved;
    });
    return reply;
}

proto::Envelope handleGetCallbackSettings(RequestContext& context, const proto::GetCallbackSettingsRequest&)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) { *reply.mutable_callback_settings() = db::CallbackRepository(work).settings(); });
    return reply;
}

proto::Envelope handleSaveCallbackSettings(RequestContext& context, const proto::SaveCallbackSettingsRequest& request)
{
    if (request.sample_percent() < 0 || request.sample_percent() > 100) {
        throw ServiceError(proto::VALIDATION_FAILED, "the sample is 0 to 100 percent", "sample_percent");
    }
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::CallbackRepository callbacks(work);
        const proto::CallbackSettings before = callbacks.settings();
        const proto::CallbackSettings saved = callbacks.saveSettings(request.sample_percent(), request.expected_version());
        db::AuditLog(work).record("callback_settings.save", "callback_settings", std::nullopt,
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
        *reply.mutable_callback_settings() = saved;
    });
    return reply;
}

}  // namespace laoke::handlers
