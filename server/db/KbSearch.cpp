#include "db/KbSearch.h"

#include "db/KbKeyStatistics.h"
#include "db/KbRows.h"
#include "db/SearchKeyStatistics.h"
#include "db/Sql.h"

namespace laoke::db {
namespace {

namespace proto = laoke::protocol;

// How many of a ticket's keys the text candidates are looked up by at most.
constexpr std::size_t kLookupKeys = 12;

// Sequential scans are off for the searches below: for a common word the planner prefers to
// read the whole table, and checking `@>` or `&&` on each row then detoasts its key array
// (about 8 KB, stored out of line, V0014): one second for 50,000 articles. The GIN index
// decides `@>` and `&&` without rechecking the rows, so the bitmap scan reads only the short
// rows: 30 ms.
const Statement kSeqScanOff{"kb_seqscan_off", "SELECT set_config('enable_seqscan', 'off', true)"};
const Statement kSeqScanOn{"kb_seqscan_on", "SELECT set_config('enable_seqscan', 'on', true)"};

// $1: the query's keys; $2: '%word%' for every word its keys do not prove; $3: product line
// (0 any; articles for every line count); $4: the category and its sub-types ('{}' any); $5
// limit; $6 offset. The page is chosen from the short columns, then its rows
// are read (the symptom lives out of line). With custom plans (every pooled connection forces
// them) the conditions of absent filters fold away.
const Statement kSearch{
    "kb_search",
    "SELECT " LAOKE_KB_ROW_COLUMNS LAOKE_KB_ROW_FROM
    "JOIN (SELECT a.id, a.title_keys @> $1::bigint[] AS title_match, a.use_count FROM kb_articles a "
    "      WHERE a.archived_at IS NULL AND a.search_keys @> $1::bigint[] AND a.search_text LIKE ALL ($2::text[]) "
    "      AND ($3 = 0 OR a.product_line_id = $3 OR a.product_line_id IS NULL) "
    "      AND (cardinality($4::bigint[]) = 0 OR a.category_id = ANY($4::bigint[])) "
    "      ORDER BY 2 DESC, a.use_count DESC, a.id DESC LIMIT $5 OFFSET $6) page ON page.id = a.id "
    "ORDER BY page.title_match DESC, page.use_count DESC, a.id DESC"};
// Nothing typed: every active article, most used first (kb_articles_by_use).
const Statement kList{
    "kb_list",
    "SELECT " LAOKE_KB_ROW_COLUMNS LAOKE_KB_ROW_FROM
    "WHERE a.archived_at IS NULL AND ($1 = 0 OR a.product_line_id = $1 OR a.product_line_id IS NULL) "
    "AND (cardinality($2::bigint[]) = 0 OR a.category_id = ANY($2::bigint[])) "
    "ORDER BY a.use_count DESC, a.id DESC LIMIT $3 OFFSET $4"};
// A category with its sub-types (a sub-type has none), read before a search so that the
// search itself has no subquery: with sequential scans off, the planner would price a scan of
// the small category table as prohibitive and turn the whole search into a parallel plan.
const Statement kCategoryWithSubtypes{
    "kb_category_with_subtypes", "SELECT id FROM ticket_categories WHERE id = $1 OR parent_id = $1"};

// The candidates of a ticket's suggestions. $1: the ticket category's group and its sub-types
// ('{}' none); $2: its
// product line (0 none); $3: its text keys, any of which ('{}' none); $4: its text keys, all of
// which ('{}' none); $5, $6, $7: how many from each source. Articles for another product line
// are left out at once.
const Statement kCandidates{
    "kb_suggestion_candidates",
    "SELECT a.id, coalesce(a.category_id, 0) AS category_id, coalesce(c.parent_id, c.id, 0) AS group_id, "
    "coalesce(a.product_line_id, 0) AS product_line_id, a.use_count, a.similarity_keys::text AS keys "
    "FROM kb_articles a LEFT JOIN ticket_categories c ON c.id = a.category_id WHERE a.id IN ("
    "  (SELECT id FROM kb_articles WHERE archived_at IS NULL AND category_id = ANY($1::bigint[]) "
    "   AND ($2 = 0 OR product_line_id = $2 OR product_line_id IS NULL) ORDER BY use_count DESC, id DESC LIMIT $5) "
    "  UNION ALL "
    "  (SELECT id FROM kb_articles WHERE archived_at IS NULL "
    "   AND ((cardinality($3::bigint[]) > 0 AND similarity_keys && $3::bigint[]) "
    "        OR (cardinality($4::bigint[]) > 0 AND similarity_keys @> $4::bigint[])) "
    "   AND ($2 = 0 OR product_line_id = $2 OR product_line_id IS NULL) ORDER BY use_count DESC, id DESC LIMIT $6) "
    "  UNION ALL "
    "  (SELECT id FROM kb_articles WHERE $2 <> 0 AND archived_at IS NULL AND product_line_id = $2 "
    "   ORDER BY use_count DESC, id DESC LIMIT $7))"};

template <typename... Args>
pqxx::result withoutSeqScan(UnitOfWork& work, const Statement& statement, Args&&... args)
{
    exec(work, kSeqScanOff);
    pqxx::result result = exec(work, statement, std::forward<Args>(args)...);
    exec(work, kSeqScanOn);
    return result;
}

std::vector<std::string> containsPatterns(const std::vector<std::string>& words)
{
    // Normalized words hold letters and digits only (engine/SearchText), never % _ or \.
    std::vector<std::string> patterns;
    for (const auto& word : words) patterns.push_back("%" + word + "%");
    return patterns;
}

const Statement kRows{"kb_rows", "SELECT " LAOKE_KB_ROW_COLUMNS LAOKE_KB_ROW_FROM "WHERE a.id = ANY($1::bigint[])"};

}  // namespace

KbSearchPage KbSearch::search(const engine::KbQuery& query, const KbSearchFilter& filter)
{
    // One row more than asked tells whether another page follows.
    const std::string categories = toBigintArrayLiteral(categoryWithSubtypes(filter.categoryId));
    const pqxx::result rows =
        query.keys.empty()
            ? exec(m_work, kList, filter.productLineId, categories, filter.limit + 1, filter.offset)
            : withoutSeqScan(m_work, kSearch, toBigintArrayLiteral(query.keys),
                             toTextArrayLiteral(containsPatterns(query.checkedNeedles)), filter.productLineId,
                             categories, filter.limit + 1, filter.offset);
    KbSearchPage page;
    for (const auto& row : rows) {
        if (static_cast<int>(page.rows.size()) == filter.limit) {
            page.more = true;
            break;
        }
        page.rows.push_back(toKbArticleRow(row));
    }
    return page;
}

std::vector<engine::KbCandidate> KbSearch::suggestionCandidates(const engine::KbTicketFacts& ticket)
{
    KbKeyLookup lookup;
    if (!ticket.keys.empty()) lookup = selectiveKbKeys(kbKeyStatistics(m_work).get(), ticket.keys, kLookupKeys);
    const std::string none = "{}", keys = toBigintArrayLiteral(lookup.keys);
    std::vector<engine::KbCandidate> out;
    const std::string group = toBigintArrayLiteral(categoryWithSubtypes(ticket.categoryGroupId));
    for (const auto& row : withoutSeqScan(m_work, kCandidates, group, ticket.productLineId,
                                          lookup.all ? none : keys, lookup.all ? keys : none, kCategoryCandidates,
                                          kTextCandidates, kProductCandidates)) {
        engine::KbCandidate candidate;
        candidate.id = row["id"].as<std::int64_t>();
        candidate.categoryId = row["category_id"].as<std::int64_t>();
        candidate.categoryGroupId = row["group_id"].as<std::int64_t>();
        candidate.productLineId = row["product_line_id"].as<std::int64_t>();
        candidate.useCount = row["use_count"].as<int>();
        candidate.keys = parseIntegerArray(row["keys"].c_str());  // stored sorted and unique
        out.push_back(std::move(candidate));
    }
    return out;
}

std::vector<std::int64_t> KbSearch::categoryWithSubtypes(std::int64_t categoryId)
{
    std::vector<std::int64_t> ids;
    if (categoryId == 0) return ids;
    for (const auto& row : exec(m_work, kCategoryWithSubtypes, categoryId)) ids.push_back(row[0].as<std::int64_t>());
    if (ids.empty()) ids.push_back(categoryId);  // unknown: finds nothing, as it should
    return ids;
}

std::map<std::int64_t, proto::KbArticleRow> KbSearch::rows(const std::vector<std::int64_t>& ids)
{
    std::map<std::int64_t, proto::KbArticleRow> out;
    if (ids.empty()) return out;
    for (const auto& row : exec(m_work, kRows, toBigintArrayLiteral(ids))) {
        auto r = toKbArticleRow(row);
        out.emplace(r.id(), std::move(r));
    }
    return out;
}

}  // namespace laoke::db
