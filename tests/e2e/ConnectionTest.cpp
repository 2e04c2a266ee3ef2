// The desktop client's Connection against the real laoke-server over real TLS: what a user
// of laoke-desktop would notice when the server restarts, when its certificate is not the
// pinned one, and when it stops answering.

#include "Connection.h"
#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <memory>
#include <optional>

#include <unistd.h>

namespace fs = std::filesystem;
using laoke::client::ClientError;
using laoke::client::Connection;
using laoke::client::Reply;
using laoke::client::ServerAddress;
using laoke::client::TrustSettings;
namespace proto = laoke::protocol;

namespace {

constexpr int kWaitMs = 20000;
const QString kDemoPassword = QStringLiteral("laoke-demo");

ServerAddress addressOf(const laoke::test::ServerProcess& server)
{
    return ServerAddress{QString::fromStdString(server.host()), server.port()};
}

TrustSettings pinned(const std::string& fingerprint)
{
    return TrustSettings{QString::fromStdString(fingerprint), {}};
}

proto::Envelope whoAmI()
{
    proto::Envelope request;
    request.mutable_who_am_i();
    return request;
}

proto::Envelope ping()
{
    proto::Envelope request;
    request.mutable_ping();
    return request;
}

class ConnectionE2E : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        static int argc = 1;
        static char name[] = "laoke_connection_tests";
        static char* argv[] = {name, nullptr};
        if (!QCoreApplication::instance()) {
            new QCoreApplication(argc, argv);
        }
    }

    void SetUp() override
    {
        m_dataDir = fs::temp_directory_path() / ("laoke-connection-test-" + std::to_string(getpid()));
        fs::create_directories(m_dataDir);
        startServer();
    }

    void TearDown() override
    {
        if (m_server) {
            m_server->signal(SIGCONT);
        }
        m_server.reset();
        std::error_code ignored;
        fs::remove_all(m_dataDir, ignored);
    }

    // The same database and data directory each time, so a restarted server knows the
    // sessions and presents the same certificate.
    void startServer()
    {
        m_server = std::make_unique<laoke::test::ServerProcess>(
            laoke::test::ServerOptions{m_database.url(), m_dataDir, true, {}});
    }

    /// Opens `connection` to the test server and waits for Hello to complete.
    void open(Connection& connection)
    {
        connection.setServer(addressOf(*m_server));
        connection.setTrust(pinned(m_server->fingerprint()));
        connection.open();
        ASSERT_TRUE(QTest::qWaitFor([&] { return connection.state() != Connection::State::Connecting; }, kWaitMs));
        ASSERT_EQ(connection.state(), Connection::State::Connected) << connection.lastError().toStdString();
    }

    /// Sends `request` and waits for its answer, counting how often the callback runs.
    static std::optional<Reply> call(Connection& connection, proto::Envelope request, int timeoutMs = 15000)
    {
        std::optional<Reply> result;
        connection.send(std::move(request), [&](const Reply& reply) { result = reply; }, timeoutMs);
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs + kWaitMs)) << "no callback";
        return result;
    }

    static std::optional<Reply> login(Connection& connection, const QString& user)
    {
        std::optional<Reply> result;
        connection.login(user, kDemoPassword, [&](const Reply& reply) { result = reply; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs)) << "no callback";
        return result;
    }

    laoke::test::TestDatabase m_database;
    fs::path m_dataDir;
    std::unique_ptr<laoke::test::ServerProcess> m_server;
};

}  // namespace

TEST_F(ConnectionE2E, SessionIsResumedAfterTheServerRestarts)
{
    Connection connection;
    ASSERT_NO_FATAL_FAILURE(open(connection));
    const auto loggedIn = login(connection, QStringLiteral("engineer"));
    ASSERT_TRUE(loggedIn && loggedIn->ok());
    ASSERT_EQ(connection.state(), Connection::State::Authenticated);

    QSignalSpy lost(&connection, &Connection::connectionLost);
    QSignalSpy resumed(&connection, &Connection::sessionResumed);
    QSignalSpy ended(&connection, &Connection::sessionEnded);

    m_server->signal(SIGTERM);
    ASSERT_GE(m_server->waitForExit(std::chrono::seconds(20)), 0);
    ASSERT_TRUE(lost.wait(kWaitMs));
    EXPECT_EQ(connection.state(), Connection::State::Connecting);

    // Asked while the server is down: it waits for the resumed session instead of failing.
    std::optional<Reply> whoAmIReply;
    int callbacks = 0;
    connection.send(whoAmI(), [&](const Reply& reply) {
        whoAmIReply = reply;
        ++callbacks;
    }, 60000);

    startServer();
    // ServerProcess lets the OS choose the port, so the restarted server may listen
    // elsewhere: point the reconnecting connection at it, as a user would after a move.
    connection.setServer(addressOf(*m_server));

    ASSERT_TRUE(QTest::qWaitFor([&] { return whoAmIReply.has_value(); }, 60000));
    EXPECT_EQ(resumed.count(), 1);
    EXPECT_EQ(ended.count(), 0);
    EXPECT_EQ(connection.state(), Connection::State::Authenticated);
    ASSERT_TRUE(whoAmIReply->ok()) << whoAmIReply->error().detail.toStdString();
    EXPECT_EQ(whoAmIReply->envelope().who_am_i_reply().user().username(), "engineer");
    EXPECT_EQ(connection.currentUser().username(), "engineer");
    QTest::qWait(200);
    EXPECT_EQ(callbacks, 1);
}

TEST_F(ConnectionE2E, ChangedCertificateIsRefusedAndNothingIsSent)
{
    Connection connection;
    connection.setServer(addressOf(*m_server));
    std::string other = m_server->fingerprint();
    other[0] = other[0] == '0' ? '1' : '0';
    connection.setTrust(pinned(other));
    QSignalSpy untrusted(&connection, &Connection::untrustedCertificate);

    connection.open();
    ASSERT_EQ(connection.state(), Connection::State::Connecting);
    // Queued until the handshake completes, which it never does: it must not reach the server.
    std::optional<Reply> loginReply;
    int callbacks = 0;
    connection.login(QStringLiteral("engineer"), kDemoPassword, [&](const Reply& reply) {
        loginReply = reply;
        ++callbacks;
    });

    ASSERT_TRUE(untrusted.count() > 0 || untrusted.wait(kWaitMs));
    EXPECT_EQ(untrusted.at(0).at(0).toString().toStdString(), m_server->fingerprint());
    EXPECT_TRUE(untrusted.at(0).at(2).toBool()) << "a different fingerprint was pinned: changed must be true";
    ASSERT_TRUE(QTest::qWaitFor([&] { return loginReply.has_value(); }, kWaitMs));
    EXPECT_FALSE(loginReply->ok());
    EXPECT_EQ(loginReply->error().kind, ClientError::Kind::Untrusted);
    EXPECT_EQ(connection.state(), Connection::State::Disconnected);

    // The engineer never signed in: the login above was not sent.
    Connection admin;
    ASSERT_NO_FATAL_FAILURE(open(admin));
    ASSERT_TRUE(login(admin, QStringLiteral("admin"))->ok());
    proto::Envelope listUsers;
    listUsers.mutable_list_users();
    const auto users = call(admin, listUsers);
    ASSERT_TRUE(users && users->ok());
    bool found = false;
    for (const proto::User& user : users->envelope().list_users_reply().users()) {
        if (user.username() == "engineer") {
            found = true;
            EXPECT_EQ(user.last_login_unix(), 0);
        }
    }
    EXPECT_TRUE(found);
    QTest::qWait(200);
    EXPECT_EQ(callbacks, 1);
    EXPECT_EQ(untrusted.count(), 1);
}

TEST_F(ConnectionE2E, UnpinnedCertificateIsReportedAsNew)
{
    Connection connection;
    connection.setServer(addressOf(*m_server));
    QSignalSpy untrusted(&connection, &Connection::untrustedCertificate);
    connection.open();
    ASSERT_TRUE(untrusted.wait(kWaitMs));
    EXPECT_EQ(untrusted.at(0).at(0).toString().toStdString(), m_server->fingerprint());
    EXPECT_FALSE(untrusted.at(0).at(2).toBool());
    EXPECT_EQ(connection.state(), Connection::State::Disconnected);
}

TEST_F(ConnectionE2E, RequestSentWhileConnectingIsDeliveredAfterHello)
{
    Connection connection;
    connection.setServer(addressOf(*m_server));
    connection.setTrust(pinned(m_server->fingerprint()));
    connection.open();
    ASSERT_EQ(connection.state(), Connection::State::Connecting);
    const auto reply = call(connection, ping());
    ASSERT_TRUE(reply.has_value());
    ASSERT_TRUE(reply->ok()) << reply->error().detail.toStdString();
    EXPECT_TRUE(reply->envelope().has_ping_reply());
    EXPECT_FALSE(connection.serverVersion().isEmpty());
}

TEST_F(ConnectionE2E, TimeoutIsReportedExactlyOnceAndTheLateAnswerIgnored)
{
    Connection connection;
    ASSERT_NO_FATAL_FAILURE(open(connection));

    // A stopped server accepts bytes into the socket buffer but answers nothing.
    ASSERT_TRUE(m_server->stop());
    int callbacks = 0;
    std::optional<Reply> result;
    connection.send(ping(), [&](const Reply& reply) {
        ++callbacks;
        result = reply;
    }, 300);
    ASSERT_TRUE(QTest::qWaitFor([&] { return callbacks > 0; }, kWaitMs));
    QTest::qWait(700);
    EXPECT_EQ(callbacks, 1);
    ASSERT_FALSE(result->ok());
    EXPECT_EQ(result->error().kind, ClientError::Kind::Timeout);

    // Once the server runs again its answer to the timed-out ping arrives and is dropped.
    m_server->signal(SIGCONT);
    const auto next = call(connection, ping());
    ASSERT_TRUE(next && next->ok());
    QTest::qWait(200);
    EXPECT_EQ(callbacks, 1);
    EXPECT_EQ(connection.state(), Connection::State::Connected);
}

TEST_F(ConnectionE2E, SessionEndsWhenTheUserWasDisabledWhileDisconnected)
{
    Connection connection;
    ASSERT_NO_FATAL_FAILURE(open(connection));
    ASSERT_TRUE(login(connection, QStringLiteral("engineer"))->ok());
    QSignalSpy resumed(&connection, &Connection::sessionResumed);
    QSignalSpy ended(&connection, &Connection::sessionEnded);

    m_server->signal(SIGTERM);
    ASSERT_GE(m_server->waitForExit(std::chrono::seconds(20)), 0);
    startServer();

    // Until the connection is pointed at the restarted server, the administrator acts.
    Connection admin;
    ASSERT_NO_FATAL_FAILURE(open(admin));
    ASSERT_TRUE(login(admin, QStringLiteral("admin"))->ok());
    proto::Envelope listUsers;
    listUsers.mutable_list_users();
    const auto users = call(admin, listUsers);
    ASSERT_TRUE(users && users->ok());
    proto::Envelope disable;
    for (const proto::User& user : users->envelope().list_users_reply().users()) {
        if (user.username() == "engineer") {
            disable.mutable_set_user_enabled()->set_user_id(user.id());
            disable.mutable_set_user_enabled()->set_expected_version(user.version());
        }
    }
    const auto disabled = call(admin, disable);
    ASSERT_TRUE(disabled && disabled->ok()) << disabled->error().detail.toStdString();

    connection.setServer(addressOf(*m_server));
    ASSERT_TRUE(ended.count() > 0 || ended.wait(kWaitMs));
    EXPECT_EQ(resumed.count(), 0);
    EXPECT_EQ(connection.state(), Connection::State::Connected);
    EXPECT_TRUE(connection.currentUser().username().empty());
    const auto reason = ended.at(0).at(0).value<ClientError>();
    EXPECT_EQ(reason.kind, ClientError::Kind::Server);
    EXPECT_TRUE(reason.code == proto::SESSION_EXPIRED || reason.code == proto::ACCOUNT_DISABLED)
        << proto::ErrorCode_Name(reason.code);
}
