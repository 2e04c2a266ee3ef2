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

// $1: the query's keys ('{}': no text); $2: its words (every one must be in the text, the
// title first); $3: product line (0 any; articles for every line count); $4: category (0
// any; a group includes its sub-types); $5 limit; $6 offset. With custom plans (every pooled
// connection forces them) the conditions of absent filters fold away.
const Statement kSearch{
    "kb_search",
    "SELECT " LAOKE_KB_ROW_COLUMNS LAOKE_KB_ROW_FROM
    "WHERE a.archived_at IS NULL AND (cardinality($1::bigint[]) = 0 OR a.search_keys @> $1::bigint[]) "
    "AND NOT EXISTS (SELECT 1 FROM unnest($2::text[]) w WHERE strpos(a.search_text, w) = 0) "
    "AND ($3 = 0 OR a.product_line_id = $3 OR a.product_line_id IS NULL) "
    "AND ($4 = 0 OR a.category_id IN (SELECT id FROM ticket_categories WHERE id = $4 OR parent_id = $4)) "
    "ORDER BY NOT EXISTS (SELECT 1 FROM unnest($2::text[]) w "
    "                     WHERE strpos(split_part(a.search_text, chr(31), 1), w) = 0) DESC, "
    "a.use_count DESC, a.id DESC LIMIT $5 OFFSET $6"};

// The candidates of a ticket's suggestions. $1: the ticket category's group (0 none); $2: its
// product line (0 none); $3: its selective text keys ('{}' none); $4, $5, $6: how many from
// each source. Articles for another product line are left out at once.
const Statement kCandidates{
    "kb_suggestion_candidates",
    "SELECT a.id, coalesce(a.category_id, 0) AS category_id, coalesce(c.parent_id, c.id, 0) AS group_id, "
    "coalesce(a.product_line_id, 0) AS product_line_id, a.use_count, a.similarity_keys::text AS keys "
    "FROM kb_articles a LEFT JOIN ticket_categories c ON c.id = a.category_id WHERE a.id IN ("
    "  (SELECT id FROM kb_articles WHERE $1 <> 0 AND archived_at IS NULL "
    "   AND category_id IN (SELECT id FROM ticket_categories WHERE id = $1 OR parent_id = $1) "
    "   AND ($2 = 0 OR product_line_id = $2 OR product_line_id IS NULL) ORDER BY use_count DESC, id DESC LIMIT $4) "
    "  UNION ALL "
    "  (SELECT id FROM kb_articles WHERE cardinality($3::bigint[]) > 0 AND archived_at IS NULL "
    "   AND similarity_keys && $3::bigint[] AND ($2 = 0 OR product_line_id = $2 OR product_line_id IS NULL) "
    "   ORDER BY use_count DESC, id DESC LIMIT $5) "
    "  UNION ALL "
    "  (SELECT id FROM kb_articles WHERE $2 <> 0 AND archived_at IS NULL AND product_line_id = $2 "
    "   ORDER BY use_count DESC, id DESC LIMIT $6))"};

const Statement kRows{"kb_rows", "SELECT " LAOKE_KB_ROW_COLUMNS LAOKE_KB_ROW_FROM "WHERE a.id = ANY($1::bigint[])"};

}  // namespace

KbSearchPage KbSearch::search(const engine::KbQuery& query, const KbSearchFilter& filter)
{
    KbSearchPage page;
    // One row more than asked tells whether another page follows.
    for (const auto& row : exec(m_work, kSearch, toBigintArrayLiteral(query.keys), toTextArrayLiteral(query.needles),
                                filter.productLineId, filter.categoryId, filter.limit + 1, filter.offset)) {
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
    std::vector<std::int64_t> lookup;
    if (!ticket.keys.empty()) lookup = selectiveKbKeys(kbKeyStatistics(m_work).get(), ticket.keys, kLookupKeys);
    std::vector<engine::KbCandidate> out;
    for (const auto& row : exec(m_work, kCandidates, ticket.categoryGroupId, ticket.productLineId,
                                toBigintArrayLiteral(lookup), kCategoryCandidates, kTextCandidates, kProductCandidates)) {
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
