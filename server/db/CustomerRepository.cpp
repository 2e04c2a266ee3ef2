#include "db/CustomerRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

#define LAOKE_CUSTOMER_SELECT                                                                                     \
    "SELECT c.id, c.code, c.name, c.short_name, c.credit_code, c.industry, c.size_class, c.region, c.province, " \
    "c.city, c.district, c.address, c.branch_id, b.name AS branch_name, coalesce(c.owner_id, 0) AS owner_id, "    \
    "coalesce(o.display_name, '') AS owner_name, c.it_maturity, c.source, c.status, c.manual_grade, c.notes, "    \
    "c.archived_at IS NOT NULL AS archived, extract(epoch FROM c.created_at)::bigint AS created, "                \
    "extract(epoch FROM c.updated_at)::bigint AS updated, coalesce(ub.display_name, '') AS updated_by_name, "     \
    "c.version, c.latitude IS NOT NULL AS located, coalesce(c.latitude, 0) AS latitude, "                         \
    "coalesce(c.longitude, 0) AS longitude "                                                                      \
    "FROM customers c JOIN branches b ON b.id = c.branch_id LEFT JOIN users o ON o.id = c.owner_id "              \
    "LEFT JOIN users ub ON ub.id = c.updated_by "

const Statement kGet{"customer_get", LAOKE_CUSTOMER_SELECT "WHERE c.id = $1"};
const Statement kByCode{"customer_by_code", LAOKE_CUSTOMER_SELECT "WHERE c.code = $1"};
#undef LAOKE_CUSTOMER_SELECT

// Parameters $1..$19 are the editable fields in this order, shared by insert and update; the
// location follows the statement's own parameters (located, latitude, longitude).
// search_keys get the branch as one more key, -branch_id (see V0006), in the same statement
// that sets the branch, so they always agree (a CHECK constraint holds them to it).
#define LAOKE_CUSTOMER_FIELDS                                                                                   \
    "name, short_name, credit_code, industry, size_class, region, province, city, district, address, branch_id, " \
    "owner_id, it_maturity, source, status, manual_grade, notes, search_keys, search_text"

const Statement kInsert{
    "customer_insert",
    "INSERT INTO customers (code, " LAOKE_CUSTOMER_FIELDS ", latitude, longitude, created_by, updated_by) VALUES ("
    "coalesce(nullif($20, ''), 'C' || lpad(nextval('customer_code_seq')::text, 7, '0')), "
    "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, nullif($12::bigint, 0), $13, $14, $15, $16, $17, "
    "$18::bigint[] || (-$11::bigint), $19, CASE WHEN $21 THEN $22::float8 END, CASE WHEN $21 THEN $23::float8 END, "
    "nullif(current_setting('laoke.user_id')::bigint, 0), nullif(current_setting('laoke.user_id')::bigint, 0)) "
    "ON CONFLICT DO NOTHING RETURNING id"};
const Statement kUpdate{
    "customer_update",
    "UPDATE customers SET (" LAOKE_CUSTOMER_FIELDS ", code, latitude, longitude, updated_by, updated_at, version) = ("
    "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, nullif($12::bigint, 0), $13, $14, $15, $16, $17, "
    "$18::bigint[] || (-$11::bigint), $19, $20, CASE WHEN $23 THEN $24::float8 END, CASE WHEN $23 THEN $25::float8 END, "
    "nullif(current_setting('laoke.user_id')::bigint, 0), now(), version + 1) "
    "WHERE id = $21 AND version = $22"};
#undef LAOKE_CUSTOMER_FIELDS

const Statement kCodeTaken{"customer_code_taken", "SELECT EXISTS (SELECT 1 FROM customers WHERE code = $1 AND id <> $2)"};
const Statement kSetArchived{
    "customer_set_archived",
    "UPDATE customers SET archived_at = CASE WHEN $3 THEN coalesce(archived_at, now()) END, "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), updated_at = now(), version = version + 1 "
    "WHERE id = $1 AND version = $2"};
const Statement kExists{"customer_exists", "SELECT version FROM customers WHERE id = $1"};
const Statement kDuplicate{
    "customer_duplicate",
    "(SELECT id, branch_id, code, 0 AS rank FROM customers WHERE $2 <> '' AND credit_code = $2 AND id <> $3 LIMIT 1) "
    "UNION ALL (SELECT id, branch_id, code, 1 FROM customers WHERE $1 <> '' AND lower(name) = lower($1) AND id <> $3 "
    "LIMIT 1) ORDER BY rank LIMIT 1"};
const Statement kSearchFields{
    "customer_search_fields",
    "SELECT c.name, c.short_name, c.code, c.credit_code, "
    "coalesce(array_agg(ct.name ORDER BY ct.id) FILTER (WHERE ct.id IS NOT NULL), '{}') AS names, "
    "coalesce(array_agg(ct.mobile ORDER BY ct.id) FILTER (WHERE ct.mobile <> ''), '{}') AS mobiles, "
    "coalesce(array_agg(ct.phone ORDER BY ct.id) FILTER (WHERE ct.phone <> ''), '{}') AS phones "
    "FROM customers c LEFT JOIN contacts ct ON ct.customer_id = c.id AND ct.archived_at IS NULL "
    "WHERE c.id = $1 GROUP BY c.id"};
const Statement kSetSearch{
    "customer_set_search", "UPDATE customers SET search_keys = $2::bigint[] || (-branch_id), search_text = $3 WHERE id = $1"};
const Statement kServiceEnd{
    "customer_service_end", "SELECT coalesce(to_char(service_end_on, 'YYYY-MM-DD'), '') FROM customers WHERE id = $1"};
const Statement kRefreshServiceEnd{
    "customer_refresh_service_end",
    "UPDATE customers SET service_end_on = (SELECT max(service_end_on) FROM installed_products "
    "WHERE customer_id = $1 AND archived_at IS NULL) WHERE id = $1"};
const Statement kLock{"customer_lock", "SELECT 1 FROM customers WHERE id = $1 FOR NO KEY UPDATE"};

proto::Customer toCustomer(const pqxx::row& row)
{
    proto::Customer c;
    c.set_id(row["id"].as<std::int64_t>());
    c.set_code(row["code"].c_str());
    c.set_name(row["name"].c_str());
    c.set_short_name(row["short_name"].c_str());
    c.set_credit_code(row["credit_code"].c_str());
    c.set_industry(row["industry"].c_str());
    c.set_size_class(row["size_class"].c_str());
    c.set_region(row["region"].c_str());
    c.set_province(row["province"].c_str());
    c.set_city(row["city"].c_str());
    c.set_district(row["district"].c_str());
    c.set_address(row["address"].c_str());
    c.set_branch_id(row["branch_id"].as<std::int64_t>());
    c.set_branch_name(row["branch_name"].c_str());
    c.set_owner_id(row["owner_id"].as<std::int64_t>());
    c.set_owner_name(row["owner_name"].c_str());
    c.set_it_maturity(row["it_maturity"].as<int>());
    c.set_source(row["source"].c_str());
    c.set_status(row["status"].c_str());
    c.set_manual_grade(row["manual_grade"].c_str());
    c.set_notes(row["notes"].c_str());
    c.set_archived(row["archived"].as<bool>());
    c.set_created_at_unix(row["created"].as<std::int64_t>());
    c.set_updated_at_unix(row["updated"].as<std::int64_t>());
    c.set_updated_by_name(row["updated_by_name"].c_str());
    c.set_version(row["version"].as<std::int64_t>());
    if (row["located"].as<bool>()) {
        c.mutable_location()->set_latitude(row["latitude"].as<double>());
        c.mutable_location()->set_longitude(row["longitude"].as<double>());
    }
    return c;
}

std::vector<std::string> parseTextArray(const pqxx::field& field)
{
    std::vector<std::string> values;
    auto parser = field.as_array();
    for (auto [kind, value] = parser.get_next(); kind != pqxx::array_parser::done; std::tie(kind, value) = parser.get_next()) {
        if (kind == pqxx::array_parser::string_value) values.push_back(value);
    }
    return values;
}

}  // namespace

std::optional<proto::Customer> CustomerRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toCustomer(result[0]);
}

proto::Customer CustomerRepository::get(std::int64_t id)
{
    auto customer = find(id);
    if (!customer) throw ServiceError(proto::NOT_FOUND, "no such customer");
    return *customer;
}

std::optional<proto::Customer> CustomerRepository::findByCode(const std::string& code)
{
    const auto result = exec(m_work, kByCode, code);
    if (!result.empty()) return toCustomer(result[0]);
    if (!code.empty() && code.size() < 19 && code.find_first_not_of("0123456789") == std::string::npos) {
        return find(std::stoll(code));
    }
    return std::nullopt;
}

proto::Customer CustomerRepository::create(const proto::Customer& c, const engine::SearchDocument& search)
{
    const auto result =
        exec(m_work, kInsert, c.name(), c.short_name(), c.credit_code(), c.industry(), c.size_class(), c.region(),
             c.province(), c.city(), c.district(), c.address(), c.branch_id(), c.owner_id(), c.it_maturity(), c.source(),
             c.status(), c.manual_grade(), c.notes(), toBigintArrayLiteral(search.keys), search.text, c.code(),
             c.has_location(), c.location().latitude(), c.location().longitude());
    if (result.empty()) {
        bool codeTaken = false;
        if (!c.code().empty()) {
            m_work.withoutRowSecurity([&] { codeTaken = exec(m_work, kCodeTaken, c.code(), std::int64_t{0})[0][0].as<bool>(); });
        }
        if (codeTaken) throw ServiceError(proto::ALREADY_EXISTS, "another customer has this code", "code");
        throw ServiceError(proto::ALREADY_EXISTS, "another customer has this unified social credit code", "credit_code");
    }
    return get(result[0][0].as<std::int64_t>());
}

proto::Customer CustomerRepository::update(const proto::Customer& c, const engine::SearchDocument& search)
{
    bool codeTaken = false;
    m_work.withoutRowSecurity([&] { codeTaken = exec(m_work, kCodeTaken, c.code(), c.id())[0][0].as<bool>(); });
    if (codeTaken) throw ServiceError(proto::ALREADY_EXISTS, "another customer has this code", "code");
    if (!c.credit_code().empty() && findDuplicate("", c.credit_code(), c.id())) {
        throw ServiceError(proto::ALREADY_EXISTS, "another customer has this unified social credit code", "credit_code");
    }
    const auto result =
        exec(m_work, kUpdate, c.name(), c.short_name(), c.credit_code(), c.industry(), c.size_class(), c.region(),
             c.province(), c.city(), c.district(), c.address(), c.branch_id(), c.owner_id(), c.it_maturity(), c.source(),
             c.status(), c.manual_grade(), c.notes(), toBigintArrayLiteral(search.keys), search.text, c.code(), c.id(),
             c.version(), c.has_location(), c.location().latitude(), c.location().longitude());
    return afterWrite(c.id(), c.version(), result.affected_rows() == 1);
}

proto::Customer CustomerRepository::setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived)
{
    const auto result = exec(m_work, kSetArchived, id, expectedVersion, archived);
    return afterWrite(id, expectedVersion, result.affected_rows() == 1);
}

proto::Customer CustomerRepository::afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written)
{
    if (!written) {
        if (exec(m_work, kExists, id).empty()) throw ServiceError(proto::NOT_FOUND, "no such customer");
        throw ServiceError(proto::CONFLICT, "the customer was changed by someone else since you opened it (version " +
                                                std::to_string(expectedVersion) + ")");
    }
    return get(id);
}

std::optional<CustomerRepository::Duplicate> CustomerRepository::findDuplicate(const std::string& name,
                                                                             const std::string& creditCode,
                                                                             std::int64_t excludingId)
{
    // Across branches, so outside row-level security (lower() would also keep the index
    // from being used under a policy); only the id, branch and code come back.
    pqxx::result result;
    m_work.withoutRowSecurity([&] { result = exec(m_work, kDuplicate, name, creditCode, excludingId); });
    if (result.empty()) return std::nullopt;
    return Duplicate{result[0]["id"].as<std::int64_t>(), result[0]["branch_id"].as<std::int64_t>(),
                     result[0]["code"].c_str()};
}

engine::SearchFields CustomerRepository::searchFields(std::int64_t id)
{
    const auto result = exec(m_work, kSearchFields, id);
    if (result.empty()) throw ServiceError(proto::NOT_FOUND, "no such customer");
    const auto& row = result[0];
    engine::SearchFields fields;
    fields.name = row["name"].c_str();
    fields.shortName = row["short_name"].c_str();
    fields.code = row["code"].c_str();
    fields.creditCode = row["credit_code"].c_str();
    fields.contactNames = parseTextArray(row["names"]);
    fields.phoneNumbers = parseTextArray(row["mobiles"]);
    for (auto& phone : parseTextArray(row["phones"])) fields.phoneNumbers.push_back(std::move(phone));
    return fields;
}

void CustomerRepository::refreshSearch(std::int64_t id)
{
    const auto document = engine::buildSearchDocument(searchFields(id));
    exec(m_work, kSetSearch, id, toBigintArrayLiteral(document.keys), document.text);
}

void CustomerRepository::refreshServiceEnd(std::int64_t id) { exec(m_work, kRefreshServiceEnd, id); }

std::string CustomerRepository::serviceEndOf(std::int64_t id)
{
    const auto result = exec(m_work, kServiceEnd, id);
    return result.empty() ? std::string() : result[0][0].c_str();
}

void CustomerRepository::lock(std::int64_t id)
{
    if (exec(m_work, kLock, id).empty()) throw ServiceError(proto::NOT_FOUND, "no such customer");
}

}  // namespace laoke::db
