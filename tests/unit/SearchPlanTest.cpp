// How a customer text search picks its plan from the statistics: the estimate of matches
// (rarest key for words, product of shares for numbers) and the plan for that estimate.

#include "db/SearchKeyStatistics.h"
#include "engine/SearchPlan.h"
#include "engine/SearchText.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using laoke::db::SearchKeyStatistics;
using laoke::engine::buildSearchQuery;
using laoke::engine::chooseSearchPlan;
using laoke::engine::packSearchKey;

SearchKeyStatistics bookOfAMillion()
{
    SearchKeyStatistics statistics;
    statistics.customers = 1000000;
    statistics.branchShare = {{1, 0.19}, {2, 0.51}, {3, 0.30}};
    statistics.keyShare = {{packSearchKey("机械"), 0.032}, {packSearchKey("械设"), 0.020}, {packSearchKey("设备"), 0.025},
                           {packSearchKey("有限"), 0.97},  {packSearchKey("138"), 0.30},  {packSearchKey("380"), 0.05},
                           {packSearchKey("801"), 0.05},   {packSearchKey("013"), 0.05}};
    statistics.unlistedKeyShare = 0.0013;
    return statistics;
}

TEST(SearchKeyStatistics, WordsCountTheirRarestKeyNumbersMultiplyTheirShares)
{
    const auto statistics = bookOfAMillion();
    // 机械设备: its bigrams come together, so about as many as the rarest (械设, 2%).
    EXPECT_NEAR(*statistics.expectedMatches(buildSearchQuery("机械设备").keys, 1), 0.020 * 190000, 1);
    // 13801: the trigrams of a number are nearly independent: 138 and 380 and 801.
    EXPECT_NEAR(*statistics.expectedMatches(buildSearchQuery("13801").keys, 0), 0.30 * 0.05 * 0.05 * 1000000, 1);
    // A key nobody listed is rarer than the rarest listed one: half of that.
    EXPECT_NEAR(*statistics.expectedMatches(buildSearchQuery("鑫达").keys, 0), 0.0013 / 2 * 1000000, 1);
    // Admins (branch 0) search all customers; an unknown branch is taken as a small one.
    EXPECT_DOUBLE_EQ(statistics.customersIn(0), 1000000);
    EXPECT_DOUBLE_EQ(statistics.customersIn(99), 10000);
    EXPECT_FALSE(statistics.expectedMatches({}, 1).has_value());
}

TEST(SearchPlan, FewMatchesUseTheIndexManyWalkTheNamesWithABoundedWalk)
{
    EXPECT_FALSE(chooseSearchPlan(40, 200, 190000, 200, true).walk);
    EXPECT_FALSE(chooseSearchPlan(2500, 7000, 190000, 200, true).walk);
    // Few if spread like customers, but a regional word could put 10,000 in this branch.
    EXPECT_TRUE(chooseSearchPlan(1900, 10000, 190000, 200, true).walk);

    // Chinese words: walk as long as reading every match through the index would take.
    const auto dalian = chooseSearchPlan(2059, 10807, 190510, 200, true);  // 大连 in branch BJ
    EXPECT_TRUE(dalian.walk);
    EXPECT_DOUBLE_EQ(dalian.walkLimit, 5 * 10807);  // its 201st match is the 42,595th name
    EXPECT_DOUBLE_EQ(chooseSearchPlan(184000, 970000, 190000, 200, true).walkLimit, 250000);  // the ceiling

    // Letters and digits: the estimate is an overestimate; walk four times what it needs.
    const auto pinyin = chooseSearchPlan(4272, 22423, 190510, 200, false);  // shicheng
    EXPECT_TRUE(pinyin.walk);
    EXPECT_DOUBLE_EQ(pinyin.walkLimit, 30000);  // the ceiling
    const auto initials = chooseSearchPlan(25000, 120000, 190000, 200, false);
    EXPECT_NEAR(initials.walkLimit, 4.0 * 201 * 190000 / 25000, 0.1);
    EXPECT_DOUBLE_EQ(chooseSearchPlan(184000, 970000, 190000, 200, false).walkLimit, 5000);  // the floor
}

TEST(SearchKeyStatistics, RarestKeysForTheIndexLookup)
{
    const auto statistics = bookOfAMillion();
    const auto keys = buildSearchQuery("有限机械设备").keys;  // 有限 限机 机械 械设 设备
    const auto rarest = statistics.rarestKeys(keys, 3);
    ASSERT_EQ(rarest.size(), 3u);
    // 限机 is unlisted (rarer than any listed), then 械设 (2%), then 设备 (2.5%).
    for (const char* key : {"限机", "械设", "设备"}) {
        EXPECT_TRUE(std::find(rarest.begin(), rarest.end(), packSearchKey(key)) != rarest.end()) << key;
    }
    EXPECT_EQ(statistics.rarestKeys({packSearchKey("机械")}, 3), (std::vector<std::int64_t>{packSearchKey("机械")}));
}

TEST(SearchKeyStatistics, KnowsQueriesOfChineseCharactersOnly)
{
    EXPECT_TRUE(laoke::db::allHanKeys(buildSearchQuery("大连").keys));
    EXPECT_TRUE(laoke::db::allHanKeys(buildSearchQuery("機械設備").keys));  // folded to 机械设备
    EXPECT_FALSE(laoke::db::allHanKeys(buildSearchQuery("bjhd").keys));
    EXPECT_FALSE(laoke::db::allHanKeys(buildSearchQuery("1380013").keys));
    EXPECT_FALSE(laoke::db::allHanKeys({}));
}

TEST(SearchKeyStatistics, ReadsPgStatsArraysAsText)
{
    EXPECT_EQ(laoke::db::parseIntegerArray("{1,-2,116222833306107904}"),
              (std::vector<std::int64_t>{1, -2, 116222833306107904}));
    EXPECT_EQ(laoke::db::parseFractionArray("{0.5,1e-05}"), (std::vector<double>{0.5, 0.00001}));
    EXPECT_TRUE(laoke::db::parseIntegerArray("{}").empty());
}

}  // namespace
