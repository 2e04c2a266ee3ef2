// The desktop client's life cycle against a real laoke-server: login dialog, main window,
// "Log out" back to the login dialog, and back to it with the reason when an administrator
// disables the account while it is logged in.

#include "Connection.h"
#include "DesktopController.h"
#include "GuiTestSupport.h"
#include "InlineErrorLabel.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"
#include "TrustStore.h"
#include "UserListModel.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace laoke;

class DesktopControllerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void logInThenLogOutReturnsToLogin();
    void disabledAccountIsSentBackToLoginWithTheReason();

private:
    void logInThroughDialog(ui::DesktopController& controller, const QString& username);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::DemoServer> m_server;
    test::ScriptedPrompter m_prompter;
    ui::LanguageManager m_language;
};

void DesktopControllerTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    client::TrustStore().pin(m_server->address(), m_server->fingerprint());
}

void DesktopControllerTest::logInThroughDialog(ui::DesktopController& controller, const QString& username) {
    ui::LoginDialog* login = controller.loginDialog();
    QVERIFY(login && login->isVisible());
    login->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(username);
    login->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QString::fromLatin1(test::kDemoPassword));
    QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(), 20000);
    QTRY_VERIFY(controller.loginDialog() == nullptr);
}

void DesktopControllerTest::logInThenLogOutReturnsToLogin() {
    client::Connection connection;
    client::SessionModel session(connection);
    ui::DesktopController controller(session, m_prompter, m_language);
    controller.setInitialLogin(m_server->address().toString(), QStringLiteral("admin"));
    controller.start();
    logInThroughDialog(controller, QStringLiteral("admin"));
    QVERIFY(session.isLoggedIn());

    controller.mainWindow()->findChild<QAction*>(QStringLiteral("logoutAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(controller.loginDialog() && controller.loginDialog()->isVisible(), 15000);
    QTRY_VERIFY(controller.mainWindow() == nullptr);
    QVERIFY(!session.isLoggedIn());
    QCOMPARE(connection.state(), client::Connection::State::Disconnected);
    // The server was remembered, so the next login dialog offers it again.
    QCOMPARE(controller.loginDialog()->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(),
             QStringLiteral("admin"));
}

void DesktopControllerTest::disabledAccountIsSentBackToLoginWithTheReason() {
    client::Connection connection;
    client::SessionModel session(connection);
    ui::DesktopController controller(session, m_prompter, m_language);
    controller.setInitialLogin(m_server->address().toString(), QStringLiteral("manager"));
    controller.start();
    logInThroughDialog(controller, QStringLiteral("manager"));
    const qint64 managerId = session.user().id();

    client::Connection adminConnection;
    client::SessionModel admin(adminConnection);
    QVERIFY(test::logIn(admin, *m_server, QStringLiteral("admin")));
    client::UserListModel users(adminConnection);
    users.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(users.rowOfUser(managerId) >= 0, 15000);
    bool disabled = false;
    users.setUserEnabled(managerId, false, [&](const client::Reply& reply) { disabled = reply.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(disabled, 15000);

    // The manager's next request finds the session revoked.
    protocol::Envelope request;
    request.mutable_who_am_i();
    connection.send(request, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(controller.loginDialog() && controller.loginDialog()->isVisible(), 15000);
    QTRY_VERIFY(controller.mainWindow() == nullptr);
    auto* error = controller.loginDialog()->findChild<ui::InlineErrorLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Your session has ended. Sign in again."));
}

QTEST_MAIN(DesktopControllerTest)
#include "DesktopControllerTest.moc"
