// Customer search on a book large enough for CustomerSearch to choose between its plans (the
// GIN index for few matches, the walk of the name index for many; engine/SearchPlan.h): 20,000
// demo customers, analyzed so the key statistics exist. Whatever plan a query gets, an account
// manager must see exactly the customers of their own branch whose text holds the query, in
// name order, each once across the pages. Run twice: with the server's in-memory index
// (CustomerSearchIndex), and without it, as before that index is built.

#include "AccountsFixture.h"
#include "demo/DemoLoader.h"
#include "engine/SearchText.h"

#include <chrono>
#include <string>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class CustomerSearchPlansTest : public AccountsFixture, public ::testing::WithParamInterface<bool> {
protected:
    bool withSearchIndex() const override { return GetParam(); }

    void SetUp() override
    {
        AccountsFixture::SetUp();
        demo::DemoDataOptions options;
        options.customers = 20000;
        options.seed = 11;
        options.today = std::chrono::sys_days{std::chrono::year{2025} / 6 / 15};
        demo::loadDemoData(m_database.url(), options);
        sql("ANALYZE customers");
        // The bulk load asked for a full read (V0008); do it now rather than in the background.
        if (m_searchIndex) m_searchIndex->build();
        bjBranch = std::stoll(sql("SELECT id FROM branches WHERE code = 'BJ'"));
    }

    /// Every page of a search, as ids in the order shown.
    std::vector<std::int64_t> allPages(handlers::ConnectionState& who, const std::string& text)
    {
        std::vector<std::int64_t> ids;
        std::string after;
        for (int page = 0; page < 200; ++page) {
            proto::Envelope request;
            auto* search = request.mutable_search_customers();
            search->mutable_filter()->set_text(text);
            search->set_page_size(500);
            search->set_after(after);
            const auto reply = send(who, request);
            EXPECT_TRUE(reply.has_search_customers_reply()) << reply.DebugString();
            for (const auto& row : reply.search_customers_reply().rows()) ids.push_back(row.id());
            after = reply.search_customers_reply().next_page();
            if (after.empty()) break;
        }
        return ids;
    }

    /// What the user should see, straight from the table.
    std::vector<std::int64_t> expected(const std::string& text, std::int64_t branchId)
    {
        pqxx::connection connection(m_database.url());
        pqxx::work work(connection);
        std::vector<std::int64_t> ids;
        const auto needle = engine::normalizeForSearch(text);
        for (const auto& row : work.exec_params("SELECT id FROM customers WHERE archived_at IS NULL AND ($2 = 0 OR branch_id = $2) "
                                                "AND strpos(search_text, $1) > 0 ORDER BY name, id",
                                                needle, branchId)) {
            ids.push_back(row[0].as<std::int64_t>());
        }
        return ids;
    }

    std::int64_t bjBranch = 0;
};

TEST_P(CustomerSearchPlansTest, EveryPlanShowsExactlyTheBranchsMatchesInNameOrder)
{
    auto account = loggedIn("account");  // branch BJ
    // A word in most names (the walk of the name index), a common industry word, a rare
    // fragment of one customer's name and pinyin (the GIN index), part of a mobile number.
    const std::string rareName = sql("SELECT substr(name, 3, 4) FROM customers WHERE branch_id = " + std::to_string(bjBranch) +
                                     " ORDER BY id LIMIT 1");
    const std::string mobile = sql("SELECT substr(ct.mobile, 2, 7) FROM contacts ct JOIN customers c ON c.id = ct.customer_id "
                                   "WHERE c.branch_id = " + std::to_string(bjBranch) + " AND ct.mobile <> '' ORDER BY ct.id LIMIT 1");
    for (const std::string& text : {std::string("有限公司"), std::string("科技"), std::string("youxian"), rareName, mobile}) {
        SCOPED_TRACE(text);
        const auto want = expected(text, bjBranch);
        ASSERT_FALSE(want.empty());
        EXPECT_EQ(allPages(account, text), want);
    }
    EXPECT_GT(expected("有限公司", bjBranch).size(), 2500u) << "too few customers for the walk plan to be chosen";
}

TEST_P(CustomerSearchPlansTest, AdminsSeeEveryBranchsMatches)
{
    auto admin = loggedIn("admin");
    for (const std::string& text : {std::string("有限公司"), std::string("机械")}) {
        SCOPED_TRACE(text);
        EXPECT_EQ(allPages(admin, text), expected(text, 0));
    }
}

INSTANTIATE_TEST_SUITE_P(SearchIndex, CustomerSearchPlansTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& info) { return info.param ? "InMemory" : "PostgreSQL"; });

}  // namespace
}  // namespace laoke::test
