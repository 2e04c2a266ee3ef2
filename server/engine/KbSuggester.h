#pragma once
// Which knowledge articles a ticket being written most likely needs, from what the ticket
// already says: its category, its product line and its text.
//
// Each kind of evidence adds to an article's score: the ticket's very category 3, another
// sub-type of the same group 1.5; written for the ticket's product line 2, for every line 1
// (it applies, but less specifically); the likeness of the texts (the cosine of their
// character-pair keys, CategorySuggester keySimilarity) 8 times, from kMinKbSimilarity up;
// and a little for articles that solved many tickets before (at most 1), so that among equals
// the proven one comes first. An article written for another product line is never
// suggested: its menus and steps would mislead. Without category or text evidence an article
// is not suggested, unless the ticket names neither a category nor any text yet: then the
// product line's most used articles are. Pure: the caller reads the candidates.

#include <cstdint>
#include <vector>

namespace laoke::engine {

struct KbCandidate {
    std::int64_t id = 0;
    std::int64_t categoryId = 0;       ///< 0: none
    std::int64_t categoryGroupId = 0;  ///< the group of the category (itself for a group); 0: none
    std::int64_t productLineId = 0;    ///< 0: for every product line
    int useCount = 0;
    std::vector<std::int64_t> keys;    ///< similarity keys, sorted, unique
};

struct KbTicketFacts {
    std::int64_t categoryId = 0;
    std::int64_t categoryGroupId = 0;
    std::int64_t productLineId = 0;
    std::vector<std::int64_t> keys;    ///< similarityKeys(subject, description)
};

struct KbRanking {
    std::int64_t articleId = 0;
    bool sameCategory = false;
    bool sameGroup = false;
    bool sameProductLine = false;
    double similarity = 0;   ///< 0 when below kMinKbSimilarity
    double score = 0;
};

inline constexpr double kMinKbSimilarity = 0.1;

/// The best `limit` articles, best first (ties: more uses, then lower id).
std::vector<KbRanking> rankKbArticles(const KbTicketFacts& ticket, const std::vector<KbCandidate>& candidates,
                                      std::size_t limit);

}  // namespace laoke::engine
