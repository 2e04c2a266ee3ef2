#pragma once
// How common each customer search key is and how many customers each branch has, read from
// PostgreSQL's own statistics (pg_stats: the most common elements of customers.search_keys,
// the most common values of branch_id, pg_class.reltuples). CustomerSearch uses them to guess
// how many customers a query matches before choosing its plan. ANALYZE (autovacuum) refreshes
// the statistics every so often, so they are cached per database for a few minutes.

#include "db/UnitOfWork.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace laoke::db {

struct SearchKeyStatistics {
    double customers = 0;                                  ///< pg_class.reltuples
    std::unordered_map<std::int64_t, double> branchShare;  ///< branch id -> fraction of customers
    std::unordered_map<std::int64_t, double> keyShare;     ///< search key -> fraction of customers having it
    double unlistedKeyShare = 0;  ///< a key not in keyShare is in fewer than this fraction of customers

    /// Customers in the branch (0: all customers).
    double customersIn(std::int64_t branchId) const;

    /// About this many customers of the branch have every one of the keys. The bigrams of a
    /// word are strongly correlated (机械, 械设, 设备 come together), so for words this is the
    /// count of the rarest key (a key too rare to be listed counts as half the rarest listed
    /// one); the trigrams of a number are nearly independent, so for keys
    /// with digits it is the product of their shares. nullopt without statistics.
    std::optional<double> expectedMatches(const std::vector<std::int64_t>& keys, std::int64_t branchId) const;

    /// The `count` rarest of the keys. Intersecting a few rare keys' entries in the GIN index
    /// is much cheaper than intersecting all of them (six trigrams of "shicheng": 30 ms) and
    /// finds nearly the same rows; the text condition then checks every row exactly.
    std::vector<std::int64_t> rarestKeys(std::vector<std::int64_t> keys, std::size_t count) const;

    /// The fraction of customers having the key (half the rarest listed one's if unlisted).
    double shareOf(std::int64_t key) const;
};

/// True when every key is made of Chinese characters only (no letters, digits).
bool allHanKeys(const std::vector<std::int64_t>& keys);

/// The statistics of the database `work` runs in, at most five minutes old; nullptr when the
/// customers table has never been analyzed. Reads pg_stats as the server's own role (the
/// view hides tables under row-level security from other roles).
std::shared_ptr<const SearchKeyStatistics> searchKeyStatistics(UnitOfWork& work);

/// pg_stats' most_common_elems and most_common_elem_freqs of an array column, as text, into
/// element -> share of rows; `unlistedShare` becomes the rarest listed element's share (an
/// unlisted element is rarer), or `whenNoneListed`. False when the two do not go together.
bool parseElementShares(const std::string& elems, const std::string& freqs, double whenNoneListed,
                        std::unordered_map<std::int64_t, double>& shares, double& unlistedShare);

/// pg_stats' arrays as text: "{1,2,3}" -> {1, 2, 3}; "{0.5,1e-05}" -> {0.5, 0.00001}.
std::vector<std::int64_t> parseIntegerArray(const std::string& text);
std::vector<double> parseFractionArray(const std::string& text);

}  // namespace laoke::db
