#include "db/InstalledProductRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

#define LAOKE_INSTALLED_SELECT                                                                                      \
    "SELECT ip.id, ip.customer_id, ip.product_version_id, l.name AS line_name, l.vendor, v.name AS version_name, "   \
    "ip.seats, ip.licence_type, coalesce(to_char(ip.go_live_on, 'YYYY-MM-DD'), '') AS go_live_on, "                  \
    "coalesce(to_char(ip.service_end_on, 'YYYY-MM-DD'), '') AS service_end_on, ip.server_notes, "                    \
    "ip.archived_at IS NOT NULL AS archived, ip.version, "                                                          \
    "coalesce((SELECT display_name FROM users WHERE id = ip.updated_by), '') AS updated_by_name, "                  \
    "to_char(v.released_on, 'YYYY-MM-DD') AS released_on, to_char(v.limited_support_from, 'YYYY-MM-DD') AS lsf, "   \
    "to_char(v.support_stopped_from, 'YYYY-MM-DD') AS ssf, to_char(v.end_of_life_from, 'YYYY-MM-DD') AS eol, "       \
    "coalesce((SELECT array_agg(m.id ORDER BY m.sort_order, m.id) FROM installed_product_modules im "               \
    "  JOIN product_modules m ON m.id = im.module_id WHERE im.installed_product_id = ip.id), '{}') AS module_ids, "  \
    "coalesce((SELECT array_agg(m.name ORDER BY m.sort_order, m.id) FROM installed_product_modules im "             \
    "  JOIN product_modules m ON m.id = im.module_id WHERE im.installed_product_id = ip.id), '{}') AS module_names " \
    "FROM installed_products ip JOIN product_versions v ON v.id = ip.product_version_id "                           \
    "JOIN product_lines l ON l.id = v.product_line_id "

const Statement kForCustomer{
    "installed_for_customer",
    LAOKE_INSTALLED_SELECT "WHERE ip.customer_id = $1 AND ($2 OR ip.archived_at IS NULL) "
    "ORDER BY ip.archived_at IS NOT NULL, ip.service_end_on DESC NULLS LAST, ip.id"};
const Statement kGet{"installed_get", LAOKE_INSTALLED_SELECT "WHERE ip.id = $1"};
#undef LAOKE_INSTALLED_SELECT

const Statement kInsert{
    "installed_insert",
    "INSERT INTO installed_products (customer_id, product_version_id, seats, licence_type, go_live_on, service_end_on, "
    "server_notes, updated_by) VALUES ($1, $2, $3, $4, nullif($5, '')::date, nullif($6, '')::date, $7, "
    "nullif(current_setting('laoke.user_id')::bigint, 0)) RETURNING id"};
const Statement kUpdate{
    "installed_update",
    "UPDATE installed_products SET product_version_id = $2, seats = $3, licence_type = $4, "
    "go_live_on = nullif($5, '')::date, service_end_on = nullif($6, '')::date, server_notes = $7, "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), updated_at = now(), version = version + 1 "
    "WHERE id = $1 AND version = $8"};
const Statement kSetArchived{
    "installed_set_archived",
    "UPDATE installed_products SET archived_at = CASE WHEN $3 THEN coalesce(archived_at, now()) END, "
    "updated_at = now(), updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), version = version + 1 WHERE id = $1 AND version = $2"};
const Statement kExists{"installed_exists", "SELECT 1 FROM installed_products WHERE id = $1"};
const Statement kClearModules{"installed_clear_modules", "DELETE FROM installed_product_modules WHERE installed_product_id = $1"};
const Statement kAddModules{
    "installed_add_modules",
    "INSERT INTO installed_product_modules (installed_product_id, module_id) SELECT $1, unnest($2::bigint[]) "
    "ON CONFLICT DO NOTHING"};
const Statement kCountOwned{
    "installed_count_owned",
    "SELECT count(*) FROM installed_products WHERE customer_id = $1 AND id = ANY($2::bigint[]) AND archived_at IS NULL"};

InstalledProductRecord toRecord(const pqxx::row& row)
{
    InstalledProductRecord record;
    proto::InstalledProduct& p = record.product;
    p.set_id(row["id"].as<std::int64_t>());
    p.set_customer_id(row["customer_id"].as<std::int64_t>());
    p.set_product_version_id(row["product_version_id"].as<std::int64_t>());
    p.set_product_line_name(row["line_name"].c_str());
    p.set_vendor(row["vendor"].c_str());
    p.set_product_version_name(row["version_name"].c_str());
    p.set_seats(row["seats"].as<int>());
    p.set_licence_type(row["licence_type"].c_str());
    p.set_go_live_on(row["go_live_on"].c_str());
    p.set_service_end_on(row["service_end_on"].c_str());
    p.set_server_notes(row["server_notes"].c_str());
    p.set_archived(row["archived"].as<bool>());
    p.set_version(row["version"].as<std::int64_t>());
    p.set_updated_by_name(row["updated_by_name"].c_str());
    {
        auto parser = row["module_ids"].as_array();
        for (auto [kind, value] = parser.get_next(); kind != pqxx::array_parser::done; std::tie(kind, value) = parser.get_next()) {
            if (kind == pqxx::array_parser::string_value) p.add_module_ids(std::stoll(value));
        }
    }
    {
        auto parser = row["module_names"].as_array();
        for (auto [kind, value] = parser.get_next(); kind != pqxx::array_parser::done; std::tie(kind, value) = parser.get_next()) {
            if (kind == pqxx::array_parser::string_value) p.add_module_names(value);
        }
    }
    record.releasedOn = row["released_on"].c_str();
    record.limitedSupportFrom = row["lsf"].c_str();
    record.supportStoppedFrom = row["ssf"].c_str();
    record.endOfLifeFrom = row["eol"].c_str();
    return record;
}

std::vector<std::int64_t> toVector(const google::protobuf::RepeatedField<std::int64_t>& ids)
{
    return {ids.begin(), ids.end()};
}

}  // namespace

std::vector<InstalledProductRecord> InstalledProductRepository::forCustomer(std::int64_t customerId, bool includeArchived)
{
    std::vector<InstalledProductRecord> records;
    for (const auto& row : exec(m_work, kForCustomer, customerId, includeArchived)) records.push_back(toRecord(row));
    return records;
}

std::optional<InstalledProductRecord> InstalledProductRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toRecord(result[0]);
}

InstalledProductRecord InstalledProductRepository::get(std::int64_t id)
{
    auto record = find(id);
    if (!record) throw ServiceError(proto::NOT_FOUND, "no such installed product");
    return *record;
}

std::int64_t InstalledProductRepository::create(const proto::InstalledProduct& p)
{
    const auto result = exec(m_work, kInsert, p.customer_id(), p.product_version_id(), p.seats(), p.licence_type(),
                             p.go_live_on(), p.service_end_on(), p.server_notes());
    const auto id = result[0][0].as<std::int64_t>();
    setModules(id, p.module_ids());
    return id;
}

void InstalledProductRepository::update(const proto::InstalledProduct& p)
{
    const auto result = exec(m_work, kUpdate, p.id(), p.product_version_id(), p.seats(), p.licence_type(), p.go_live_on(),
                             p.service_end_on(), p.server_notes(), p.version());
    afterWrite(p.id(), p.version(), result.affected_rows() == 1);
    exec(m_work, kClearModules, p.id());
    setModules(p.id(), p.module_ids());
}

void InstalledProductRepository::setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived)
{
    const auto result = exec(m_work, kSetArchived, id, expectedVersion, archived);
    afterWrite(id, expectedVersion, result.affected_rows() == 1);
}

std::size_t InstalledProductRepository::countOwnedBy(std::int64_t customerId, const std::vector<std::int64_t>& ids)
{
    return exec(m_work, kCountOwned, customerId, toBigintArrayLiteral(ids))[0][0].as<std::size_t>();
}

void InstalledProductRepository::setModules(std::int64_t id, const google::protobuf::RepeatedField<std::int64_t>& moduleIds)
{
    if (!moduleIds.empty()) exec(m_work, kAddModules, id, toBigintArrayLiteral(toVector(moduleIds)));
}

void InstalledProductRepository::afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written)
{
    if (!written) {
        if (exec(m_work, kExists, id).empty()) throw ServiceError(proto::NOT_FOUND, "no such installed product");
        throw ServiceError(proto::CONFLICT, "the installed product was changed by someone else since you opened it (version " +
                                                std::to_string(expectedVersion) + ")");
    }
}

}  // namespace laoke::db
