#pragma once
// Which category a new ticket most likely belongs to, judged by the past tickets most like it.
//
// Likeness is the cosine of the two tickets' search key sets (engine/SearchText keys of the
// subject and description: character pairs of Chinese text, triples of other letters and
// digits). The most similar past tickets (at most kNeighbours, each at least kMinSimilarity)
// vote for their category with their similarity; the customer's own tickets count 1.5 times,
// since a customer tends to call about the same module. With no text to compare, the
// customer's own past categories vote one each. Pure: the caller reads the past tickets.

#include <cstdint>
#include <string_view>
#include <vector>

namespace laoke::engine {

struct PastTicket {
    std::int64_t categoryId = 0;
    bool sameCustomer = false;
    std::vector<std::int64_t> keys;  ///< sorted, unique
};

struct CategoryVote {
    std::int64_t categoryId = 0;
    int similarTickets = 0;   ///< past tickets that voted for it
    int customerTickets = 0;  ///< of which this customer's
    double score = 0;
};

inline constexpr double kMinSimilarity = 0.2;
inline constexpr std::size_t kNeighbours = 30;

/// The best `limit` categories, best first (ties: more votes, then lower id). `queryKeys`
/// sorted and unique; empty means no text yet.
std::vector<CategoryVote> suggestCategories(const std::vector<std::int64_t>& queryKeys,
                                            const std::vector<PastTicket>& past, std::size_t limit = 3);

/// The keys a ticket is compared by: the character pairs and triples of its subject and of
/// the start of its description (engine/SearchText keys, single characters left out), sorted
/// and unique; a long text keeps its kMaxSimilarityKeys smallest keys, the same sample for
/// every ticket, so long texts still compare fairly.
inline constexpr std::size_t kMaxSimilarityKeys = 256;
std::vector<std::int64_t> similarityKeys(std::string_view subject, std::string_view description);

/// |a ∩ b| / sqrt(|a| |b|) of two sorted, unique key lists; 0 when either is empty.
double keySimilarity(const std::vector<std::int64_t>& a, const std::vector<std::int64_t>& b);

}  // namespace laoke::engine
