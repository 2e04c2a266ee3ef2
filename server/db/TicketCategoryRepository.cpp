#include "db/TicketCategoryRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

// A sub-type of a retired group is retired with it.
#define LAOKE_CATEGORY_SELECT                                                                                 \
    "SELECT c.id, coalesce(c.parent_id, 0) AS parent_id, c.code, c.name_zh, c.name_en, c.sort_order, "       \
    "(c.archived_at IS NOT NULL OR p.archived_at IS NOT NULL) AS retired, c.version "                         \
    "FROM ticket_categories c LEFT JOIN ticket_categories p ON p.id = c.parent_id "

// Groups by their order; each group's sub-types right after it (a sub-type sorts under its
// parent's position).
const Statement kAll{
    "ticket_categories_all",
    LAOKE_CATEGORY_SELECT "ORDER BY coalesce(p.sort_order, c.sort_order), coalesce(c.parent_id, c.id), c.parent_id IS NOT NULL, c.sort_order, c.id"};
const Statement kFind{"ticket_category_find", LAOKE_CATEGORY_SELECT "WHERE c.id = $1"};
#undef LAOKE_CATEGORY_SELECT

const Statement kNameTaken{
    "ticket_category_name_taken",
    "SELECT 1 FROM ticket_categories WHERE coalesce(parent_id, 0) = $1 AND archived_at IS NULL AND id <> $4 "
    "AND (btrim(name_zh) = btrim($2) OR lower(btrim(name_en)) = lower(btrim($3)))"};
const Statement kInsert{
    "ticket_category_insert",
    "INSERT INTO ticket_categories (parent_id, code, name_zh, name_en, sort_order, updated_by) "
    "VALUES (nullif($1::bigint, 0), "
    "  coalesce((SELECT code || '.' FROM ticket_categories WHERE id = $1), '') || 'custom_' || nextval('ticket_category_code_seq'), "
    "  $2, $3, $4, current_setting('laoke.user_id')::bigint) RETURNING id"};
const Statement kUpdate{
    "ticket_category_update",
    "UPDATE ticket_categories SET name_zh = $2, name_en = $3, sort_order = $4, "
    "archived_at = CASE WHEN NOT $5 THEN NULL ELSE coalesce(archived_at, now()) END, "
    "updated_by = current_setting('laoke.user_id')::bigint, updated_at = now(), version = version + 1 "
    "WHERE id = $1 AND version = $6"};

proto::TicketCategory toCategory(const pqxx::row& row)
{
    proto::TicketCategory c;
    c.set_id(row["id"].as<std::int64_t>());
    c.set_parent_id(row["parent_id"].as<std::int64_t>());
    c.set_code(row["code"].c_str());
    c.set_name_zh(row["name_zh"].c_str());
    c.set_name_en(row["name_en"].c_str());
    c.set_sort_order(row["sort_order"].as<int>());
    c.set_retired(row["retired"].as<bool>());
    c.set_version(row["version"].as<std::int64_t>());
    return c;
}

}  // namespace

std::vector<proto::TicketCategory> TicketCategoryRepository::all()
{
    std::vector<proto::TicketCategory> out;
    for (const auto& row : exec(m_work, kAll)) out.push_back(toCategory(row));
    return out;
}

std::optional<proto::TicketCategory> TicketCategoryRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kFind, id);
    if (result.empty()) return std::nullopt;
    return toCategory(result[0]);
}

std::optional<proto::TicketCategory> TicketCategoryRepository::findActive(std::int64_t id)
{
    auto category = find(id);
    if (!category || category->retired()) return std::nullopt;
    return category;
}

bool TicketCategoryRepository::nameTaken(std::int64_t parentId, const std::string& nameZh, const std::string& nameEn,
                                         std::int64_t exceptId)
{
    return !exec(m_work, kNameTaken, parentId, nameZh, nameEn, exceptId).empty();
}

std::int64_t TicketCategoryRepository::insert(const proto::TicketCategory& c)
{
    return exec(m_work, kInsert, c.parent_id(), c.name_zh(), c.name_en(), c.sort_order())[0][0].as<std::int64_t>();
}

void TicketCategoryRepository::update(const proto::TicketCategory& c, std::int64_t expectedVersion)
{
    const auto result = exec(m_work, kUpdate, c.id(), c.name_zh(), c.name_en(), c.sort_order(), c.retired(), expectedVersion);
    if (result.affected_rows() != 1) {
        if (!find(c.id())) throw ServiceError(proto::NOT_FOUND, "no such category");
        throw ServiceError(proto::CONFLICT, "the category was changed by someone else since you opened it");
    }
}

}  // namespace laoke::db
