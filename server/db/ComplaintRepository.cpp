#include "db/ComplaintRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

const Statement kOpen{
    "complaint_open",
    "INSERT INTO complaints (ticket_id, branch_id, callback_id, source, summary, satisfaction, opened_by, updated_by) "
    "SELECT id, branch_id, nullif($2::bigint, 0), CASE WHEN $2::bigint = 0 THEN 'manual' ELSE 'callback' END, $3, "
    "nullif($4::integer, 0), current_setting('laoke.user_id')::bigint, current_setting('laoke.user_id')::bigint "
    "FROM tickets WHERE id = $1 RETURNING id"};
const Statement kOpenEvent{
    "complaint_open_event",
    "INSERT INTO complaint_events (complaint_id, actor_id, action, to_state, note) "
    "VALUES ($1, current_setting('laoke.user_id')::bigint, 'open', 'open', $2)"};
const Statement kUnresolved{
    "complaint_unresolved",
    "SELECT id FROM complaints WHERE ticket_id = $1 AND state <> 'resolved' ORDER BY id LIMIT 1"};

#define LAOKE_COMPLAINT_SELECT                                                                                         \
    "SELECT p.id, p.ticket_id, t.number, t.subject, t.customer_id, c.name AS customer_name, c.manual_grade, "         \
    "coalesce(ct.name, '') AS contact_name, coalesce(nullif(ct.mobile, ''), ct.phone, '') AS contact_phone, "         \
    "coalesce(a.display_name, '') AS engineer_name, p.branch_id, p.source, p.state, p.summary, "                      \
    "coalesce(p.satisfaction, 0) AS satisfaction, extract(epoch FROM p.opened_at)::bigint AS opened, "               \
    "coalesce(o.display_name, '') AS opened_by_name, coalesce(h.display_name, '') AS handler_name, "                  \
    "coalesce(extract(epoch FROM p.handling_at)::bigint, 0) AS handling, "                                           \
    "coalesce(extract(epoch FROM p.resolved_at)::bigint, 0) AS resolved, p.resolution, p.version "                   \
    "FROM complaints p JOIN tickets t ON t.id = p.ticket_id JOIN customers c ON c.id = t.customer_id "              \
    "LEFT JOIN LATERAL (SELECT x.name, x.mobile, x.phone FROM contacts x WHERE x.customer_id = t.customer_id "         \
    "AND (x.id = t.contact_id OR (t.contact_id IS NULL AND x.archived_at IS NULL AND x.left_on IS NULL)) "              \
    "ORDER BY x.is_key DESC, x.id LIMIT 1) ct ON true "                                                                 \
    "LEFT JOIN users a ON a.id = t.assignee_id "                        \
    "LEFT JOIN users o ON o.id = p.opened_by LEFT JOIN users h ON h.id = p.handler_id "

const Statement kGet{"complaint_get", LAOKE_COMPLAINT_SELECT "WHERE p.id = $1"};
const Statement kList{
    "complaint_list",
    LAOKE_COMPLAINT_SELECT "WHERE ($1 = 0 OR p.branch_id = $1) AND (NOT $2 OR p.state <> 'resolved') "
    "ORDER BY p.opened_at DESC, p.id DESC LIMIT $3"};
#undef LAOKE_COMPLAINT_SELECT

// Resolving answers the customer too: a case resolved without being taken first counts its
// first response then, and whoever resolved it handled it.
const Statement kApply{
    "complaint_apply",
    "UPDATE complaints SET state = $3, handling_at = coalesce(handling_at, now()), "
    "handler_id = coalesce(handler_id, current_setting('laoke.user_id')::bigint), "
    "resolved_at = CASE WHEN $3 = 'resolved' THEN now() END, "
    "resolution = CASE WHEN $3 = 'resolved' THEN $4 ELSE resolution END, "
    "version = version + 1, updated_at = now(), updated_by = current_setting('laoke.user_id')::bigint "
    "WHERE id = $1 AND version = $2"};
const Statement kEvent{
    "complaint_event",
    "INSERT INTO complaint_events (complaint_id, actor_id, action, from_state, to_state, note) "
    "VALUES ($1, current_setting('laoke.user_id')::bigint, $2, $3, $4, $5)"};

proto::Complaint toComplaint(const pqxx::row& row)
{
    proto::Complaint p;
    p.set_id(row["id"].as<std::int64_t>());
    p.set_ticket_id(row["ticket_id"].as<std::int64_t>());
    p.set_ticket_number(row["number"].c_str());
    p.set_ticket_subject(row["subject"].c_str());
    p.set_customer_id(row["customer_id"].as<std::int64_t>());
    p.set_customer_name(row["customer_name"].c_str());
    p.set_customer_grade(row["manual_grade"].c_str());
    p.set_contact_name(row["contact_name"].c_str());
    p.set_contact_phone(row["contact_phone"].c_str());
    p.set_engineer_name(row["engineer_name"].c_str());
    p.set_branch_id(row["branch_id"].as<std::int64_t>());
    p.set_source(row["source"].c_str());
    p.set_state(row["state"].c_str());
    p.set_summary(row["summary"].c_str());
    p.set_satisfaction(row["satisfaction"].as<int>());
    p.set_opened_at_unix(row["opened"].as<std::int64_t>());
    p.set_opened_by_name(row["opened_by_name"].c_str());
    p.set_handler_name(row["handler_name"].c_str());
    p.set_handling_at_unix(row["handling"].as<std::int64_t>());
    p.set_resolved_at_unix(row["resolved"].as<std::int64_t>());
    p.set_resolution(row["resolution"].c_str());
    p.set_version(row["version"].as<std::int64_t>());
    return p;
}

}  // namespace

std::int64_t ComplaintRepository::open(const NewComplaint& complaint)
{
    const auto result = exec(m_work, kOpen, complaint.ticketId, complaint.callbackId, complaint.summary, complaint.satisfaction);
    if (result.empty()) throw ServiceError(proto::NOT_FOUND, "no such ticket");
    const auto id = result[0][0].as<std::int64_t>();
    exec(m_work, kOpenEvent, id, complaint.summary);
    return id;
}

std::optional<std::int64_t> ComplaintRepository::unresolvedFor(std::int64_t ticketId)
{
    const auto result = exec(m_work, kUnresolved, ticketId);
    if (result.empty()) return std::nullopt;
    return result[0][0].as<std::int64_t>();
}

std::optional<proto::Complaint> ComplaintRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toComplaint(result[0]);
}

proto::Complaint ComplaintRepository::get(std::int64_t id)
{
    auto complaint = find(id);
    if (!complaint) throw ServiceError(proto::NOT_FOUND, "no such complaint");
    return *complaint;
}

std::vector<proto::Complaint> ComplaintRepository::list(std::int64_t branchId, bool openOnly, int limit)
{
    std::vector<proto::Complaint> out;
    for (const auto& row : exec(m_work, kList, branchId, openOnly, limit)) out.push_back(toComplaint(row));
    return out;
}

proto::Complaint ComplaintRepository::apply(std::int64_t id, std::int64_t expectedVersion, const std::string& action,
                                            const std::string& toState, const std::string& note)
{
    const proto::Complaint before = get(id);
    const auto result = exec(m_work, kApply, id, expectedVersion, toState, note);
    if (result.affected_rows() != 1) {
        throw ServiceError(proto::CONFLICT, "the complaint was changed by someone else since you opened it");
    }
    exec(m_work, kEvent, id, action, before.state(), toState, note);
    return get(id);
}

}  // namespace laoke::db
