// The category suggestion of a new ticket (engine/CategorySuggester): which keys a ticket is
// compared by, how alike two tickets are, and how the most similar past tickets vote. The
// subjects are the calls a Yonyou/Chanjet service desk gets (domain-research.md §3.1).

#include "engine/CategorySuggester.h"
#include "engine/SearchText.h"

#include "Utf8Characters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace {

using laoke::engine::CategoryVote;
using laoke::engine::keySimilarity;
using laoke::engine::kMaxSimilarityKeys;
using laoke::engine::kMinSimilarity;
using laoke::engine::kNeighbours;
using laoke::engine::packSearchKey;
using laoke::engine::PastTicket;
using laoke::engine::similarityKeys;
using laoke::engine::suggestCategories;
using Keys = std::vector<std::int64_t>;

// Leaf categories of V0009 (the ids only need to differ; lower is not better).
constexpr std::int64_t kMonthEndUnposted = 17;
constexpr std::int64_t kYearEndCarryForward = 22;
constexpr std::int64_t kReportsBalance = 29;
constexpr std::int64_t kLicenceDongle = 45;
constexpr std::int64_t kPermissionsPassword = 52;

/// The sorted keys of these one-to-three-character strings.
Keys keysOf(std::initializer_list<const char*> grams)
{
    Keys keys;
    for (const char* g : grams) keys.push_back(packSearchKey(g));
    std::sort(keys.begin(), keys.end());
    return keys;
}

bool has(const Keys& keys, const char* gram) { return std::binary_search(keys.begin(), keys.end(), packSearchKey(gram)); }

/// `n` distinct Han characters that normalization leaves as they are (no traditional forms).
std::vector<std::string> plainHan(std::size_t n)
{
    std::vector<std::string> out;
    for (char32_t c = 0x4E00; out.size() < n; ++c) {
        std::string s{static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                      static_cast<char>(0x80 | (c & 0x3F))};
        if (laoke::engine::normalizeForSearch(s) == s) out.push_back(s);
    }
    return out;
}

std::string joined(const std::vector<std::string>& parts, std::size_t count, std::string out = "")
{
    for (std::size_t i = 0; i < count; ++i) out += parts[i];
    return out;
}

/// Synthetic key sets with an exact similarity: a query of 100 keys, a past ticket of 100
/// keys of which `shared` are the query's, so their similarity is shared / 100.
Keys query100() { Keys k; for (std::int64_t i = 1; i <= 100; ++i) k.push_back(i); return k; }
Keys sharing(int shared)
{
    Keys k;
    for (std::int64_t i = 1; i <= shared; ++i) k.push_back(i);
    for (std::int64_t i = 0; i < 100 - shared; ++i) k.push_back(1000 + i);
    return k;
}

PastTicket past(std::int64_t category, Keys keys, bool sameCustomer = false) { return {category, sameCustomer, std::move(keys)}; }
PastTicket past(std::int64_t category, const std::string& subject, bool sameCustomer = false)
{
    return {category, sameCustomer, similarityKeys(subject, "")};
}

std::vector<std::int64_t> categoriesOf(const std::vector<CategoryVote>& votes)
{
    std::vector<std::int64_t> out;
    for (const auto& v : votes) out.push_back(v.categoryId);
    return out;
}

// --- similarity ------------------------------------------------------------------------

TEST(KeySimilarity, IdenticalDisjointAndOverlappingTickets)
{
    const Keys closing = similarityKeys("月末结账提示凭证未审核", "");
    const Keys dongle = similarityKeys("加密狗检测不到", "");
    EXPECT_DOUBLE_EQ(keySimilarity(closing, closing), 1.0);
    EXPECT_DOUBLE_EQ(keySimilarity(closing, dongle), 0.0);
    // 月末结账 {月末 末结 结账} and 结账提示 {结账 账提 提示} share one pair of three each.
    const Keys a = similarityKeys("月末结账", "");
    const Keys b = similarityKeys("结账提示", "");
    EXPECT_DOUBLE_EQ(keySimilarity(a, b), 1.0 / 3.0);
    // 月末结账 is inside the 10 pairs of 月末结账提示凭证未审核: 3 / sqrt(3 * 10), either way round.
    ASSERT_EQ(closing.size(), 10u);
    EXPECT_DOUBLE_EQ(keySimilarity(a, closing), 3.0 / std::sqrt(30.0));
    EXPECT_DOUBLE_EQ(keySimilarity(closing, a), keySimilarity(a, closing));
    EXPECT_DOUBLE_EQ(keySimilarity(query100(), sharing(37)), 0.37);
    // No text is like nothing, not like everything.
    EXPECT_EQ(keySimilarity({}, closing), 0.0);
    EXPECT_EQ(keySimilarity(closing, {}), 0.0);
    EXPECT_EQ(keySimilarity({}, {}), 0.0);
}

// --- the keys of a ticket --------------------------------------------------------------

TEST(SimilarityKeys, CharacterPairsOnlySortedAndUnique)
{
    // Single characters say little about a problem (加, 狗 are in many texts): pairs only.
    EXPECT_EQ(similarityKeys("加密狗", ""), keysOf({"加密", "密狗"}));
    EXPECT_FALSE(has(similarityKeys("加密狗", ""), "狗"));
    // Letters and digits keep their pairs and triples: the product is part of the problem.
    EXPECT_EQ(similarityKeys("U8加密狗", ""), keysOf({"u8", "加密", "密狗"}));
    // A repeated complaint counts once.
    EXPECT_EQ(similarityKeys("结账结账结账", "结账"), keysOf({"结账", "账结"}));
    const Keys keys = similarityKeys("年结后期初余额不平", "建立年度账后，资产负债表期初余额不平，年初数与上年期末数对不上");
    EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
    EXPECT_EQ(std::adjacent_find(keys.begin(), keys.end()), keys.end());
    EXPECT_TRUE(has(keys, "年结") && has(keys, "期初") && has(keys, "不平") && has(keys, "年度"));
}

TEST(SimilarityKeys, TextIsComparedAsNormalizedAndSubjectAndDescriptionStayApart)
{
    // Punctuation, spaces and traditional characters do not make another problem.
    EXPECT_EQ(similarityKeys("月末，结账 提示凭证未审核", ""), similarityKeys("月末结账提示凭证未审核", ""));
    EXPECT_EQ(similarityKeys("月結賬", ""), similarityKeys("月结账", ""));
    EXPECT_TRUE(has(similarityKeys("月結賬", ""), "月结"));
    // The subject and the description are two texts: no pair is made across them.
    EXPECT_TRUE(has(similarityKeys("月末结账", ""), "末结"));
    const Keys split = similarityKeys("月末", "结账");
    EXPECT_EQ(split, keysOf({"月末", "结账"}));
    EXPECT_FALSE(has(split, "末结"));
}

TEST(SimilarityKeys, ALongTextKeepsTheSmallestKeys)
{
    const std::vector<std::string> han = plainHan(400);
    const std::string subject = joined(han, han.size());
    ASSERT_EQ(laoke::engine::normalizeForSearch(subject), subject);
    // Distinct characters in code point order: the pairs are in key order too.
    Keys all;
    for (std::size_t i = 0; i + 1 < han.size(); ++i) all.push_back(packSearchKey(han[i] + han[i + 1]));
    ASSERT_TRUE(std::is_sorted(all.begin(), all.end()));
    const Keys keys = similarityKeys(subject, "");
    ASSERT_EQ(keys.size(), kMaxSimilarityKeys);
    EXPECT_EQ(keys, Keys(all.begin(), all.begin() + kMaxSimilarityKeys));
    // The same sample whatever follows: a longer text with only larger keys keeps it.
    EXPECT_EQ(similarityKeys(subject, "要远程协助"), keys);
    // At the cap exactly, nothing is dropped.
    EXPECT_EQ(similarityKeys(joined(han, kMaxSimilarityKeys + 1), "").size(), kMaxSimilarityKeys);
    EXPECT_EQ(similarityKeys(joined(han, kMaxSimilarityKeys), "").size(), kMaxSimilarityKeys - 1);
}

TEST(SimilarityKeys, OnlyTheStartOfTheDescriptionCountsCutBetweenCharacters)
{
    // "a" and 300 three-byte characters: byte 600 falls on the last byte of character 200
    // (index 199), which is left out whole; the 199 before it (598 bytes) are kept.
    const std::vector<std::string> han = plainHan(300);
    const std::string description = joined(han, han.size(), "a");
    ASSERT_GT(description.size(), 600u);
    const std::string subject = "加密狗检测不到";
    const Keys keys = similarityKeys(subject, description);
    EXPECT_EQ(keys, similarityKeys(subject, joined(han, 199, "a")));
    EXPECT_TRUE(has(keys, (han[197] + han[198]).c_str())) << "the last whole character of the start is kept";
    EXPECT_FALSE(has(keys, (han[198] + han[199]).c_str())) << "the character cut at byte 600 is left out";
    EXPECT_FALSE(has(keys, (han[250] + han[251]).c_str())) << "the rest of the description does not count";
    EXPECT_TRUE(has(keys, "加密") && has(keys, "不到")) << "the subject always counts";
    // Nothing of the broken character leaks in: every key is a pair of the text.
    for (const std::int64_t key : keys) {
        const auto chars = laoke::test::characters(laoke::engine::unpackSearchKey(key));
        EXPECT_EQ(chars.size(), 2u) << laoke::engine::unpackSearchKey(key);
    }
}

// --- voting --------------------------------------------------------------------------

TEST(SuggestCategories, SimilarTicketsVoteAndDissimilarOnesAreIgnored)
{
    const Keys query = similarityKeys("月末结账时提示有凭证未审核", "");
    const std::vector<PastTicket> tickets{
        past(kLicenceDongle, "加密狗检测不到"),
        past(kMonthEndUnposted, "月末结账提示凭证未审核"),
        past(kLicenceDongle, "换电脑后加密狗不识别提示未检测到加密狗"),  // shares only 提示
        past(kMonthEndUnposted, "结账时提示有凭证未记账"),
        past(kReportsBalance, "年结后期初余额不平"),
    };
    ASSERT_LT(keySimilarity(query, tickets[2].keys), kMinSimilarity);
    ASSERT_GT(keySimilarity(query, tickets[2].keys), 0.0);
    const auto votes = suggestCategories(query, tickets);
    ASSERT_EQ(categoriesOf(votes), std::vector<std::int64_t>{kMonthEndUnposted});
    EXPECT_EQ(votes[0].similarTickets, 2);
    EXPECT_EQ(votes[0].customerTickets, 0);
    EXPECT_DOUBLE_EQ(votes[0].score, keySimilarity(query, tickets[1].keys) + keySimilarity(query, tickets[3].keys));
    // Nothing similar: no suggestion rather than a guess.
    EXPECT_TRUE(suggestCategories(similarityKeys("密码忘记了登录不了", ""), tickets).empty());
}

TEST(SuggestCategories, TheMinimumSimilarityIsInclusive)
{
    // 1 shared of 5 and 5 keys: exactly 0.2 votes; 1 of 5 and 6: 0.18 does not.
    const Keys query{1, 2, 3, 4, 5};
    ASSERT_DOUBLE_EQ(kMinSimilarity, 0.2);
    const auto votes = suggestCategories(query, {past(kYearEndCarryForward, Keys{5, 10, 11, 12, 13}),
                                                 past(kReportsBalance, Keys{5, 20, 21, 22, 23, 24})});
    EXPECT_EQ(categoriesOf(votes), std::vector<std::int64_t>{kYearEndCarryForward});
}

TEST(SuggestCategories, TheCustomersOwnTicketsWeighOneAndAHalf)
{
    const Keys query = query100();
    // Another customer's ticket at 0.74 loses to this customer's at 0.5 (0.75)...
    auto votes = suggestCategories(query, {past(kReportsBalance, sharing(74)), past(kMonthEndUnposted, sharing(50), true)});
    ASSERT_EQ(categoriesOf(votes), (std::vector<std::int64_t>{kMonthEndUnposted, kReportsBalance}));
    EXPECT_DOUBLE_EQ(votes[0].score, 0.75);
    EXPECT_EQ(votes[0].customerTickets, 1);
    EXPECT_EQ(votes[1].customerTickets, 0);
    // ...and wins at 0.76: the weight is 1.5, not more.
    votes = suggestCategories(query, {past(kReportsBalance, sharing(76)), past(kMonthEndUnposted, sharing(50), true)});
    EXPECT_EQ(categoriesOf(votes), (std::vector<std::int64_t>{kReportsBalance, kMonthEndUnposted}));
    // The weight does not make a dissimilar ticket similar.
    EXPECT_TRUE(suggestCategories(query, {past(kMonthEndUnposted, sharing(19), true)}).empty());
}

TEST(SuggestCategories, OnlyTheMostSimilarNeighboursVote)
{
    const Keys query = query100();
    // Many fairly similar dongle tickets, listed first, and kNeighbours closer month-end ones:
    // all places go to the closer ones, however many the others are.
    std::vector<PastTicket> tickets;
    for (int i = 0; i < 60; ++i) tickets.push_back(past(kLicenceDongle, sharing(50)));
    for (std::size_t i = 0; i < kNeighbours; ++i) tickets.push_back(past(kMonthEndUnposted, sharing(90)));
    auto votes = suggestCategories(query, tickets);
    ASSERT_EQ(categoriesOf(votes), std::vector<std::int64_t>{kMonthEndUnposted});
    EXPECT_EQ(votes[0].similarTickets, static_cast<int>(kNeighbours));
    // One place less for month-end: the best dongle ticket takes the last one.
    tickets.pop_back();
    tickets.push_back(past(kLicenceDongle, sharing(60)));
    votes = suggestCategories(query, tickets);
    ASSERT_EQ(categoriesOf(votes), (std::vector<std::int64_t>{kMonthEndUnposted, kLicenceDongle}));
    EXPECT_EQ(votes[1].similarTickets, 1);
    EXPECT_DOUBLE_EQ(votes[1].score, 0.6);
}

TEST(SuggestCategories, WithoutTextTheCustomersOwnCategoriesByCount)
{
    const std::vector<PastTicket> tickets{
        past(kMonthEndUnposted, "月末结账提示凭证未审核", true),
        past(kLicenceDongle, "加密狗检测不到", true),
        past(kLicenceDongle, "加密狗不识别", true),
        past(0, "密码忘记了", true),  // never categorised
        past(kYearEndCarryForward, "年结后期初余额不平"),  // other customers' count for nothing here
        past(kYearEndCarryForward, "结转上年数据失败"),
        past(kYearEndCarryForward, "年度账菜单灰色"),
    };
    const auto votes = suggestCategories({}, tickets);
    ASSERT_EQ(categoriesOf(votes), (std::vector<std::int64_t>{kLicenceDongle, kMonthEndUnposted}));
    EXPECT_EQ(votes[0].similarTickets, 2);
    EXPECT_EQ(votes[0].customerTickets, 2);
    EXPECT_EQ(votes[1].similarTickets, 1);
    // A new customer without tickets gets no suggestion.
    EXPECT_TRUE(suggestCategories({}, {tickets[4], tickets[5]}).empty());
}

TEST(SuggestCategories, TiesGoToMoreVotesThenToTheLowerId)
{
    // 0.3 + 0.3 ties with 0.6: the category more tickets agree on comes first, even with the
    // higher id.
    auto votes = suggestCategories(query100(), {past(kReportsBalance, sharing(60)), past(kLicenceDongle, sharing(30)),
                                                past(kLicenceDongle, sharing(30))});
    ASSERT_EQ(categoriesOf(votes), (std::vector<std::int64_t>{kLicenceDongle, kReportsBalance}));
    EXPECT_EQ(votes[0].similarTickets, 2);
    // Equal in both: by id, whatever order the tickets came in.
    votes = suggestCategories({}, {past(kPermissionsPassword, "密码忘记了", true), past(kMonthEndUnposted, "月末结账", true)});
    EXPECT_EQ(categoriesOf(votes), (std::vector<std::int64_t>{kMonthEndUnposted, kPermissionsPassword}));
    votes = suggestCategories(query100(), {past(kLicenceDongle, sharing(40)), past(kYearEndCarryForward, sharing(40))});
    EXPECT_EQ(categoriesOf(votes), (std::vector<std::int64_t>{kYearEndCarryForward, kLicenceDongle}));
    // Many equal categories (enough for the sort to move equal elements): still by id.
    std::vector<PastTicket> many;
    for (std::int64_t id = 60; id > 20; --id) many.push_back(past(id, "加密狗检测不到", true));
    std::vector<std::int64_t> ascending;
    for (std::int64_t id = 21; id <= 60; ++id) ascending.push_back(id);
    EXPECT_EQ(categoriesOf(suggestCategories({}, many, 40)), ascending);
}

TEST(SuggestCategories, TheLimitIsRespected)
{
    std::vector<PastTicket> tickets;
    const std::int64_t categories[] = {kMonthEndUnposted, kYearEndCarryForward, kReportsBalance, kLicenceDongle,
                                       kPermissionsPassword};
    for (int i = 0; i < 5; ++i) tickets.push_back(past(categories[i], sharing(90 - 10 * i)));
    EXPECT_EQ(categoriesOf(suggestCategories(query100(), tickets)),
              (std::vector<std::int64_t>{kMonthEndUnposted, kYearEndCarryForward, kReportsBalance}))
        << "three by default, the best ones";
    EXPECT_EQ(categoriesOf(suggestCategories(query100(), tickets, 1)), std::vector<std::int64_t>{kMonthEndUnposted});
    EXPECT_EQ(suggestCategories(query100(), tickets, 10).size(), 5u);
    EXPECT_TRUE(suggestCategories(query100(), tickets, 0).empty());
}

TEST(SuggestCategories, UncategorisedTicketsNeverVote)
{
    // The most similar past tickets were never categorised: they are not "category 0".
    const Keys query = similarityKeys("加密狗检测不到", "");
    const std::vector<PastTicket> tickets{past(0, "加密狗检测不到"), past(0, "加密狗检测不到", true),
                                          past(kLicenceDongle, "加密狗不识别检测不到")};
    const auto votes = suggestCategories(query, tickets);
    ASSERT_EQ(categoriesOf(votes), std::vector<std::int64_t>{kLicenceDongle});
    EXPECT_EQ(votes[0].similarTickets, 1);
    EXPECT_TRUE(suggestCategories(query, {tickets[0], tickets[1]}).empty());
    EXPECT_TRUE(suggestCategories({}, {tickets[1]}).empty());
}

}  // namespace
