#include "demo/DemoServiceRows.h"

#include "demo/BinaryCopy.h"

#include <string_view>

namespace laoke::demo {
namespace {

using namespace std::string_view_literals;

const char* priorityText(std::uint8_t priority)
{
    switch (priority) {
    case 1: return "urgent";
    case 2: return "high";
    case 4: return "consult";
    default: return "normal";
    }
}

void idOrNull(BinaryCopy& copy, std::int64_t id)
{
    if (id != 0) copy.int8(id);
    else copy.null();
}

void timeOrNull(BinaryCopy& copy, const std::optional<Instant>& at)
{
    if (at) copy.timestamp(*at);
    else copy.null();
}

template <typename T>
void int4OrNull(BinaryCopy& copy, const std::optional<T>& value)
{
    if (value) copy.int4(static_cast<std::int32_t>(*value));
    else copy.null();
}

void boolOrNull(BinaryCopy& copy, const std::optional<bool>& value)
{
    if (value) copy.boolean(*value);
    else copy.null();
}

void textOrNull(BinaryCopy& copy, std::string_view value)
{
    if (value.empty()) copy.null();
    else copy.text(value);
}

void copyTickets(PGconn* connection, const std::vector<DemoTicket>& tickets)
{
    const std::vector<std::string> columns{
        "id", "number", "customer_id", "branch_id", "contact_id", "channel", "category_id", "installed_product_id",
        "module_id", "priority", "effective_priority", "state", "owner_id", "assignee_id", "subject", "description",
        "solution", "billable", "opened_at", "first_response_at", "onsite_requested_at", "onsite_appointment_at",
        "onsite_arrived_at", "resolved_at", "closed_at", "updated_at", "updated_by", "version", "text_keys"};
    BinaryCopy copy(connection, "tickets", columns);
    for (const DemoTicket& t : tickets) {
        const TicketPlan& p = *t.plan;
        copy.row(static_cast<int>(columns.size())).int8(t.id).text(t.number).int8(p.customerId).int8(p.branchId);
        idOrNull(copy, p.contactId);
        copy.text(kChannels[p.channel]).int8(t.categoryId);
        idOrNull(copy, p.installedProductId);
        idOrNull(copy, p.moduleId);
        copy.text(priorityText(p.priority)).text(priorityText(p.effectivePriority)).text(t.state).int8(t.ownerId);
        idOrNull(copy, t.assigneeId);
        copy.text(t.subject).text(t.description).text(t.solution).boolean(p.billable).timestamp(p.opened);
        timeOrNull(copy, t.firstResponse);
        timeOrNull(copy, t.onsiteRequested);
        timeOrNull(copy, t.nextAppointment);
        timeOrNull(copy, t.onsiteArrived);
        timeOrNull(copy, t.resolved);
        timeOrNull(copy, t.closed);
        copy.timestamp(t.updatedAt).int8(t.updatedBy).int8(t.version).int8Array(t.textKeys);
    }
    copy.complete();
}

void copyAppointments(PGconn* connection, const std::vector<DemoTicket>& tickets)
{
    const std::vector<std::string> columns{"id", "ticket_id", "branch_id", "engineer_id", "starts_at", "ends_at", "address",
                                           "note", "state", "arrived_at", "finished_at", "created_at", "created_by",
                                           "updated_at", "updated_by", "version"};
    BinaryCopy copy(connection, "ticket_appointments", columns);
    for (const DemoTicket& t : tickets) {
        if (!t.appointment) continue;
        const AppointmentRow& a = *t.appointment;
        copy.row(static_cast<int>(columns.size())).int8(a.id).int8(t.id).int8(t.plan->branchId).int8(a.engineerId);
        copy.timestamp(a.startsAt).timestamp(a.endsAt).text(t.plan->address).text(a.note).text(a.state);
        timeOrNull(copy, a.arrivedAt);
        timeOrNull(copy, a.finishedAt);
        copy.timestamp(a.createdAt).int8(a.createdBy).timestamp(a.updatedAt).int8(a.updatedBy).int8(a.version);
    }
    copy.complete();
}

void copyEvents(PGconn* connection, const std::vector<DemoTicket>& tickets)
{
    const std::vector<std::string> columns{"ticket_id", "at", "actor_id", "kind", "action", "from_state", "to_state",
                                           "assignee_id", "note", "appointment_id", "appointment_change",
                                           "appointment_starts_at"};
    BinaryCopy copy(connection, "ticket_events", columns);
    for (const DemoTicket& t : tickets) {
        for (const TicketEventRow& e : t.events) {
            copy.row(static_cast<int>(columns.size())).int8(t.id).timestamp(e.at).int8(e.actorId).text(e.kind);
            textOrNull(copy, e.action);
            textOrNull(copy, e.fromState);
            textOrNull(copy, e.toState);
            idOrNull(copy, e.assigneeId);
            copy.text(e.note);
            if (e.kind == "appointment"sv) copy.int8(t.appointment->id).text(e.appointmentChange).timestamp(e.appointmentStarts);
            else copy.null().null().null();
        }
    }
    copy.complete();
}

void copyResolutions(PGconn* connection, const std::vector<DemoTicket>& tickets)
{
    const std::vector<std::string> columns{
        "ticket_id", "branch_id", "resolved_at", "assignee_id", "owner_id", "category_group_id", "grade", "channel",
        "priority", "response_seconds", "resolution_seconds", "onsite_seconds", "response_met", "resolution_met",
        "onsite_met", "first_contact", "satisfaction", "complaints"};
    BinaryCopy copy(connection, "ticket_resolutions", columns);
    for (const DemoTicket& t : tickets) {
        if (!t.resolution) continue;
        const db::TicketResolution& r = *t.resolution;
        copy.row(static_cast<int>(columns.size())).int8(r.ticketId).int8(r.branchId);
        copy.timestamp(Instant(std::chrono::seconds(r.resolvedAtUnix))).int8(r.assigneeId).int8(r.ownerId);
        idOrNull(copy, t.categoryGroupId);
        copy.text(r.grade).text(r.channel).text(r.priority);
        copy.int4(static_cast<std::int32_t>(r.responseSeconds)).int4(static_cast<std::int32_t>(r.resolutionSeconds));
        int4OrNull(copy, r.onsiteSeconds);
        boolOrNull(copy, r.responseMet);
        boolOrNull(copy, r.resolutionMet);
        boolOrNull(copy, r.onsiteMet);
        copy.boolean(r.firstContact);
        // What came after, as the callback and complaint handlers keep it: the score the
        // callback got, the complaint cases opened about the ticket.
        const CallbackRow* callback = t.callback ? &*t.callback : nullptr;
        const CallbackAttemptRow* scored = callback && !callback->attempts.empty() && callback->attempts.back().satisfaction > 0
                                               ? &callback->attempts.back()
                                               : nullptr;
        if (scored) copy.int2(static_cast<std::int16_t>(scored->satisfaction));
        else copy.null();
        copy.int4(callback && callback->complaint ? 1 : 0);
    }
    copy.complete();
}

void copySlaEvents(PGconn* connection, const std::vector<DemoTicket>& tickets)
{
    const std::vector<std::string> columns{"ticket_id", "branch_id", "clock", "level", "round", "crossed_at", "deadline_at",
                                           "recorded_at"};
    BinaryCopy copy(connection, "ticket_sla_events", columns);
    for (const DemoTicket& t : tickets) {
        for (const SlaEventRow& e : t.slaEvents) {
            // The watch sweeps every minute: recorded just after the line was crossed.
            copy.row(static_cast<int>(columns.size())).int8(t.id).int8(t.plan->branchId).text(e.clock).text(e.level).int4(e.round);
            copy.timestamp(e.crossedAt);
            timeOrNull(copy, e.deadline);
            copy.timestamp(e.crossedAt + std::chrono::seconds(30));
        }
    }
    copy.complete();
}

void copyCallback(BinaryCopy& copy, int fields, const DemoTicket& t, const CallbackRow& c)
{
    const CallbackAttemptRow* last = c.attempts.empty() ? nullptr : &c.attempts.back();
    copy.row(fields).int8(c.id).int8(t.id).int8(t.plan->branchId).text(c.reason);
    copy.text(c.cancelledAt ? "cancelled"sv : c.done ? "done"sv : "pending"sv).timestamp(c.resolvedAt).timestamp(c.createdAt);
    copy.int4(static_cast<std::int32_t>(c.attempts.size()));
    if (last) {
        copy.timestamp(last->at).text(last->outcome);
        if (last->satisfaction > 0) copy.int2(static_cast<std::int16_t>(last->satisfaction));
        else copy.null();
        copy.text(last->comment).boolean(last->complaint);
    } else {
        copy.null().null().null().text(""sv).boolean(false);
    }
    if (c.done) copy.timestamp(last->at).int8(last->actorId);
    else copy.null().null();
    if (c.cancelledAt) {
        // CallbackRepository's cancel: one more version, in the name of whoever reopened.
        copy.int8(2).timestamp(*c.cancelledAt).int8(c.cancelledBy);
        return;
    }
    copy.int8(1 + static_cast<std::int64_t>(c.attempts.size()));
    copy.timestamp(last ? last->at : c.createdAt).int8(last ? last->actorId : c.createdBy);
}

void copyCallbacks(PGconn* connection, const std::vector<DemoTicket>& tickets)
{
    const std::vector<std::string> columns{
        "id", "ticket_id", "branch_id", "reason", "state", "resolved_at", "created_at", "attempts", "last_attempt_at",
        "last_outcome", "satisfaction", "comment", "complaint", "done_at", "done_by", "version", "updated_at", "updated_by"};
    BinaryCopy copy(connection, "callbacks", columns);
    const int fields = static_cast<int>(columns.size());
    for (const DemoTicket& t : tickets) {
        if (t.cancelledCallback) copyCallback(copy, fields, t, *t.cancelledCallback);
        if (t.callback) copyCallback(copy, fields, t, *t.callback);
    }
    copy.complete();
}

void copyCallbackAttempts(PGconn* connection, const std::vector<DemoTicket>& tickets)
{
    const std::vector<std::string> columns{"callback_id", "at", "actor_id", "outcome", "satisfaction", "comment", "complaint"};
    BinaryCopy copy(connection, "callback_attempts", columns);
    for (const DemoTicket& t : tickets) {
        if (!t.callback) continue;
        for (const CallbackAttemptRow& a : t.callback->attempts) {
            copy.row(static_cast<int>(columns.size())).int8(t.callback->id).timestamp(a.at).int8(a.actorId).text(a.outcome);
            if (a.satisfaction > 0) copy.int2(static_cast<std::int16_t>(a.satisfaction));
            else copy.null();
            copy.text(a.comment).boolean(a.complaint);
        }
    }
    copy.complete();
}

}  // namespace

void writeTickets(PGconn* connection, const std::vector<DemoTicket>& tickets, ServiceRowCounts& counts)
{
    copyTickets(connection, tickets);
    copyAppointments(connection, tickets);
    copyEvents(connection, tickets);
    copyResolutions(connection, tickets);
    copySlaEvents(connection, tickets);
    copyCallbacks(connection, tickets);
    copyCallbackAttempts(connection, tickets);
    for (const DemoTicket& t : tickets) {
        ++counts.tickets;
        counts.events += static_cast<std::int64_t>(t.events.size());
        counts.appointments += t.appointment ? 1 : 0;
        counts.resolutions += t.resolution ? 1 : 0;
        counts.slaEvents += static_cast<std::int64_t>(t.slaEvents.size());
        counts.callbacks += t.cancelledCallback ? 1 : 0;
        if (t.callback) {
            ++counts.callbacks;
            counts.callbackAttempts += static_cast<std::int64_t>(t.callback->attempts.size());
        }
    }
}

void writeComplaints(PGconn* connection, const std::vector<ComplaintRow>& complaints, std::int64_t firstId,
                     ServiceRowCounts& counts)
{
    {
        const std::vector<std::string> columns{
            "id", "ticket_id", "branch_id", "callback_id", "source", "state", "summary", "satisfaction", "opened_at",
            "opened_by", "handler_id", "handling_at", "resolved_at", "resolution", "version", "updated_at", "updated_by"};
        BinaryCopy copy(connection, "complaints", columns);
        std::int64_t id = firstId;
        for (const ComplaintRow& c : complaints) {
            const std::string_view state = c.resolvedAt ? "resolved"sv : c.handlingAt ? "handling"sv : "open"sv;
            copy.row(static_cast<int>(columns.size())).int8(id++).int8(c.ticketId).int8(c.branchId).int8(c.callbackId);
            copy.text("callback"sv).text(state).text(c.summary).int2(static_cast<std::int16_t>(c.satisfaction));
            copy.timestamp(c.openedAt).int8(c.openedBy);
            if (c.handlingAt) copy.int8(c.handlerId);
            else copy.null();
            timeOrNull(copy, c.handlingAt);
            timeOrNull(copy, c.resolvedAt);
            copy.text(c.resolution).int8(1 + (c.handlingAt ? 1 : 0) + (c.resolvedAt ? 1 : 0));
            const Instant updated = c.resolvedAt ? *c.resolvedAt : c.handlingAt ? *c.handlingAt : c.openedAt;
            copy.timestamp(updated).int8(c.handlingAt ? c.handlerId : c.openedBy);
        }
        copy.complete();
    }
    const std::vector<std::string> columns{"complaint_id", "at", "actor_id", "action", "from_state", "to_state", "note"};
    BinaryCopy copy(connection, "complaint_events", columns);
    std::int64_t id = firstId;
    for (const ComplaintRow& c : complaints) {
        copy.row(7).int8(id).timestamp(c.openedAt).int8(c.openedBy).text("open"sv).null().text("open"sv).text(c.summary);
        if (c.handlingAt) {
            copy.row(7).int8(id).timestamp(*c.handlingAt).int8(c.handlerId).text("handle"sv).text("open"sv).text("handling"sv);
            copy.text("已致电客户了解情况"sv);
        }
        if (c.resolvedAt) {
            copy.row(7).int8(id).timestamp(*c.resolvedAt).int8(c.handlerId).text("resolve"sv).text("handling"sv);
            copy.text("resolved"sv).text(c.resolution);
        }
        ++id;
        ++counts.complaints;
    }
    copy.complete();
}

}  // namespace laoke::demo
