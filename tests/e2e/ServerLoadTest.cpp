// The server under pressure and at shutdown: a full work queue answers BUSY instead of
// queueing without limit, and SIGTERM stops it cleanly.

#include "RawClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <csignal>
#include <memory>
#include <vector>

namespace proto = laoke::protocol;
using laoke::test::RawClient;

TEST(ServerLoad, AFullWorkQueueAnswersBusyAndServingContinues)
{
    laoke::test::TestDatabase database;
    laoke::test::ServerProcess server({database.url(), {}, true, {"--workers", "1", "--max-queued", "1"}});

    constexpr int kClients = 40;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawClient>("127.0.0.1", server.port()));
        clients.back()->hello();
    }
    // All logins leave at once; one worker and a queue of one cannot take them all.
    for (auto& client : clients) {
        proto::Envelope login;
        login.set_request_id(100);
        login.mutable_login()->set_username("engineer");
        login.mutable_login()->set_password("laoke-demo");
        client->sendEnvelope(login);
    }
    int busy = 0;
    int loggedIn = 0;
    for (auto& client : clients) {
        const auto reply = client->receive();
        ASSERT_TRUE(reply.has_value());
        EXPECT_EQ(reply->request_id(), 100u);
        if (reply->has_error()) {
            EXPECT_EQ(reply->error().code(), proto::BUSY);
            EXPECT_GT(reply->error().retry_after_seconds(), 0);
            ++busy;
        } else {
            EXPECT_TRUE(reply->has_login_reply());
            ++loggedIn;
        }
    }
    EXPECT_GT(busy, 0);
    EXPECT_GT(loggedIn, 0);
    EXPECT_EQ(busy + loggedIn, kClients);

    // A refused client simply retries later.
    RawClient late("127.0.0.1", server.port());
    EXPECT_TRUE(late.login("engineer", "laoke-demo").has_login_reply());
}

TEST(ServerLoad, SigtermStopsTheServerCleanlyWithClientsConnected)
{
    laoke::test::TestDatabase database;
    laoke::test::ServerProcess server({database.url(), {}, true, {}});
    RawClient idle("127.0.0.1", server.port());
    idle.hello();
    RawClient loggedIn("127.0.0.1", server.port());
    ASSERT_TRUE(loggedIn.login("admin", "laoke-demo").has_login_reply());

    server.signal(SIGTERM);
    EXPECT_EQ(server.waitForExit(std::chrono::seconds(20)), 0) << server.log();
    EXPECT_TRUE(idle.waitForClose(std::chrono::seconds(2)));
    EXPECT_TRUE(loggedIn.waitForClose(std::chrono::seconds(2)));
    EXPECT_NE(server.log().find("laoke-server stopped"), std::string::npos);
}
