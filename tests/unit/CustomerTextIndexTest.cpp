// The in-memory customer search index (CustomerTextIndex) as built: a page of customers whose
// search text holds what the user typed must be exactly what the database would list - every
// match, only matches, in pinyin name order, the next page continuing where the last one
// ended - whatever the branch, archived rule, direction or page size, for common keys
// (bitmaps) and rare ones (lists). Every answer is compared with the brute-force model.

#include "CustomerTextIndexTestSupport.h"

namespace {

using namespace laoke::test::text_index;

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

}  // namespace
