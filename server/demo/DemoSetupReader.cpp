#include "demo/DemoSetupReader.h"

#include "demo/DemoProducts.h"
#include "demo/DemoVocabulary.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"

#include <algorithm>
#include <map>

namespace laoke::demo {
namespace {

Date dateOf(const pqxx::field& field)
{
    return *engine::parseIsoDate(field.c_str());
}

/// The region of a branch's city: "北京市" / "苏州" / "广东省" -> via the province.
std::string regionOfBranchCity(std::string city)
{
    for (std::string_view suffix : {"市", "省"}) {
        if (city.size() > suffix.size() && city.ends_with(suffix)) city.resize(city.size() - suffix.size());
    }
    if (city.empty()) return {};
    for (const auto& known : cities()) {
        if (known.name == city) return std::string(domain::regionOfProvince(known.province));
    }
    return std::string(domain::regionOfProvince(city));
}

}  // namespace

int addDemoVersions(pqxx::work& tx)
{
    int added = 0;
    for (const auto& profile : productProfiles()) {
        const auto line = tx.exec_params(
            "SELECT id FROM product_lines pl WHERE code = $1 AND archived_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM product_versions pv WHERE pv.product_line_id = pl.id)",
            std::string(profile.lineCode));
        if (line.empty()) continue;  // not catalogued, or the administrator keeps its versions
        const auto lineId = line[0][0].as<std::int64_t>();
        for (const auto& version : profile.versions) {
            const auto dates = demoLifecycle(profile.segment, *engine::parseIsoDate(version.released));
            tx.exec_params(
                "INSERT INTO product_versions (product_line_id, name, released_on, limited_support_from, "
                "support_stopped_from, end_of_life_from) VALUES ($1, $2, $3::date, $4::date, $5::date, $6::date)",
                lineId, std::string(version.name), engine::formatIsoDate(dates.released),
                engine::formatIsoDate(dates.limitedSupportFrom), engine::formatIsoDate(dates.supportStoppedFrom),
                engine::formatIsoDate(dates.endOfLifeFrom));
            ++added;
        }
    }
    return added;
}

std::vector<CatalogueLine> readCatalogue(pqxx::work& tx)
{
    std::vector<CatalogueLine> lines;
    for (const auto& row : tx.exec("SELECT id, code, name FROM product_lines WHERE archived_at IS NULL ORDER BY id")) {
        const ProductProfile* profile = findProductProfile(row["code"].c_str());
        if (!profile) continue;
        CatalogueLine line;
        line.id = row["id"].as<std::int64_t>();
        line.code = row["code"].c_str();
        line.name = row["name"].c_str();
        line.profile = profile;
        for (const auto& v : tx.exec_params(
                 "SELECT id, name, released_on::text, limited_support_from::text, support_stopped_from::text, "
                 "end_of_life_from::text FROM product_versions WHERE product_line_id = $1 AND archived_at IS NULL "
                 "ORDER BY released_on, id",
                 line.id)) {
            line.versions.push_back(CatalogueVersion{
                v["id"].as<std::int64_t>(), v["name"].c_str(),
                engine::LifecycleDates{dateOf(v[2]), dateOf(v[3]), dateOf(v[4]), dateOf(v[5])}});
        }
        for (const auto& m : tx.exec_params("SELECT id, name FROM product_modules WHERE product_line_id = $1 "
                                            "AND archived_at IS NULL ORDER BY sort_order, id",
                                            line.id)) {
            line.moduleIds.push_back(m["id"].as<std::int64_t>());
            line.moduleNames.push_back(m["name"].c_str());
        }
        if (!line.versions.empty() && !line.moduleIds.empty()) lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<GeneratorBranch> readBranches(pqxx::work& tx)
{
    std::vector<GeneratorBranch> branches;
    std::map<std::int64_t, std::size_t> byId;
    for (const auto& row : tx.exec("SELECT id, code, city FROM branches ORDER BY id")) {
        GeneratorBranch branch;
        branch.id = row["id"].as<std::int64_t>();
        branch.code = row["code"].c_str();
        branch.region = regionOfBranchCity(row["city"].c_str());
        byId[branch.id] = branches.size();
        branches.push_back(std::move(branch));
    }
    for (const auto& row : tx.exec("SELECT id, role::text, branch_id FROM users WHERE enabled AND branch_id IS NOT NULL "
                                   "ORDER BY id")) {
        auto& branch = branches[byId.at(row["branch_id"].as<std::int64_t>())];
        const auto id = row["id"].as<std::int64_t>();
        branch.staff.push_back(id);
        if (std::string_view(row["role"].c_str()) == "account_manager") branch.accountManagers.push_back(id);
    }
    return branches;
}

SortNames readSortNames(pqxx::work& tx)
{
    SortNames names;
    for (const auto& row : tx.exec("SELECT id, display_name FROM users")) {
        names.users.emplace(row[0].as<std::int64_t>(), row[1].c_str());
    }
    for (const auto& row : tx.exec("SELECT id, name FROM branches")) {
        names.branches.emplace(row[0].as<std::int64_t>(), row[1].c_str());
    }
    return names;
}

std::vector<std::int64_t> readAdministrators(pqxx::work& tx)
{
    std::vector<std::int64_t> ids;
    for (const auto& row : tx.exec("SELECT id FROM users WHERE enabled AND role = 'admin' ORDER BY id")) {
        ids.push_back(row[0].as<std::int64_t>());
    }
    return ids;
}

void readTakenIdentities(pqxx::work& tx, std::vector<std::string>& names, std::vector<std::string>& creditCodes)
{
    for (const auto& row : tx.exec("SELECT name, credit_code FROM customers")) {
        names.emplace_back(row[0].c_str());
        if (!row[1].is_null() && *row[1].c_str()) creditCodes.emplace_back(row[1].c_str());
    }
}

const std::vector<IdSequence>& idSequences()
{
    static const std::vector<IdSequence> sequences{
        {"customers", &FirstIds::customer},          {"contacts", &FirstIds::contact},
        {"installed_products", &FirstIds::installedProduct}, {"contracts", &FirstIds::contract},
        {"activities", &FirstIds::activity},         {"customer_events", &FirstIds::event},
    };
    return sequences;
}

FirstIds reserveFirstIds(pqxx::work& tx)
{
    FirstIds first;
    for (const auto& sequence : idSequences()) {
        first.*sequence.member =
            tx.exec_params("SELECT nextval(pg_get_serial_sequence($1, 'id'))", std::string(sequence.table))[0][0].as<std::int64_t>();
    }
    // Customer codes: the server numbers them C0000001 ... from customer_code_seq; imports may
    // have used that form already, so start past the highest one in use.
    first.customerCode = tx.exec("SELECT greatest(nextval('customer_code_seq'), "
                                 "coalesce(max(substr(code, 2)::bigint) + 1, 1)) FROM customers WHERE code ~ '^C[0-9]{7}$'")[0][0]
                             .as<std::int64_t>();
    return first;
}

void advanceSequences(pqxx::work& tx, const FirstIds& first, const FirstIds& next)
{
    auto advance = [&tx](const std::string& sequenceExpression, std::int64_t firstValue, std::int64_t nextValue) {
        // setval(x, v, false): the next nextval() returns v; nothing used gives back the value taken.
        tx.exec_params("SELECT setval(" + sequenceExpression + ", greatest($1::bigint, $2::bigint), false)", firstValue,
                       nextValue);
    };
    for (const auto& sequence : idSequences()) {
        advance("pg_get_serial_sequence('" + std::string(sequence.table) + "', 'id')", first.*sequence.member,
                next.*sequence.member);
    }
    advance("'customer_code_seq'", first.customerCode, next.customerCode);
}

}  // namespace laoke::demo
