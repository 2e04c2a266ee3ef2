#pragma once
// How to find a page of customers whose text holds a query, sorted by name: through the GIN
// index of search keys (every match is read from the table and sorted: cost grows with the
// number of matches) or by walking the name index, which carries the search text, until the
// page is full (cost grows with customers / matches). Measured on 1,000,000 customers
// (docs/performance.md): about 3 microseconds per match through the index, 1 per customer
// walked. PostgreSQL's planner cannot make this choice well: it multiplies the frequencies of
// a query's keys as if they were independent, but the bigrams of one word are not (机械,
// 械设, 设备), so it thinks common words are rare and sorts tens of thousands of rows.

#include <algorithm>

namespace laoke::engine {

struct SearchPlan {
    bool walk = false;     ///< walk the name index (else: the GIN index)
    double walkLimit = 0;  ///< customers the walk looks at before giving up (then: the GIN index)
};

/// `expectedMatches`: the estimated matches among `customersInScope` (the branch's customers,
/// assuming the query's words are spread over the branches like customers are);
/// `expectedAnywhere`: among all customers, the most the branch could have if a word is
/// regional (a city's name: all its matches in the branch serving that region).
/// `pageRows`: rows wanted. `hanWords`: the query is Chinese characters only, so the estimate
/// is reliable (see SearchKeyStatistics::expectedMatches) and a failed walk means the matches
/// cluster somewhere in the name order rather than that they are few.
inline SearchPlan chooseSearchPlan(double expectedMatches, double expectedAnywhere, double customersInScope, int pageRows,
                                   bool hanWords)
{
    constexpr double kIndexOnly = 2500;      // this few: the index plan takes under 10 ms
    constexpr double kIndexAtWorst = 7500;   // ... and under 25 ms if they all are in the branch
    constexpr double kMinWalk = 5000;
    constexpr double kMaxGuessedWalk = 30000;   // 30,000 index entries: about 20 ms
    constexpr double kMaxClusteredWalk = 250000;
    // Reading a match through the index costs about five times walking past a customer.
    constexpr double kIndexCostInWalkedCustomers = 5;
    SearchPlan plan;
    if (expectedMatches <= kIndexOnly && expectedAnywhere <= kIndexAtWorst) return plan;
    plan.walk = true;
    auto clamp = [](double value, double low, double high) { return value < low ? low : value > high ? high : value; };
    if (hanWords) {
        // Place names are the common words that cluster: 大连 is in 5.7% of one branch's
        // customers, but the names that start with it sort under D, 40,000 names in. Walk
        // for as long as reading every match through the index would take.
        const double indexCost = kIndexCostInWalkedCustomers * std::min(expectedAnywhere, customersInScope);
        plan.walkLimit = clamp(indexCost, kMinWalk, kMaxClusteredWalk);
        return plan;
    }
    // The walk expects a match every customersInScope / expectedMatches customers; it gives up
    // at four times the customers a full page would need, so an overestimate (Latin letters
    // and digits) costs little: the matches are then few, and the index finds them quickly.
    plan.walkLimit = clamp(4.0 * (pageRows + 1) * customersInScope / expectedMatches, kMinWalk, kMaxGuessedWalk);
    return plan;
}

}  // namespace laoke::engine
