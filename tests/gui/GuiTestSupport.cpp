#include "GuiTestSupport.h"

#include "ServerProcess.h"
#include "SessionModel.h"
#include "TestDatabase.h"
#include "Theme.h"
#include "TrustStore.h"

#include <QApplication>
#include <QSettings>
#include <QTest>

#include <cstdlib>
#include <optional>

namespace laoke::test {

void setUpGuiTest(QTemporaryDir& settingsDir) {
    QCoreApplication::setOrganizationName(QStringLiteral("Laoke"));
    QCoreApplication::setApplicationName(QStringLiteral("laoke"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    ui::Theme::apply(*qApp);
}

DemoServer::DemoServer(std::vector<std::string> extraArgs) {
    ServerOptions options;
    options.extraArgs = std::move(extraArgs);
    const char* pgHost = std::getenv("LAOKE_TEST_PG_HOST");
    if (pgHost != nullptr && *pgHost != '\0') {
        m_database = std::make_unique<TestDatabase>();
        options.databaseUrl = m_database->url();
    }
    m_server = std::make_unique<ServerProcess>(options);
}

DemoServer::DemoServer(const std::string& databaseUrl) {
    // The first server created the demo accounts; the second adds no customers of its own.
    m_server = std::make_unique<ServerProcess>(ServerOptions{databaseUrl, {}, true, {"--demo-customers", "0"}});
}

DemoServer::~DemoServer() = default;

std::string DemoServer::databaseUrl() const {
    return m_database ? m_database->url() : std::string();
}

std::unique_ptr<DemoServer> DemoServer::anotherInstance() const {
    if (!m_database) return nullptr;
    return std::unique_ptr<DemoServer>(new DemoServer(m_database->url()));
}

client::ServerAddress DemoServer::address() const {
    return {QString::fromStdString(m_server->host()), m_server->port()};
}

QString DemoServer::fingerprint() const {
    return QString::fromStdString(m_server->fingerprint());
}

bool logIn(client::SessionModel& session, const DemoServer& server, const QString& username, const QString& password) {
    client::TrustStore().pin(server.address(), server.fingerprint());
    std::optional<QString> failure;
    bool succeeded = false;
    QObject guard;
    QObject::connect(&session, &client::SessionModel::loginSucceeded, &guard, [&] { succeeded = true; });
    QObject::connect(&session, &client::SessionModel::loginFailed, &guard,
                     [&](const client::ClientError& error) { failure = error.detail; });
    session.logIn(server.address(), username, password);
    if (!QTest::qWaitFor([&] { return succeeded || failure; }, 20000)) {
        qWarning("login as %s timed out", qPrintable(username));
        return false;
    }
    if (failure) {
        qWarning("login as %s failed: %s", qPrintable(username), qPrintable(*failure));
        return false;
    }
    return true;
}

}  // namespace laoke::test
