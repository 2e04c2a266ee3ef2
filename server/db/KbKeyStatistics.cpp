#include "db/KbKeyStatistics.h"

#include "db/SearchKeyStatistics.h"
#include "db/StatisticsCache.h"

#include <pqxx/pqxx>

#include <algorithm>

namespace laoke::db {
namespace {

std::shared_ptr<const KbKeyStatistics> read(UnitOfWork& work)
{
    pqxx::result rows;
    // pg_stats hides the statistics of tables under row-level security from other roles.
    work.withoutRowSecurity([&] {
        rows = work.transaction().exec(
            "SELECT coalesce(s.most_common_elems::text, '{}') AS elems, "
            "coalesce(s.most_common_elem_freqs::text, '{}') AS elem_freqs, "
            "(SELECT reltuples FROM pg_class WHERE oid = 'kb_articles'::regclass) AS articles "
            "FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'kb_articles' "
            "AND s.attname = 'similarity_keys'");
    });
    if (rows.size() != 1) return nullptr;
    auto statistics = std::make_shared<KbKeyStatistics>();
    statistics->articles = rows[0]["articles"].as<double>();
    // No key listed: none is in enough articles to be worth listing.
    if (statistics->articles <= 0 || !parseElementShares(rows[0]["elems"].c_str(), rows[0]["elem_freqs"].c_str(), 0.0,
                                                         statistics->keyShare, statistics->unlistedKeyShare)) {
        return nullptr;
    }
    return statistics;
}

}  // namespace

std::shared_ptr<const KbKeyStatistics> kbKeyStatistics(UnitOfWork& work)
{
    static StatisticsCache<KbKeyStatistics> cache;
    return cache.get(work, read);
}

double kbSelectiveKeyLimit(double articles) { return std::max(50.0, 0.01 * articles); }

KbKeyLookup selectiveKbKeys(const KbKeyStatistics* statistics, std::vector<std::int64_t> keys, std::size_t count)
{
    if (statistics == nullptr) return KbKeyLookup{std::move(keys), false};
    const auto shareOf = [statistics](std::int64_t key) {
        const auto found = statistics->keyShare.find(key);
        return found == statistics->keyShare.end() ? statistics->unlistedKeyShare : found->second;
    };
    std::stable_sort(keys.begin(), keys.end(), [&](std::int64_t a, std::int64_t b) { return shareOf(a) < shareOf(b); });
    const double limit = kbSelectiveKeyLimit(statistics->articles);
    const auto common = std::find_if(keys.begin(), keys.end(),
                                     [&](std::int64_t key) { return shareOf(key) * statistics->articles > limit; });
    KbKeyLookup lookup;
    if (common == keys.begin()) {
        lookup.all = true;
        keys.resize(std::min<std::size_t>(keys.size(), 2));
    } else {
        keys.erase(common, keys.end());
        if (keys.size() > count) keys.resize(count);
    }
    std::sort(keys.begin(), keys.end());
    lookup.keys = std::move(keys);
    return lookup;
}

}  // namespace laoke::db
