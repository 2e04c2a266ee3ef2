#pragma once
// Drives the real Dispatcher against a real, migrated PostgreSQL database with the demo
// accounts: everything of the server but the sockets. Used by the account tests.

#include "TestDatabase.h"
#include "app/Bootstrap.h"
#include "db/CustomerSearchIndex.h"
#include "db/Database.h"
#include "engine/PasswordHasher.h"
#include "engine/SearchText.h"
#include "handlers/Dispatcher.h"
#include "protocol/FrameCodec.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <memory>
#include <string>
#include <vector>

namespace laoke::test {

class AccountsFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_database.migrate();
        m_db = std::make_unique<db::Database>(m_database.url(), 2);
        app::ensureDemoAccounts(*m_db, m_hasher);
        // Built on the empty book: every customer a test adds reaches it through the change log.
        if (withSearchIndex()) {
            m_searchIndex = std::make_unique<db::CustomerSearchIndex>(*m_db);
            m_searchIndex->build();
        }
        m_services = std::make_unique<handlers::Services>(
            handlers::Services{*m_db, m_hasher, engine::LoginThrottle{}, 3600, "test", m_searchIndex.get()});
        m_dispatcher = std::make_unique<handlers::Dispatcher>(*m_services);
    }

    /// False: searches use PostgreSQL's indexes only, as a server whose in-memory index is
    /// not built yet.
    virtual bool withSearchIndex() const { return true; }

    /// A connection that has completed Hello.
    handlers::ConnectionState connection()
    {
        handlers::ConnectionState state;
        state.connectionId = "t" + std::to_string(++m_connections);
        state.peer = "127.0.0.1:1";
        protocol::Envelope hello;
        hello.mutable_hello()->set_protocol_version(protocol::kProtocolVersion);
        send(state, hello);
        EXPECT_EQ(state.phase, handlers::ConnectionState::Phase::Open);
        return state;
    }

    protocol::Envelope send(handlers::ConnectionState& state, protocol::Envelope request)
    {
        request.set_request_id(++m_requests);
        return m_dispatcher->dispatch(state, request);
    }

    protocol::Envelope login(handlers::ConnectionState& state, const std::string& user, const std::string& password)
    {
        protocol::Envelope request;
        request.mutable_login()->set_username(user);
        request.mutable_login()->set_password(password);
        return send(state, request);
    }

    /// A logged-in connection for a demo user (password laoke-demo).
    handlers::ConnectionState loggedIn(const std::string& user)
    {
        auto state = connection();
        const auto reply = login(state, user, app::kDemoPassword);
        EXPECT_TRUE(reply.has_login_reply()) << reply.DebugString();
        return state;
    }

    /// Runs a query directly (as the test, not as the server) and returns the first field.
    std::string sql(const std::string& query)
    {
        pqxx::connection connection(m_database.url());
        pqxx::work work(connection);
        const auto result = work.exec(query);
        work.commit();
        return result.empty() || result[0][0].is_null() ? std::string() : result[0][0].c_str();
    }

    /// Every page of a customer search sorted by name, as ids in the order shown.
    std::vector<std::int64_t> searchAllPages(handlers::ConnectionState& who, const std::string& text, int pageSize = 500,
                                             bool descending = false)
    {
        std::vector<std::int64_t> ids;
        std::string after;
        for (int page = 0; page < 200; ++page) {
            protocol::Envelope request;
            auto* search = request.mutable_search_customers();
            search->mutable_filter()->set_text(text);
            search->set_page_size(pageSize);
            search->set_descending(descending);
            search->set_after(after);
            const auto reply = send(who, request);
            EXPECT_TRUE(reply.has_search_customers_reply()) << reply.DebugString();
            for (const auto& row : reply.search_customers_reply().rows()) ids.push_back(row.id());
            after = reply.search_customers_reply().next_page();
            if (after.empty()) break;
        }
        return ids;
    }

    /// What that search should show, straight from the table in the database's order: the
    /// active customers of the branch (0: all) whose search text holds the normalized text.
    std::vector<std::int64_t> searchExpected(const std::string& text, std::int64_t branchId, bool descending = false)
    {
        pqxx::connection connection(m_database.url());
        pqxx::work work(connection);
        std::vector<std::int64_t> ids;
        const std::string order = descending ? " ORDER BY name DESC, id DESC" : " ORDER BY name, id";
        for (const auto& row : work.exec_params("SELECT id FROM customers WHERE archived_at IS NULL AND ($2 = 0 OR branch_id = $2) "
                                                "AND strpos(search_text, $1) > 0" + order,
                                                engine::normalizeForSearch(text), branchId)) {
            ids.push_back(row[0].as<std::int64_t>());
        }
        return ids;
    }

    static protocol::ErrorCode errorOf(const protocol::Envelope& reply)
    {
        return reply.has_error() ? reply.error().code() : protocol::ERROR_CODE_UNSPECIFIED;
    }

    protocol::User userNamed(handlers::ConnectionState& admin, const std::string& username)
    {
        protocol::Envelope request;
        request.mutable_list_users();
        const auto reply = send(admin, request);
        for (const auto& user : reply.list_users_reply().users()) {
            if (user.username() == username) return user;
        }
        ADD_FAILURE() << "no user " << username;
        return {};
    }

    TestDatabase m_database;
    engine::PasswordHasher m_hasher{engine::PasswordHasher::Cost::InsecureFast};
    std::unique_ptr<db::Database> m_db;
    std::unique_ptr<db::CustomerSearchIndex> m_searchIndex;
    std::unique_ptr<handlers::Services> m_services;
    std::unique_ptr<handlers::Dispatcher> m_dispatcher;
    int m_connections = 0;
    std::uint64_t m_requests = 0;
};

}  // namespace laoke::test
