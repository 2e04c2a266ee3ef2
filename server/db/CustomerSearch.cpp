#include "db/CustomerSearch.h"

#include "db/CustomerSearchIndex.h"
#include "db/Sql.h"
#include "db/SearchKeyStatistics.h"
#include "engine/BusinessDate.h"
#include "engine/SearchPlan.h"
#include "engine/ServiceError.h"
#include "engine/ServiceStatus.h"

#include <nlohmann/json.hpp>

#include <spdlog/spdlog.h>

#include <chrono>

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

// One sort order: the key expressions (each with the SQL type its cursor value is cast to),
// always followed by c.id so every position is unique. Each has a matching index.
struct SortKey {
    const char* expression;
    const char* type;
};

std::vector<SortKey> sortKeys(proto::CustomerSort sort)
{
    switch (sort) {
    case proto::SORT_BY_NAME: return {{"c.name", "text"}};
    case proto::SORT_BY_CODE: return {{"c.code", "text"}};
    case proto::SORT_BY_UPDATED: return {{"c.updated_at", "timestamptz"}};
    case proto::SORT_BY_CITY: return {{"c.province", "text"}, {"c.city", "text"}};
    case proto::SORT_BY_OWNER: return {{"c.owner_name", "text"}};    // names copied by V0007's triggers
    case proto::SORT_BY_BRANCH: return {{"c.branch_name", "text"}};
    case proto::SORT_BY_SERVICE_END: return {{"coalesce(c.service_end_on, DATE '0001-01-01')", "date"}};
    case proto::SORT_BY_STATUS: return {{"c.status", "text"}};
    case proto::SORT_BY_GRADE: return {{"c.manual_grade", "text"}};
    case proto::SORT_BY_INDUSTRY: return {{"c.industry", "text"}};
    case proto::CustomerSort_INT_MIN_SENTINEL_DO_NOT_USE_:
    case proto::CustomerSort_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    throw ServiceError(proto::BAD_REQUEST, "unknown sort order", "sort");
}

// Collects bound parameters and hands out their $n placeholders.
class Parameters {
public:
    std::string add(std::string value)
    {
        m_values.push_back(std::move(value));
        return "$" + std::to_string(m_values.size());
    }
    const std::vector<std::string>& values() const { return m_values; }

private:
    std::vector<std::string> m_values;
};

template <typename Repeated>
std::vector<std::string> strings(const Repeated& values)
{
    return {values.begin(), values.end()};
}

template <typename Repeated>
std::vector<std::int64_t> ids(const Repeated& values)
{
    return {values.begin(), values.end()};
}

std::string joined(const std::vector<std::string>& parts, const char* separator)
{
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) text += separator;
        text += parts[i];
    }
    return text;
}

// The sort keys as text columns k0, k1 ... (the next page's cursor is made of them).
std::string keyOutputs(const std::vector<SortKey>& keys)
{
    std::vector<std::string> outputs;
    for (std::size_t i = 0; i < keys.size(); ++i) outputs.push_back(std::string(keys[i].expression) + "::text AS k" + std::to_string(i));
    return joined(outputs, ", ");
}

std::vector<std::string> keyColumns(const std::vector<SortKey>& keys)
{
    std::vector<std::string> columns;
    for (const auto& key : keys) columns.push_back(key.expression);
    columns.push_back("c.id");
    return columns;
}

std::string orderBy(const std::vector<SortKey>& keys, bool descending)
{
    std::vector<std::string> order;
    for (const auto& column : keyColumns(keys)) order.push_back(column + (descending ? " DESC" : ""));
    return joined(order, ", ");
}

// Keyset: strictly after (or before, descending) the previous page's last row.
std::string cursorCondition(const proto::SearchCustomersRequest& request, const std::vector<SortKey>& keys, Parameters& params)
{
    nlohmann::json cursor = nlohmann::json::parse(request.after(), nullptr, false);
    if (!cursor.is_array() || cursor.size() != keys.size() + 1) {
        throw ServiceError(proto::BAD_REQUEST, "the page cursor is not valid", "after");
    }
    std::vector<std::string> values;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (!cursor[i].is_string()) throw ServiceError(proto::BAD_REQUEST, "the page cursor is not valid", "after");
        values.push_back(params.add(cursor[i].get<std::string>()) + "::" + keys[i].type);
    }
    if (!cursor.back().is_number_integer()) throw ServiceError(proto::BAD_REQUEST, "the page cursor is not valid", "after");
    values.push_back(params.add(std::to_string(cursor.back().get<std::int64_t>())) + "::bigint");
    return "(" + joined(keyColumns(keys), ", ") + (request.descending() ? ") < (" : ") > (") + joined(values, ", ") + ")";
}

// The GIN lookup uses the query's three rarest keys (SearchKeyStatistics::rarestKeys).
constexpr std::size_t kIndexKeys = 3;

// True when nothing but the text and the caller's branch narrows the list: the case the
// covering name index serves (other filters need columns it does not carry).
bool onlyBranchScope(const proto::CustomerFilter& filter)
{
    return filter.branch_ids().empty() && filter.owner_ids().empty() && filter.industries().empty() &&
           filter.regions().empty() && filter.provinces().empty() && filter.statuses().empty() &&
           filter.product_line_ids().empty() && filter.service_states().empty();
}

struct FoundRow {
    std::int64_t id = 0;
    std::vector<std::string> keys;  ///< the sort key values as text (k0, k1 ...)
};

// The same search for the in-memory index (sorted by name: the cursor is [name, id]).
engine::TextSearch inMemorySearch(const proto::SearchCustomersRequest& request, const engine::SearchQuery& text,
                                  std::int64_t branchScope, int pageSize)
{
    engine::TextSearch search;
    search.needle = text.needle;
    search.keys = text.keys;
    search.branchScope = branchScope;
    search.includeArchived = request.filter().include_archived();
    search.descending = request.descending();
    search.limit = static_cast<std::size_t>(pageSize) + 1;
    if (!request.after().empty()) {
        // cursorCondition has already refused a cursor of the wrong shape.
        const nlohmann::json cursor = nlohmann::json::parse(request.after());
        search.afterName = cursor[0].get<std::string>();
        search.afterId = cursor[1].get<std::int64_t>();
    }
    return search;
}

}  // namespace

CustomerSearchPage CustomerSearch::run(const proto::SearchCustomersRequest& request, const engine::SearchQuery& text,
                                       std::int64_t branchScope, const std::string& today, int expiringSoonDays)
{
    const proto::CustomerFilter& filter = request.filter();
    const std::vector<SortKey> keys = sortKeys(request.sort());
    const int pageSize = request.page_size() == 0 ? 100 : request.page_size();
    if (pageSize < 1 || pageSize > 500) throw ServiceError(proto::BAD_REQUEST, "page size must be 1 to 500", "page_size");

    if (!request.after().empty()) {
        Parameters unused;
        cursorCondition(request, keys, unused);  // refuses a cursor this server did not make, whichever plan runs
    }
    const auto todayDate = engine::parseIsoDate(today);
    const std::string soon = engine::formatIsoDate(*todayDate + std::chrono::days(expiringSoonDays));

    // The conditions of every plan except the text: archived, filters, the keyset cursor.
    // `withBranch` false leaves out the branch condition: the GIN plan finds the branch
    // through its -branch_id key instead (see V0006).
    auto conditions = [&](Parameters& params, bool withBranch) {
        std::vector<std::string> where;
        if (!filter.include_archived()) where.push_back("c.archived_at IS NULL");
        if (branchScope != 0 && withBranch) where.push_back("c.branch_id = " + params.add(std::to_string(branchScope)) + "::bigint");
        if (!filter.branch_ids().empty()) {
            where.push_back("c.branch_id = ANY(" + params.add(toBigintArrayLiteral(ids(filter.branch_ids()))) + "::bigint[])");
        }
        if (!filter.owner_ids().empty()) {
            where.push_back("coalesce(c.owner_id, 0) = ANY(" + params.add(toBigintArrayLiteral(ids(filter.owner_ids()))) +
                            "::bigint[])");
        }
        const std::pair<const char*, const google::protobuf::RepeatedPtrField<std::string>*> textFilters[] = {
            {"c.industry", &filter.industries()},
            {"c.region", &filter.regions()},
            {"c.province", &filter.provinces()},
            {"c.status", &filter.statuses()},
        };
        for (const auto& [column, values] : textFilters) {
            if (!values->empty()) {
                where.push_back(std::string(column) + " = ANY(" + params.add(toTextArrayLiteral(strings(*values))) + "::text[])");
            }
        }
        if (!filter.product_line_ids().empty()) {
            where.push_back(
                "EXISTS (SELECT 1 FROM installed_products ip JOIN product_versions pv ON pv.id = ip.product_version_id "
                "WHERE ip.customer_id = c.id AND ip.archived_at IS NULL AND pv.product_line_id = ANY(" +
                params.add(toBigintArrayLiteral(ids(filter.product_line_ids()))) + "::bigint[]))");
        }
        if (!filter.service_states().empty()) {
            std::vector<std::string> states;
            for (const auto& state : filter.service_states()) {
                const auto parsed = engine::parseServiceState(state);
                if (!parsed) throw ServiceError(proto::BAD_REQUEST, "unknown service state '" + state + "'", "service_states");
                switch (*parsed) {
                case engine::ServiceState::InService:
                    states.push_back("c.service_end_on > " + params.add(soon) + "::date");
                    break;
                case engine::ServiceState::ExpiringSoon:
                    states.push_back("c.service_end_on BETWEEN " + params.add(today) + "::date AND " + params.add(soon) + "::date");
                    break;
                case engine::ServiceState::Expired:
                    states.push_back("c.service_end_on < " + params.add(today) + "::date");
                    break;
                case engine::ServiceState::NoService:
                    states.push_back("c.service_end_on IS NULL");
                    break;
                }
            }
            where.push_back("(" + joined(states, " OR ") + ")");
        }
        if (!request.after().empty()) where.push_back(cursorCondition(request, keys, params));
        return where;
    };
    // The text through the GIN index: every key, plus the branch's key when scoped.
    const bool adaptive = text.usable && request.sort() == proto::SORT_BY_NAME && onlyBranchScope(filter);
    const auto statistics = adaptive ? searchKeyStatistics(m_work) : nullptr;
    auto indexedText = [&](Parameters& params) {
        std::vector<std::int64_t> searchKeys = statistics ? statistics->rarestKeys(text.keys, kIndexKeys) : text.keys;
        if (branchScope != 0) searchKeys.push_back(-branchScope);
        return std::vector<std::string>{
            "c.search_keys @> " + params.add(toBigintArrayLiteral(searchKeys)) + "::bigint[]",
            "strpos(c.search_text, " + params.add(text.needle) + ") > 0"};
    };
    const std::string order = orderBy(keys, request.descending());

    // Plan "planner": PostgreSQL's own choice, for lists without text and for text with
    // other filters or sort orders (their conditions narrow the rows the plan must look at).
    auto plannerQuery = [&](Parameters& params) {
        std::vector<std::string> where = conditions(params, true);
        if (text.usable) {
            for (auto& condition : indexedText(params)) where.push_back(std::move(condition));
        }
        return "SELECT c.id, " + keyOutputs(keys) + " FROM customers c" +
               (where.empty() ? "" : " WHERE " + joined(where, " AND ")) + " ORDER BY " + order + " LIMIT " +
               params.add(std::to_string(pageSize + 1));
    };
    // Plan "index": every match through the GIN index, then sorted.
    auto indexQuery = [&](Parameters& params) {
        std::vector<std::string> where = conditions(params, false);
        for (auto& condition : indexedText(params)) where.push_back(std::move(condition));
        return "SELECT c.id, " + keyOutputs(keys) + " FROM customers c WHERE " + joined(where, " AND ") + " ORDER BY " +
               order + " LIMIT " + params.add(std::to_string(pageSize + 1));
    };
    // Plan "walk": customers in name order from the covering name index, keeping those whose
    // text holds the query, looking at no more than `walkLimit` customers.
    auto walkQuery = [&](Parameters& params, double walkLimit) {
        const std::vector<std::string> where = conditions(params, true);
        return "SELECT c.id, " + keyOutputs(keys) + " FROM (SELECT c.id, c.name, c.search_text FROM customers c" +
               (where.empty() ? "" : " WHERE " + joined(where, " AND ")) + " ORDER BY " + order + " LIMIT " +
               params.add(std::to_string(static_cast<long long>(walkLimit))) + ") c WHERE strpos(c.search_text, " +
               params.add(text.needle) + ") > 0 ORDER BY " + order + " LIMIT " + params.add(std::to_string(pageSize + 1));
    };

    pqxx::transaction_base& tx = m_work.transaction();
    auto run = [&](const std::string& sql, const Parameters& params) {
        return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params.values()));
    };
    // Only the bitmap scans (the GIN index) are left to the planner.
    auto runOnIndex = [&](const std::string& sql, const Parameters& params) {
        tx.exec("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off");
        pqxx::result result = run(sql, params);
        tx.exec("RESET enable_seqscan; RESET enable_indexscan; RESET enable_indexonlyscan");
        return result;
    };

    // Step 1's answer: the ids of the page (and one more, to know whether another page
    // follows), each with its sort key values as text, for the next page's cursor.
    std::vector<FoundRow> found;
    auto keep = [&](const pqxx::result& result) {
        found.clear();
        for (const auto& row : result) {
            FoundRow out{row["id"].as<std::int64_t>(), {}};
            for (std::size_t i = 0; i < keys.size(); ++i) out.keys.push_back(row["k" + std::to_string(i)].c_str());
            found.push_back(std::move(out));
        }
    };
    m_work.withoutRowSecurity([&] {
        if (adaptive && m_index) {
            if (auto matches = m_index->find(m_work, inMemorySearch(request, text, branchScope, pageSize))) {
                for (auto& match : *matches) found.push_back({match.id, {std::move(match.name)}});
                return;
            }
        }
        const auto matches = statistics ? statistics->expectedMatches(text.keys, branchScope) : std::nullopt;
        if (!matches) {
            Parameters params;
            keep(run(plannerQuery(params), params));
            return;
        }
        const double scope = statistics->customersIn(branchScope);
        const double anywhere = *statistics->expectedMatches(text.keys, 0);
        const engine::SearchPlan plan = engine::chooseSearchPlan(*matches, anywhere, scope, pageSize, allHanKeys(text.keys));
        spdlog::debug("customer search: about {:.0f} matches of {:.0f} customers ({:.0f} in all branches): {}", *matches,
                      scope, anywhere, plan.walk ? "walk of the name index" : "GIN index");
        if (plan.walk) {
            Parameters params;
            keep(run(walkQuery(params, plan.walkLimit), params));
            if (static_cast<int>(found.size()) > pageSize) return;  // a full page
            // Fewer matches than the walk expected: the index finds the rest cheaply.
        }
        Parameters params;
        keep(runOnIndex(indexQuery(params), params));
    });

    CustomerSearchPage page;
    const std::size_t shown = std::min<std::size_t>(found.size(), static_cast<std::size_t>(pageSize));
    if (found.size() > shown && shown > 0) {
        const FoundRow& last = found[shown - 1];
        nlohmann::json cursor = nlohmann::json::array();
        for (const auto& key : last.keys) cursor.push_back(key);
        cursor.push_back(last.id);
        page.nextPage = cursor.dump();
    }
    if (shown == 0) return page;
    std::vector<std::int64_t> pageIds;
    for (std::size_t i = 0; i < shown; ++i) pageIds.push_back(found[i].id);

    // Step 2, under row-level security: the rows themselves, in the order found.
    const pqxx::result result = m_work.transaction().exec_params(
        "SELECT c.id, c.code, c.name, c.short_name, c.industry, c.province, c.city, c.branch_name, c.owner_name, "
        "c.status, c.manual_grade, "
        "coalesce(to_char(c.service_end_on, 'YYYY-MM-DD'), '') AS service_end, "
        "extract(epoch FROM c.updated_at)::bigint AS updated, coalesce(CASE WHEN $2 <> '' THEN "
        "(SELECT ct.name || ' ' || coalesce(nullif(ct.mobile, ''), ct.phone) FROM contacts ct "
        " WHERE ct.customer_id = c.id AND ct.archived_at IS NULL AND (strpos(lower(ct.name), $2) > 0 "
        " OR strpos(ct.mobile, $2) > 0 OR strpos(ct.phone, $2) > 0) ORDER BY ct.id LIMIT 1) END, '') AS matched_contact "
        "FROM unnest($1::bigint[]) WITH ORDINALITY AS p(id, position) JOIN customers c ON c.id = p.id ORDER BY p.position",
        toBigintArrayLiteral(pageIds), text.usable ? text.needle : std::string());

    for (std::size_t i = 0; i < result.size(); ++i) {
        const auto& row = result[i];
        proto::CustomerRow out;
        out.set_id(row["id"].as<std::int64_t>());
        out.set_code(row["code"].c_str());
        out.set_name(row["name"].c_str());
        out.set_short_name(row["short_name"].c_str());
        out.set_industry(row["industry"].c_str());
        out.set_province(row["province"].c_str());
        out.set_city(row["city"].c_str());
        out.set_branch_name(row["branch_name"].c_str());
        out.set_owner_name(row["owner_name"].c_str());
        out.set_status(row["status"].c_str());
        out.set_manual_grade(row["manual_grade"].c_str());
        out.set_service_end(row["service_end"].c_str());
        const auto end = engine::parseIsoDate(out.service_end());
        out.set_service_state(std::string(engine::serviceStateName(
            engine::serviceStatusOn(end ? std::optional(*end) : std::nullopt, *todayDate, expiringSoonDays).state)));
        out.set_updated_at_unix(row["updated"].as<std::int64_t>());
        out.set_matched_contact(row["matched_contact"].c_str());
        page.rows.push_back(std::move(out));
    }
    return page;
}

}  // namespace laoke::db
