#pragma once
// Finding knowledge articles: the search by words, product line and category, and the
// candidates a ticket's suggestions are ranked from (engine/KbSuggester).
//
// Text search works as for customers (V0014, engine/SearchText): the GIN index gives the
// articles holding every key of the query, and strpos keeps those whose text holds every
// word. Articles are shared by all branches, so no branch condition and no second step.

#include "db/UnitOfWork.h"
#include "engine/KbSuggester.h"
#include "engine/KbText.h"
#include "laoke.pb.h"

#include <cstdint>
#include <map>
#include <vector>

namespace laoke::db {

struct KbSearchFilter {
    std::int64_t productLineId = 0;  ///< 0: any; else this line's articles and those for every line
    std::int64_t categoryId = 0;     ///< 0: any; a group includes its sub-types
    int limit = 20;
    int offset = 0;
};

struct KbSearchPage {
    std::vector<protocol::KbArticleRow> rows;
    bool more = false;
};

class KbSearch {
public:
    explicit KbSearch(UnitOfWork& work) : m_work(work) {}

    /// Active articles only. Title matches first, then the most used, then the newest.
    KbSearchPage search(const engine::KbQuery& query, const KbSearchFilter& filter);

    /// How many articles each source of candidates gives at most.
    static constexpr int kCategoryCandidates = 300;
    static constexpr int kTextCandidates = 300;
    static constexpr int kProductCandidates = 50;
    /// Active articles that may suit the ticket: of its category's group, sharing its rarest
    /// text keys, and its product line's most used; none for another product line.
    std::vector<engine::KbCandidate> suggestionCandidates(const engine::KbTicketFacts& ticket);

    /// The rows of these articles, by id.
    std::map<std::int64_t, protocol::KbArticleRow> rows(const std::vector<std::int64_t>& ids);

private:
    /// The category and, for a group, its sub-types; empty for 0.
    std::vector<std::int64_t> categoryWithSubtypes(std::int64_t categoryId);

    UnitOfWork& m_work;
};

}  // namespace laoke::db
