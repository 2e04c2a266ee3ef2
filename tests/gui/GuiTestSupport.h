#pragma once
// What every GUI test needs: private QSettings (so tests never read or write the user's real
// trust store), the application look, a real laoke-server with demo data, and a helper that
// logs a SessionModel in as one of the demo users.

#include "ServerAddress.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <string>
#include <vector>

namespace laoke::client {
class SessionModel;
}

namespace laoke::test {

class ServerProcess;
class TestDatabase;

inline constexpr char kDemoPassword[] = "laoke-demo";

/// Points QSettings at a fresh temporary directory and sets organisation/application names
/// as laoke-desktop does; applies the theme. Call first in initTestCase().
void setUpGuiTest(QTemporaryDir& settingsDir);

/// A laoke-server with demo data on a fresh database (or its own embedded cluster when
/// scripts/test.sh did not provide one).
class DemoServer {
public:
    /// `extraArgs` go to laoke-server (e.g. {"--sla-watch-seconds", "1"}).
    explicit DemoServer(std::vector<std::string> extraArgs = {});
    ~DemoServer();

    client::ServerAddress address() const;
    QString fingerprint() const;

    /// A second laoke-server on the same database (as when a company runs two), or nullptr
    /// when this server runs its own embedded PostgreSQL (no LAOKE_TEST_PG_HOST).
    std::unique_ptr<DemoServer> anotherInstance() const;
    /// The database's connection string ("" when the server runs its own embedded cluster),
    /// for a test that must set up what no request can (e.g. a ticket opened days ago).
    std::string databaseUrl() const;

private:
    explicit DemoServer(const std::string& databaseUrl);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
};

/// Pins the server's certificate and logs `session` in; false (with a QWARN) on failure.
bool logIn(client::SessionModel& session, const DemoServer& server, const QString& username,
           const QString& password = QString::fromLatin1(kDemoPassword));

}  // namespace laoke::test
