#include "engine/CategorySuggester.h"

#include "engine/SearchText.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace laoke::engine {

namespace {

// The start of a description says what the problem is; the rest is mostly steps and logs.
constexpr std::size_t kDescriptionBytes = 600;

constexpr std::int64_t kSecondCodePointMask = ((std::int64_t{1} << 21) - 1) << 21;

std::string_view utf8Prefix(std::string_view text, std::size_t bytes)
{
    if (text.size() <= bytes) return text;
    while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;  // not inside a character
    return text.substr(0, bytes);
}

}  // namespace

std::vector<std::int64_t> similarityKeys(std::string_view subject, std::string_view description)
{
    std::vector<std::int64_t> keys;
    appendKeysOfText(normalizeForSearch(subject), keys);
    appendKeysOfText(normalizeForSearch(utf8Prefix(description, kDescriptionBytes)), keys);
    std::erase_if(keys, [](std::int64_t key) { return (key & kSecondCodePointMask) == 0; });
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    if (keys.size() > kMaxSimilarityKeys) keys.resize(kMaxSimilarityKeys);
    return keys;
}

double keySimilarity(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b)
{
    if (a.empty() || b.empty()) return 0;
    std::size_t shared = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return static_cast<double>(shared) / std::sqrt(static_cast<double>(a.size()) * static_cast<double>(b.size()));
}

std::vector<CategoryVote> suggestCategories(const std::vector<std::int64_t>& queryKeys, const std::vector<PastTicket>& past,
                                            std::size_t limit)
{
    std::map<std::int64_t, CategoryVote> votes;
    auto vote = [&](const PastTicket& ticket, double weight) {
        CategoryVote& v = votes[ticket.categoryId];
        v.categoryId = ticket.categoryId;
        v.similarTickets += 1;
        v.customerTickets += ticket.sameCustomer ? 1 : 0;
        v.score += weight;
    };

    if (queryKeys.empty()) {
        for (const PastTicket& ticket : past) {
            if (ticket.sameCustomer && ticket.categoryId != 0) vote(ticket, 1.0);
        }
    } else {
        std::vector<std::pair<double, const PastTicket*>> similar;
        for (const PastTicket& ticket : past) {
            if (ticket.categoryId == 0) continue;
            const double similarity = keySimilarity(queryKeys, ticket.keys);
            if (similarity >= kMinSimilarity) similar.emplace_back(similarity, &ticket);
        }
        const std::size_t keep = std::min(similar.size(), kNeighbours);
        // Ties at the cut-off go by customer, then category, so the same input always gives
        // the same votes (tickets equal in all three vote alike).
        std::partial_sort(similar.begin(), similar.begin() + static_cast<std::ptrdiff_t>(keep), similar.end(),
                          [](const auto& x, const auto& y) {
                              if (x.first != y.first) return x.first > y.first;
                              if (x.second->sameCustomer != y.second->sameCustomer) return x.second->sameCustomer;
                              return x.second->categoryId < y.second->categoryId;
                          });
        for (std::size_t i = 0; i < keep; ++i) {
            vote(*similar[i].second, similar[i].first * (similar[i].second->sameCustomer ? 1.5 : 1.0));
        }
    }

    std::vector<CategoryVote> ranked;
    for (const auto& [id, v] : votes) ranked.push_back(v);
    std::sort(ranked.begin(), ranked.end(), [](const CategoryVote& x, const CategoryVote& y) {
        if (x.score != y.score) return x.score > y.score;
        if (x.similarTickets != y.similarTickets) return x.similarTickets > y.similarTickets;
        return x.categoryId < y.categoryId;
    });
    if (ranked.size() > limit) ranked.resize(limit);
    return ranked;
}

}  // namespace laoke::engine
