#include "db/ContractRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

#define LAOKE_CONTRACT_SELECT                                                                                    \
    "SELECT c.id, c.customer_id, c.kind, c.number, c.amount_fen, "                                             \
    "coalesce(to_char(c.signed_on, 'YYYY-MM-DD'), '') AS signed_on, "                                          \
    "coalesce(to_char(c.starts_on, 'YYYY-MM-DD'), '') AS starts_on, "                                          \
    "coalesce(to_char(c.ends_on, 'YYYY-MM-DD'), '') AS ends_on, c.payment_status, coalesce(c.owner_id, 0) AS owner_id, " \
    "coalesce(u.display_name, '') AS owner_name, c.notes, c.archived_at IS NOT NULL AS archived, c.version, "  \
    "coalesce((SELECT display_name FROM users WHERE id = c.updated_by), '') AS updated_by_name, "              \
    "coalesce((SELECT array_agg(cp.installed_product_id ORDER BY cp.installed_product_id) FROM contract_products cp " \
    "  WHERE cp.contract_id = c.id), '{}') AS product_ids "                                                    \
    "FROM contracts c LEFT JOIN users u ON u.id = c.owner_id "

const Statement kForCustomer{
    "contract_for_customer",
    LAOKE_CONTRACT_SELECT "WHERE c.customer_id = $1 AND ($2 OR c.archived_at IS NULL) "
    "ORDER BY c.archived_at IS NOT NULL, c.ends_on DESC NULLS LAST, c.id DESC"};
const Statement kGet{"contract_get", LAOKE_CONTRACT_SELECT "WHERE c.id = $1"};
#undef LAOKE_CONTRACT_SELECT

const Statement kInsert{
    "contract_insert",
    "INSERT INTO contracts (customer_id, kind, number, amount_fen, signed_on, starts_on, ends_on, payment_status, owner_id, "
    "notes, updated_by) VALUES ($1, $2, $3, $4, nullif($5, '')::date, nullif($6, '')::date, nullif($7, '')::date, $8, "
    "nullif($9::bigint, 0), $10, nullif(current_setting('laoke.user_id')::bigint, 0)) "
    "ON CONFLICT (number) DO NOTHING RETURNING id"};
const Statement kNumberTaken{"contract_number_taken", "SELECT EXISTS (SELECT 1 FROM contracts WHERE number = $1 AND id <> $2)"};
const Statement kUpdate{
    "contract_update",
    "UPDATE contracts SET kind = $2, number = $3, amount_fen = $4, signed_on = nullif($5, '')::date, "
    "starts_on = nullif($6, '')::date, ends_on = nullif($7, '')::date, payment_status = $8, owner_id = nullif($9::bigint, 0), "
    "notes = $10, updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), updated_at = now(), "
    "version = version + 1 WHERE id = $1 AND version = $11"};
const Statement kSetArchived{
    "contract_set_archived",
    "UPDATE contracts SET archived_at = CASE WHEN $3 THEN coalesce(archived_at, now()) END, updated_at = now(), "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), version = version + 1 WHERE id = $1 AND version = $2"};
const Statement kExists{"contract_exists", "SELECT 1 FROM contracts WHERE id = $1"};
const Statement kClearProducts{"contract_clear_products", "DELETE FROM contract_products WHERE contract_id = $1"};
const Statement kAddProducts{
    "contract_add_products",
    "INSERT INTO contract_products (contract_id, installed_product_id) SELECT $1, unnest($2::bigint[]) "
    "ON CONFLICT DO NOTHING"};

proto::Contract toContract(const pqxx::row& row)
{
    proto::Contract c;
    c.set_id(row["id"].as<std::int64_t>());
    c.set_customer_id(row["customer_id"].as<std::int64_t>());
    c.set_kind(row["kind"].c_str());
    c.set_number(row["number"].c_str());
    c.set_amount_fen(row["amount_fen"].as<std::int64_t>());
    c.set_signed_on(row["signed_on"].c_str());
    c.set_starts_on(row["starts_on"].c_str());
    c.set_ends_on(row["ends_on"].c_str());
    c.set_payment_status(row["payment_status"].c_str());
    c.set_owner_id(row["owner_id"].as<std::int64_t>());
    c.set_owner_name(row["owner_name"].c_str());
    c.set_notes(row["notes"].c_str());
    c.set_archived(row["archived"].as<bool>());
    c.set_version(row["version"].as<std::int64_t>());
    c.set_updated_by_name(row["updated_by_name"].c_str());
    auto parser = row["product_ids"].as_array();
    for (auto [kind, value] = parser.get_next(); kind != pqxx::array_parser::done; std::tie(kind, value) = parser.get_next()) {
        if (kind == pqxx::array_parser::string_value) c.add_installed_product_ids(std::stoll(value));
    }
    return c;
}

}  // namespace

std::vector<proto::Contract> ContractRepository::forCustomer(std::int64_t customerId, bool includeArchived)
{
    std::vector<proto::Contract> contracts;
    for (const auto& row : exec(m_work, kForCustomer, customerId, includeArchived)) contracts.push_back(toContract(row));
    return contracts;
}

std::optional<proto::Contract> ContractRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toContract(result[0]);
}

proto::Contract ContractRepository::get(std::int64_t id)
{
    auto contract = find(id);
    if (!contract) throw ServiceError(proto::NOT_FOUND, "no such contract");
    return *contract;
}

proto::Contract ContractRepository::create(const proto::Contract& c)
{
    const auto result = exec(m_work, kInsert, c.customer_id(), c.kind(), c.number(), c.amount_fen(), c.signed_on(),
                             c.starts_on(), c.ends_on(), c.payment_status(), c.owner_id(), c.notes());
    if (result.empty()) throw ServiceError(proto::ALREADY_EXISTS, "another contract has this number", "number");
    const auto id = result[0][0].as<std::int64_t>();
    setProducts(id, c.installed_product_ids());
    return get(id);
}

proto::Contract ContractRepository::update(const proto::Contract& c)
{
    if (exec(m_work, kNumberTaken, c.number(), c.id())[0][0].as<bool>()) {
        throw ServiceError(proto::ALREADY_EXISTS, "another contract has this number", "number");
    }
    const auto result = exec(m_work, kUpdate, c.id(), c.kind(), c.number(), c.amount_fen(), c.signed_on(), c.starts_on(),
                             c.ends_on(), c.payment_status(), c.owner_id(), c.notes(), c.version());
    if (result.affected_rows() != 1) return afterWrite(c.id(), c.version(), false);
    exec(m_work, kClearProducts, c.id());
    setProducts(c.id(), c.installed_product_ids());
    return get(c.id());
}

proto::Contract ContractRepository::setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived)
{
    const auto result = exec(m_work, kSetArchived, id, expectedVersion, archived);
    return afterWrite(id, expectedVersion, result.affected_rows() == 1);
}

void ContractRepository::setProducts(std::int64_t id, const google::protobuf::RepeatedField<std::int64_t>& ids)
{
    if (!ids.empty()) exec(m_work, kAddProducts, id, toBigintArrayLiteral({ids.begin(), ids.end()}));
}

proto::Contract ContractRepository::afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written)
{
    if (!written) {
        if (exec(m_work, kExists, id).empty()) throw ServiceError(proto::NOT_FOUND, "no such contract");
        throw ServiceError(proto::CONFLICT, "the contract was changed by someone else since you opened it (version " +
                                                std::to_string(expectedVersion) + ")");
    }
    return get(id);
}

}  // namespace laoke::db
