// Branch isolation: a user of one branch cannot read, search, change or extend another
// branch's customers through any request, and PostgreSQL itself enforces it (row-level
// security), not only the handlers.

#include "CustomersFixture.h"

#include <algorithm>

using laoke::test::CustomersFixture;
namespace handlers = laoke::handlers;
namespace proto = laoke::protocol;

using BranchIsolationTest = CustomersFixture;

TEST_F(BranchIsolationTest, AnotherBranchsCustomerIsInvisibleAndUntouchable)
{
    const auto bj = created(account, newCustomer("北京华鑫机械有限公司"));
    const auto contact = addContact(account, bj.id(), "李会计", "13812345678");

    // Read
    proto::Envelope get;
    get.mutable_get_customer()->set_customer_id(bj.id());
    EXPECT_EQ(errorOf(send(shAccount, get)), proto::NOT_FOUND);
    // Search (by name, by phone) and list
    EXPECT_EQ(search(shAccount, "华鑫").rows_size(), 0);
    EXPECT_EQ(search(shAccount, "13812345678").rows_size(), 0);
    EXPECT_EQ(search(shAccount, "").rows_size(), 0);
    proto::Envelope activities;
    activities.mutable_list_activities()->set_customer_id(bj.id());
    EXPECT_EQ(errorOf(send(shAccount, activities)), proto::NOT_FOUND);
    // Change
    auto changed = bj;
    changed.set_notes("hijacked");
    EXPECT_NE(errorOf(saveCustomer(shAccount, changed)), proto::ERROR_CODE_UNSPECIFIED);
    changed.set_branch_id(shBranch);
    EXPECT_EQ(errorOf(saveCustomer(shAccount, changed)), proto::NOT_FOUND);
    proto::Envelope archive;
    archive.mutable_archive_customer()->set_id(bj.id());
    archive.mutable_archive_customer()->set_expected_version(bj.version());
    archive.mutable_archive_customer()->set_archived(true);
    EXPECT_EQ(errorOf(send(shAccount, archive)), proto::FORBIDDEN);  // account managers do not archive
    // Extend: contacts, products, contracts, activities
    auto leaked = contact;
    leaked.set_notes("x");
    proto::Envelope editContact;
    *editContact.mutable_save_contact()->mutable_contact() = leaked;
    EXPECT_EQ(errorOf(send(shAccount, editContact)), proto::NOT_FOUND);
    proto::Envelope newContact;
    newContact.mutable_save_contact()->mutable_contact()->set_customer_id(bj.id());
    newContact.mutable_save_contact()->mutable_contact()->set_name("内鬼");
    EXPECT_EQ(errorOf(send(shAccount, newContact)), proto::NOT_FOUND);
    proto::Envelope activity;
    auto* a = activity.mutable_save_activity()->mutable_activity();
    a->set_customer_id(bj.id());
    a->set_kind("call");
    a->set_occurred_at_unix(std::time(nullptr));
    a->set_summary("x");
    EXPECT_EQ(errorOf(send(shAccount, activity)), proto::NOT_FOUND);
    proto::Envelope contract;
    auto* c = contract.mutable_save_contract()->mutable_contract();
    c->set_customer_id(bj.id());
    c->set_kind("licence");
    c->set_number("X-1");
    EXPECT_EQ(errorOf(send(shAccount, contract)), proto::NOT_FOUND);

    // Nothing changed; the admin still sees it all.
    EXPECT_EQ(sql("SELECT notes FROM customers WHERE id = " + std::to_string(bj.id())), "");
    EXPECT_EQ(sql("SELECT count(*) FROM contacts"), "1");
    EXPECT_EQ(sql("SELECT count(*) FROM activities"), "0");
    EXPECT_EQ(search(admin, "华鑫").rows_size(), 1);
}

TEST_F(BranchIsolationTest, UsersCannotPlaceCustomersInAnotherBranch)
{
    const auto reply = saveCustomer(shAccount, newCustomer("北京华鑫机械有限公司", bjBranch));
    EXPECT_EQ(errorOf(reply), proto::FORBIDDEN);
    EXPECT_EQ(sql("SELECT count(*) FROM customers"), "0");
    // Without a branch, the user's own branch is taken.
    auto customer = newCustomer("上海恒泰贸易有限公司");
    customer.set_branch_id(0);
    EXPECT_EQ(created(shAccount, customer).branch_id(), shBranch);
}

TEST_F(BranchIsolationTest, RowLevelSecurityHoldsInsideTheDatabase)
{
    created(account, newCustomer("北京华鑫机械有限公司"));
    created(shAccount, newCustomer("上海恒泰贸易有限公司", shBranch));
    pqxx::connection connection(m_database.url());
    pqxx::work work(connection);
    work.exec("SELECT set_config('laoke.role', 'account_manager', true), set_config('laoke.branch_id', '" +
              std::to_string(shBranch) + "', true), set_config('role', 'laoke_app', true)");
    EXPECT_EQ(work.exec("SELECT count(*) FROM customers")[0][0].as<int>(), 1);
    EXPECT_EQ(work.exec("SELECT count(*) FROM contacts")[0][0].as<int>(), 0);
    EXPECT_EQ(work.exec("UPDATE customers SET notes = 'x' WHERE name LIKE '北京%'").affected_rows(), 0u);
    EXPECT_THROW(work.exec("INSERT INTO customers (code, name, branch_id) VALUES ('X1', '北京外来公司', " +
                           std::to_string(bjBranch) + ")"),
                 pqxx::sql_error);
}

TEST_F(BranchIsolationTest, OwnersAreListedForTheCallersBranchOnly)
{
    auto names = [&](handlers::ConnectionState& who) {
        proto::Envelope request;
        request.mutable_list_owners();
        const auto reply = send(who, request);
        EXPECT_TRUE(reply.has_list_users_reply()) << reply.DebugString();
        std::vector<std::string> found;
        for (const auto& user : reply.list_users_reply().users()) {
            found.push_back(user.username());
            EXPECT_EQ(user.last_login_unix(), 0);  // nothing beyond who the owner is
        }
        std::sort(found.begin(), found.end());
        return found;
    };
    EXPECT_EQ(names(engineer), (std::vector<std::string>{"account", "manager"}));
    EXPECT_EQ(names(shAccount), (std::vector<std::string>{"sh.account"}));
    EXPECT_EQ(names(admin), (std::vector<std::string>{"account", "manager", "sh.account"}));
}
