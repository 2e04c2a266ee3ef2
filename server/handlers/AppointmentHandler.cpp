#include "handlers/AppointmentHandler.h"

#include "db/AppointmentRepository.h"
#include "db/AuditLog.h"
#include "db/RoutePlaceRepository.h"
#include "db/TicketRepository.h"
#include "db/UserRepository.h"
#include "domain/AccountRules.h"
#include "domain/CustomerRules.h"
#include "engine/RouteLegs.h"
#include "engine/ServiceError.h"
#include "engine/TicketWorkflow.h"
#include "handlers/AuditDetails.h"

#include <chrono>
#include <cstdio>
#include <limits>
#include <string>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr int kMinMinutes = 15;
constexpr int kMaxMinutes = 12 * 60;
constexpr int kDefaultMinutes = 120;
constexpr std::size_t kMaxAddress = 200;
constexpr std::size_t kMaxNote = 500;
// A visit may be written down up to a day after it began (booked on the phone, entered back
// at the desk) and booked up to three months ahead.
constexpr std::int64_t kLatestPastSeconds = 24 * 3600;
constexpr std::int64_t kFurthestAheadSeconds = 92 * 24 * 3600;
// A list covers at most a month of visits.
constexpr std::int64_t kLongestListSeconds = 31 * 24 * 3600;

bool isManager(const AuthenticatedUser& user) { return user.role == "admin" || user.role == "branch_manager"; }

std::size_t characters(const std::string& utf8) { return domain::utf8Length(utf8).value_or(SIZE_MAX); }

// Arriving on site is starting the work: the visiting engineer's assigned (or reopened) ticket
// goes in progress in the same transaction, as if they had also pressed 开始处理, so nobody has
// to remember a second click standing in the customer's office.
void startOnArrival(db::UnitOfWork& work, const proto::OnsiteAppointment& visit)
{
    db::TicketRepository tickets(work);
    const proto::Ticket ticket = tickets.get(visit.ticket_id());
    if (ticket.assignee_id() != visit.engineer_id()) return;  // a second engineer helping: the assignee decides
    const auto state = engine::parseTicketState(ticket.state());
    const auto next = state ? engine::ticketTransition(*state, engine::TicketAction::Start) : std::nullopt;
    if (!next || *next != engine::TicketState::InProgress) return;
    const proto::Ticket started =
        tickets.apply({ticket.id(), ticket.version(), "start", std::string(engine::ticketStateName(*next)), 0, ""});
    db::AuditLog(work).record("ticket.start", "ticket", started.id(),
                              {{"before", auditJson(ticket)}, {"after", auditJson(started)}, {"appointment_id", visit.id()}});
}

// The road to each visit from the one before it that day (a ticket's visits are not a route).
void fillRouteLegs(db::UnitOfWork& work, std::vector<proto::OnsiteAppointment>& visits)
{
    if (visits.empty()) return;
    db::RoutePlaceRepository places(work);
    std::vector<std::int64_t> engineers;
    for (const auto& visit : visits) engineers.push_back(visit.engineer_id());
    const auto legs = engine::routeLegs(places.stopsOf(visits), places.homeCities(engineers));
    for (std::size_t i = 0; i < visits.size(); ++i) {
        if (!legs[i]) continue;
        visits[i].set_leg_km(legs[i]->roadKm);
        visits[i].set_leg_minutes(legs[i]->minutes);
    }
}

std::int64_t nowUnix()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string clockText(std::int64_t unix)
{
    // China time, as the people booking read it (UTC+8, no daylight saving).
    const std::int64_t local = unix + 8 * 3600;
    const auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(local)));
    const std::chrono::hh_mm_ss time(std::chrono::sys_seconds(std::chrono::seconds(local)) - day);
    char text[8];
    std::snprintf(text, sizeof text, "%02d:%02d", static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()));
    return text;
}

// The engineer must be an enabled engineer or branch manager of the ticket's branch.
void requireEngineer(db::UnitOfWork& work, std::int64_t engineerId, std::int64_t branchId)
{
    if (engineerId == 0) throw ServiceError(proto::VALIDATION_FAILED, "choose who goes", "engineer_id");
    const auto user = db::UserRepository(work).find(engineerId);
    if (!user || !user->enabled()) throw ServiceError(proto::VALIDATION_FAILED, "the engineer is not an active user", "engineer_id");
    if (user->role() != proto::ENGINEER && user->role() != proto::BRANCH_MANAGER) {
        throw ServiceError(proto::VALIDATION_FAILED, "visits are made by engineers or branch managers", "engineer_id");
    }
    if (user->branch_id() != branchId) {
        throw ServiceError(proto::VALIDATION_FAILED, "the engineer must work for the ticket's branch", "engineer_id");
    }
}

// What a booking or a move carries, checked before the database is touched.
void validateVisit(proto::OnsiteAppointment& visit)
{
    if (visit.duration_minutes() == 0) visit.set_duration_minutes(kDefaultMinutes);
    if (visit.duration_minutes() < kMinMinutes || visit.duration_minutes() > kMaxMinutes) {
        throw ServiceError(proto::VALIDATION_FAILED, "a visit lasts 15 minutes to 12 hours", "duration_minutes");
    }
    const std::int64_t now = nowUnix();
    if (visit.starts_at_unix() < now - kLatestPastSeconds) {
        throw ServiceError(proto::VALIDATION_FAILED, "the visit would start more than a day ago", "starts_at_unix");
    }
    if (visit.starts_at_unix() > now + kFurthestAheadSeconds) {
        throw ServiceError(proto::VALIDATION_FAILED, "visits are booked at most three months ahead", "starts_at_unix");
    }
    visit.set_address(domain::trimmed(visit.address()));
    visit.set_note(domain::trimmed(visit.note()));
    if (characters(visit.address()) > kMaxAddress) {
        throw ServiceError(proto::VALIDATION_FAILED, "the address is at most 200 characters", "address");
    }
    if (characters(visit.note()) > kMaxNote) throw ServiceError(proto::VALIDATION_FAILED, "the note is at most 500 characters", "note");
}

// Managers book anyone of the branch; an engineer books only themselves, and only for a
// ticket they own or work on.
void requireMayBook(const AuthenticatedUser& user, const proto::Ticket& ticket, std::int64_t engineerId)
{
    if (isManager(user)) return;
    if (engineerId != user.userId) throw ServiceError(proto::FORBIDDEN, "only a branch manager books visits for others", "engineer_id");
    if (ticket.owner_id() != user.userId && ticket.assignee_id() != user.userId) {
        throw ServiceError(proto::FORBIDDEN, "book visits for tickets you own or work on", "ticket_id");
    }
}

void requireNoOverlap(db::AppointmentRepository& visits, const proto::OnsiteAppointment& visit)
{
    visits.lockEngineer(visit.engineer_id());
    if (const auto other = visits.overlapping(visit.engineer_id(), visit.starts_at_unix(), visit.duration_minutes(), visit.id())) {
        throw ServiceError(proto::VALIDATION_FAILED,
                           other->engineer_name() + " already has a visit " + clockText(other->starts_at_unix()) + "-" +
                               clockText(other->starts_at_unix() + other->duration_minutes() * 60LL) + " (" +
                               other->ticket_number() + ")",
                           "starts_at_unix");
    }
}

proto::Envelope reply(const proto::OnsiteAppointment& visit)
{
    proto::Envelope envelope;
    *envelope.mutable_appointment_reply()->mutable_appointment() = visit;
    return envelope;
}

}  // namespace

proto::Envelope handleSaveAppointment(RequestContext& context, const proto::SaveAppointmentRequest& request)
{
    proto::OnsiteAppointment visit = request.appointment();
    validateVisit(visit);
    const AuthenticatedUser& user = context.user();
    proto::Envelope out;
    context.transact([&](db::UnitOfWork& work) {
        db::AppointmentRepository visits(work);
        std::optional<proto::OnsiteAppointment> before;
        if (visit.id() != 0) {
            before = visits.get(visit.id());
            if (before->version() != request.expected_version()) {
                throw ServiceError(proto::CONFLICT, "the visit was changed by someone else since you opened it");
            }
            if (before->state() != "planned") {
                throw ServiceError(proto::VALIDATION_FAILED, "only a planned visit can be moved", "state");
            }
            visit.set_ticket_id(before->ticket_id());
        }
        const proto::Ticket ticket = db::TicketRepository(work).get(visit.ticket_id());
        const auto state = engine::parseTicketState(ticket.state());
        if (!state || !engine::isOpenTicketState(*state)) {
            throw ServiceError(proto::VALIDATION_FAILED, "the ticket is " + ticket.state() + ": visits are booked for open tickets",
                               "ticket_id");
        }
        requireMayBook(user, ticket, visit.engineer_id());
        if (before && !isManager(user) && before->engineer_id() != user.userId) {
            throw ServiceError(proto::FORBIDDEN, "only a branch manager moves another engineer's visit", "engineer_id");
        }
        requireEngineer(work, visit.engineer_id(), ticket.branch_id());
        requireNoOverlap(visits, visit);
        const proto::OnsiteAppointment saved =
            before ? visits.reschedule(visit, request.expected_version()) : visits.create(visit, ticket.branch_id());
        nlohmann::json details{{"after", auditJson(saved)}, {"ticket", ticket.number()}};
        if (before) details["before"] = auditJson(*before);
        db::AuditLog(work).record(before ? "appointment.reschedule" : "appointment.schedule", "appointment", saved.id(), details);
        out = reply(saved);
    });
    return out;
}

proto::Envelope handleAppointmentAction(RequestContext& context, const proto::AppointmentActionRequest& request)
{
    const std::string& action = request.action();
    if (action != "arrive" && action != "finish" && action != "cancel") {
        throw ServiceError(proto::BAD_REQUEST, "unknown appointment action '" + action + "'", "action");
    }
    const std::string reason = domain::trimmed(request.reason());
    if (action == "cancel" && reason.empty()) throw ServiceError(proto::VALIDATION_FAILED, "give the reason", "reason");
    if (characters(reason) > kMaxNote) throw ServiceError(proto::VALIDATION_FAILED, "the reason is at most 500 characters", "reason");
    const AuthenticatedUser& user = context.user();
    proto::Envelope out;
    context.transact([&](db::UnitOfWork& work) {
        db::AppointmentRepository visits(work);
        const proto::OnsiteAppointment before = visits.get(request.appointment_id());
        if (before.version() != request.expected_version()) {
            throw ServiceError(proto::CONFLICT, "the visit was changed by someone else since you opened it");
        }
        const std::string& state = before.state();
        const bool allowed = (action == "arrive" && state == "planned") || (action == "finish" && state == "arrived") ||
                             (action == "cancel" && state == "planned");
        if (!allowed) throw ServiceError(proto::VALIDATION_FAILED, "a " + state + " visit cannot be given the action " + action, "action");
        if (!isManager(user) && before.engineer_id() != user.userId) {
            throw ServiceError(proto::FORBIDDEN, "only the visiting engineer or a branch manager may do this", "action");
        }
        const proto::OnsiteAppointment saved =
            visits.act(before.id(), request.expected_version(), action, action == "cancel" ? reason : std::string());
        db::AuditLog(work).record("appointment." + action, "appointment", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}, {"reason", reason}});
        if (action == "arrive") startOnArrival(work, saved);
        out = reply(saved);
    });
    return out;
}

proto::Envelope handleListAppointments(RequestContext& context, const proto::ListAppointmentsRequest& request)
{
    proto::ListAppointmentsRequest bounded = request;
    if (request.ticket_id() != 0) {
        // One ticket has few visits: all of them, whenever they are.
        bounded.set_from_unix(0);
        bounded.set_to_unix(std::numeric_limits<std::int32_t>::max());
    } else {
        if (request.to_unix() <= request.from_unix()) throw ServiceError(proto::BAD_REQUEST, "to_unix must be after from_unix", "to_unix");
        if (request.to_unix() - request.from_unix() > kLongestListSeconds) {
            throw ServiceError(proto::BAD_REQUEST, "list at most 31 days of visits at once", "to_unix");
        }
    }
    const AuthenticatedUser& user = context.user();
    std::int64_t engineer = 0;
    std::int64_t branch = 0;
    if (request.ticket_id() == 0) {
        if (request.whole_branch()) {
            if (!isManager(user)) throw ServiceError(proto::FORBIDDEN, "the branch's day plan is for branch managers", "whole_branch");
            branch = user.branchId;  // 0 for an administrator: every branch
        } else {
            engineer = request.engineer_id() == 0 ? user.userId : request.engineer_id();
        }
    }
    proto::Envelope out;
    context.transact([&](db::UnitOfWork& work) {
        auto* listed = out.mutable_list_appointments_reply();
        std::vector<proto::OnsiteAppointment> visits = db::AppointmentRepository(work).list(bounded, engineer, branch);
        if (request.ticket_id() == 0) fillRouteLegs(work, visits);
        for (auto& visit : visits) *listed->add_appointments() = std::move(visit);
    });
    return out;
}

}  // namespace laoke::handlers
