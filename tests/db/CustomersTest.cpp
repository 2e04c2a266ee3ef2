// Customers, contacts, installed base, contracts and activities through the real dispatcher
// and PostgreSQL: validation, concurrency, audit, computed fields and search.

#include "CustomersFixture.h"
#include <set>

using laoke::test::CustomersFixture;
namespace proto = laoke::protocol;

using CustomersTest = CustomersFixture;

TEST_F(CustomersTest, AccountManagerCreatesACustomerWithACodeAndAnAuditRow)
{
    auto customer = newCustomer("北京海淀华鑫机械设备有限公司");
    customer.set_short_name("华鑫机械");
    const auto saved = created(account, customer);
    EXPECT_GT(saved.id(), 0);
    EXPECT_EQ(saved.code().substr(0, 1), "C");
    EXPECT_EQ(saved.region(), "north");  // derived from the province
    EXPECT_EQ(saved.status(), "active");
    EXPECT_EQ(saved.branch_name(), "北京分公司");
    EXPECT_EQ(saved.version(), 1);
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'customer.create' AND object_id = " +
                  std::to_string(saved.id())),
              "1");
}

TEST_F(CustomersTest, BadInputIsRefusedWithTheFieldAndChangesNothing)
{
    auto customer = newCustomer("北京华鑫");
    customer.set_credit_code("12345");
    auto reply = saveCustomer(account, customer);
    EXPECT_EQ(errorOf(reply), proto::VALIDATION_FAILED);
    EXPECT_EQ(reply.error().field(), "credit_code");

    customer = newCustomer("北京华鑫");
    customer.set_status("vanished");
    reply = saveCustomer(account, customer);
    EXPECT_EQ(reply.error().field(), "status");
    EXPECT_EQ(sql("SELECT count(*) FROM customers"), "0");

    const auto saved = created(account, newCustomer("北京华鑫"));
    proto::Envelope contact;
    contact.mutable_save_contact()->mutable_contact()->set_customer_id(saved.id());
    contact.mutable_save_contact()->mutable_contact()->set_name("李会计");
    contact.mutable_save_contact()->mutable_contact()->set_mobile("1381234");
    reply = send(account, contact);
    EXPECT_EQ(errorOf(reply), proto::VALIDATION_FAILED);
    EXPECT_EQ(reply.error().field(), "mobile");
    EXPECT_EQ(sql("SELECT count(*) FROM contacts"), "0");
}

TEST_F(CustomersTest, ACustomersOwnCoordinatesAreKeptClearedAndChecked)
{
    auto customer = newCustomer("北京延庆长城酿造有限公司");
    customer.mutable_location()->set_latitude(40.4565);
    customer.mutable_location()->set_longitude(115.9748);
    auto saved = created(account, customer);
    ASSERT_TRUE(saved.has_location());
    EXPECT_DOUBLE_EQ(saved.location().latitude(), 40.4565);
    EXPECT_DOUBLE_EQ(saved.location().longitude(), 115.9748);
    EXPECT_TRUE(view(account, saved.id()).customer().has_location());

    // Swapped (a map's "lng,lat" read the wrong way round): refused, and nothing changes.
    auto swapped = saved;
    swapped.mutable_location()->set_latitude(115.9748);
    swapped.mutable_location()->set_longitude(40.4565);
    auto reply = saveCustomer(account, swapped);
    EXPECT_EQ(errorOf(reply), proto::VALIDATION_FAILED);
    EXPECT_EQ(reply.error().field(), "location");
    EXPECT_EQ(sql("SELECT latitude || ',' || longitude FROM customers WHERE id = " + std::to_string(saved.id())),
              "40.4565,115.9748");

    // Cleared, with the change audited.
    saved.clear_location();
    reply = saveCustomer(account, saved);
    ASSERT_TRUE(reply.has_customer_reply()) << reply.DebugString();
    EXPECT_FALSE(reply.customer_reply().customer().has_location());
    EXPECT_EQ(sql("SELECT count(*) FROM customers WHERE latitude IS NULL AND longitude IS NULL AND id = " +
                  std::to_string(saved.id())),
              "1");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'customer.update' AND details::text LIKE '%40.4565%' "
                  "AND object_id = " + std::to_string(saved.id())),
              "1");

    // The database holds the same rule: half a point or one outside China does not get in.
    EXPECT_THROW(sql("UPDATE customers SET latitude = 40 WHERE id = " + std::to_string(saved.id())), pqxx::check_violation);
    EXPECT_THROW(sql("UPDATE customers SET latitude = 116, longitude = 40 WHERE id = " + std::to_string(saved.id())),
                 pqxx::check_violation);
}

TEST_F(CustomersTest, TheSameNameTwiceIsRefused)
{
    created(account, newCustomer("北京华鑫机械有限公司"));
    const auto reply = saveCustomer(account, newCustomer("北京华鑫机械有限公司"));
    EXPECT_EQ(errorOf(reply), proto::ALREADY_EXISTS);
    EXPECT_EQ(reply.error().field(), "name");
}

TEST_F(CustomersTest, AConcurrentEditIsDetectedAndNamesWhoChangedIt)
{
    const auto original = created(account, newCustomer("北京华鑫机械有限公司"));
    auto managers = loggedIn("manager");
    auto first = original;
    first.set_notes("月结常打电话");
    ASSERT_TRUE(saveCustomer(managers, first).has_customer_reply());

    auto second = original;  // still at version 1
    second.set_notes("另一个人的修改");
    EXPECT_EQ(errorOf(saveCustomer(account, second)), proto::CONFLICT);
    const auto current = view(account, original.id()).customer();
    EXPECT_EQ(current.notes(), "月结常打电话");
    EXPECT_EQ(current.updated_by_name(), "王建国");
    EXPECT_EQ(current.version(), 2);
}

TEST_F(CustomersTest, EngineersReadCustomersAndLogActivitiesButDoNotEditProfiles)
{
    const auto customer = created(account, newCustomer("北京华鑫机械有限公司"));
    auto changed = customer;
    changed.set_notes("engineer was here");
    EXPECT_EQ(errorOf(saveCustomer(engineer, changed)), proto::FORBIDDEN);

    proto::Envelope activity;
    auto* a = activity.mutable_save_activity()->mutable_activity();
    a->set_customer_id(customer.id());
    a->set_kind("call");
    a->set_occurred_at_unix(std::time(nullptr) - 60);
    a->set_summary("月结时凭证无法记账，远程处理");
    const auto reply = send(engineer, activity);
    ASSERT_TRUE(reply.has_activity_reply()) << reply.DebugString();
    EXPECT_EQ(reply.activity_reply().activity().by_user_name(), "张伟");
    const auto v = view(account, customer.id());
    ASSERT_EQ(v.recent_activities_size(), 1);
    EXPECT_EQ(v.activity_count(), 1);
}

TEST_F(CustomersTest, The360ViewComputesLifecycleAndServiceStatesAndChecksContractLinks)
{
    const auto customer = created(account, newCustomer("北京华鑫机械有限公司"));
    addContact(account, customer.id(), "李会计", "13812345678");

    proto::Envelope install;
    auto* p = install.mutable_save_installed_product()->mutable_installed_product();
    p->set_customer_id(customer.id());
    p->set_product_version_id(oldVersionId);  // released 2012: end of life by now
    p->add_module_ids(moduleLedger);
    p->set_seats(5);
    p->set_licence_type("dongle");
    p->set_service_end_on("2020-12-31");
    auto reply = send(account, install);
    ASSERT_TRUE(reply.has_installed_product_reply()) << reply.DebugString();
    const auto expired = reply.installed_product_reply().installed_product();
    EXPECT_EQ(expired.lifecycle_stage(), "end_of_life");
    EXPECT_EQ(expired.service_state(), "expired");
    EXPECT_LT(expired.service_days_left(), 0);
    ASSERT_EQ(expired.module_names_size(), 1);
    EXPECT_EQ(expired.module_names(0), "总账");

    // A module of another product line is refused.
    p->set_product_version_id(currentVersionId);
    p->clear_module_ids();
    p->add_module_ids(999999);
    EXPECT_EQ(send(account, install).error().field(), "module_ids");

    // A contract cannot cover another customer's product.
    const auto other = created(account, newCustomer("北京另一家公司"));
    proto::Envelope contract;
    auto* c = contract.mutable_save_contract()->mutable_contract();
    c->set_customer_id(other.id());
    c->set_kind("annual_service");
    c->set_number("FW-2026-001");
    c->set_amount_fen(1200000);
    c->set_starts_on("2026-01-01");
    c->set_ends_on("2026-12-31");
    c->add_installed_product_ids(expired.id());
    reply = send(account, contract);
    EXPECT_EQ(errorOf(reply), proto::VALIDATION_FAILED);
    EXPECT_EQ(reply.error().field(), "installed_product_ids");
    EXPECT_EQ(sql("SELECT count(*) FROM contracts"), "0");

    c->set_customer_id(customer.id());
    reply = send(account, contract);
    ASSERT_TRUE(reply.has_contract_reply()) << reply.DebugString();
    EXPECT_FALSE(reply.contract_reply().contract().service_state().empty());

    const auto v = view(engineer, customer.id());
    EXPECT_EQ(v.contacts_size(), 1);
    EXPECT_EQ(v.installed_products_size(), 1);
    EXPECT_EQ(v.contracts_size(), 1);
    EXPECT_EQ(v.contracts(0).installed_product_ids(0), expired.id());
    EXPECT_FALSE(v.today().empty());
}

TEST_F(CustomersTest, ContractsRefuseNegativeAmountsAndEndsBeforeStarts)
{
    const auto customer = created(account, newCustomer("北京华鑫机械有限公司"));
    proto::Envelope contract;
    auto* c = contract.mutable_save_contract()->mutable_contract();
    c->set_customer_id(customer.id());
    c->set_kind("licence");
    c->set_number("XS-1");
    c->set_amount_fen(-1);
    EXPECT_EQ(send(account, contract).error().field(), "amount_fen");
    c->set_amount_fen(100);
    c->set_starts_on("2026-05-01");
    c->set_ends_on("2026-04-30");
    EXPECT_EQ(send(account, contract).error().field(), "ends_on");
}

TEST_F(CustomersTest, AKeyContactLeavingIsRecordedAsAnEvent)
{
    const auto customer = created(account, newCustomer("北京华鑫机械有限公司"));
    auto contact = addContact(account, customer.id(), "李会计", "13812345678");
    contact.set_is_key(true);
    contact.set_left_on("2026-01-15");
    proto::Envelope request;
    *request.mutable_save_contact()->mutable_contact() = contact;
    ASSERT_TRUE(send(account, request).has_contact_reply());
    EXPECT_EQ(sql("SELECT kind || ' ' || occurred_on FROM customer_events WHERE customer_id = " + std::to_string(customer.id())),
              "key_contact_left 2026-01-15");
}

TEST_F(CustomersTest, SearchFindsChineseSubstringsPinyinTraditionalPhoneAndCode)
{
    const auto target = created(account, newCustomer("北京海淀华鑫机械设备有限公司"));
    created(account, newCustomer("上海浦东恒泰贸易有限公司"));
    addContact(account, target.id(), "刘晓燕", "13912345678");

    auto ids = [&](const std::string& text) {
        std::vector<std::int64_t> found;
        const auto reply = search(account, text);
        for (const auto& row : reply.rows()) found.push_back(row.id());
        return found;
    };
    const std::vector<std::int64_t> only{target.id()};
    EXPECT_EQ(ids("海淀"), only);
    EXPECT_EQ(ids("华鑫机械"), only);
    EXPECT_EQ(ids("bjhd"), only);
    EXPECT_EQ(ids("haidian"), only);
    EXPECT_EQ(ids("機械設備"), only);  // traditional input
    EXPECT_EQ(ids("13912345678"), only);
    EXPECT_EQ(ids("1234567"), only);
    EXPECT_EQ(ids("刘晓燕"), only);
    EXPECT_EQ(ids(target.code()), only);
    EXPECT_TRUE(ids("深圳").empty());
    EXPECT_EQ(search(account, "刘晓燕").rows(0).matched_contact(), "刘晓燕 13912345678");
    EXPECT_EQ(search(account, "有限公司").rows_size(), 2);
}

TEST_F(CustomersTest, KeysetPagesCoverEveryCustomerOnceInOrder)
{
    for (const char* name : {"北京安达科技有限公司", "北京宏源商贸有限公司", "北京恒泰五金制品有限公司", "北京嘉信食品有限公司",
                             "北京瑞丰电子科技有限公司"}) {
        created(account, newCustomer(name));
    }
    std::vector<std::string> seen;
    proto::Envelope request;
    auto* s = request.mutable_search_customers();
    s->set_sort(proto::SORT_BY_NAME);
    s->set_page_size(2);
    for (int page = 0; page < 5; ++page) {
        const auto reply = send(account, request);
        ASSERT_TRUE(reply.has_search_customers_reply()) << reply.DebugString();
        for (const auto& row : reply.search_customers_reply().rows()) seen.push_back(row.name());
        if (reply.search_customers_reply().next_page().empty()) break;
        s->set_after(reply.search_customers_reply().next_page());
    }
    ASSERT_EQ(seen.size(), 5u);
    // Pinyin order (an, heng, hong, jia, rui), not code-point order.
    const std::vector<std::string> expected{"北京安达科技有限公司", "北京恒泰五金制品有限公司", "北京宏源商贸有限公司",
                                            "北京嘉信食品有限公司", "北京瑞丰电子科技有限公司"};
    EXPECT_EQ(seen, expected);

    s->set_after("not a cursor");
    EXPECT_EQ(errorOf(send(account, request)), proto::BAD_REQUEST);
}

TEST_F(CustomersTest, FiltersByServiceStateAndProductLine)
{
    const auto expired = created(account, newCustomer("北京过期服务有限公司"));
    created(account, newCustomer("北京没有产品有限公司"));
    proto::Envelope install;
    auto* p = install.mutable_save_installed_product()->mutable_installed_product();
    p->set_customer_id(expired.id());
    p->set_product_version_id(currentVersionId);
    p->set_licence_type("online");
    p->set_service_end_on("2025-01-31");
    ASSERT_TRUE(send(account, install).has_installed_product_reply());

    proto::Envelope request;
    request.mutable_search_customers()->mutable_filter()->add_service_states("expired");
    auto reply = send(account, request).search_customers_reply();
    ASSERT_EQ(reply.rows_size(), 1);
    EXPECT_EQ(reply.rows(0).id(), expired.id());
    EXPECT_EQ(reply.rows(0).service_state(), "expired");
    EXPECT_EQ(reply.rows(0).service_end(), "2025-01-31");

    request.mutable_search_customers()->mutable_filter()->clear_service_states();
    request.mutable_search_customers()->mutable_filter()->add_service_states("no_service");
    EXPECT_EQ(send(account, request).search_customers_reply().rows(0).name(), "北京没有产品有限公司");

    request.mutable_search_customers()->mutable_filter()->clear_service_states();
    request.mutable_search_customers()->mutable_filter()->add_product_line_ids(lineId);
    EXPECT_EQ(send(account, request).search_customers_reply().rows_size(), 1);
}

TEST_F(CustomersTest, ActivityPagesLoseNoneOfSeveralLoggedInTheSameSecond)
{
    const auto customer = created(account, newCustomer("北京同秒记录科技有限公司"));
    const std::int64_t second = std::time(nullptr) - 3600;
    std::set<std::int64_t> logged;
    for (int i = 0; i < 7; ++i) {
        proto::Envelope request;
        auto* a = request.mutable_save_activity()->mutable_activity();
        a->set_customer_id(customer.id());
        a->set_kind("call");
        a->set_occurred_at_unix(i < 5 ? second : second - 60 * i);  // five in one second
        a->set_summary("回访 " + std::to_string(i));
        const auto reply = send(account, request);
        ASSERT_TRUE(reply.has_activity_reply()) << reply.DebugString();
        logged.insert(reply.activity_reply().activity().id());
    }

    std::set<std::int64_t> seen;
    std::int64_t beforeUnix = 0, beforeId = 0;
    for (int page = 0; page < 10; ++page) {
        proto::Envelope request;
        auto* list = request.mutable_list_activities();
        list->set_customer_id(customer.id());
        list->set_before_unix(beforeUnix);
        list->set_before_id(beforeId);
        list->set_limit(2);
        const auto reply = send(account, request);
        ASSERT_TRUE(reply.has_list_activities_reply()) << reply.DebugString();
        const auto& activities = reply.list_activities_reply().activities();
        if (activities.empty()) break;
        for (const auto& a : activities) EXPECT_TRUE(seen.insert(a.id()).second) << "shown twice: " << a.id();
        beforeUnix = activities.rbegin()->occurred_at_unix();
        beforeId = activities.rbegin()->id();
    }
    EXPECT_EQ(seen, logged);
}

TEST_F(CustomersTest, ACustomerMovedToAnotherBranchIsFoundThereAndNoLongerInTheOld)
{
    auto customer = created(admin, newCustomer("北京迁址测试精工有限公司"));
    ASSERT_EQ(search(account, "迁址测试").rows_size(), 1);
    ASSERT_EQ(search(shAccount, "迁址测试").rows_size(), 0);

    customer.set_branch_id(shBranch);
    customer.set_province("上海");
    customer.set_city("上海");
    const auto moved = saveCustomer(admin, customer);
    ASSERT_TRUE(moved.has_customer_reply()) << moved.DebugString();

    EXPECT_EQ(search(account, "迁址测试").rows_size(), 0);
    EXPECT_EQ(search(shAccount, "迁址测试").rows_size(), 1);
    // The branch travels in the search keys; the database refuses keys that disagree with it.
    EXPECT_EQ(sql("SELECT search_keys @> ARRAY[-branch_id] FROM customers WHERE id = " + std::to_string(customer.id())), "t");
    EXPECT_THROW(sql("UPDATE customers SET branch_id = " + std::to_string(bjBranch) + " WHERE id = " + std::to_string(customer.id())),
                 pqxx::check_violation);
}

TEST_F(CustomersTest, SortingByOwnerOrBranchFollowsTheirNamesAndARenameReordersThem)
{
    // Two owners, renamed so that their pinyin order is first one way and then the other.
    const std::string accountId = sql("SELECT id FROM users WHERE username = 'account'");
    const std::string managerId = sql("SELECT id FROM users WHERE username = 'manager'");
    auto first = newCustomer("北京排序甲贸易有限公司");
    first.set_owner_id(std::stoll(accountId));
    auto second = newCustomer("北京排序乙贸易有限公司");
    second.set_owner_id(std::stoll(managerId));
    created(admin, first);
    created(admin, second);

    auto ownersInOrder = [&] {
        proto::Envelope request;
        auto* s = request.mutable_search_customers();
        s->mutable_filter()->set_text("排序");
        s->set_sort(proto::SORT_BY_OWNER);
        const auto reply = send(account, request);
        std::vector<std::string> owners;
        for (const auto& row : reply.search_customers_reply().rows()) owners.push_back(row.owner_name());
        return owners;
    };
    sql("UPDATE users SET display_name = '安然' WHERE id = " + accountId);    // an ran: first in pinyin
    sql("UPDATE users SET display_name = '赵磊' WHERE id = " + managerId);    // zhao lei: last
    EXPECT_EQ(ownersInOrder(), (std::vector<std::string>{"安然", "赵磊"}));
    sql("UPDATE users SET display_name = '周敏' WHERE id = " + accountId);    // zhou min: now after zhao
    EXPECT_EQ(ownersInOrder(), (std::vector<std::string>{"赵磊", "周敏"}));
}

TEST_F(CustomersTest, AdminsSortByBranchName)
{
    created(admin, newCustomer("上海排序分支测试有限公司", shBranch));
    created(admin, newCustomer("北京排序分支测试有限公司", bjBranch));
    proto::Envelope request;
    auto* s = request.mutable_search_customers();
    s->mutable_filter()->set_text("排序分支测试");
    s->set_sort(proto::SORT_BY_BRANCH);
    s->set_descending(true);
    const auto reply = send(admin, request);
    ASSERT_EQ(reply.search_customers_reply().rows_size(), 2) << reply.DebugString();
    // 上海 (shang) after 北京 (bei) in pinyin order; descending puts it first.
    EXPECT_EQ(reply.search_customers_reply().rows(0).branch_name(), sql("SELECT name FROM branches WHERE id = " + std::to_string(shBranch)));
    EXPECT_EQ(reply.search_customers_reply().rows(1).branch_name(), sql("SELECT name FROM branches WHERE id = " + std::to_string(bjBranch)));
}

TEST_F(CustomersTest, SearchTextOfOnlyPunctuationIsRefusedNotIgnored)
{
    created(account, newCustomer("北京标点测试有限公司"));
    for (const char* text : {"%", "b", "--"}) {
        proto::Envelope request;
        request.mutable_search_customers()->mutable_filter()->set_text(text);
        EXPECT_EQ(errorOf(send(account, request)), proto::VALIDATION_FAILED) << text;
    }
    // White space alone asks for no search: the whole list.
    EXPECT_EQ(search(account, "  ").rows_size(), 1);
}
