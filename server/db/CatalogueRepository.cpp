#include "db/CatalogueRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

#include <map>

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

const Statement kLines{
    "catalogue_lines",
    "SELECT id, vendor, code, name, deployment, version FROM product_lines WHERE archived_at IS NULL "
    "ORDER BY vendor, name"};
const Statement kModules{
    "catalogue_modules",
    "SELECT id, product_line_id, name, sort_order FROM product_modules WHERE archived_at IS NULL "
    "ORDER BY product_line_id, sort_order, id"};
#define LAOKE_VERSION_SELECT                                                                                      \
    "SELECT v.id, v.product_line_id, l.name AS line_name, l.vendor, v.name, v.version, "                           \
    "to_char(v.released_on, 'YYYY-MM-DD') AS released_on, to_char(v.limited_support_from, 'YYYY-MM-DD') AS lsf, " \
    "to_char(v.support_stopped_from, 'YYYY-MM-DD') AS ssf, to_char(v.end_of_life_from, 'YYYY-MM-DD') AS eol "     \
    "FROM product_versions v JOIN product_lines l ON l.id = v.product_line_id "
const Statement kVersions{"catalogue_versions",
                          LAOKE_VERSION_SELECT "WHERE v.archived_at IS NULL ORDER BY v.product_line_id, v.released_on DESC"};
const Statement kVersion{"catalogue_version", LAOKE_VERSION_SELECT "WHERE v.id = $1"};
const Statement kFindVersion{
    "catalogue_find_version",
    LAOKE_VERSION_SELECT "WHERE (lower(l.name) = lower($1) OR lower(l.code) = lower($1)) AND lower(v.name) = lower($2) "
    "AND v.archived_at IS NULL"};
#undef LAOKE_VERSION_SELECT
const Statement kModuleIds{
    "catalogue_module_ids",
    "SELECT id, lower(name) AS name FROM product_modules WHERE product_line_id = $1 AND archived_at IS NULL"};

const Statement kInsertLine{
    "catalogue_insert_line",
    "INSERT INTO product_lines (vendor, code, name, deployment) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT DO NOTHING RETURNING id"};
const Statement kUpdateLine{
    "catalogue_update_line",
    "UPDATE product_lines SET vendor = $2, code = $3, name = $4, deployment = $5, version = version + 1 "
    "WHERE id = $1 AND version = $6"};
const Statement kInsertVersion{
    "catalogue_insert_version",
    "INSERT INTO product_versions (product_line_id, name, released_on, limited_support_from, support_stopped_from, "
    "end_of_life_from) VALUES ($1, $2, $3::date, $4::date, $5::date, $6::date) ON CONFLICT DO NOTHING RETURNING id"};
const Statement kUpdateVersion{
    "catalogue_update_version",
    "UPDATE product_versions SET name = $2, released_on = $3::date, limited_support_from = $4::date, "
    "support_stopped_from = $5::date, end_of_life_from = $6::date, version = version + 1 WHERE id = $1 AND version = $7"};
const Statement kInsertModule{
    "catalogue_insert_module",
    "INSERT INTO product_modules (product_line_id, name, sort_order) VALUES ($1, $2, $3) "
    "ON CONFLICT DO NOTHING RETURNING id"};
const Statement kUpdateModule{
    "catalogue_update_module", "UPDATE product_modules SET name = $2, sort_order = $3 WHERE id = $1"};

VersionInfo toVersionInfo(const pqxx::row& row)
{
    VersionInfo v;
    v.id = row["id"].as<std::int64_t>();
    v.productLineId = row["product_line_id"].as<std::int64_t>();
    v.lineName = row["line_name"].c_str();
    v.vendor = row["vendor"].c_str();
    v.name = row["name"].c_str();
    v.releasedOn = row["released_on"].c_str();
    v.limitedSupportFrom = row["lsf"].c_str();
    v.supportStoppedFrom = row["ssf"].c_str();
    v.endOfLifeFrom = row["eol"].c_str();
    return v;
}

}  // namespace

std::vector<proto::ProductLine> CatalogueRepository::lines()
{
    std::vector<proto::ProductLine> lines;
    std::map<std::int64_t, std::size_t> index;
    for (const auto& row : exec(m_work, kLines)) {
        proto::ProductLine line;
        line.set_id(row["id"].as<std::int64_t>());
        line.set_vendor(row["vendor"].c_str());
        line.set_code(row["code"].c_str());
        line.set_name(row["name"].c_str());
        line.set_deployment(row["deployment"].c_str());
        line.set_version(row["version"].as<std::int64_t>());
        index[line.id()] = lines.size();
        lines.push_back(std::move(line));
    }
    for (const auto& row : exec(m_work, kModules)) {
        const auto found = index.find(row["product_line_id"].as<std::int64_t>());
        if (found == index.end()) continue;
        auto* module = lines[found->second].add_modules();
        module->set_id(row["id"].as<std::int64_t>());
        module->set_product_line_id(found->first);
        module->set_name(row["name"].c_str());
        module->set_sort_order(row["sort_order"].as<int>());
    }
    for (const auto& row : exec(m_work, kVersions)) {
        const auto found = index.find(row["product_line_id"].as<std::int64_t>());
        if (found == index.end()) continue;
        const VersionInfo info = toVersionInfo(row);
        auto* version = lines[found->second].add_versions();
        version->set_id(info.id);
        version->set_product_line_id(info.productLineId);
        version->set_name(info.name);
        version->set_released_on(info.releasedOn);
        version->set_limited_support_from(info.limitedSupportFrom);
        version->set_support_stopped_from(info.supportStoppedFrom);
        version->set_end_of_life_from(info.endOfLifeFrom);
        version->set_version(row["version"].as<std::int64_t>());
    }
    return lines;
}

std::optional<VersionInfo> CatalogueRepository::version(std::int64_t versionId)
{
    const auto result = exec(m_work, kVersion, versionId);
    if (result.empty()) return std::nullopt;
    return toVersionInfo(result[0]);
}

std::optional<VersionInfo> CatalogueRepository::findVersion(const std::string& line, const std::string& versionName)
{
    const auto result = exec(m_work, kFindVersion, line, versionName);
    if (result.empty()) return std::nullopt;
    return toVersionInfo(result[0]);
}

std::vector<std::int64_t> CatalogueRepository::moduleIds(std::int64_t lineId, const std::vector<std::string>& names,
                                                         std::vector<std::string>& unknown)
{
    std::map<std::string, std::int64_t> byName;
    for (const auto& row : exec(m_work, kModuleIds, lineId)) byName[row["name"].c_str()] = row["id"].as<std::int64_t>();
    std::vector<std::int64_t> ids;
    for (const auto& name : names) {
        std::string lower = name;
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        const auto found = byName.find(lower);
        if (found == byName.end()) unknown.push_back(name);
        else ids.push_back(found->second);
    }
    return ids;
}

std::set<std::int64_t> CatalogueRepository::moduleIdsOfLine(std::int64_t lineId)
{
    std::set<std::int64_t> ids;
    for (const auto& row : exec(m_work, kModuleIds, lineId)) ids.insert(row["id"].as<std::int64_t>());
    return ids;
}

std::int64_t CatalogueRepository::saveLine(const proto::ProductLine& line)
{
    if (line.id() == 0) {
        const auto result = exec(m_work, kInsertLine, line.vendor(), line.code(), line.name(), line.deployment());
        if (result.empty()) throw ServiceError(proto::ALREADY_EXISTS, "a product line with this code exists", "code");
        return result[0][0].as<std::int64_t>();
    }
    const auto result =
        exec(m_work, kUpdateLine, line.id(), line.vendor(), line.code(), line.name(), line.deployment(), line.version());
    if (result.affected_rows() != 1) throw ServiceError(proto::CONFLICT, "the product line was changed or removed meanwhile");
    return line.id();
}

std::int64_t CatalogueRepository::saveVersion(const proto::ProductVersion& v)
{
    if (v.id() == 0) {
        const auto result = exec(m_work, kInsertVersion, v.product_line_id(), v.name(), v.released_on(),
                                 v.limited_support_from(), v.support_stopped_from(), v.end_of_life_from());
        if (result.empty()) throw ServiceError(proto::ALREADY_EXISTS, "this product line already has this version", "name");
        return result[0][0].as<std::int64_t>();
    }
    const auto result = exec(m_work, kUpdateVersion, v.id(), v.name(), v.released_on(), v.limited_support_from(),
                             v.support_stopped_from(), v.end_of_life_from(), v.version());
    if (result.affected_rows() != 1) throw ServiceError(proto::CONFLICT, "the version was changed or removed meanwhile");
    return v.id();
}

std::int64_t CatalogueRepository::saveModule(const proto::ProductModule& m)
{
    if (m.id() == 0) {
        const auto result = exec(m_work, kInsertModule, m.product_line_id(), m.name(), m.sort_order());
        if (result.empty()) throw ServiceError(proto::ALREADY_EXISTS, "this product line already has this module", "name");
        return result[0][0].as<std::int64_t>();
    }
    const auto result = exec(m_work, kUpdateModule, m.id(), m.name(), m.sort_order());
    if (result.affected_rows() != 1) throw ServiceError(proto::NOT_FOUND, "no such module");
    return m.id();
}

}  // namespace laoke::db
