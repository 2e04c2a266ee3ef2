// The in-memory customer search index (CustomerTextIndex) after customers were added,
// renamed, archived or deleted since its build: they are found where they now belong, paging
// stays complete and ordered across built and changed customers, and random changes and
// queries agree with the brute-force model.

#include "CustomerTextIndexTestSupport.h"

namespace {

using namespace laoke::test::text_index;

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
