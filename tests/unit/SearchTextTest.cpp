// Customer search text: what a user types must find the customer they mean. Normalization
// (full-width, traditional, spaces), pinyin, the keys of a document and of a query, and the
// promise the database relies on: a query made from any part of an indexed field has keys
// that are all in the document's keys and a needle that occurs in its text.

#include "engine/SearchText.h"

#include "Utf8Characters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace {

using laoke::engine::buildSearchDocument;
using laoke::test::characters;
using laoke::engine::buildSearchQuery;
using laoke::engine::normalizeForSearch;
using laoke::engine::packSearchKey;
using laoke::engine::pinyinOf;
using laoke::engine::SearchDocument;
using laoke::engine::SearchFields;
using laoke::engine::SearchQuery;
using laoke::engine::unpackSearchKey;

bool hasKey(const SearchDocument& document, std::int64_t key)
{
    return std::binary_search(document.keys.begin(), document.keys.end(), key);
}

bool hasKey(const SearchDocument& document, const std::string& key) { return hasKey(document, packSearchKey(key)); }

/// A query's keys as text, so expectations read like what a user typed.
std::vector<std::string> keyTexts(const SearchQuery& query)
{
    std::vector<std::string> texts;
    for (const auto key : query.keys) texts.push_back(unpackSearchKey(key));
    return texts;
}

/// What the database does: every query key in the row's keys (GIN @>), needle in the text.
bool finds(const SearchQuery& query, const SearchDocument& document)
{
    return std::all_of(query.keys.begin(), query.keys.end(), [&](const auto& key) { return hasKey(document, key); }) &&
           document.text.find(query.needle) != std::string::npos;
}

SearchFields customer(std::string name, std::string shortName = {})
{
    SearchFields fields;
    fields.name = std::move(name);
    fields.shortName = std::move(shortName);
    return fields;
}

TEST(SearchNormalization, FullWidthLettersAndDigitsBecomeLowerCaseAscii)
{
    EXPECT_EQ(normalizeForSearch("ＡＢＣ　１２３"), "abc123");
    EXPECT_EQ(normalizeForSearch("Ｕ８＋ ERP"), "u8erp");
}

TEST(SearchNormalization, TraditionalChineseBecomesSimplified)
{
    EXPECT_EQ(normalizeForSearch("客戶"), "客户");
    EXPECT_EQ(normalizeForSearch("臺北華碩電腦股份有限公司"), "台北华硕电脑股份有限公司");
    EXPECT_EQ(normalizeForSearch("乾燥設備"), "干燥设备");  // a phrase conversion, not only characters
}

TEST(SearchNormalization, SpacesAndPunctuationAreDropped)
{
    EXPECT_EQ(normalizeForSearch("北京 海淀"), "北京海淀");
    EXPECT_EQ(normalizeForSearch("企帮宝信息科技（甘肃）有限公司"), "企帮宝信息科技甘肃有限公司");
    EXPECT_EQ(normalizeForSearch(" 138-1234-5678 "), "13812345678");
    EXPECT_EQ(normalizeForSearch("A&B·贸易，有限公司！"), "ab贸易有限公司");
    EXPECT_EQ(normalizeForSearch("\t\n"), "");
}

TEST(SearchNormalization, IllFormedUtf8IsDroppedNotFatal)
{
    EXPECT_EQ(normalizeForSearch(std::string("北京\xff\xfe海淀")), "北京海淀");
}

TEST(SearchPinyin, FullAndInitials)
{
    const auto pinyin = pinyinOf("北京海淀");
    EXPECT_EQ(pinyin.full, "beijinghaidian");
    EXPECT_EQ(pinyin.initials, "bjhd");
}

TEST(SearchPinyin, CompanyAndPlaceNamesReadTheWayPeopleSayThem)
{
    EXPECT_EQ(pinyinOf("重庆").full, "chongqing");
    EXPECT_EQ(pinyinOf("长沙").full, "changsha");
    EXPECT_EQ(pinyinOf("长春").full, "changchun");
    EXPECT_EQ(pinyinOf("厦门").full, "xiamen");
    EXPECT_EQ(pinyinOf("招商银行").full, "zhaoshangyinhang");
    EXPECT_EQ(pinyinOf("成都").full, "chengdu");
    EXPECT_EQ(pinyinOf("佛山").full, "foshan");
    EXPECT_EQ(pinyinOf("会计").full, "kuaiji");
    EXPECT_EQ(pinyinOf("东莞市鑫源模具有限公司").initials, "dgsxymjyxgs");
    EXPECT_EQ(pinyinOf("重型机械").full, "zhongxingjixie");  // 重 outside 重庆 keeps zhong
    EXPECT_EQ(pinyinOf("吕").full, "lv");                    // ü as v, as pinyin input methods type it
}

TEST(SearchPinyin, NonHanTextPassesThroughNormalized)
{
    const auto pinyin = pinyinOf("T3 财务（标准版）");
    EXPECT_EQ(pinyin.full, "t3caiwubiaozhunban");
    EXPECT_EQ(pinyin.initials, "t3cwbzb");
}

TEST(SearchPinyin, TraditionalInputReadsLikeSimplified)
{
    EXPECT_EQ(pinyinOf("重慶").full, "chongqing");
}

TEST(SearchKeyFormat, CodePointsArePackedExactlyIn21BitsEach)
{
    // The stored format (SearchText.h): (c1 << 42) | (c2 << 21) | c3.
    EXPECT_EQ(packSearchKey("a"), std::int64_t{0x61} << 42);
    EXPECT_EQ(packSearchKey("北京"), (std::int64_t{0x5317} << 42) | (std::int64_t{0x4EAC} << 21));
    EXPECT_EQ(packSearchKey("138"), (std::int64_t{'1'} << 42) | (std::int64_t{'3'} << 21) | std::int64_t{'8'});
    // The largest code point still fits, and the key stays a positive bigint.
    const std::int64_t largest = packSearchKey("\U0010FFFF\U0010FFFF\U0010FFFF");
    EXPECT_GT(largest, 0);
    EXPECT_EQ(unpackSearchKey(largest), "\U0010FFFF\U0010FFFF\U0010FFFF");
    for (const char* key : {"鑫", "bj", "bjh", "𠀀京", "a1"}) EXPECT_EQ(unpackSearchKey(packSearchKey(key)), key) << key;
    EXPECT_EQ(packSearchKey(""), 0);
    EXPECT_EQ(packSearchKey("abcd"), 0);
    // Integer order is the UTF-8 byte order of the keys, a shorter prefix first.
    EXPECT_LT(packSearchKey("a"), packSearchKey("ab"));
    EXPECT_LT(packSearchKey("ab"), packSearchKey("abc"));
    EXPECT_LT(packSearchKey("zzz"), packSearchKey("北"));
}

TEST(SearchDocument, HoldsEveryFieldNormalizedWithPinyin)
{
    SearchFields fields = customer("北京海淀科技有限公司", "海淀科技");
    fields.code = "C-000123";
    fields.creditCode = "91110108MA01ABCD2X";
    fields.contactNames = {"王建国"};
    fields.phoneNumbers = {"138 1234 5678"};
    const auto document = buildSearchDocument(fields);

    for (const char* part : {"北京海淀科技有限公司", "beijinghaidiankejiyouxiangongsi", "bjhdkjyxgs", "海淀科技", "haidiankeji",
                             "c000123", "91110108ma01abcd2x", "王建国", "13812345678"}) {
        EXPECT_NE(document.text.find(part), std::string::npos) << part;
    }
    // A short name inside the name is a field of its own, but its pinyin adds nothing new.
    EXPECT_EQ(document.text.find(' '), std::string::npos);
    EXPECT_TRUE(std::is_sorted(document.keys.begin(), document.keys.end()));
    EXPECT_EQ(std::adjacent_find(document.keys.begin(), document.keys.end()), document.keys.end());
    for (const char* key : {"北", "北京", "淀科", "王", "建国", "bei", "bj", "bjh", "138", "678", "c00", "c0", "91", "1a"}) {
        EXPECT_TRUE(hasKey(document, key)) << key;
    }
    // A run of digits alone has trigrams only; a run mixing letters and digits keeps its pairs.
    for (const char* key : {"13", "78", "56"}) EXPECT_FALSE(hasKey(document, key)) << key;
    // Keys never span two fields or two kinds of character.
    EXPECT_FALSE(hasKey(document, "司海"));
    EXPECT_FALSE(hasKey(document, "北京海"));
}

TEST(SearchDocument, EmptyFieldsAddNothing)
{
    const auto document = buildSearchDocument(SearchFields{});
    EXPECT_EQ(document.text, "");
    EXPECT_TRUE(document.keys.empty());
}

TEST(SearchQuery, TwoHanCharactersUseTheirBigram)
{
    const auto query = buildSearchQuery("海淀");
    EXPECT_TRUE(query.usable);
    EXPECT_EQ(query.needle, "海淀");
    EXPECT_EQ(keyTexts(query), std::vector<std::string>{"海淀"});
}

TEST(SearchQuery, LongerHanTextUsesItsBigrams)
{
    const auto query = buildSearchQuery("北京 海淀");
    EXPECT_EQ(query.needle, "北京海淀");
    EXPECT_EQ(keyTexts(query), (std::vector<std::string>{"京海", "北京", "海淀"}));
}

TEST(SearchQuery, OneHanCharacterUsesItself)
{
    const auto query = buildSearchQuery("鑫");
    EXPECT_TRUE(query.usable);
    EXPECT_EQ(keyTexts(query), std::vector<std::string>{"鑫"});
}

TEST(SearchQuery, PinyinInitialsUseTrigrams)
{
    const auto query = buildSearchQuery("BJHD");
    EXPECT_TRUE(query.usable);
    EXPECT_EQ(query.needle, "bjhd");
    EXPECT_EQ(keyTexts(query), (std::vector<std::string>{"bjh", "jhd"}));
}

TEST(SearchQuery, TwoLettersUseTheirBigram)
{
    const auto query = buildSearchQuery("bj");
    EXPECT_TRUE(query.usable);
    EXPECT_EQ(keyTexts(query), std::vector<std::string>{"bj"});
}

TEST(SearchQuery, PhoneDigitsUseTrigrams)
{
    const auto query = buildSearchQuery("138-1234");
    EXPECT_EQ(query.needle, "1381234");
    EXPECT_EQ(keyTexts(query), (std::vector<std::string>{"123", "138", "234", "381", "812"}));
}

TEST(SearchQuery, ALetterAndADigitUseTheirBigram)
{
    const auto query = buildSearchQuery("U8");
    EXPECT_TRUE(query.usable);
    EXPECT_EQ(keyTexts(query), std::vector<std::string>{"u8"});
}

TEST(SearchQuery, TwoDigitsBesideHanTextAddNoKey)
{
    const auto query = buildSearchQuery("北京12");
    EXPECT_TRUE(query.usable);
    EXPECT_EQ(query.needle, "北京12");
    EXPECT_EQ(keyTexts(query), std::vector<std::string>{"北京"});
}

TEST(SearchQuery, SingleLetterOrDigitTwoDigitsOrNothingIsNotUsable)
{
    for (const char* input : {"a", "7", "12", "１２", "1-2", "", "  ", "，。！", "Ａ"}) {
        EXPECT_FALSE(buildSearchQuery(input).usable) << input;
    }
}

TEST(SearchQuery, TraditionalQueryFindsSimplifiedCustomer)
{
    const auto document = buildSearchDocument(customer("广州客户服务有限公司"));
    EXPECT_TRUE(finds(buildSearchQuery("客戶服務"), document));
}

TEST(SearchQuery, FullWidthQueryFindsAsciiCode)
{
    SearchFields fields = customer("深圳华鑫电子有限公司");
    fields.code = "SZ-2024-001";
    EXPECT_TRUE(finds(buildSearchQuery("ｓｚ２０２４"), buildSearchDocument(fields)));
}

TEST(SearchQuery, AMatchNeverSpansTwoFields)
{
    const auto document = buildSearchDocument(customer("北京海淀", "科技"));
    EXPECT_TRUE(finds(buildSearchQuery("海淀"), document));
    EXPECT_FALSE(finds(buildSearchQuery("淀科"), document));
}

TEST(SearchQuery, OtherCustomersAreNotFound)
{
    const auto document = buildSearchDocument(customer("深圳市华鑫电子科技有限公司", "华鑫电子"));
    EXPECT_FALSE(finds(buildSearchQuery("海淀"), document));
    EXPECT_FALSE(finds(buildSearchQuery("bjhd"), document));
    EXPECT_TRUE(finds(buildSearchQuery("szshx"), document));
    EXPECT_TRUE(finds(buildSearchQuery("huaxin"), document));
}

// Realistic names after the 行政区划 + 字号 + 行业 + 组织形式 pattern, with the odd cases: the
// region in brackets, Latin letters, a branch of a bank, traditional characters.
const std::vector<SearchFields>& realisticCustomers()
{
    static const std::vector<SearchFields> customers = [] {
        std::vector<SearchFields> list = {
            customer("北京海淀科技发展有限公司", "海淀科技"),
            customer("深圳市华鑫电子科技有限公司", "华鑫电子"),
            customer("广州白云精细化工有限公司", "白云化工"),
            customer("重庆长安汽车配件有限公司", "长安配件"),
            customer("厦门瑞泰贸易有限公司"),
            customer("长沙恒达机械设备有限公司", "恒达机械"),
            customer("苏州工业园区宏丰塑胶制品有限公司", "宏丰塑胶"),
            customer("宁波永盛五金制品有限公司"),
            customer("上海浦东新区德信供应链管理有限公司", "德信供应链"),
            customer("成都嘉富建筑工程有限公司"),
            customer("佛山市顺德区美佳家电配件厂"),
            customer("东莞市鑫源模具有限公司", "鑫源模具"),
            customer("杭州创新信息技术股份有限公司", "创新信息"),
            customer("中国工商银行股份有限公司北京海淀支行"),
            customer("企帮宝信息科技(甘肃)有限公司"),
            customer("ABC国际贸易（上海）有限公司", "ABC贸易"),
            customer("臺北華碩電腦股份有限公司"),
            customer("乌鲁木齐天山会计师事务所有限公司"),
        };
        list[0].code = "C000001";
        list[0].creditCode = "91110108MA01ABCD2X";
        list[0].contactNames = {"王建国", "李婷"};
        list[0].phoneNumbers = {"13812345678", "010-62345678"};
        list[1].contactNames = {"欧阳娜娜"};
        list[1].phoneNumbers = {"+86 139 0000 1111"};
        list[2].code = "2024-0017";  // digits alone: trigrams only
        list[2].contactNames = {"Li Na 李娜"};
        list[2].phoneNumbers = {"020-8765 4321 转 12"};
        return list;
    }();
    return customers;
}

// Every substring of every field, raw and as pinyin, as a user might type it.
TEST(SearchProperty, EveryPartOfAFieldFindsItsCustomer)
{
    std::size_t checked = 0;
    for (const auto& fields : realisticCustomers()) {
        const auto document = buildSearchDocument(fields);
        std::vector<std::string> typed = {fields.name, fields.shortName, fields.code, fields.creditCode,
                                          pinyinOf(fields.name).full, pinyinOf(fields.name).initials,
                                          pinyinOf(fields.shortName).full, pinyinOf(fields.shortName).initials};
        typed.insert(typed.end(), fields.contactNames.begin(), fields.contactNames.end());
        typed.insert(typed.end(), fields.phoneNumbers.begin(), fields.phoneNumbers.end());
        for (const auto& text : typed) {
            const auto chars = characters(text);
            for (std::size_t begin = 0; begin < chars.size(); ++begin) {
                std::string part;
                for (std::size_t end = begin; end < chars.size(); ++end) {
                    part += chars[end];
                    const auto query = buildSearchQuery(part);
                    if (query.needle.empty()) continue;  // only punctuation or spaces
                    for (const auto& key : query.keys) {
                        ASSERT_TRUE(hasKey(document, key))
                            << fields.name << " / '" << part << "': key " << unpackSearchKey(key);
                    }
                    ASSERT_NE(document.text.find(query.needle), std::string::npos) << fields.name << " / '" << part << "'";
                    ++checked;
                }
            }
        }
    }
    EXPECT_GT(checked, 10000U);
}

TEST(SearchProperty, ConcurrentBuildsGiveTheSameDocuments)
{
    std::vector<SearchDocument> expected;
    for (const auto& fields : realisticCustomers()) expected.push_back(buildSearchDocument(fields));

    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < mismatches.size(); ++t) {
        threads.emplace_back([&, t]() {
            for (int round = 0; round < 50; ++round) {
                for (std::size_t i = 0; i < expected.size(); ++i) {
                    const auto document = buildSearchDocument(realisticCustomers()[i]);
                    if (document.text != expected[i].text || document.keys != expected[i].keys) ++mismatches[t];
                }
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

}  // namespace

TEST(SearchDocument, TextStaysWithinTheIndexEntryLimitAndKeepsTheCustomersOwnFields)
{
    // A group company with 200 contacts: the name, codes and the first contacts stay
    // searchable; the text never outgrows what a B-tree entry beside the name can hold.
    SearchFields fields = customer(std::string(100 / 4, ' ') + "中国东方航空集团国际贸易物流控股股份有限公司北京分公司第一事业部", "东航集团");
    fields.code = "C0000001";
    fields.creditCode = "91110000100001234X";
    for (int i = 0; i < 200; ++i) {
        fields.contactNames.push_back("联系人" + std::to_string(i));
        fields.phoneNumbers.push_back("139" + std::to_string(10000000 + i));
    }
    const SearchDocument document = buildSearchDocument(fields);
    EXPECT_LE(document.text.size(), laoke::engine::kMaxSearchTextBytes);
    EXPECT_TRUE(finds(buildSearchQuery("东方航空"), document));
    EXPECT_TRUE(finds(buildSearchQuery("东航"), document));
    EXPECT_TRUE(finds(buildSearchQuery("c0000001"), document));
    EXPECT_TRUE(finds(buildSearchQuery("联系人3"), document));
    EXPECT_FALSE(finds(buildSearchQuery("联系人199"), document));
}

TEST(SearchQuery, BlankOnlyForWhiteSpace)
{
    EXPECT_TRUE(buildSearchQuery("").blank);
    EXPECT_TRUE(buildSearchQuery(" \t\xE3\x80\x80 ").blank);  // ASCII and ideographic spaces
    EXPECT_FALSE(buildSearchQuery("%").blank);                 // punctuation: asked, but unusable
    EXPECT_FALSE(buildSearchQuery("%").usable);
    EXPECT_FALSE(buildSearchQuery("b").blank);
    EXPECT_FALSE(buildSearchQuery(" 大连 ").blank);
}
