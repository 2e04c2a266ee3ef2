#include "db/ContactRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

#include <nlohmann/json.hpp>

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

#define LAOKE_CONTACT_SELECT                                                                                    \
    "SELECT id, customer_id, name, title, role, decision_role, is_key, mobile, phone, wechat, email, "          \
    "coalesce(to_char(left_on, 'YYYY-MM-DD'), '') AS left_on, notes, archived_at IS NOT NULL AS archived, version, " \
    "coalesce((SELECT display_name FROM users WHERE id = contacts.updated_by), '') AS updated_by_name "             \
    "FROM contacts "

const Statement kForCustomer{
    "contact_for_customer",
    LAOKE_CONTACT_SELECT "WHERE customer_id = $1 AND ($2 OR archived_at IS NULL) "
    "ORDER BY archived_at IS NOT NULL, left_on IS NOT NULL, is_key DESC, id"};
const Statement kGet{"contact_get", LAOKE_CONTACT_SELECT "WHERE id = $1"};
#undef LAOKE_CONTACT_SELECT

const Statement kInsert{
    "contact_insert",
    "INSERT INTO contacts (customer_id, name, title, role, decision_role, is_key, mobile, phone, wechat, email, left_on, "
    "notes, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, nullif($11, '')::date, $12, "
    "nullif(current_setting('laoke.user_id')::bigint, 0)) RETURNING id"};
const Statement kUpdate{
    "contact_update",
    "UPDATE contacts SET name = $2, title = $3, role = $4, decision_role = $5, is_key = $6, mobile = $7, phone = $8, "
    "wechat = $9, email = $10, left_on = nullif($11, '')::date, notes = $12, "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), updated_at = now(), version = version + 1 "
    "WHERE id = $1 AND version = $13"};
const Statement kSetArchived{
    "contact_set_archived",
    "UPDATE contacts SET archived_at = CASE WHEN $3 THEN coalesce(archived_at, now()) END, updated_at = now(), "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), version = version + 1 WHERE id = $1 AND version = $2"};
const Statement kExists{"contact_exists", "SELECT 1 FROM contacts WHERE id = $1"};
const Statement kEvent{
    "contact_left_event",
    "INSERT INTO customer_events (customer_id, kind, occurred_on, contact_id, recorded_by, details) "
    "VALUES ($1, 'key_contact_left', $2::date, $3, nullif(current_setting('laoke.user_id')::bigint, 0), $4::jsonb)"};

proto::Contact toContact(const pqxx::row& row)
{
    proto::Contact c;
    c.set_id(row["id"].as<std::int64_t>());
    c.set_customer_id(row["customer_id"].as<std::int64_t>());
    c.set_name(row["name"].c_str());
    c.set_title(row["title"].c_str());
    c.set_role(row["role"].c_str());
    c.set_decision_role(row["decision_role"].c_str());
    c.set_is_key(row["is_key"].as<bool>());
    c.set_mobile(row["mobile"].c_str());
    c.set_phone(row["phone"].c_str());
    c.set_wechat(row["wechat"].c_str());
    c.set_email(row["email"].c_str());
    c.set_left_on(row["left_on"].c_str());
    c.set_notes(row["notes"].c_str());
    c.set_archived(row["archived"].as<bool>());
    c.set_version(row["version"].as<std::int64_t>());
    c.set_updated_by_name(row["updated_by_name"].c_str());
    return c;
}

}  // namespace

std::vector<proto::Contact> ContactRepository::forCustomer(std::int64_t customerId, bool includeArchived)
{
    std::vector<proto::Contact> contacts;
    for (const auto& row : exec(m_work, kForCustomer, customerId, includeArchived)) contacts.push_back(toContact(row));
    return contacts;
}

std::optional<proto::Contact> ContactRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toContact(result[0]);
}

proto::Contact ContactRepository::get(std::int64_t id)
{
    auto contact = find(id);
    if (!contact) throw ServiceError(proto::NOT_FOUND, "no such contact");
    return *contact;
}

proto::Contact ContactRepository::create(const proto::Contact& c)
{
    const auto result = exec(m_work, kInsert, c.customer_id(), c.name(), c.title(), c.role(), c.decision_role(), c.is_key(),
                             c.mobile(), c.phone(), c.wechat(), c.email(), c.left_on(), c.notes());
    return get(result[0][0].as<std::int64_t>());
}

proto::Contact ContactRepository::update(const proto::Contact& c)
{
    const auto result = exec(m_work, kUpdate, c.id(), c.name(), c.title(), c.role(), c.decision_role(), c.is_key(),
                             c.mobile(), c.phone(), c.wechat(), c.email(), c.left_on(), c.notes(), c.version());
    return afterWrite(c.id(), c.version(), result.affected_rows() == 1);
}

proto::Contact ContactRepository::setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived)
{
    const auto result = exec(m_work, kSetArchived, id, expectedVersion, archived);
    return afterWrite(id, expectedVersion, result.affected_rows() == 1);
}

void ContactRepository::recordKeyContactLeft(const proto::Contact& contact)
{
    const nlohmann::json details{{"name", contact.name()}, {"role", contact.role()}, {"title", contact.title()}};
    exec(m_work, kEvent, contact.customer_id(), contact.left_on(), contact.id(), details.dump());
}

proto::Contact ContactRepository::afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written)
{
    if (!written) {
        if (exec(m_work, kExists, id).empty()) throw ServiceError(proto::NOT_FOUND, "no such contact");
        throw ServiceError(proto::CONFLICT, "the contact was changed by someone else since you opened it (version " +
                                                std::to_string(expectedVersion) + ")");
    }
    return get(id);
}

}  // namespace laoke::db
