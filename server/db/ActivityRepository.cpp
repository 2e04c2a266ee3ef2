#include "db/ActivityRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

#define LAOKE_ACTIVITY_SELECT                                                                                    \
    "SELECT a.id, a.customer_id, coalesce(a.contact_id, 0) AS contact_id, coalesce(ct.name, '') AS contact_name, " \
    "a.kind, extract(epoch FROM a.occurred_at)::bigint AS occurred, a.by_user_id, u.display_name AS by_user_name, " \
    "a.summary, a.next_step, coalesce(to_char(a.next_step_on, 'YYYY-MM-DD'), '') AS next_step_on, a.version, "  \
    "coalesce((SELECT display_name FROM users WHERE id = coalesce(a.updated_by, a.by_user_id)), '') AS updated_by_name " \
    "FROM activities a JOIN users u ON u.id = a.by_user_id LEFT JOIN contacts ct ON ct.id = a.contact_id "

const Statement kForCustomer{
    "activity_for_customer",
    LAOKE_ACTIVITY_SELECT "WHERE a.customer_id = $1 AND a.archived_at IS NULL "
    "AND ($2::bigint = 0 OR (a.occurred_at, a.id) < (to_timestamp($2::bigint), $4::bigint)) "
    "ORDER BY a.occurred_at DESC, a.id DESC LIMIT $3"};
const Statement kGet{"activity_get", LAOKE_ACTIVITY_SELECT "WHERE a.id = $1"};
#undef LAOKE_ACTIVITY_SELECT

const Statement kCount{"activity_count", "SELECT count(*) FROM activities WHERE customer_id = $1 AND archived_at IS NULL"};
const Statement kInsert{
    "activity_insert",
    "INSERT INTO activities (customer_id, contact_id, kind, occurred_at, by_user_id, summary, next_step, next_step_on) "
    "VALUES ($1, nullif($2::bigint, 0), $3, to_timestamp($4::bigint), current_setting('laoke.user_id')::bigint, $5, $6, "
    "nullif($7, '')::date) RETURNING id"};
const Statement kUpdate{
    "activity_update",
    "UPDATE activities SET contact_id = nullif($2::bigint, 0), kind = $3, occurred_at = to_timestamp($4::bigint), "
    "summary = $5, next_step = $6, next_step_on = nullif($7, '')::date, updated_at = now(), updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), "
    "version = version + 1 "
    "WHERE id = $1 AND version = $8"};
const Statement kSetArchived{
    "activity_set_archived",
    "UPDATE activities SET archived_at = CASE WHEN $3 THEN coalesce(archived_at, now()) END, updated_at = now(), "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), version = version + 1 WHERE id = $1 AND version = $2"};
const Statement kExists{"activity_exists", "SELECT 1 FROM activities WHERE id = $1"};

proto::Activity toActivity(const pqxx::row& row)
{
    proto::Activity a;
    a.set_id(row["id"].as<std::int64_t>());
    a.set_customer_id(row["customer_id"].as<std::int64_t>());
    a.set_contact_id(row["contact_id"].as<std::int64_t>());
    a.set_contact_name(row["contact_name"].c_str());
    a.set_kind(row["kind"].c_str());
    a.set_occurred_at_unix(row["occurred"].as<std::int64_t>());
    a.set_by_user_id(row["by_user_id"].as<std::int64_t>());
    a.set_by_user_name(row["by_user_name"].c_str());
    a.set_summary(row["summary"].c_str());
    a.set_next_step(row["next_step"].c_str());
    a.set_next_step_on(row["next_step_on"].c_str());
    a.set_version(row["version"].as<std::int64_t>());
    a.set_updated_by_name(row["updated_by_name"].c_str());
    return a;
}

}  // namespace

std::vector<proto::Activity> ActivityRepository::forCustomer(std::int64_t customerId, std::int64_t beforeUnix,
                                                             std::int64_t beforeId, int limit)
{
    std::vector<proto::Activity> activities;
    for (const auto& row : exec(m_work, kForCustomer, customerId, beforeUnix, limit, beforeId)) activities.push_back(toActivity(row));
    return activities;
}

int ActivityRepository::countForCustomer(std::int64_t customerId) { return exec(m_work, kCount, customerId)[0][0].as<int>(); }

proto::Activity ActivityRepository::get(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) throw ServiceError(proto::NOT_FOUND, "no such activity");
    return toActivity(result[0]);
}

proto::Activity ActivityRepository::create(const proto::Activity& a)
{
    const auto result = exec(m_work, kInsert, a.customer_id(), a.contact_id(), a.kind(), a.occurred_at_unix(), a.summary(),
                             a.next_step(), a.next_step_on());
    return get(result[0][0].as<std::int64_t>());
}

proto::Activity ActivityRepository::update(const proto::Activity& a)
{
    const auto result = exec(m_work, kUpdate, a.id(), a.contact_id(), a.kind(), a.occurred_at_unix(), a.summary(),
                             a.next_step(), a.next_step_on(), a.version());
    return afterWrite(a.id(), a.version(), result.affected_rows() == 1);
}

proto::Activity ActivityRepository::setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived)
{
    const auto result = exec(m_work, kSetArchived, id, expectedVersion, archived);
    return afterWrite(id, expectedVersion, result.affected_rows() == 1);
}

proto::Activity ActivityRepository::afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written)
{
    if (!written) {
        if (exec(m_work, kExists, id).empty()) throw ServiceError(proto::NOT_FOUND, "no such activity");
        throw ServiceError(proto::CONFLICT, "the activity was changed by someone else since you opened it (version " +
                                                std::to_string(expectedVersion) + ")");
    }
    return get(id);
}

}  // namespace laoke::db
