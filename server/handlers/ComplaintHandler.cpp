#include "handlers/ComplaintHandler.h"

#include "db/AuditLog.h"
#include "db/ComplaintRepository.h"
#include "db/TicketResolutionRepository.h"
#include "db/TicketRepository.h"
#include "domain/AccountRules.h"
#include "domain/CustomerRules.h"
#include "engine/ComplaintSla.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"

#include <chrono>
#include <cstdint>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr std::size_t kMaxText = 2000;
constexpr int kDefaultLimit = 200;
constexpr int kMaxLimit = 500;

std::size_t characters(const std::string& utf8) { return domain::utf8Length(utf8).value_or(SIZE_MAX); }

engine::Instant instantOf(std::int64_t unix) { return engine::Instant(std::chrono::seconds(unix)); }
std::int64_t unixOf(const std::optional<engine::Instant>& instant) { return instant ? instant->time_since_epoch().count() : 0; }

// The case's clocks as of now, by the service calendar in force.
void fillClocks(proto::Complaint& complaint, const engine::ServiceLevels& levels)
{
    complaint.clear_sla();
    engine::ComplaintTimes times;
    times.opened = instantOf(complaint.opened_at_unix());
    if (complaint.handling_at_unix() != 0) times.handling = instantOf(complaint.handling_at_unix());
    if (complaint.resolved_at_unix() != 0) times.resolved = instantOf(complaint.resolved_at_unix());
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    for (const auto& [kind, status] : engine::complaintSlaClocks(levels.calendar, times, now)) {
        auto* sla = complaint.add_sla();
        sla->set_kind(kind);
        sla->set_state(std::string(engine::slaStateName(status.state)));
        sla->set_used_seconds(status.used.count());
        sla->set_target_seconds(status.target.count());
        sla->set_warning_at_unix(unixOf(status.warningAt));
        sla->set_deadline_unix(unixOf(status.deadline));
    }
}

proto::Envelope complaintReply(RequestContext& context, db::UnitOfWork& work, proto::Complaint complaint)
{
    fillClocks(complaint, *context.services().serviceLevels->current(work));
    proto::Envelope reply;
    *reply.mutable_complaint_reply()->mutable_complaint() = std::move(complaint);
    return reply;
}

}  // namespace

std::int64_t openComplaint(db::UnitOfWork& work, std::int64_t ticketId, std::int64_t callbackId, const std::string& summary,
                           int satisfaction)
{
    db::ComplaintRepository complaints(work);
    // One case per grievance: a second complaint about the same ticket joins the case still open.
    if (const auto open = complaints.unresolvedFor(ticketId)) return *open;
    const std::int64_t id = complaints.open({ticketId, callbackId, summary, satisfaction});
    db::AuditLog(work).record("complaint.open", "complaint", id, {{"after", auditJson(complaints.get(id))}});
    db::TicketResolutionRepository(work).countComplaint(ticketId);
    return id;
}

proto::Envelope handleListComplaints(RequestContext& context, const proto::ListComplaintsRequest& request)
{
    const int limit = request.limit() == 0 ? kDefaultLimit : request.limit();
    if (limit < 1 || limit > kMaxLimit) throw ServiceError(proto::BAD_REQUEST, "limit must be 1 to 500", "limit");
    const AuthenticatedUser& user = context.user();
    std::int64_t branch = request.branch_id();
    if (user.role != "admin") {
        if (branch != 0 && branch != user.branchId) {
            throw ServiceError(proto::FORBIDDEN, "you see the complaints of your own branch only", "branch_id");
        }
        branch = user.branchId;
    }
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        const auto levels = context.services().serviceLevels->current(work);
        auto* out = reply.mutable_list_complaints_reply();
        for (auto& complaint : db::ComplaintRepository(work).list(branch, request.open_only(), limit)) {
            fillClocks(complaint, *levels);
            *out->add_complaints() = std::move(complaint);
        }
    });
    return reply;
}

proto::Envelope handleOpenComplaint(RequestContext& context, const proto::OpenComplaintRequest& request)
{
    const std::string summary = domain::trimmed(request.summary());
    if (summary.empty()) throw ServiceError(proto::VALIDATION_FAILED, "write what the customer complains about", "summary");
    if (characters(summary) > kMaxText) {
        throw ServiceError(proto::VALIDATION_FAILED, "the complaint is at most 2000 characters", "summary");
    }
    const std::string number = domain::trimmed(request.ticket_number());
    if (request.ticket_id() == 0 && number.empty()) throw ServiceError(proto::VALIDATION_FAILED, "name the ticket", "ticket_id");
    const AuthenticatedUser& user = context.user();
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::TicketRepository tickets(work);
        std::int64_t ticketId = request.ticket_id();
        if (ticketId == 0) {
            proto::ListTicketsRequest byNumber;
            byNumber.set_number(number);
            const auto found = tickets.list(byNumber, user.userId, 1);
            if (found.empty()) throw ServiceError(proto::NOT_FOUND, "no such ticket");
            ticketId = found.front().id();
        }
        const proto::Ticket ticket = tickets.get(ticketId);  // NOT_FOUND for another branch's
        if (user.role != "admin" && ticket.branch_id() != user.branchId) throw ServiceError(proto::NOT_FOUND, "no such ticket");
        if (ticket.state() == "cancelled") {
            throw ServiceError(proto::VALIDATION_FAILED, "the ticket was cancelled; open a new ticket for the customer", "ticket_id");
        }
        db::ComplaintRepository complaints(work);
        if (complaints.unresolvedFor(ticketId)) {
            throw ServiceError(proto::VALIDATION_FAILED, "this ticket already has a complaint being handled", "ticket_id");
        }
        reply = complaintReply(context, work, complaints.get(openComplaint(work, ticketId, 0, summary, 0)));
    });
    return reply;
}

proto::Envelope handleComplaintAction(RequestContext& context, const proto::ComplaintActionRequest& request)
{
    if (request.action() != "handle" && request.action() != "resolve") {
        throw ServiceError(proto::BAD_REQUEST, "unknown complaint action '" + request.action() + "'", "action");
    }
    const std::string note = domain::trimmed(request.note());
    if (request.action() == "resolve" && note.empty()) {
        throw ServiceError(proto::VALIDATION_FAILED, "write down how the complaint was resolved", "note");
    }
    if (characters(note) > kMaxText) throw ServiceError(proto::VALIDATION_FAILED, "the note is at most 2000 characters", "note");
    const AuthenticatedUser& user = context.user();
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::ComplaintRepository complaints(work);
        const proto::Complaint before = complaints.get(request.complaint_id());
        if (user.role != "admin" && before.branch_id() != user.branchId) throw ServiceError(proto::NOT_FOUND, "no such complaint");
        if (before.version() != request.expected_version()) {
            throw ServiceError(proto::CONFLICT, "the complaint was changed by someone else since you opened it");
        }
        const bool allowed = request.action() == "handle" ? before.state() == "open" : before.state() != "resolved";
        if (!allowed) {
            throw ServiceError(proto::VALIDATION_FAILED, "a " + before.state() + " complaint cannot be given the action " + request.action(),
                               "action");
        }
        const std::string toState = request.action() == "handle" ? "handling" : "resolved";
        const proto::Complaint saved = complaints.apply(before.id(), request.expected_version(), request.action(), toState, note);
        db::AuditLog(work).record("complaint." + request.action(), "complaint", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
        reply = complaintReply(context, work, saved);
    });
    return reply;
}

}  // namespace laoke::handlers
