#pragma once
// The CustomerTextIndex tests' common ground: customers with real search texts, a brute-force
// model of what a search must return (every customer whose text holds the needle, branch and
// archived rules applied, sorted with compareNames), paging helpers, and a small realistic
// book of company names.

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


namespace laoke::test::text_index {


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

inline IndexedCustomer customer(std::int64_t id, std::int64_t branch, bool archived, std::string name, std::string shortName = {},
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

inline bool nameOrder(const IndexedCustomer& a, const IndexedCustomer& b) { return compareNames(a.name, a.id, b.name, b.id) < 0; }

inline std::vector<IndexedCustomer> inNameOrder(std::vector<IndexedCustomer> customers)
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
inline std::vector<std::string> rows(const std::vector<TextMatch>& matches)
{
    std::vector<std::string> out;
    for (const auto& m : matches) out.push_back(std::to_string(m.id) + " " + m.name);
    return out;
}

inline std::vector<std::int64_t> ids(const std::vector<TextMatch>& matches)
{
    std::vector<std::int64_t> out;
    for (const auto& m : matches) out.push_back(m.id);
    return out;
}

/// A search for everything the query finds. `query` must outlive the search (the needle is a view).
inline TextSearch searchFor(const SearchQuery& query, std::size_t limit = 1000)
{
    TextSearch search;
    search.needle = query.needle;
    search.keys = query.keys;
    search.limit = limit;
    return search;
}

/// Every page of `pageSize` in turn, each continuing after the last match of the one before,
/// as the client asks for them; stops at the first short page.
inline std::vector<TextMatch> walkPages(const CustomerTextIndex& index, TextSearch search, std::size_t pageSize, std::size_t* pageCount = nullptr)
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

inline bool hasDuplicates(const std::vector<TextMatch>& matches)
{
    std::set<std::int64_t> seen;
    for (const auto& m : matches) {
        if (!seen.insert(m.id).second) return true;
    }
    return false;
}

/// How many customers have the key (what decides list or bitmap in the index).
inline std::size_t customersWithKey(const std::vector<IndexedCustomer>& customers, std::int64_t key)
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

inline std::vector<IndexedCustomer> realisticCustomers()
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
inline void expectPagingMatches(const CustomerTextIndex& index, const Model& model, const TextSearch& base, const std::string& what,
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

}  // namespace laoke::test::text_index
