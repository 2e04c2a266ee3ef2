// The server's in-memory search index (CustomerSearchIndex) against a real PostgreSQL: a change
// is found by the very next search, whoever committed it (this server or another connection),
// pages stay in the database's name order when changed customers sit among built ones, and a
// bulk load makes the index read everything again while PostgreSQL answers in between.

#include "CustomersFixture.h"
#include "engine/SearchText.h"

#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class CustomerSearchIndexTest : public CustomersFixture {
protected:
    static std::vector<std::int64_t> idsOf(const proto::SearchCustomersReply& reply)
    {
        std::vector<std::int64_t> ids;
        for (const auto& row : reply.rows()) ids.push_back(row.id());
        return ids;
    }

    /// Renames a customer in SQL, as another server process or a tool would, with the search
    /// text the server would write.
    void renameInSql(std::int64_t id, const std::string& name)
    {
        engine::SearchFields fields;
        fields.name = name;
        fields.code = sql("SELECT code FROM customers WHERE id = " + std::to_string(id));
        const auto document = engine::buildSearchDocument(fields);
        pqxx::connection connection(m_database.url());
        pqxx::work work(connection);
        work.exec_params("UPDATE customers SET name = $2, search_text = $3 WHERE id = $1", id, name, document.text);
        work.commit();
    }

    // Names spread over the pinyin order, each holding 测试 (a query they all answer).
    const std::vector<std::string> kNames{"安徽测试机械有限公司", "北京测试科技有限公司", "成都测试软件有限公司", "大连测试重工有限公司",
                                          "鄂尔多斯测试能源有限公司", "佛山测试陶瓷有限公司", "广州测试贸易有限公司", "杭州测试电子有限公司",
                                          "济南测试化工有限公司", "昆明测试花卉有限公司", "兰州测试石化有限公司", "绵阳测试电器有限公司",
                                          "南京测试医药有限公司", "宁波测试港务有限公司", "青岛测试啤酒有限公司", "日照测试钢铁有限公司",
                                          "深圳测试通信有限公司", "天津测试物流有限公司", "无锡测试纺织有限公司", "厦门测试航空有限公司",
                                          "烟台测试果业有限公司", "郑州测试食品有限公司", "珠海测试格力有限公司", "重庆测试摩托有限公司"};
};

TEST_F(CustomerSearchIndexTest, ChangesThroughTheServerAreFoundByTheNextSearch)
{
    ASSERT_TRUE(m_searchIndex->ready());
    auto customer = created(account, newCustomer("北京望京数码有限公司"));
    EXPECT_EQ(idsOf(search(account, "望京数码")), std::vector<std::int64_t>{customer.id()});
    EXPECT_EQ(idsOf(search(account, "wangjing")), std::vector<std::int64_t>{customer.id()});

    // Renamed: found by the new name only.
    customer.set_name("北京中关村数码有限公司");
    customer = saveCustomer(account, customer).customer_reply().customer();
    EXPECT_TRUE(idsOf(search(account, "望京数码")).empty());
    EXPECT_EQ(idsOf(search(account, "中关村数码")), std::vector<std::int64_t>{customer.id()});

    // A contact's mobile number makes the customer findable by it.
    addContact(account, customer.id(), "刘会计", "13911112222");
    EXPECT_EQ(idsOf(search(account, "1111222")), std::vector<std::int64_t>{customer.id()});

    // Moved to Shanghai: the Beijing account manager no longer finds it, Shanghai's does.
    customer.set_branch_id(shBranch);
    customer = saveCustomer(admin, customer).customer_reply().customer();
    EXPECT_TRUE(idsOf(search(account, "中关村数码")).empty());
    EXPECT_EQ(idsOf(search(shAccount, "中关村数码")), std::vector<std::int64_t>{customer.id()});

    // Archived: gone from searches unless archived customers are asked for.
    proto::Envelope archive;
    archive.mutable_archive_customer()->set_id(customer.id());
    archive.mutable_archive_customer()->set_expected_version(customer.version());
    archive.mutable_archive_customer()->set_archived(true);
    ASSERT_FALSE(send(admin, archive).has_error());
    EXPECT_TRUE(idsOf(search(shAccount, "中关村数码")).empty());
    proto::Envelope withArchived;
    withArchived.mutable_search_customers()->mutable_filter()->set_text("中关村数码");
    withArchived.mutable_search_customers()->mutable_filter()->set_include_archived(true);
    EXPECT_EQ(send(admin, withArchived).search_customers_reply().rows_size(), 1);
    EXPECT_TRUE(m_searchIndex->ready());
}

TEST_F(CustomerSearchIndexTest, ChangesCommittedByAnotherConnectionAreSeen)
{
    const auto customer = created(account, newCustomer("北京望京数码有限公司"));
    ASSERT_EQ(search(account, "望京数码").rows_size(), 1);  // the index has caught up once

    renameInSql(customer.id(), "北京亦庄光电有限公司");
    EXPECT_TRUE(idsOf(search(account, "望京数码")).empty());
    EXPECT_EQ(idsOf(search(account, "亦庄光电")), std::vector<std::int64_t>{customer.id()});

    sql("DELETE FROM customers WHERE id = " + std::to_string(customer.id()));
    EXPECT_TRUE(idsOf(search(account, "亦庄光电")).empty());
    EXPECT_TRUE(m_searchIndex->ready());
}

TEST_F(CustomerSearchIndexTest, PagesFollowTheDatabasesNameOrderAcrossBuiltAndChangedCustomers)
{
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        ids.push_back(created(admin, newCustomer(kNames[i], i % 3 == 2 ? shBranch : 0)).id());
    }
    // Read everything again, so these customers are in the built name order; then move some
    // elsewhere in that order (and add two), which puts them among the changed ones.
    m_searchIndex->build();
    renameInSql(ids[0], "张家口测试滑雪有限公司");
    renameInSql(ids[5], "阿克苏测试苹果有限公司");
    renameInSql(ids[13], "宁波测试港口有限公司");
    created(account, newCustomer("哈尔滨测试冰雪有限公司"));
    created(account, newCustomer("北京测试科技有限公司分公司"));

    for (const bool descending : {false, true}) {
        SCOPED_TRACE(descending ? "descending" : "ascending");
        for (const int pageSize : {1, 4, 7, 100}) {
            SCOPED_TRACE(pageSize);
            EXPECT_EQ(searchAllPages(account, "测试", pageSize, descending), searchExpected("测试", bjBranch, descending));
            EXPECT_EQ(searchAllPages(admin, "ceshi", pageSize, descending), searchExpected("ceshi", 0, descending));
        }
    }
    EXPECT_EQ(searchExpected("测试", 0, false).size(), kNames.size() + 2);
    EXPECT_TRUE(m_searchIndex->ready());
}

TEST_F(CustomerSearchIndexTest, ABulkLoadIsReadAgainWhilePostgreSQLAnswers)
{
    for (std::size_t i = 0; i < 6; ++i) created(account, newCustomer(kNames[i]));
    ASSERT_TRUE(m_searchIndex->ready());
    // What the demo loader writes after a COPY with triggers off (V0008).
    sql("INSERT INTO customer_search_changes (customer_id) VALUES (NULL)");
    EXPECT_EQ(searchAllPages(account, "测试", 4, false), searchExpected("测试", bjBranch, false));  // answered by PostgreSQL
    for (int i = 0; i < 200 && !m_searchIndex->ready(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ASSERT_TRUE(m_searchIndex->ready()) << "the index was not read again";
    EXPECT_EQ(searchAllPages(account, "测试", 4, false), searchExpected("测试", bjBranch, false));
}

TEST_F(CustomerSearchIndexTest, TheChangeLogIsOnlyForTheServer)
{
    pqxx::connection connection(m_database.url());
    pqxx::work work(connection);
    EXPECT_EQ(work.exec("SELECT has_table_privilege('laoke_app', 'customer_search_changes', 'SELECT') "
                        "OR has_table_privilege('laoke_app', 'customer_search_changes', 'INSERT')")[0][0].as<bool>(),
              false);
}

}  // namespace
}  // namespace laoke::test
