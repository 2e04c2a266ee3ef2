#include "db/AppointmentRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

#define LAOKE_APPOINTMENT_SELECT                                                                                        \
    "SELECT p.id, p.ticket_id, t.number, t.subject, t.effective_priority, t.customer_id, c.name AS customer_name, "     \
    "coalesce(ct.name, '') AS contact_name, coalesce(nullif(ct.mobile, ''), ct.phone, '') AS contact_phone, "           \
    "btrim(c.province || ' ' || CASE WHEN c.city = c.province THEN '' ELSE c.city END) AS customer_city, "              \
    "p.engineer_id, e.display_name AS engineer_name, extract(epoch FROM p.starts_at)::bigint AS starts_at, "            \
    "(extract(epoch FROM p.ends_at - p.starts_at) / 60)::int AS minutes, p.address, p.note, p.state, "                 \
    "extract(epoch FROM p.arrived_at)::bigint AS arrived_at, extract(epoch FROM p.finished_at)::bigint AS finished_at, " \
    "p.cancel_reason, p.version "                                                                                        \
    "FROM ticket_appointments p JOIN tickets t ON t.id = p.ticket_id JOIN customers c ON c.id = t.customer_id "        \
    "LEFT JOIN contacts ct ON ct.id = t.contact_id JOIN users e ON e.id = p.engineer_id "

const Statement kGet{"appointment_get", LAOKE_APPOINTMENT_SELECT "WHERE p.id = $1"};
// $1 ticket (0 any), $2 engineer (0 any), $3 branch (0 any), $4..$5 the start range, $6 with
// cancelled ones. The callers always narrow by ticket, engineer or branch.
const Statement kList{
    "appointment_list",
    LAOKE_APPOINTMENT_SELECT
    "WHERE ($1 = 0 OR p.ticket_id = $1) AND ($2 = 0 OR p.engineer_id = $2) AND ($3 = 0 OR p.branch_id = $3) "
    "AND p.starts_at >= to_timestamp($4) AND p.starts_at < to_timestamp($5) AND ($6 OR p.state <> 'cancelled') "
    "ORDER BY p.starts_at, p.id LIMIT 500"};
#undef LAOKE_APPOINTMENT_SELECT

const Statement kLockEngineer{"appointment_lock_engineer", "SELECT pg_advisory_xact_lock(704186, $1::bigint::int)"};
const Statement kOverlapping{
    "appointment_overlapping",
    "SELECT id FROM ticket_appointments WHERE engineer_id = $1 AND state IN ('planned', 'arrived') AND id <> $4 "
    "AND tstzrange(starts_at, ends_at) && tstzrange(to_timestamp($2), to_timestamp($2) + make_interval(mins => $3)) "
    "ORDER BY starts_at LIMIT 1"};
// An empty address means the customer's address on file, written out so the visit keeps it.
const Statement kInsert{
    "appointment_insert",
    "INSERT INTO ticket_appointments (ticket_id, branch_id, engineer_id, starts_at, ends_at, address, note, created_by, "
    "updated_by) "
    "SELECT $1, $2, $3, to_timestamp($4), to_timestamp($4) + make_interval(mins => $5), "
    "CASE WHEN $6 = '' THEN left(concat_ws(' ', nullif(c.province, ''), nullif(c.city, c.province), nullif(c.district, ''), "
    "nullif(c.address, '')), 200) ELSE $6 END, $7, "
    "current_setting('laoke.user_id')::bigint, current_setting('laoke.user_id')::bigint "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE t.id = $1 RETURNING id"};
const Statement kReschedule{
    "appointment_reschedule",
    "UPDATE ticket_appointments p SET engineer_id = $3, starts_at = to_timestamp($4), "
    "ends_at = to_timestamp($4) + make_interval(mins => $5), "
    "address = CASE WHEN $6 = '' THEN p.address ELSE $6 END, note = $7, "
    "updated_at = now(), updated_by = current_setting('laoke.user_id')::bigint, version = version + 1 "
    "WHERE id = $1 AND version = $2 AND state = 'planned'"};
const Statement kAct{
    "appointment_act",
    "UPDATE ticket_appointments SET "
    "state = CASE $3 WHEN 'arrive' THEN 'arrived' WHEN 'finish' THEN 'finished' ELSE 'cancelled' END, "
    "arrived_at = CASE WHEN $3 = 'arrive' THEN now() ELSE arrived_at END, "
    "finished_at = CASE WHEN $3 = 'finish' THEN now() ELSE finished_at END, "
    "cancel_reason = CASE WHEN $3 = 'cancel' THEN $4 ELSE cancel_reason END, "
    "updated_at = now(), updated_by = current_setting('laoke.user_id')::bigint, version = version + 1 "
    "WHERE id = $1 AND version = $2"};
const Statement kExists{"appointment_exists", "SELECT 1 FROM ticket_appointments WHERE id = $1"};
// The ticket follows its visits: the next planned start, the first request for onsite service
// (an onsite ticket's is its opening), the first arrival, and the first response; the version
// moves so every board refetches it.
const Statement kTouchTicket{
    "appointment_touch_ticket",
    "UPDATE tickets t SET onsite_appointment_at = (SELECT min(starts_at) FROM ticket_appointments "
    "  WHERE ticket_id = t.id AND state = 'planned'), "
    "onsite_requested_at = CASE WHEN t.channel = 'onsite' THEN NULL ELSE coalesce(t.onsite_requested_at, now()) END, "
    "onsite_arrived_at = coalesce(t.onsite_arrived_at, (SELECT min(arrived_at) FROM ticket_appointments "
    "  WHERE ticket_id = t.id AND arrived_at IS NOT NULL)), "
    "first_response_at = coalesce(t.first_response_at, now()), "
    "updated_by = current_setting('laoke.user_id')::bigint, updated_at = now(), version = t.version + 1 "
    "WHERE t.id = $1"};
const Statement kEvent{
    "appointment_ticket_event",
    "INSERT INTO ticket_events (ticket_id, actor_id, kind, assignee_id, note, appointment_id, appointment_change, "
    "appointment_starts_at) VALUES ($1, current_setting('laoke.user_id')::bigint, 'appointment', $2, $3, $4, $5, "
    "to_timestamp($6))"};

proto::OnsiteAppointment toAppointment(const pqxx::row& row)
{
    proto::OnsiteAppointment a;
    a.set_id(row["id"].as<std::int64_t>());
    a.set_ticket_id(row["ticket_id"].as<std::int64_t>());
    a.set_ticket_number(row["number"].c_str());
    a.set_ticket_subject(row["subject"].c_str());
    a.set_ticket_priority(row["effective_priority"].c_str());
    a.set_customer_id(row["customer_id"].as<std::int64_t>());
    a.set_customer_name(row["customer_name"].c_str());
    a.set_contact_name(row["contact_name"].c_str());
    a.set_contact_phone(row["contact_phone"].c_str());
    a.set_customer_city(row["customer_city"].c_str());
    a.set_engineer_id(row["engineer_id"].as<std::int64_t>());
    a.set_engineer_name(row["engineer_name"].c_str());
    a.set_starts_at_unix(row["starts_at"].as<std::int64_t>());
    a.set_duration_minutes(row["minutes"].as<int>());
    a.set_address(row["address"].c_str());
    a.set_note(row["note"].c_str());
    a.set_state(row["state"].c_str());
    a.set_arrived_at_unix(epochOrZero(row["arrived_at"]));
    a.set_finished_at_unix(epochOrZero(row["finished_at"]));
    a.set_cancel_reason(row["cancel_reason"].c_str());
    a.set_version(row["version"].as<std::int64_t>());
    return a;
}

const char* changeOf(const std::string& action)
{
    if (action == "arrive") return "arrived";
    if (action == "finish") return "finished";
    return "cancelled";
}

}  // namespace

std::optional<proto::OnsiteAppointment> AppointmentRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toAppointment(result[0]);
}

proto::OnsiteAppointment AppointmentRepository::get(std::int64_t id)
{
    auto found = find(id);
    if (!found) throw ServiceError(proto::NOT_FOUND, "no such appointment");
    return *found;
}

std::vector<proto::OnsiteAppointment> AppointmentRepository::list(const proto::ListAppointmentsRequest& request,
                                                                  std::int64_t engineerId, std::int64_t branchId)
{
    std::vector<proto::OnsiteAppointment> out;
    for (const auto& row : exec(m_work, kList, request.ticket_id(), engineerId, branchId, request.from_unix(), request.to_unix(),
                                request.include_cancelled())) {
        out.push_back(toAppointment(row));
    }
    return out;
}

void AppointmentRepository::lockEngineer(std::int64_t engineerId) { exec(m_work, kLockEngineer, engineerId); }

std::optional<proto::OnsiteAppointment> AppointmentRepository::overlapping(std::int64_t engineerId, std::int64_t startsAtUnix,
                                                                           int minutes, std::int64_t exceptId)
{
    const auto result = exec(m_work, kOverlapping, engineerId, startsAtUnix, minutes, exceptId);
    if (result.empty()) return std::nullopt;
    return find(result[0]["id"].as<std::int64_t>());
}

proto::OnsiteAppointment AppointmentRepository::create(const proto::OnsiteAppointment& appointment, std::int64_t branchId)
{
    const auto result = exec(m_work, kInsert, appointment.ticket_id(), branchId, appointment.engineer_id(),
                             appointment.starts_at_unix(), appointment.duration_minutes(), appointment.address(),
                             appointment.note());
    if (result.empty()) throw ServiceError(proto::NOT_FOUND, "no such ticket");
    const proto::OnsiteAppointment saved = get(result[0]["id"].as<std::int64_t>());
    recordOnTicket(saved, "scheduled", "");
    return saved;
}

proto::OnsiteAppointment AppointmentRepository::reschedule(const proto::OnsiteAppointment& appointment,
                                                           std::int64_t expectedVersion)
{
    const auto result = exec(m_work, kReschedule, appointment.id(), expectedVersion, appointment.engineer_id(),
                             appointment.starts_at_unix(), appointment.duration_minutes(), appointment.address(),
                             appointment.note());
    if (result.affected_rows() != 1) {
        if (exec(m_work, kExists, appointment.id()).empty()) throw ServiceError(proto::NOT_FOUND, "no such appointment");
        throw ServiceError(proto::CONFLICT, "the appointment was changed by someone else since you opened it");
    }
    const proto::OnsiteAppointment saved = get(appointment.id());
    recordOnTicket(saved, "rescheduled", "");
    return saved;
}

proto::OnsiteAppointment AppointmentRepository::act(std::int64_t id, std::int64_t expectedVersion, const std::string& action,
                                                    const std::string& reason)
{
    const auto result = exec(m_work, kAct, id, expectedVersion, action, reason);
    if (result.affected_rows() != 1) {
        if (exec(m_work, kExists, id).empty()) throw ServiceError(proto::NOT_FOUND, "no such appointment");
        throw ServiceError(proto::CONFLICT, "the appointment was changed by someone else since you opened it");
    }
    const proto::OnsiteAppointment saved = get(id);
    recordOnTicket(saved, changeOf(action), reason);
    return saved;
}

void AppointmentRepository::recordOnTicket(const proto::OnsiteAppointment& appointment, const std::string& change,
                                           const std::string& note)
{
    exec(m_work, kTouchTicket, appointment.ticket_id());
    exec(m_work, kEvent, appointment.ticket_id(), appointment.engineer_id(), note, appointment.id(), change,
         appointment.starts_at_unix());
}

}  // namespace laoke::db
