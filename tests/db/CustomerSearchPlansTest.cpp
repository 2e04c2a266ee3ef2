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
        const auto want = searchExpected(text, bjBranch);
        ASSERT_FALSE(want.empty());
        EXPECT_EQ(searchAllPages(account, text), want);
    }
    EXPECT_GT(searchExpected("有限公司", bjBranch).size(), 2500u) << "too few customers for the walk plan to be chosen";
}

TEST_P(CustomerSearchPlansTest, AdminsSeeEveryBranchsMatches)
{
    auto admin = loggedIn("admin");
    for (const std::string& text : {std::string("有限公司"), std::string("机械")}) {
        SCOPED_TRACE(text);
        EXPECT_EQ(searchAllPages(admin, text), searchExpected(text, 0));
    }
}

INSTANTIATE_TEST_SUITE_P(SearchIndex, CustomerSearchPlansTest, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& info) { return info.param ? "InMemory" : "PostgreSQL"; });

}  // namespace
}  // namespace laoke::test
