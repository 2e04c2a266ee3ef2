// Knowledge article text (engine/KbText) and the ranking of suggested articles
// (engine/KbSuggester): how a typed query is cut into words, what an article is found by, and
// which article a ticket being written is shown first.

#include "engine/CategorySuggester.h"
#include "engine/KbSuggester.h"
#include "engine/KbText.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using namespace laoke::engine;
using Needles = std::vector<std::string>;

bool finds(const KbQuery& query, const SearchDocument& document)
{
    for (const auto& needle : query.needles) {
        if (document.text.find(needle) == std::string::npos) return false;
    }
    for (const auto key : query.keys) {
        if (!std::binary_search(document.keys.begin(), document.keys.end(), key)) return false;
    }
    return true;
}

const KbArticleText kUnposted{"总账月末结账提示“本月还有未记账凭证”", "月结 结账", "U8+ 12.0–16.1",
                              "结账时工作检查报告显示本月还有未记账凭证", "凭证未审核或未记账", "审核、记账后再结账"};

TEST(KbQuery, WordsAreCutAtSpacesAndChineseSeparatorsButNotInside)
{
    EXPECT_EQ(buildKbQuery("月结 未记账").needles, (Needles{"月结", "未记账"}));
    EXPECT_EQ(buildKbQuery("月结，未记账、凭证；U8+").needles, (Needles{"月结", "未记账", "凭证", "u8"}));
    EXPECT_EQ(buildKbQuery("月结\xE3\x80\x80未记账").needles, (Needles{"月结", "未记账"})) << "ideographic space";
    EXPECT_EQ(buildKbQuery("K/3 WISE").needles, (Needles{"k3", "wise"})) << "K/3 stays one word";
    EXPECT_EQ(buildKbQuery("结账 结账").needles, (Needles{"结账"})) << "a repeated word counts once";
}

TEST(KbQuery, OnlyWordsTheirKeysDoNotProveAreCheckedInTheText)
{
    // Two characters (or one), two letters, three letters or digits: the key is the word.
    EXPECT_EQ(buildKbQuery("结账 狗 UFO ab 161").checkedNeedles, Needles{});
    // Longer words: their pairs may be scattered over the article.
    EXPECT_EQ(buildKbQuery("结账 未记账 ctrl T3年结").checkedNeedles, (Needles{"未记账", "ctrl", "t3年结"}));
}

TEST(KbQuery, ShortWordsAreDroppedBesideLongerOnesAndAloneAreRefused)
{
    const KbQuery tPlus = buildKbQuery("T+ 年结");
    EXPECT_TRUE(tPlus.usable);
    EXPECT_EQ(tPlus.needles, (Needles{"年结"})) << "T+ normalizes to one letter";
    const KbQuery alone = buildKbQuery("T+");
    EXPECT_FALSE(alone.usable);
    EXPECT_FALSE(alone.blank) << "refused, not read as 'list everything'";
    EXPECT_TRUE(buildKbQuery("  \xE3\x80\x80 ，").blank);
    EXPECT_TRUE(buildKbQuery("一 二 三 四 五 六 七 八 九").tooManyWords);
    EXPECT_FALSE(buildKbQuery("一 二 三 四 五 六 七 八 九").usable);
    EXPECT_TRUE(buildKbQuery("一 二 三 四 五 六 七 八").usable);
}

TEST(KbText, AnArticleIsFoundByWordsAnywhereTraditionalCharactersAndKeywords)
{
    const SearchDocument document = kbSearchDocument(kUnposted);
    EXPECT_EQ(document.text.substr(0, document.text.find('\x1F')), "总账月末结账提示本月还有未记账凭证") << "the title first";
    EXPECT_TRUE(finds(buildKbQuery("未记账"), document));
    EXPECT_TRUE(finds(buildKbQuery("审核 结账"), document)) << "words from different fields";
    EXPECT_TRUE(finds(buildKbQuery("月結"), document)) << "traditional 結 finds the keyword 月结";
    EXPECT_TRUE(finds(buildKbQuery("u8+ 16.1"), document)) << "the versions";
    EXPECT_FALSE(finds(buildKbQuery("未记账 加密狗"), document)) << "every word must be there";
    EXPECT_FALSE(finds(buildKbQuery("结账凭证审核"), document)) << "one word is one run of text";
}

TEST(KbText, SimilarityKeysComeFromTitleKeywordsAndSymptom)
{
    const auto keys = kbSimilarityKeys(kUnposted);
    const auto ticket = similarityKeys("月末结账提示有未记账凭证", "财务说 3 月不能结账");
    EXPECT_GT(keySimilarity(keys, ticket), 0.2);
    const auto unrelated = similarityKeys("加密狗不识别", "登录提示演示版");
    EXPECT_LT(keySimilarity(keys, unrelated), kMinKbSimilarity);
}

KbCandidate candidate(std::int64_t id, std::int64_t category, std::int64_t group, std::int64_t line, int uses,
                      std::vector<std::int64_t> keys = {})
{
    return KbCandidate{id, category, group, line, uses, std::move(keys)};
}

TEST(KbSuggester, CategoryProductAndTextAddUpAndAnotherProductLineIsNeverSuggested)
{
    constexpr std::int64_t kU8 = 1, kKis = 2, kGroup = 10, kUnpostedCategory = 11, kReopen = 12, kDongle = 20;
    const auto text = similarityKeys("月末结账提示有未记账凭证", "");
    KbTicketFacts ticket{kUnpostedCategory, kGroup, kU8, text};
    const std::vector<KbCandidate> candidates{
        candidate(1, kUnpostedCategory, kGroup, kU8, 0, text),    // everything matches
        candidate(2, kUnpostedCategory, kGroup, 0, 0),           // category, for every line
        candidate(3, kReopen, kGroup, kU8, 0),                   // the group and the line
        candidate(4, kDongle, kDongle, 0, 0, text),              // the text only
        candidate(5, kUnpostedCategory, kGroup, kKis, 50, text),  // another product line
        candidate(6, kDongle, kDongle, kU8, 90),                  // the line only: no evidence
    };
    const auto ranked = rankKbArticles(ticket, candidates, 10);
    std::vector<std::int64_t> order;
    for (const auto& r : ranked) order.push_back(r.articleId);
    EXPECT_EQ(order, (std::vector<std::int64_t>{1, 4, 2, 3}));
    EXPECT_TRUE(ranked[0].sameCategory && ranked[0].sameProductLine);
    EXPECT_NEAR(ranked[0].similarity, 1.0, 1e-9);
    EXPECT_TRUE(ranked[3].sameGroup);
    EXPECT_FALSE(ranked[3].sameCategory);
    EXPECT_EQ(rankKbArticles(ticket, candidates, 2).size(), 2u);
}

TEST(KbSuggester, WithoutCategoryOrTextTheProductLinesMostUsedArticlesAreShown)
{
    const KbTicketFacts ticket{0, 0, 1, {}};
    const auto ranked = rankKbArticles(ticket, {candidate(1, 5, 5, 1, 3), candidate(2, 5, 5, 1, 40), candidate(3, 5, 5, 0, 99)}, 5);
    ASSERT_EQ(ranked.size(), 2u) << "articles for every line need other evidence";
    EXPECT_EQ(ranked[0].articleId, 2) << "the most used first";
    EXPECT_EQ(ranked[1].articleId, 1);
}

}  // namespace
