// laoke-server over real TLS on loopback, driven by a raw protocol client: what a client
// (or an attacker) sees for good and bad input, and that one bad connection never disturbs
// the others.

#include "RawClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "TlsProbe.h"
#include "protocol/FrameCodec.h"

#include <gtest/gtest.h>
#include <thread>
#include <openssl/ssl.h>

namespace proto = laoke::protocol;
using laoke::test::RawClient;

namespace {

class ServerProtocol : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_database = new laoke::test::TestDatabase();
        s_server = new laoke::test::ServerProcess(laoke::test::ServerOptions{s_database->url(), {}, true, {}});
    }
    static void TearDownTestSuite()
    {
        delete s_server;
        delete s_database;
    }

    static std::unique_ptr<RawClient> connect() { return std::make_unique<RawClient>("127.0.0.1", s_server->port()); }

    static proto::Envelope ping()
    {
        proto::Envelope request;
        request.mutable_ping();
        return request;
    }

    static laoke::test::TestDatabase* s_database;
    static laoke::test::ServerProcess* s_server;
};

laoke::test::TestDatabase* ServerProtocol::s_database = nullptr;
laoke::test::ServerProcess* ServerProtocol::s_server = nullptr;

proto::Envelope listUsers()
{
    proto::Envelope request;
    request.mutable_list_users();
    return request;
}

}  // namespace

TEST_F(ServerProtocol, DemoUserLogsInAndSeesWhoTheyAre)
{
    auto client = connect();
    const auto reply = client->login("engineer", "laoke-demo");
    ASSERT_TRUE(reply.has_login_reply()) << reply.DebugString();
    EXPECT_EQ(reply.login_reply().session_token().size(), 64u);
    EXPECT_EQ(reply.login_reply().user().role(), proto::ENGINEER);
    EXPECT_EQ(reply.login_reply().user().display_name(), "张伟");
    EXPECT_GT(reply.login_reply().expires_at_unix(), 0);

    proto::Envelope whoAmI;
    whoAmI.mutable_who_am_i();
    const auto me = client->call(whoAmI);
    ASSERT_TRUE(me.has_who_am_i_reply()) << me.DebugString();
    EXPECT_EQ(me.who_am_i_reply().user().username(), "engineer");
    EXPECT_EQ(me.who_am_i_reply().user().branch_name(), "北京分公司");
    EXPECT_GE(me.who_am_i_reply().session_expires_at_unix(), reply.login_reply().expires_at_unix());
}

TEST_F(ServerProtocol, RequestBeforeLoginIsRefused)
{
    auto client = connect();
    client->hello();
    const auto reply = client->call(listUsers());
    ASSERT_TRUE(reply.has_error());
    EXPECT_EQ(reply.error().code(), proto::UNAUTHENTICATED);
    // The connection stays usable: logging in now works.
    proto::Envelope login;
    login.mutable_login()->set_username("admin");
    login.mutable_login()->set_password("laoke-demo");
    EXPECT_TRUE(client->call(login).has_login_reply());
    EXPECT_TRUE(client->call(listUsers()).has_list_users_reply());
}

TEST_F(ServerProtocol, RequestBeforeHelloClosesTheConnection)
{
    auto client = connect();
    auto request = ping();
    request.set_request_id(1);
    client->sendEnvelope(request);
    const auto reply = client->receive();
    ASSERT_TRUE(reply && reply->has_error());
    EXPECT_EQ(reply->error().code(), proto::PROTOCOL_VIOLATION);
    EXPECT_TRUE(client->waitForClose());
}

TEST_F(ServerProtocol, IncompatibleClientIsToldBothVersions)
{
    auto client = connect();
    proto::Envelope hello;
    hello.set_request_id(1);
    hello.mutable_hello()->set_protocol_version(proto::kProtocolVersion + 1);
    client->sendEnvelope(hello);
    const auto reply = client->receive();
    ASSERT_TRUE(reply && reply->has_error());
    EXPECT_EQ(reply->error().code(), proto::INCOMPATIBLE_VERSION);
    EXPECT_NE(reply->error().message().find("version " + std::to_string(proto::kProtocolVersion + 1)), std::string::npos);
    EXPECT_NE(reply->error().message().find("version " + std::to_string(proto::kProtocolVersion)), std::string::npos);
    EXPECT_TRUE(client->waitForClose());
}

TEST_F(ServerProtocol, WrongPasswordAndUnknownUserLookAlike)
{
    auto a = connect();
    const auto wrong = a->login("account", "not-the-password");
    auto b = connect();
    const auto unknown = b->login("nobody", "not-the-password");
    ASSERT_TRUE(wrong.has_error() && unknown.has_error());
    EXPECT_EQ(wrong.error().code(), proto::INVALID_CREDENTIALS);
    EXPECT_EQ(unknown.error().code(), proto::INVALID_CREDENTIALS);
    EXPECT_EQ(wrong.error().message(), unknown.error().message());
}

TEST_F(ServerProtocol, EngineerMayNotAdministerUsers)
{
    auto client = connect();
    ASSERT_TRUE(client->login("engineer", "laoke-demo").has_login_reply());
    const auto reply = client->call(listUsers());
    ASSERT_TRUE(reply.has_error());
    EXPECT_EQ(reply.error().code(), proto::FORBIDDEN);
}

TEST_F(ServerProtocol, UnknownMessageGetsAnErrorAndTheConnectionLives)
{
    auto client = connect();
    client->hello();
    const auto reply = client->call(proto::Envelope{});
    ASSERT_TRUE(reply.has_error());
    EXPECT_EQ(reply.error().code(), proto::BAD_REQUEST);
    EXPECT_TRUE(client->call(ping()).has_ping_reply());
}

TEST_F(ServerProtocol, AReplyMessageSentAsARequestIsRefused)
{
    auto client = connect();
    client->hello();
    proto::Envelope request;
    request.mutable_login_reply()->set_session_token("x");
    const auto reply = client->call(request);
    ASSERT_TRUE(reply.has_error());
    EXPECT_EQ(reply.error().code(), proto::BAD_REQUEST);
}

TEST_F(ServerProtocol, EveryReplyMessageSentAsARequestIsRefusedAfterLogin)
{
    // Each payload the server only ever sends (replies, pushes, documents it answers with) is
    // refused when a client sends it, rather than falling through to some request's handler.
    auto client = connect();
    ASSERT_TRUE(client->login("admin", "laoke-demo").has_login_reply());
    const auto* payload = proto::Envelope::descriptor()->FindOneofByName("payload");
    ASSERT_NE(payload, nullptr);
    int checked = 0;
    for (int i = 0; i < payload->field_count(); ++i) {
        const auto* field = payload->field(i);
        const std::string type = field->message_type()->name();
        const bool serverOnly = type.size() > 5 && type.compare(type.size() - 5, 5, "Reply") == 0;
        if (!serverOnly && type != "Event" && type != "ServiceSettings" && type != "CalendarYear" && type != "Error" && type != "Ok") {
            continue;
        }
        proto::Envelope request;
        request.GetReflection()->MutableMessage(&request, field);
        const auto reply = client->call(request);
        ASSERT_TRUE(reply.has_error()) << field->name() << ": " << reply.DebugString();
        EXPECT_EQ(reply.error().code(), proto::BAD_REQUEST) << field->name();
        ++checked;
    }
    EXPECT_GT(checked, 30);
}

TEST_F(ServerProtocol, GarbageOnOneConnectionLeavesAnotherWorking)
{
    auto good = connect();
    ASSERT_TRUE(good->login("manager", "laoke-demo").has_login_reply());

    auto bad = connect();
    bad->sendBytes(std::string("\x00\x00\x00\x08garbage!", 12));
    EXPECT_TRUE(bad->waitForClose());

    EXPECT_TRUE(good->call(ping()).has_ping_reply());
    EXPECT_NE(s_server->log().find("protocol error"), std::string::npos);
}

TEST_F(ServerProtocol, OversizedFrameClosesOnlyThatConnection)
{
    auto good = connect();
    good->hello();
    const auto result = laoke::net::readUntilClosed("127.0.0.1", s_server->port(), std::string("\x7f\xff\xff\xff", 4),
                                                    std::chrono::seconds(10));
    EXPECT_TRUE(result.handshakeOk);
    EXPECT_TRUE(result.closedByPeer) << result.error;
    EXPECT_TRUE(good->call(ping()).has_ping_reply());
    EXPECT_NE(s_server->log().find("exceeds the limit"), std::string::npos);
}

TEST_F(ServerProtocol, TruncatedFrameThenDisconnectIsLoggedAndHarmless)
{
    {
        auto client = connect();
        client->hello();
        client->sendBytes(std::string("\x00\x00\x01\x00partial", 11));
    }
    auto other = connect();
    other->hello();
    EXPECT_TRUE(other->call(ping()).has_ping_reply());
    for (int i = 0; i < 50 && s_server->log().find("truncated frame") == std::string::npos; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_NE(s_server->log().find("truncated frame"), std::string::npos);
}

TEST_F(ServerProtocol, Tls11IsRefusedAndTls13Negotiated)
{
    const auto old = laoke::net::probeTls("127.0.0.1", s_server->port(), TLS1_1_VERSION, std::chrono::seconds(5));
    EXPECT_FALSE(old.handshakeOk) << "negotiated " << old.protocol;

    const auto modern = laoke::net::probeTls("127.0.0.1", s_server->port(), 0, std::chrono::seconds(5));
    ASSERT_TRUE(modern.handshakeOk) << modern.error;
    EXPECT_EQ(modern.protocol, "TLSv1.3");
    EXPECT_EQ(modern.peerFingerprint, s_server->fingerprint());

    const auto tls12 = laoke::net::probeTls("127.0.0.1", s_server->port(), TLS1_2_VERSION, std::chrono::seconds(5));
    EXPECT_TRUE(tls12.handshakeOk) << tls12.error;
}

TEST_F(ServerProtocol, LogLinesCarryConnectionAndRequestIds)
{
    auto client = connect();
    ASSERT_TRUE(client->login("account", "laoke-demo").has_login_reply());
    const std::string log = s_server->log();
    const auto line = log.find("user 'account' logged in");
    ASSERT_NE(line, std::string::npos);
    const auto start = log.rfind('\n', line);
    const std::string text = log.substr(start + 1, line - start);
    EXPECT_NE(text.find(" r2]"), std::string::npos) << text;  // request 2 = login after Hello
    EXPECT_NE(text.find("[c"), std::string::npos) << text;
}
