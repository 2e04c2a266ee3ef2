#pragma once
// How common each similarity key of knowledge articles is (pg_stats' most common elements of
// kb_articles.similarity_keys, cached a few minutes), so a ticket's suggestion looks up only
// its selective keys in the GIN index. A ticket's text shares common pairs (结账, 凭证) with
// thousands of articles; looking those up would read most of the table to find the few that
// share its rare pairs (未记账, 期间损益), which say what the problem is.

#include "db/UnitOfWork.h"

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

namespace laoke::db {

struct KbKeyStatistics {
    double articles = 0;                                ///< pg_class.reltuples
    std::unordered_map<std::int64_t, double> keyShare;  ///< key -> fraction of articles having it
    double unlistedKeyShare = 0;  ///< a key not listed is in fewer than this fraction of articles
};

/// nullptr when the table was never analyzed (it is small then: autovacuum analyzes a table
/// after its first 50 rows and every 10% of change).
std::shared_ptr<const KbKeyStatistics> kbKeyStatistics(UnitOfWork& work);

/// A key in more articles than this is not worth an index lookup: max(50, 1% of articles).
double kbSelectiveKeyLimit(double articles);

/// Which keys of a ticket to look up, and how.
struct KbKeyLookup {
    std::vector<std::int64_t> keys;  ///< sorted
    bool all = false;  ///< articles having all of them (else any of them)
};

/// The keys in at most kbSelectiveKeyLimit articles, the rarest `count` of them, any of which
/// an article may have; every key when there are no statistics. When every key is common
/// (a ticket in everyday words), articles having both of the two rarest: a pair of common
/// words together is much rarer than either.
KbKeyLookup selectiveKbKeys(const KbKeyStatistics* statistics, std::vector<std::int64_t> keys, std::size_t count);

}  // namespace laoke::db
