#include "db/CallbackRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

const Statement kSettings{
    "callback_settings", "SELECT sample_percent, version FROM callback_settings"};
const Statement kSaveSettings{
    "callback_settings_save",
    "UPDATE callback_settings SET sample_percent = $1, version = version + 1, updated_at = now(), "
    "updated_by = current_setting('laoke.user_id')::bigint WHERE version = $2 RETURNING sample_percent, version"};

const Statement kCreate{
    "callback_create",
    "INSERT INTO callbacks (ticket_id, branch_id, reason, resolved_at, updated_by) "
    "SELECT id, branch_id, $2, resolved_at, current_setting('laoke.user_id')::bigint FROM tickets WHERE id = $1"};
const Statement kCancel{
    "callback_cancel",
    "UPDATE callbacks SET state = 'cancelled', version = version + 1, updated_at = now(), "
    "updated_by = current_setting('laoke.user_id')::bigint WHERE ticket_id = $1 AND state = 'pending'"};
const Statement kHasPending{
    "callback_has_pending", "SELECT EXISTS (SELECT 1 FROM callbacks WHERE ticket_id = $1 AND state = 'pending')"};

#define LAOKE_CALLBACK_SELECT                                                                                          \
    "SELECT cb.id, cb.ticket_id, t.number, t.subject, t.solution, t.customer_id, c.name AS customer_name, "           \
    "c.manual_grade, coalesce(ct.name, '') AS contact_name, "                                                         \
    "coalesce(nullif(ct.mobile, ''), ct.phone, '') AS contact_phone, coalesce(a.display_name, '') AS engineer_name, "  \
    "cb.reason, cb.state, extract(epoch FROM cb.resolved_at)::bigint AS resolved, cb.attempts, "                      \
    "coalesce(extract(epoch FROM cb.last_attempt_at)::bigint, 0) AS last_attempt, "                                   \
    "coalesce(cb.last_outcome, '') AS last_outcome, coalesce(cb.satisfaction, 0) AS satisfaction, cb.comment, "        \
    "cb.complaint, cb.branch_id, cb.version, "                                                                         \
    "coalesce((SELECT min(p.id) FROM complaints p WHERE p.callback_id = cb.id), 0) AS complaint_id "                  \
    "FROM callbacks cb JOIN tickets t ON t.id = cb.ticket_id JOIN customers c ON c.id = t.customer_id "              \
    "LEFT JOIN LATERAL (SELECT x.name, x.mobile, x.phone FROM contacts x WHERE x.customer_id = t.customer_id "         \
    "AND (x.id = t.contact_id OR (t.contact_id IS NULL AND x.archived_at IS NULL AND x.left_on IS NULL)) "              \
    "ORDER BY x.is_key DESC, x.id LIMIT 1) ct ON true "                                                                 \
    "LEFT JOIN users a ON a.id = t.assignee_id "

const Statement kGet{"callback_get", LAOKE_CALLBACK_SELECT "WHERE cb.id = $1"};
const Statement kQueue{
    "callback_queue",
    LAOKE_CALLBACK_SELECT "WHERE cb.state = 'pending' AND ($1 = 0 OR cb.branch_id = $1) "
    "AND t.assignee_id IS DISTINCT FROM nullif($3::bigint, 0) ORDER BY cb.resolved_at, cb.id LIMIT $2"};
const Statement kForTicket{
    "callback_for_ticket", LAOKE_CALLBACK_SELECT "WHERE t.number = $1 ORDER BY cb.id DESC LIMIT $2"};
#undef LAOKE_CALLBACK_SELECT

const Statement kRecord{
    "callback_record",
    "UPDATE callbacks SET attempts = attempts + 1, last_attempt_at = now(), last_outcome = $3, "
    "satisfaction = nullif($4::integer, 0), comment = $5, complaint = $6, "
    "state = CASE WHEN $7 THEN 'done' ELSE 'pending' END, done_at = CASE WHEN $7 THEN now() END, "
    "done_by = CASE WHEN $7 THEN current_setting('laoke.user_id')::bigint END, "
    "version = version + 1, updated_at = now(), updated_by = current_setting('laoke.user_id')::bigint "
    "WHERE id = $1 AND version = $2 AND state = 'pending'"};
const Statement kAttempt{
    "callback_attempt",
    "INSERT INTO callback_attempts (callback_id, actor_id, outcome, satisfaction, comment, complaint) "
    "VALUES ($1, current_setting('laoke.user_id')::bigint, $2, nullif($3::integer, 0), $4, $5)"};

proto::Callback toCallback(const pqxx::row& row)
{
    proto::Callback c;
    c.set_id(row["id"].as<std::int64_t>());
    c.set_ticket_id(row["ticket_id"].as<std::int64_t>());
    c.set_ticket_number(row["number"].c_str());
    c.set_ticket_subject(row["subject"].c_str());
    c.set_solution(row["solution"].c_str());
    c.set_customer_id(row["customer_id"].as<std::int64_t>());
    c.set_customer_name(row["customer_name"].c_str());
    c.set_customer_grade(row["manual_grade"].c_str());
    c.set_contact_name(row["contact_name"].c_str());
    c.set_contact_phone(row["contact_phone"].c_str());
    c.set_engineer_name(row["engineer_name"].c_str());
    c.set_reason(row["reason"].c_str());
    c.set_state(row["state"].c_str());
    c.set_resolved_at_unix(row["resolved"].as<std::int64_t>());
    c.set_attempts(row["attempts"].as<int>());
    c.set_last_attempt_at_unix(row["last_attempt"].as<std::int64_t>());
    c.set_last_outcome(row["last_outcome"].c_str());
    c.set_satisfaction(row["satisfaction"].as<int>());
    c.set_comment(row["comment"].c_str());
    c.set_complaint(row["complaint"].as<bool>());
    c.set_branch_id(row["branch_id"].as<std::int64_t>());
    c.set_version(row["version"].as<std::int64_t>());
    c.set_complaint_id(row["complaint_id"].as<std::int64_t>());
    return c;
}

proto::CallbackSettings toSettings(const pqxx::row& row)
{
    proto::CallbackSettings s;
    s.set_sample_percent(row["sample_percent"].as<int>());
    s.set_version(row["version"].as<std::int64_t>());
    return s;
}

}  // namespace

proto::CallbackSettings CallbackRepository::settings()
{
    const auto result = exec(m_work, kSettings);
    if (result.empty()) throw ServiceError(proto::INTERNAL, "the callback settings row is missing");
    return toSettings(result[0]);
}

proto::CallbackSettings CallbackRepository::saveSettings(int samplePercent, std::int64_t expectedVersion)
{
    const auto result = exec(m_work, kSaveSettings, samplePercent, expectedVersion);
    if (result.empty()) throw ServiceError(proto::CONFLICT, "the callback settings were changed by someone else since you read them");
    return toSettings(result[0]);
}

void CallbackRepository::create(std::int64_t ticketId, const std::string& reason)
{
    exec(m_work, kCreate, ticketId, reason);
}

bool CallbackRepository::cancelPending(std::int64_t ticketId)
{
    return exec(m_work, kCancel, ticketId).affected_rows() > 0;
}

bool CallbackRepository::hasPending(std::int64_t ticketId)
{
    return exec(m_work, kHasPending, ticketId)[0][0].as<bool>();
}

std::optional<proto::Callback> CallbackRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toCallback(result[0]);
}

proto::Callback CallbackRepository::get(std::int64_t id)
{
    auto callback = find(id);
    if (!callback) throw ServiceError(proto::NOT_FOUND, "no such callback");
    return *callback;
}

std::vector<proto::Callback> CallbackRepository::queue(std::int64_t branchId, int limit, std::int64_t notSolvedBy)
{
    std::vector<proto::Callback> out;
    for (const auto& row : exec(m_work, kQueue, branchId, limit, notSolvedBy)) out.push_back(toCallback(row));
    return out;
}

std::vector<proto::Callback> CallbackRepository::forTicket(const std::string& ticketNumber, int limit)
{
    std::vector<proto::Callback> out;
    for (const auto& row : exec(m_work, kForTicket, ticketNumber, limit)) out.push_back(toCallback(row));
    return out;
}

proto::Callback CallbackRepository::record(const CallbackCall& call)
{
    const auto result = exec(m_work, kRecord, call.callbackId, call.expectedVersion, call.outcome, call.satisfaction,
                             call.comment, call.complaint, call.ends);
    if (result.affected_rows() != 1) {
        throw ServiceError(proto::CONFLICT, "the callback was recorded by someone else since you opened it");
    }
    exec(m_work, kAttempt, call.callbackId, call.outcome, call.satisfaction, call.comment, call.complaint);
    return get(call.callbackId);
}

}  // namespace laoke::db
