#include "engine/KbSuggester.h"

#include "engine/CategorySuggester.h"

#include <algorithm>
#include <cmath>

namespace laoke::engine {

namespace {

constexpr double kSameCategory = 3.0;
constexpr double kSameGroup = 1.5;
constexpr double kSameProductLine = 2.0;
constexpr double kEveryProductLine = 1.0;
constexpr double kTextWeight = 8.0;
constexpr double kMaxUseBonus = 1.0;

}  // namespace

std::vector<KbRanking> rankKbArticles(const KbTicketFacts& ticket, const std::vector<KbCandidate>& candidates,
                                      std::size_t limit)
{
    const bool ticketSaysLittle = ticket.categoryId == 0 && ticket.keys.empty();
    std::vector<std::pair<KbRanking, int>> ranked;  // with the use count, for ties
    for (const KbCandidate& article : candidates) {
        if (ticket.productLineId != 0 && article.productLineId != 0 && article.productLineId != ticket.productLineId) continue;
        KbRanking r;
        r.articleId = article.id;
        r.sameCategory = ticket.categoryId != 0 && article.categoryId == ticket.categoryId;
        r.sameGroup = !r.sameCategory && ticket.categoryGroupId != 0 && article.categoryGroupId == ticket.categoryGroupId;
        r.sameProductLine = ticket.productLineId != 0 && article.productLineId == ticket.productLineId;
        const double similarity = keySimilarity(ticket.keys, article.keys);
        r.similarity = similarity >= kMinKbSimilarity ? similarity : 0;

        const bool evidence = r.sameCategory || r.sameGroup || r.similarity > 0 || (ticketSaysLittle && r.sameProductLine);
        if (!evidence) continue;
        r.score = (r.sameCategory ? kSameCategory : 0) + (r.sameGroup ? kSameGroup : 0) + kTextWeight * r.similarity;
        if (ticket.productLineId != 0) r.score += r.sameProductLine ? kSameProductLine : kEveryProductLine;
        r.score += std::min(kMaxUseBonus, 0.25 * std::log2(1.0 + std::max(0, article.useCount)));
        ranked.emplace_back(r, article.useCount);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
        if (x.first.score != y.first.score) return x.first.score > y.first.score;
        if (x.second != y.second) return x.second > y.second;
        return x.first.articleId < y.first.articleId;
    });
    std::vector<KbRanking> out;
    for (std::size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back(ranked[i].first);
    return out;
}

}  // namespace laoke::engine
