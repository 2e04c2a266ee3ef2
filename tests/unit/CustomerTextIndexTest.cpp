// The in-memory customer search index (CustomerTextIndex): a page of customers whose search
// text holds what the user typed must be exactly what the database would list - every match,
// only matches, in pinyin name order, the next page continuing where the last one ended - for
// the index as built and after customers were added, renamed, archived or deleted. Every
// answer is compared with a brute-force one computed here: the customers whose text holds the
// needle (and pass the branch and archived rules), sorted with compareNames.

#include "engine/CustomerTextIndex.h"
#include "engine/NameOrder.h"
#include "engine/SearchText.h"

#include "Utf8Characters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using laoke::engine::appendKeysOfText;
using laoke::engine::buildSearchDocument;
using laoke::test::characters;
using laoke::engine::buildSearchQuery;
using laoke::engine::compareNames;
using laoke::engine::CustomerTextIndex;
using laoke::engine::IndexedCustomer;
using laoke::engine::pinyinOf;
using laoke::engine::SearchFields;
using laoke::engine::SearchQuery;
using laoke::engine::TextMatch;
using laoke::engine::TextSearch;

// ---------------------------------------------------------------------------------------------
// Customers and the brute-force model

IndexedCustomer customer(std::int64_t id, std::int64_t branch, bool archived, std::string name, std::string shortName = {},
                         std::string code = {}, std::vector<std::string> contacts = {}, std::vector<std::string> phones = {})
{
    SearchFields fields;
    fields.name = name;
    fields.shortName = std::move(shortName);
    fields.code = std::move(code);
    fields.contactNames = std::move(contacts);
    fields.phoneNumbers = std::move(phones);
    IndexedCustomer indexed;
    indexed.id = id;
    indexed.branchId = branch;
    indexed.archived = archived;
    indexed.name = std::move(name);
    indexed.searchText = buildSearchDocument(fields).text;
    return indexed;
}

bool nameOrder(const IndexedCustomer& a, const IndexedCustomer& b) { return compareNames(a.name, a.id, b.name, b.id) < 0; }

std::vector<IndexedCustomer> inNameOrder(std::vector<IndexedCustomer> customers)
{
    std::sort(customers.begin(), customers.end(), nameOrder);
    return customers;
}

/// What the database holds: the current customers, answering by looking at every one.
class Model {
public:
    Model() = default;
    explicit Model(const std::vector<IndexedCustomer>& customers)
    {
        for (const auto& c : customers) put(c);
    }
    void put(const IndexedCustomer& c) { m_customers[c.id] = c; }
    void remove(std::int64_t id) { m_customers.erase(id); }
    std::size_t size() const { return m_customers.size(); }
    const std::map<std::int64_t, IndexedCustomer>& customers() const { return m_customers; }
    std::vector<IndexedCustomer> sorted() const
    {
        std::vector<IndexedCustomer> all;
        for (const auto& [id, c] : m_customers) all.push_back(c);
        return inNameOrder(std::move(all));
    }

    std::vector<TextMatch> find(const TextSearch& search) const
    {
        const std::string needle(search.needle);
        std::vector<IndexedCustomer> matches;
        for (const auto& [id, c] : m_customers) {
            if (c.archived && !search.includeArchived) continue;
            if (search.branchScope != 0 && c.branchId != search.branchScope) continue;
            if (std::strstr(c.searchText.c_str(), needle.c_str()) == nullptr) continue;
            if (search.afterName) {
                const int order = compareNames(c.name, c.id, *search.afterName, search.afterId);
                if (search.descending ? order >= 0 : order <= 0) continue;
            }
            matches.push_back(c);
        }
        std::sort(matches.begin(), matches.end(), nameOrder);
        if (search.descending) std::reverse(matches.begin(), matches.end());
        if (matches.size() > search.limit) matches.resize(search.limit);
        std::vector<TextMatch> out;
        for (const auto& c : matches) out.push_back({c.id, c.name});
        return out;
    }

    /// Every match, whatever the cursor and limit.
    std::vector<TextMatch> findAll(TextSearch search) const
    {
        search.afterName.reset();
        search.afterId = 0;
        search.limit = SIZE_MAX;
        return find(search);
    }

private:
    std::map<std::int64_t, IndexedCustomer> m_customers;
};

/// A result as lines "id name", so a failure shows what a user would have seen.
std::vector<std::string> rows(const std::vector<TextMatch>& matches)
{
    std::vector<std::string> out;
    for (const auto& m : matches) out.push_back(std::to_string(m.id) + " " + m.name);
    return out;
}

std::vector<std::int64_t> ids(const std::vector<TextMatch>& matches)
{
    std::vector<std::int64_t> out;
    for (const auto& m : matches) out.push_back(m.id);
    return out;
}

/// A search for everything the query finds. `query` must outlive the search (the needle is a view).
TextSearch searchFor(const SearchQuery& query, std::size_t limit = 1000)
{
    TextSearch search;
    search.needle = query.needle;
    search.keys = query.keys;
    search.limit = limit;
    return search;
}

/// Every page of `pageSize` in turn, each continuing after the last match of the one before,
/// as the client asks for them; stops at the first short page.
std::vector<TextMatch> walkPages(const CustomerTextIndex& index, TextSearch search, std::size_t pageSize, std::size_t* pageCount = nullptr)
{
    std::vector<TextMatch> all;
    search.limit = pageSize;
    search.afterName.reset();
    search.afterId = 0;
    std::size_t pages = 0;
    for (; pages < 100000; ++pages) {
        const auto page = index.find(search);
        EXPECT_LE(page.size(), pageSize);
        all.insert(all.end(), page.begin(), page.end());
        if (page.size() < pageSize) break;
        search.afterName = page.back().name;
        search.afterId = page.back().id;
    }
    if (pageCount) *pageCount = pages + 1;
    return all;
}

bool hasDuplicates(const std::vector<TextMatch>& matches)
{
    std::set<std::int64_t> seen;
    for (const auto& m : matches) {
        if (!seen.insert(m.id).second) return true;
    }
    return false;
}

/// How many customers have the key (what decides list or bitmap in the index).
std::size_t customersWithKey(const std::vector<IndexedCustomer>& customers, std::int64_t key)
{
    std::size_t count = 0;
    std::vector<std::int64_t> keys;
    for (const auto& c : customers) {
        keys.clear();
        appendKeysOfText(c.searchText, keys);
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) ++count;
    }
    return count;
}

// ---------------------------------------------------------------------------------------------
// A small realistic customer list: three branches, some archived, two customers with the same
// name, pinyin look-alikes (海淀 and 海甸 are both "haidian"; 宝鸡华东 and 北京海淀 both "bjhd").

std::vector<IndexedCustomer> realisticCustomers()
{
    return {
        customer(1, 1, false, "北京海淀科技有限公司", "海淀科技", "KH2024-0001", {"王建国"}, {"13812345678"}),
        customer(2, 2, false, "北京海淀区中关村电子有限公司", "中关村电子", "KH2024-0002", {"李婷"}, {"010-62345678"}),
        customer(3, 1, false, "上海浦东机械设备有限公司", "浦东机械", "KH2024-0003", {"张伟"}, {"021-58881234"}),
        customer(4, 3, false, "大连重工有限公司", "大连重工", "KH2024-0004", {"刘洋"}, {"0411-82345671"}),
        customer(5, 2, false, "杭州市西湖软件有限公司", "西湖软件", "KH2024-0005", {"陈静"}, {"13757112233"}),
        customer(6, 3, true, "广州市天河贸易有限公司", "天河贸易", "KH2024-0006", {"黄敏"}, {"020-38765432"}),
        customer(7, 3, true, "北京海淀软件园管理有限公司", "软件园", "KH2024-0007", {"赵磊"}, {"010-82826666"}),
        customer(8, 1, false, "深圳市华鑫电子科技有限公司", "华鑫电子", "KH2024-0008", {"欧阳娜娜"}, {"13912345678"}),
        customer(9, 2, false, "重庆长安汽车配件有限公司", "长安配件", "KH2024-0009", {"周强"}, {"023-67001234"}),
        customer(10, 1, false, "长沙恒达机械设备有限公司", "恒达机械", "KH2024-0010", {"吴军"}, {"0731-84001122"}),
        customer(11, 2, false, "宝鸡华东机床有限公司", "华东机床", "KH2024-0011", {"杨勇"}, {"0917-3216543"}),
        customer(12, 3, false, "海口市海甸岛旅游有限公司", "海甸旅游", "KH2024-0012", {"林芳"}, {"0898-66123456"}),
        customer(13, 1, true, "苏州工业园区宏丰塑胶制品有限公司", "宏丰塑胶", "KH2024-0013", {"孙涛"}, {"15001234567"}),
        customer(14, 2, false, "成都嘉富建筑工程有限公司", "嘉富建筑", "KH2024-0014", {"何丽"}, {"028-85551234"}),
        customer(15, 3, false, "东莞市鑫源模具有限公司", "鑫源模具", "KH2024-0015", {"郭斌"}, {"15001234567"}),
        customer(16, 1, false, "厦门瑞泰贸易有限公司", "瑞泰贸易", "KH2024-0016", {"马超"}, {"0592-5123456"}),
        customer(17, 2, false, "北京海淀科技有限公司", "海淀科技", "KH2024-0017", {"王建国"}, {"18612345670"}),
        customer(18, 1, false, "中国工商银行股份有限公司北京海淀支行", "工行海淀支行", "KH2024-0018", {"高峰"}, {"010-66106114"}),
        customer(19, 3, false, "天津滨海新区物流有限公司", "滨海物流", "KH2024-0019", {"罗敏"}, {"022-25321234"}),
        customer(20, 2, false, "南京鼓楼贸易有限公司", "鼓楼贸易", "KH2024-0020", {"梁静"}, {"13951234567"}),
    };
}

/// Every page size, both directions, checked against the model: pages concatenate to the full
/// answer with no duplicate, and the descending answer is the ascending one reversed.
void expectPagingMatches(const CustomerTextIndex& index, const Model& model, const TextSearch& base, const std::string& what,
                         std::initializer_list<std::size_t> pageSizes = {1, 2, 3, 5, 1000})
{
    TextSearch ascending = base;
    ascending.descending = false;
    TextSearch descending = base;
    descending.descending = true;
    const auto expected = model.findAll(ascending);
    auto reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    ASSERT_EQ(rows(model.findAll(descending)), rows(reversed)) << what;
    for (const std::size_t pageSize : pageSizes) {
        const auto up = walkPages(index, ascending, pageSize);
        EXPECT_EQ(rows(up), rows(expected)) << what << ", ascending pages of " << pageSize;
        EXPECT_FALSE(hasDuplicates(up)) << what << ", ascending pages of " << pageSize;
        const auto down = walkPages(index, descending, pageSize);
        EXPECT_EQ(rows(down), rows(reversed)) << what << ", descending pages of " << pageSize;
        EXPECT_FALSE(hasDuplicates(down)) << what << ", descending pages of " << pageSize;
    }
}

// ---------------------------------------------------------------------------------------------

TEST(CustomerTextIndex, FindsExactlyTheMatchingCustomersInPinyinOrder)
{
    const auto all = inNameOrder(realisticCustomers());
    const CustomerTextIndex index(all);
    const Model model(all);
    EXPECT_EQ(index.customers(), all.size());
    EXPECT_EQ(index.changedSinceBuild(), 0U);

    // What a user sees for 海淀: both 北京海淀科技 (same name, by id), 海淀区 (qu after ke),
    // and the bank branch under Z (zhongguo); the archived 软件园 is left out.
    {
        const auto query = buildSearchQuery("海淀");
        EXPECT_EQ(ids(index.find(searchFor(query))), (std::vector<std::int64_t>{1, 17, 2, 18}));
    }
    // Typed as pinyin, 海甸 (Haikou) reads the same and sorts under H.
    {
        const auto query = buildSearchQuery("haidian");
        EXPECT_EQ(ids(index.find(searchFor(query))), (std::vector<std::int64_t>{1, 17, 2, 12, 18}));
    }
    // Initials: 宝鸡华东 (bao) comes before 北京海淀 (bei).
    {
        const auto query = buildSearchQuery("BJHD");
        EXPECT_EQ(ids(index.find(searchFor(query))), (std::vector<std::int64_t>{11, 1, 17, 2, 18}));
    }
    // Seven digits of a mobile number, wherever they are in it; the archived 苏州 customer with
    // the same number as 东莞 is left out.
    {
        const auto query = buildSearchQuery("1234567");
        EXPECT_EQ(ids(index.find(searchFor(query))), (std::vector<std::int64_t>{1, 17, 15, 20, 8}));
    }
    // The customer code, exactly and as a prefix.
    {
        const auto query = buildSearchQuery("KH2024-0012");
        EXPECT_EQ(ids(index.find(searchFor(query))), (std::vector<std::int64_t>{12}));
    }

    for (const char* typed : {"海淀", "北京", "有限公司", "机械设备", "贸易", "haidian", "bjhd", "bj", "youxian", "jixie", "1234567",
                              "138-1234-5678", "0898", "KH2024-0012", "KH2024-001", "kh2024", "王建国", "鑫源", "xinyuan", "海甸",
                              "北京海淀科技有限公司", "科技有限公司", "重工", "长安", "zhongguancun", "zgc"}) {
        const auto query = buildSearchQuery(typed);
        ASSERT_TRUE(query.usable) << typed;
        for (const bool archived : {false, true}) {
            TextSearch search = searchFor(query);
            search.includeArchived = archived;
            const auto got = index.find(search);
            EXPECT_EQ(rows(got), rows(model.find(search))) << typed << (archived ? " with archived" : "");
            EXPECT_FALSE(got.empty()) << typed;  // not a vacuous comparison: each has matches
        }
    }
}

TEST(CustomerTextIndex, EveryPageContinuesWhereTheLastEndedInBothDirections)
{
    const auto all = inNameOrder(realisticCustomers());
    const CustomerTextIndex index(all);
    const Model model(all);

    for (const char* typed : {"有限公司", "海淀", "haidian", "bjhd", "1234567", "kh2024", "北京", "贸易"}) {
        const auto query = buildSearchQuery(typed);
        for (const bool archived : {false, true}) {
            TextSearch search = searchFor(query);
            search.includeArchived = archived;
            expectPagingMatches(index, model, search, typed);
        }
    }

    // Pages of 3 over every non-archived customer: the expected number of pages, and the
    // descending walk is exactly the ascending one reversed.
    const auto query = buildSearchQuery("有限公司");
    const TextSearch search = searchFor(query);
    std::size_t pages = 0;
    const auto up = walkPages(index, search, 3, &pages);
    EXPECT_EQ(up.size(), 17U);  // 20 customers, 3 archived
    EXPECT_EQ(pages, 6U);       // 3+3+3+3+3+2
    TextSearch down = search;
    down.descending = true;
    auto downAll = walkPages(index, down, 3);
    std::reverse(downAll.begin(), downAll.end());
    EXPECT_EQ(rows(downAll), rows(up));
}

TEST(CustomerTextIndex, ACursorBetweenTwoCustomersOfTheSameNameSplitsThemById)
{
    const auto all = inNameOrder(realisticCustomers());
    const CustomerTextIndex index(all);
    const auto query = buildSearchQuery("北京海淀科技");
    TextSearch search = searchFor(query, 1);
    const auto first = index.find(search);
    ASSERT_EQ(ids(first), std::vector<std::int64_t>{1});
    search.afterName = first.back().name;
    search.afterId = first.back().id;
    EXPECT_EQ(ids(index.find(search)), std::vector<std::int64_t>{17});
    search.afterId = 17;
    EXPECT_TRUE(index.find(search).empty());
    search.descending = true;
    EXPECT_EQ(ids(index.find(search)), std::vector<std::int64_t>{1});
    search.afterId = 1;
    EXPECT_TRUE(index.find(search).empty());
}

TEST(CustomerTextIndex, BranchScopeAndArchivedCustomers)
{
    const auto all = inNameOrder(realisticCustomers());
    const CustomerTextIndex index(all);
    const Model model(all);
    const auto query = buildSearchQuery("有限公司");

    for (const std::int64_t branch : {1, 2, 3}) {
        for (const bool archived : {false, true}) {
            TextSearch search = searchFor(query);
            search.branchScope = branch;
            search.includeArchived = archived;
            const auto got = index.find(search);
            EXPECT_EQ(rows(got), rows(model.find(search))) << "branch " << branch;
            EXPECT_FALSE(got.empty());
            for (const auto& m : got) {
                const auto it = std::find_if(all.begin(), all.end(), [&](const auto& c) { return c.id == m.id; });
                ASSERT_NE(it, all.end());
                EXPECT_EQ(it->branchId, branch) << m.name;
                if (!archived) {
                    EXPECT_FALSE(it->archived) << m.name;
                }
            }
            expectPagingMatches(index, model, search, "有限公司 in branch " + std::to_string(branch), {1, 3});
        }
    }

    // Branch 2 only: the two 北京海淀 customers there, not 北京海淀科技 #1 (branch 1) or the bank (branch 1).
    {
        const auto haidian = buildSearchQuery("海淀");
        TextSearch search = searchFor(haidian);
        search.branchScope = 2;
        EXPECT_EQ(ids(index.find(search)), (std::vector<std::int64_t>{17, 2}));
    }
    // 天河 is archived: found only when archived customers are asked for.
    {
        const auto tianhe = buildSearchQuery("天河");
        TextSearch search = searchFor(tianhe);
        EXPECT_TRUE(index.find(search).empty());
        search.includeArchived = true;
        EXPECT_EQ(ids(index.find(search)), std::vector<std::int64_t>{6});
        search.branchScope = 1;
        EXPECT_TRUE(index.find(search).empty());
        search.branchScope = 3;
        EXPECT_EQ(ids(index.find(search)), std::vector<std::int64_t>{6});
    }
    // 海淀 with archived: 软件园 (ruan) after 海淀区 (qu).
    {
        const auto haidian = buildSearchQuery("海淀");
        TextSearch search = searchFor(haidian);
        search.includeArchived = true;
        EXPECT_EQ(ids(index.find(search)), (std::vector<std::int64_t>{1, 17, 2, 7, 18}));
    }
}

TEST(CustomerTextIndex, NothingForAnUnknownKeyOrALimitOfZero)
{
    const auto all = inNameOrder(realisticCustomers());
    const CustomerTextIndex index(all);
    for (const char* typed : {"哈尔滨", "乌鲁木齐", "xyzzy", "9999999", "KH2025"}) {
        const auto query = buildSearchQuery(typed);
        ASSERT_TRUE(query.usable) << typed;
        TextSearch search = searchFor(query);
        search.includeArchived = true;
        EXPECT_TRUE(index.find(search).empty()) << typed;
        search.descending = true;
        EXPECT_TRUE(index.find(search).empty()) << typed;
    }
    // Every key of 有限公司北京 is common but 司北, which only the bank's name has.
    {
        const auto query = buildSearchQuery("有限公司北京");
        TextSearch search = searchFor(query);
        search.includeArchived = true;
        EXPECT_EQ(ids(index.find(search)), std::vector<std::int64_t>{18});  // ...股份有限公司北京海淀支行
    }
    // A limit of zero: no rows, though the query matches many.
    const auto query = buildSearchQuery("有限公司");
    TextSearch search = searchFor(query, 0);
    EXPECT_TRUE(index.find(search).empty());
    search.descending = true;
    EXPECT_TRUE(index.find(search).empty());
    search.afterName = "北京海淀科技有限公司";
    search.afterId = 1;
    EXPECT_TRUE(index.find(search).empty());
    // No keys at all (the caller should not ask): nothing, rather than everything.
    TextSearch noKeys = searchFor(query);
    noKeys.keys.clear();
    EXPECT_TRUE(index.find(noKeys).empty());
}

TEST(CustomerTextIndex, RefusesCustomersNotInPinyinOrder)
{
    auto sorted = inNameOrder(realisticCustomers());
    EXPECT_NO_THROW(CustomerTextIndex{sorted});

    auto reversed = sorted;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_THROW(CustomerTextIndex{reversed}, std::runtime_error);

    // Sorted by UTF-8 bytes (COLLATE "C") is not pinyin order: 上 (E4 B8 8A) < 北 (E5 8C 97).
    auto byBytes = realisticCustomers();
    std::sort(byBytes.begin(), byBytes.end(), [](const auto& a, const auto& b) { return a.name != b.name ? a.name < b.name : a.id < b.id; });
    EXPECT_THROW(CustomerTextIndex{byBytes}, std::runtime_error);

    // Two neighbours swapped.
    auto swapped = sorted;
    std::swap(swapped[5], swapped[6]);
    EXPECT_THROW(CustomerTextIndex{swapped}, std::runtime_error);

    // The same customer twice.
    auto twice = sorted;
    twice.insert(twice.begin() + 3, twice[3]);
    EXPECT_THROW(CustomerTextIndex{twice}, std::runtime_error);

    // Same name ordered by id descending.
    std::vector<IndexedCustomer> sameName = {customer(17, 1, false, "北京海淀科技有限公司"), customer(1, 1, false, "北京海淀科技有限公司")};
    EXPECT_THROW(CustomerTextIndex{sameName}, std::runtime_error);

    EXPECT_NO_THROW(CustomerTextIndex{std::vector<IndexedCustomer>{}});
}

// ---------------------------------------------------------------------------------------------
// Common keys: with ~300 customers, a key in more than 1/32 of them (10+) is a bitmap.

std::vector<IndexedCustomer> generatedCustomers(std::size_t count)
{
    static const std::vector<std::string> cities = {"北京", "上海", "广州", "深圳", "杭州", "南京", "武汉", "成都", "西安", "天津"};
    static const std::vector<std::string> industries = {"科技", "贸易", "机械", "软件", "物流", "电子"};
    static const std::vector<std::string> brands = {
        "华鑫", "恒达", "宏丰", "永盛", "德信", "嘉富", "美佳", "瑞泰", "创新", "金桥", "长城", "东方", "中兴",
        "万达", "远大", "新华", "天成", "博远", "正泰", "汇通", "金鼎", "宏远", "盛世", "华夏", "龙腾", "宝丰",
        "国泰", "信达", "安泰", "明辉", "海纳", "恒信", "泰和", "祥云", "立德", "凯旋", "鸿运"};
    std::vector<IndexedCustomer> out;
    for (std::size_t i = 0; i < count; ++i) {
        // 鑫源 is the rare word: 4 customers of 300.
        const std::string brand = i % 75 == 3 ? "鑫源" : brands[(i * 13) % brands.size()];
        const std::string name = cities[i % cities.size()] + brand + industries[(i / cities.size()) % industries.size()] + "有限公司";
        char code[16];
        std::snprintf(code, sizeof code, "KH%05zu", i + 1);
        char phone[16];
        std::snprintf(phone, sizeof phone, "139%08zu", (i * 7919 + 1234) % 100000000);
        out.push_back(customer(static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(i % 3 + 1), i % 11 == 0, name, brand, code,
                               {}, {phone}));
    }
    return inNameOrder(std::move(out));
}

TEST(CustomerTextIndex, CommonAndRareKeysMatchBruteForce)
{
    const auto all = generatedCustomers(300);  // 300: the last bitmap word is partly used
    const CustomerTextIndex index(all);
    const Model model(all);
    ASSERT_EQ(index.customers(), 300U);

    auto isCommon = [&](std::int64_t key) { return customersWithKey(all, key) * 32 > all.size(); };
    // The walks these queries take, checked rather than assumed.
    {
        const auto query = buildSearchQuery("有限公司");
        for (const auto key : query.keys) ASSERT_TRUE(isCommon(key));  // bitmaps only
        const auto pinyin = buildSearchQuery("youxiangongsi");
        for (const auto key : pinyin.keys) ASSERT_TRUE(isCommon(key));
        const auto two = buildSearchQuery("科技有限");
        for (const auto key : two.keys) ASSERT_TRUE(isCommon(key));
        const auto rare = buildSearchQuery("鑫源");
        for (const auto key : rare.keys) ASSERT_FALSE(isCommon(key));  // a list only
        const auto mixed = buildSearchQuery("鑫源贸易有限公司");
        EXPECT_TRUE(std::any_of(mixed.keys.begin(), mixed.keys.end(), isCommon));  // a list and bitmaps
        EXPECT_FALSE(std::all_of(mixed.keys.begin(), mixed.keys.end(), isCommon));
    }

    std::size_t nonEmpty = 0;
    for (const char* typed : {"有限公司", "youxiangongsi", "yxgs", "科技有限", "北京", "shanghai", "贸易有限公司", "机械有限", "鑫源",
                              "xinyuan", "鑫源贸易有限公司", "北京鑫源", "华鑫", "华鑫科技有限公司", "深圳恒达", "长城", "KH001", "kh00150",
                              "1390", "13900", "泰和"}) {
        const auto query = buildSearchQuery(typed);
        ASSERT_TRUE(query.usable) << typed;
        for (const std::int64_t branch : {0, 2}) {
            for (const bool archived : {false, true}) {
                TextSearch search = searchFor(query);
                search.branchScope = branch;
                search.includeArchived = archived;
                const std::string what = std::string(typed) + " branch " + std::to_string(branch) + (archived ? " +archived" : "");
                const auto got = index.find(search);
                EXPECT_EQ(rows(got), rows(model.find(search))) << what;
                if (!got.empty()) ++nonEmpty;
                expectPagingMatches(index, model, search, what, {1, 3, 7, 64, 1000});
            }
        }
    }
    EXPECT_GT(nonEmpty, 60U);

    // A page starting after every customer in turn (cursors at every bit of the bitmaps, in the
    // middle of words and on their edges), both ways.
    const auto common = buildSearchQuery("有限公司");
    const auto rare = buildSearchQuery("鑫源贸易");
    const auto mixed = buildSearchQuery("华鑫科技");
    for (const SearchQuery* query : {&common, &rare, &mixed}) {
        for (const auto& c : all) {
            for (const bool descending : {false, true}) {
                TextSearch search = searchFor(*query, 5);
                search.includeArchived = true;
                search.descending = descending;
                search.afterName = c.name;
                search.afterId = c.id;
                ASSERT_EQ(rows(index.find(search)), rows(model.find(search)))
                    << query->needle << " after " << c.id << " " << c.name << (descending ? " descending" : "");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Changes after the build.

TEST(CustomerTextIndex, AddedRenamedArchivedAndRemovedCustomersAreFoundWhereTheyNowBelong)
{
    const auto all = inNameOrder(realisticCustomers());
    CustomerTextIndex index(all);
    Model model(all);
    const auto haidian = buildSearchQuery("海淀");
    const auto everyone = buildSearchQuery("有限公司");

    auto checkEverything = [&](const std::string& step) {
        EXPECT_EQ(index.customers(), model.size()) << step;
        for (const char* typed : {"海淀", "haidian", "bjhd", "有限公司", "北京", "科技", "1234567", "kh2024", "新能源", "中关村", "鑫源"}) {
            const auto query = buildSearchQuery(typed);
            for (const std::int64_t branch : {0, 1, 2}) {
                for (const bool archived : {false, true}) {
                    TextSearch search = searchFor(query);
                    search.branchScope = branch;
                    search.includeArchived = archived;
                    const std::string what = step + ": " + typed + " branch " + std::to_string(branch) + (archived ? " +archived" : "");
                    EXPECT_EQ(rows(index.find(search)), rows(model.find(search))) << what;
                    expectPagingMatches(index, model, search, what, {1, 2, 3});
                }
            }
        }
    };

    // A new customer: 北京海淀 (bei) goes among the built ones.
    const auto added = customer(100, 1, false, "北京海淀新能源有限公司", "海淀新能源", "KH2024-0100", {"冯刚"}, {"13612345678"});
    index.put(added);
    model.put(added);
    EXPECT_EQ(index.changedSinceBuild(), 1U);
    EXPECT_EQ(index.customers(), 21U);
    EXPECT_EQ(ids(index.find(searchFor(haidian))), (std::vector<std::int64_t>{1, 17, 2, 100, 18}));
    checkEverything("added 北京海淀新能源");

    // Renamed: 北京海淀科技 #1 becomes 中关村海淀科技 and moves from B to Z, just before the bank
    // (zhong guan < zhong guo).
    const auto renamed = customer(1, 1, false, "中关村海淀科技有限公司", "海淀科技", "KH2024-0001", {"王建国"}, {"13812345678"});
    index.put(renamed);
    model.put(renamed);
    EXPECT_EQ(index.changedSinceBuild(), 2U);
    EXPECT_EQ(index.customers(), 21U);
    {
        const auto got = index.find(searchFor(haidian));
        EXPECT_EQ(rows(got), (std::vector<std::string>{"17 北京海淀科技有限公司", "2 北京海淀区中关村电子有限公司", "100 北京海淀新能源有限公司",
                                                       "1 中关村海淀科技有限公司", "18 中国工商银行股份有限公司北京海淀支行"}));
        // Its old name finds only the other customer of that name.
        const auto oldName = buildSearchQuery("北京海淀科技");
        EXPECT_EQ(ids(index.find(searchFor(oldName))), std::vector<std::int64_t>{17});
        // And the new one finds it.
        const auto newName = buildSearchQuery("zhongguancunhaidian");
        EXPECT_EQ(ids(index.find(searchFor(newName))), std::vector<std::int64_t>{1});
    }
    checkEverything("renamed #1 to 中关村海淀科技");

    // Archived: 海淀区中关村电子 leaves the default list, stays with archived ones.
    auto archived = customer(2, 2, true, "北京海淀区中关村电子有限公司", "中关村电子", "KH2024-0002", {"李婷"}, {"010-62345678"});
    index.put(archived);
    model.put(archived);
    EXPECT_EQ(index.changedSinceBuild(), 3U);
    EXPECT_EQ(index.customers(), 21U);
    EXPECT_EQ(ids(index.find(searchFor(haidian))), (std::vector<std::int64_t>{17, 100, 1, 18}));
    {
        TextSearch search = searchFor(haidian);
        search.includeArchived = true;
        EXPECT_EQ(ids(index.find(search)), (std::vector<std::int64_t>{17, 2, 7, 100, 1, 18}));
    }
    checkEverything("archived #2");

    // Removed: 海口海甸 no longer answers to haidian; an unknown id changes nothing.
    index.remove(12);
    model.remove(12);
    index.remove(999);
    EXPECT_EQ(index.customers(), 20U);
    EXPECT_EQ(index.changedSinceBuild(), 3U);
    {
        const auto query = buildSearchQuery("haidian");
        EXPECT_EQ(ids(index.find(searchFor(query))), (std::vector<std::int64_t>{17, 100, 1, 18}));
    }
    checkEverything("removed #12");

    // A changed customer changed again, and an added one removed: still found once, at its place.
    const auto renamedAgain = customer(100, 2, false, "安徽海淀新能源有限公司", "海淀新能源", "KH2024-0100", {"冯刚"}, {"13612345678"});
    index.put(renamedAgain);
    model.put(renamedAgain);
    EXPECT_EQ(index.customers(), 20U);
    EXPECT_EQ(ids(index.find(searchFor(haidian))), (std::vector<std::int64_t>{100, 17, 1, 18}));  // anhui < beijing
    index.remove(1);
    model.remove(1);
    EXPECT_EQ(index.customers(), 19U);
    EXPECT_EQ(ids(index.find(searchFor(haidian))), (std::vector<std::int64_t>{100, 17, 18}));
    checkEverything("renamed #100 again, removed #1");

    // A removed customer put back, with a key no built customer had (乌鲁木齐).
    const auto back = customer(12, 3, false, "乌鲁木齐海甸贸易有限公司", "海甸贸易", "KH2024-0012");
    index.put(back);
    model.put(back);
    EXPECT_EQ(index.customers(), 20U);
    {
        const auto query = buildSearchQuery("乌鲁木齐");
        EXPECT_EQ(ids(index.find(searchFor(query))), std::vector<std::int64_t>{12});
        const auto pinyin = buildSearchQuery("haidian");
        EXPECT_EQ(ids(index.find(searchFor(pinyin))), (std::vector<std::int64_t>{100, 17, 12, 18}));  // wu < zhong
    }
    checkEverything("put back #12");

    // The whole list, page by page, crosses built and changed customers in order.
    expectPagingMatches(index, model, searchFor(everyone), "everyone at the end", {1, 2, 3, 4, 7});
}

TEST(CustomerTextIndex, PagingContinuesWhenTheCursorCustomerChangedBetweenPages)
{
    const auto all = inNameOrder(realisticCustomers());
    CustomerTextIndex index(all);
    Model model(all);
    const auto query = buildSearchQuery("有限公司");
    TextSearch search = searchFor(query, 4);
    const auto first = index.find(search);
    ASSERT_EQ(rows(first), rows(model.find(search)));
    ASSERT_EQ(first.size(), 4U);

    // The last customer on the page is renamed and another deleted before the next page is asked for.
    const auto last = first.back();
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& c) { return c.id == last.id; });
    ASSERT_NE(it, all.end());
    auto moved = *it;
    moved.name = "云南" + moved.name;
    moved.searchText = buildSearchDocument(SearchFields{moved.name, {}, {}, {}, {}, {}}).text;
    index.put(moved);
    model.put(moved);
    index.remove(first.front().id);
    model.remove(first.front().id);

    for (const bool descending : {false, true}) {
        TextSearch next = search;
        next.afterName = last.name;
        next.afterId = last.id;
        next.descending = descending;
        for (const std::size_t limit : {1, 3, 100}) {
            next.limit = limit;
            EXPECT_EQ(rows(index.find(next)), rows(model.find(next))) << "limit " << limit << (descending ? " descending" : "");
        }
    }
}

TEST(CustomerTextIndex, AnIndexBuiltEmptyFindsWhatIsPutLater)
{
    CustomerTextIndex index(std::vector<IndexedCustomer>{});
    Model model;
    const auto query = buildSearchQuery("有限公司");
    EXPECT_TRUE(index.find(searchFor(query)).empty());
    EXPECT_EQ(index.customers(), 0U);
    for (const auto& c : realisticCustomers()) {
        index.put(c);
        model.put(c);
    }
    EXPECT_EQ(index.customers(), 20U);
    EXPECT_EQ(index.changedSinceBuild(), 20U);
    for (const char* typed : {"有限公司", "海淀", "haidian", "bjhd", "1234567"}) {
        const auto q = buildSearchQuery(typed);
        for (const bool archived : {false, true}) {
            TextSearch search = searchFor(q);
            search.includeArchived = archived;
            EXPECT_EQ(rows(index.find(search)), rows(model.find(search))) << typed;
            expectPagingMatches(index, model, search, typed, {1, 3});
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Randomized: 500 generated customers, random changes, random queries, paging both ways.

class Generator {
public:
    explicit Generator(std::uint32_t seed) : m_random(seed) {}

    std::size_t below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }
    template <typename T>
    const T& pick(const std::vector<T>& list) { return list[below(list.size())]; }

    std::string name()
    {
        static const std::vector<std::string> cities = {"北京", "上海", "广州", "深圳", "杭州", "南京", "苏州", "成都",
                                                        "武汉", "西安", "重庆", "天津", "大连", "厦门", "青岛", "宁波"};
        static const std::vector<std::string> districts = {"海淀", "朝阳", "浦东", "天河", "西湖", "南山", "鼓楼", "高新"};
        static const std::vector<std::string> brands = {
            "华鑫", "鑫源", "恒达", "宏丰", "永盛", "德信", "嘉富", "美佳", "瑞泰", "创新", "金桥", "长城", "东方", "中兴",
            "万达", "远大", "新华", "天成", "博远", "正泰", "汇通", "金鼎", "宏远", "盛世", "华夏", "龙腾", "宝丰", "国泰",
            "信达", "安泰", "明辉", "海纳", "恒信", "泰和", "祥云", "立德", "凯旋", "鸿运", "银河", "百川"};
        static const std::vector<std::string> industries = {"科技", "贸易", "机械设备", "软件", "物流",
                                                            "电子", "建筑工程", "化工", "食品", "汽车配件"};
        std::string out = pick(cities);
        if (chance(0.3)) out += pick(districts);
        out += pick(brands) + pick(industries);
        const std::size_t suffix = below(10);
        out += suffix < 6 ? "有限公司" : suffix < 8 ? "股份有限公司" : suffix < 9 ? "集团有限公司" : "厂";
        return out;
    }

    std::string digits(std::size_t count)
    {
        std::string out;
        for (std::size_t i = 0; i < count; ++i) out += static_cast<char>('0' + below(10));
        return out;
    }

    IndexedCustomer customer(std::int64_t id)
    {
        static const std::vector<std::string> surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        static const std::vector<std::string> given = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "建国", "海燕"};
        const std::string name = this->name();
        std::vector<std::string> contacts;
        std::vector<std::string> phones;
        for (std::size_t i = below(3); i > 0; --i) contacts.push_back(pick(surnames) + pick(given));
        for (std::size_t i = below(3); i > 0; --i) {
            static const std::vector<std::string> prefixes = {"138", "139", "136", "150", "186", "010-", "021-"};
            const std::string prefix = pick(prefixes);
            phones.push_back(prefix + digits(8));
        }
        char code[16];
        std::snprintf(code, sizeof code, "KH%06lld", static_cast<long long>(id));
        return ::customer(id, static_cast<std::int64_t>(below(3) + 1), chance(0.1), name, chance(0.5) ? name.substr(6, 6) : "", code,
                          contacts, phones);
    }

    /// Something a user might type to find `c`: a piece of its name, its pinyin or initials, of
    /// a phone number, its code or a contact.
    std::string typedFor(const IndexedCustomer& c)
    {
        auto piece = [&](const std::vector<std::string>& chars, std::size_t minLength, std::size_t maxLength) {
            if (chars.empty()) return std::string();
            const std::size_t length = std::min(chars.size(), minLength + below(maxLength - minLength + 1));
            const std::size_t begin = below(chars.size() - length + 1);
            std::string out;
            for (std::size_t i = begin; i < begin + length; ++i) out += chars[i];
            return out;
        };
        switch (below(6)) {
        case 0: return piece(characters(c.name), 1, 5);
        case 1: return piece(characters(pinyinOf(c.name).full), 2, 10);
        case 2: return piece(characters(pinyinOf(c.name).initials), 2, 5);
        case 3: {
            // The search text holds the digits of the phone numbers (after the name fields).
            std::vector<std::string> digitChars;
            for (const char ch : c.searchText) {
                if (ch >= '0' && ch <= '9') digitChars.emplace_back(1, ch);
            }
            return piece(digitChars, 3, 8);
        }
        case 4: return "KH" + std::to_string(below(1000));
        default: return name().substr(0, 3 * (2 + below(4)));  // a piece of some other name
        }
    }

private:
    std::mt19937 m_random;
};

TEST(CustomerTextIndex, RandomChangesAndQueriesMatchBruteForce)
{
    Generator random(20240611);
    std::vector<IndexedCustomer> generated;
    for (std::int64_t id = 1; id <= 500; ++id) generated.push_back(random.customer(id));
    // Built from 400; the others are added later.
    const std::vector<IndexedCustomer> built = inNameOrder({generated.begin(), generated.begin() + 400});
    CustomerTextIndex index(built);
    Model model(built);
    std::size_t puts = 0;
    std::int64_t nextId = 401;
    std::size_t compared = 0;
    std::size_t matchedRows = 0;

    auto randomSearch = [&](const SearchQuery& query) {
        TextSearch search = searchFor(query);
        static const std::vector<std::int64_t> branches = {0, 0, 1, 2, 3};
        search.branchScope = random.pick(branches);
        search.includeArchived = random.chance(0.5);
        search.descending = random.chance(0.5);
        return search;
    };
    auto someCustomer = [&]() -> IndexedCustomer {
        if (model.size() == 0 || random.chance(0.1)) return random.pick(generated);
        auto it = model.customers().begin();
        std::advance(it, static_cast<long>(random.below(model.size())));
        return it->second;
    };

    for (int round = 0; round < 40; ++round) {
        // Changes.
        for (int change = 0; change < 8; ++change) {
            const std::size_t kind = random.below(10);
            if (kind < 3 && nextId <= 500) {
                const auto& c = generated[static_cast<std::size_t>(nextId - 1)];
                ++nextId;
                index.put(c);
                model.put(c);
                ++puts;
            } else if (kind < 6 && model.size() > 0) {
                // Renamed (moves in name order), maybe to another branch.
                auto c = someCustomer();
                auto changed = random.customer(c.id);
                index.put(changed);
                model.put(changed);
                ++puts;
            } else if (kind < 7 && model.size() > 0) {
                auto it = model.customers().begin();
                std::advance(it, static_cast<long>(random.below(model.size())));
                auto c = it->second;
                c.archived = !c.archived;
                index.put(c);
                model.put(c);
                ++puts;
            } else if (kind < 9 && model.size() > 0) {
                auto it = model.customers().begin();
                std::advance(it, static_cast<long>(random.below(model.size())));
                const std::int64_t id = it->first;
                index.remove(id);
                model.remove(id);
            } else {
                index.remove(100000 + round);  // unknown
            }
        }
        ASSERT_EQ(index.customers(), model.size()) << "round " << round;
        ASSERT_EQ(index.changedSinceBuild(), puts) << "round " << round;

        // Queries.
        for (int q = 0; q < 25; ++q) {
            const std::string typed = random.typedFor(someCustomer());
            const auto query = buildSearchQuery(typed);
            if (!query.usable) continue;
            const TextSearch search = randomSearch(query);
            const std::string what = "round " + std::to_string(round) + " '" + typed + "' branch " + std::to_string(search.branchScope) +
                                     (search.includeArchived ? " +archived" : "") + (search.descending ? " descending" : "");
            // Whole walks.
            static const std::vector<std::size_t> pageSizes = {1, 2, 3, 5, 10, 50};
            const std::size_t pageSize = random.pick(pageSizes);
            const auto walked = walkPages(index, search, pageSize);
            const auto expected = model.findAll(search);
            ASSERT_EQ(rows(walked), rows(expected)) << what << ", pages of " << pageSize;
            matchedRows += expected.size();
            // One page after a random cursor: a customer's (name, id), maybe one since removed or a
            // name no customer has.
            TextSearch page = search;
            page.limit = 1 + random.below(8);
            const auto at = someCustomer();
            page.afterName = random.chance(0.2) ? random.name() : at.name;
            page.afterId = at.id;
            ASSERT_EQ(rows(index.find(page)), rows(model.find(page))) << what << " after " << page.afterId << " " << *page.afterName;
            ++compared;
        }
    }
    EXPECT_GT(compared, 500U);
    EXPECT_GT(matchedRows, 2000U);
    EXPECT_GT(index.changedSinceBuild(), 100U);

    // A rebuilt index gives the same answers as the changed one.
    const CustomerTextIndex rebuilt(model.sorted());
    EXPECT_EQ(rebuilt.customers(), index.customers());
    EXPECT_EQ(rebuilt.changedSinceBuild(), 0U);
    for (const char* typed : {"有限公司", "海淀", "北京", "科技", "yxgs", "138", "kh000", "鑫源", "zhongxing"}) {
        const auto query = buildSearchQuery(typed);
        for (const bool descending : {false, true}) {
            TextSearch search = searchFor(query);
            search.includeArchived = true;
            search.descending = descending;
            EXPECT_EQ(rows(walkPages(rebuilt, search, 7)), rows(walkPages(index, search, 7))) << typed;
            EXPECT_EQ(rows(walkPages(index, search, 7)), rows(model.findAll(search))) << typed;
        }
    }
}

}  // namespace
