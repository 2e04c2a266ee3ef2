#pragma once
// Customer tests: the real Dispatcher on a real, migrated PostgreSQL with the demo accounts
// (branch BJ), plus a second branch (SH) with its own account manager, and a catalogue line
// with one version, made through the protocol as an admin would.

#include "AccountsFixture.h"

#include <string>

namespace laoke::test {

class CustomersFixture : public AccountsFixture {
protected:
    void SetUp() override
    {
        AccountsFixture::SetUp();
        admin = loggedIn("admin");
        account = loggedIn("account");
        engineer = loggedIn("engineer");
        bjBranch = std::stoll(sql("SELECT id FROM branches WHERE code = 'BJ'"));
        shBranch = std::stoll(sql("SELECT id FROM branches WHERE code = 'SH'"));
        createShanghaiAccountManager();
        shAccount = loggedIn("sh.account");
        createCatalogue();
    }

    protocol::Envelope saveCustomer(handlers::ConnectionState& who, const protocol::Customer& customer)
    {
        protocol::Envelope request;
        *request.mutable_save_customer()->mutable_customer() = customer;
        return send(who, request);
    }

    /// A valid new customer of branch `branchId` (BJ by default).
    protocol::Customer newCustomer(const std::string& name, std::int64_t branchId = 0)
    {
        protocol::Customer customer;
        customer.set_name(name);
        customer.set_branch_id(branchId == 0 ? bjBranch : branchId);
        customer.set_industry("C");
        customer.set_province("北京");
        customer.set_city("北京");
        return customer;
    }

    /// Creates a customer as `who` and returns it (fails the test on an error).
    protocol::Customer created(handlers::ConnectionState& who, const protocol::Customer& customer)
    {
        const auto reply = saveCustomer(who, customer);
        EXPECT_TRUE(reply.has_customer_reply()) << reply.DebugString();
        return reply.customer_reply().customer();
    }

    protocol::Contact addContact(handlers::ConnectionState& who, std::int64_t customerId, const std::string& name,
                                 const std::string& mobile)
    {
        protocol::Envelope request;
        auto* contact = request.mutable_save_contact()->mutable_contact();
        contact->set_customer_id(customerId);
        contact->set_name(name);
        contact->set_role("chief_accountant");
        contact->set_mobile(mobile);
        const auto reply = send(who, request);
        EXPECT_TRUE(reply.has_contact_reply()) << reply.DebugString();
        return reply.contact_reply().contact();
    }

    protocol::SearchCustomersReply search(handlers::ConnectionState& who, const std::string& text)
    {
        protocol::Envelope request;
        request.mutable_search_customers()->mutable_filter()->set_text(text);
        const auto reply = send(who, request);
        EXPECT_TRUE(reply.has_search_customers_reply()) << reply.DebugString();
        return reply.search_customers_reply();
    }

    protocol::Customer360 view(handlers::ConnectionState& who, std::int64_t customerId)
    {
        protocol::Envelope request;
        request.mutable_get_customer()->set_customer_id(customerId);
        const auto reply = send(who, request);
        EXPECT_TRUE(reply.has_customer_360_reply()) << reply.DebugString();
        return reply.customer_360_reply().view();
    }

    handlers::ConnectionState admin, account, engineer, shAccount;
    std::int64_t bjBranch = 0, shBranch = 0;
    std::int64_t lineId = 0, moduleLedger = 0, moduleReports = 0;
    std::int64_t currentVersionId = 0, oldVersionId = 0;

private:
    void createShanghaiAccountManager()
    {
        protocol::Envelope request;
        auto* create = request.mutable_create_user();
        create->set_username("sh.account");
        create->set_display_name("陈静");
        create->set_role(protocol::ACCOUNT_MANAGER);
        create->set_branch_id(shBranch);
        create->set_password(app::kDemoPassword);
        ASSERT_TRUE(send(admin, request).has_user_reply());
        sql("UPDATE users SET must_change_password = false WHERE username = 'sh.account'");
    }

    void createCatalogue()
    {
        protocol::Envelope line;
        auto* l = line.mutable_save_product_line()->mutable_product_line();
        l->set_vendor("yonyou");
        l->set_code("test-u8");
        l->set_name("测试U8+");
        auto reply = send(admin, line);
        ASSERT_TRUE(reply.has_catalogue_reply()) << reply.DebugString();
        for (const auto& found : reply.catalogue_reply().product_lines()) {
            if (found.code() == "test-u8") lineId = found.id();
        }
        for (const char* name : {"总账", "UFO报表"}) {
            protocol::Envelope module;
            module.mutable_save_product_module()->mutable_product_module()->set_product_line_id(lineId);
            module.mutable_save_product_module()->mutable_product_module()->set_name(name);
            ASSERT_TRUE(send(admin, module).has_catalogue_reply());
        }
        moduleLedger = std::stoll(sql("SELECT id FROM product_modules WHERE name = '总账' AND product_line_id = " + std::to_string(lineId)));
        moduleReports = std::stoll(sql("SELECT id FROM product_modules WHERE name = 'UFO报表' AND product_line_id = " + std::to_string(lineId)));
        for (const auto& [name, released] : {std::pair{"16.0", "2024-06-01"}, std::pair{"10.1", "2012-03-01"}}) {
            protocol::Envelope version;
            auto* v = version.mutable_save_product_version()->mutable_product_version();
            v->set_product_line_id(lineId);
            v->set_name(name);
            v->set_released_on(released);
            ASSERT_TRUE(send(admin, version).has_catalogue_reply());
        }
        currentVersionId = std::stoll(sql("SELECT id FROM product_versions WHERE name = '16.0'"));
        oldVersionId = std::stoll(sql("SELECT id FROM product_versions WHERE name = '10.1'"));
    }
};

}  // namespace laoke::test
