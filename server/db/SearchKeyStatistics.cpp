#include "db/SearchKeyStatistics.h"

#include "db/StatisticsCache.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <cstdlib>

namespace laoke::db {
namespace {

template <typename Number, typename Parse>
std::vector<Number> parseArray(const std::string& text, Parse parse)
{
    std::vector<Number> values;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t end = text.find_first_of(",}", i);
        if (text[i] == '{') {
            ++i;
            continue;
        }
        if (end == std::string::npos) break;
        if (end > i) values.push_back(parse(text.substr(i, end - i)));
        i = end + 1;
    }
    return values;
}

// True when some code point packed in some key (engine/SearchText.h: 21 bits each, 0 = none)
// satisfies `test`.
template <typename Test>
bool anyCodePoint(const std::vector<std::int64_t>& keys, Test test)
{
    for (const auto key : keys) {
        for (const int shift : {0, 21, 42}) {
            const auto codePoint = static_cast<char32_t>((key >> shift) & 0x1FFFFF);
            if (codePoint != 0 && test(codePoint)) return true;
        }
    }
    return false;
}

std::shared_ptr<const SearchKeyStatistics> read(UnitOfWork& work)
{
    pqxx::result rows;
    work.withoutRowSecurity([&] {
        rows = work.transaction().exec(
            "SELECT s.attname, coalesce(s.most_common_elems::text, '{}') AS elems, "
            "coalesce(s.most_common_elem_freqs::text, '{}') AS elem_freqs, coalesce(s.most_common_vals::text, '{}') AS vals, "
            "coalesce(s.most_common_freqs::text, '{}') AS freqs, "
            "(SELECT reltuples FROM pg_class WHERE oid = 'customers'::regclass) AS customers "
            "FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'customers' "
            "AND s.attname IN ('search_keys', 'branch_id')");
    });
    if (rows.size() != 2) return nullptr;
    auto statistics = std::make_shared<SearchKeyStatistics>();
    for (const auto& row : rows) {
        statistics->customers = row["customers"].as<double>();
        if (std::string(row["attname"].c_str()) == "search_keys") {
            if (!parseElementShares(row["elems"].c_str(), row["elem_freqs"].c_str(), 1.0, statistics->keyShare,
                                    statistics->unlistedKeyShare)) {
                return nullptr;
            }
        } else {
            const auto branches = parseIntegerArray(row["vals"].c_str());
            const auto shares = parseFractionArray(row["freqs"].c_str());
            for (std::size_t i = 0; i < branches.size() && i < shares.size(); ++i) {
                statistics->branchShare.emplace(branches[i], shares[i]);
            }
        }
    }
    if (statistics->customers <= 0) return nullptr;  // -1 or 0: never analyzed or vacuumed
    return statistics;
}

}  // namespace

double SearchKeyStatistics::customersIn(std::int64_t branchId) const
{
    if (branchId == 0) return customers;
    const auto found = branchShare.find(branchId);
    // A branch missing from the most common values is a small one.
    return customers * (found == branchShare.end() ? 0.01 : found->second);
}

std::optional<double> SearchKeyStatistics::expectedMatches(const std::vector<std::int64_t>& keys, std::int64_t branchId) const
{
    if (keys.empty()) return std::nullopt;
    double rarest = 1.0, product = 1.0;
    for (const auto key : keys) {
        rarest = std::min(rarest, shareOf(key));
        product *= shareOf(key);
    }
    const bool digits = anyCodePoint(keys, [](char32_t c) { return c >= U'0' && c <= U'9'; });
    return (digits ? product : rarest) * customersIn(branchId);
}

double SearchKeyStatistics::shareOf(std::int64_t key) const
{
    const auto found = keyShare.find(key);
    // An unlisted key is rarer than the rarest listed one: take half of that as its share.
    return found == keyShare.end() ? unlistedKeyShare / 2 : found->second;
}

std::vector<std::int64_t> SearchKeyStatistics::rarestKeys(std::vector<std::int64_t> keys, std::size_t count) const
{
    std::stable_sort(keys.begin(), keys.end(), [this](std::int64_t a, std::int64_t b) { return shareOf(a) < shareOf(b); });
    if (keys.size() > count) keys.resize(count);
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::shared_ptr<const SearchKeyStatistics> searchKeyStatistics(UnitOfWork& work)
{
    static StatisticsCache<SearchKeyStatistics> cache;
    return cache.get(work, read);
}

bool allHanKeys(const std::vector<std::int64_t>& keys)
{
    const auto notHan = [](char32_t c) { return !((c >= 0x3400 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x323AF)); };
    return !keys.empty() && !anyCodePoint(keys, notHan);
}

bool parseElementShares(const std::string& elems, const std::string& freqs, double whenNoneListed,
                        std::unordered_map<std::int64_t, double>& shares, double& unlistedShare)
{
    const auto keys = parseIntegerArray(elems);
    const auto fractions = parseFractionArray(freqs);
    // The elements' shares are followed by their minimum, maximum and the share of NULL
    // elements; an element not listed was rarer than the rarest listed one.
    if (fractions.size() != keys.size() + 3) return false;
    for (std::size_t i = 0; i < keys.size(); ++i) shares.emplace(keys[i], fractions[i]);
    unlistedShare = keys.empty() ? whenNoneListed : fractions[keys.size()];
    return true;
}

std::vector<std::int64_t> parseIntegerArray(const std::string& text)
{
    return parseArray<std::int64_t>(text, [](const std::string& item) { return std::strtoll(item.c_str(), nullptr, 10); });
}

std::vector<double> parseFractionArray(const std::string& text)
{
    return parseArray<double>(text, [](const std::string& item) { return std::strtod(item.c_str(), nullptr); });
}

}  // namespace laoke::db
