// The main window against a real laoke-server: the navigation offers only what the role can
// use, the header names the user, and a user with an administrator-set password gets only
// the password change until it succeeds.

#include "BranchAdminView.h"
#include "BranchListModel.h"
#include "ChangePasswordDialog.h"
#include "Connection.h"
#include "CreateBranchDialog.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"
#include "TcpRelay.h"
#include "TrustStore.h"
#include "UserListModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QPointer>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace laoke;
using Page = ui::MainWindow::Page;

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void engineerSeesNoUsersEntry();
    void adminSeesUserAndBranchAdministration();
    void adminCreatesABranch();
    void newUserMustChangePasswordBeforeAnythingElse();
    void lostConnectionShowsReconnectingThenReconnected();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::DemoServer> m_server;
    test::ScriptedPrompter m_prompter;
    ui::LanguageManager m_language;
};

void MainWindowTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

void MainWindowTest::engineerSeesNoUsersEntry() {
    client::Connection connection;
    client::SessionModel session(connection);
    QVERIFY(test::logIn(session, *m_server, QStringLiteral("engineer")));
    ui::MainWindow window(session, m_prompter, m_language);
    window.show();
    QCOMPARE(window.pages(), (QList<Page>{Page::Workbench, Page::Callbacks, Page::DutyRoster, Page::Customers, Page::KnowledgeBase, Page::MyAccount}));
    QVERIFY(!window.showPage(Page::Users));
    QVERIFY(window.pageWidget(Page::Users) == nullptr);
    QVERIFY2(window.pageWidget(Page::DispatchBoard) == nullptr, "the dispatch board is for branch managers");
    QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("navigationList"))->count(), 6);
    QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pageStack"))->currentWidget(), window.pageWidget(Page::Workbench));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("userDetailsLabel"))->text().section(QStringLiteral(" · "), 0, 0),
             QStringLiteral("Service engineer"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("connectionStatusLabel"))->text().contains(QStringLiteral("Connected")));
}

void MainWindowTest::adminSeesUserAndBranchAdministration() {
    client::Connection connection;
    client::SessionModel session(connection);
    QVERIFY(test::logIn(session, *m_server, QStringLiteral("admin")));
    ui::MainWindow window(session, m_prompter, m_language);
    window.show();
    QCOMPARE(window.pages(), (QList<Page>{Page::Workbench, Page::DispatchBoard, Page::Callbacks, Page::DutyRoster, Page::Reports, Page::Customers, Page::KnowledgeBase, Page::Users, Page::Branches, Page::ServiceLevels, Page::MyAccount}));
    QVERIFY(window.showPage(Page::Branches));
    QVERIFY(window.pageWidget(Page::Branches)->isVisible());
}

void MainWindowTest::adminCreatesABranch() {
    client::Connection connection;
    client::SessionModel session(connection);
    QVERIFY(test::logIn(session, *m_server, QStringLiteral("admin")));
    ui::MainWindow window(session, m_prompter, m_language);
    window.show();
    QVERIFY(window.showPage(Page::Branches));
    auto* view = qobject_cast<ui::BranchAdminView*>(window.pageWidget(Page::Branches));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(!view->model().isLoading() && view->model().rowCount() > 0, 15000);
    const int before = view->model().rowCount();

    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("newBranchButton")), Qt::LeftButton);
    QPointer<ui::CreateBranchDialog> dialog = view->findChild<ui::CreateBranchDialog*>(QStringLiteral("createBranchDialog"));
    QVERIFY(dialog);
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit")), QStringLiteral("sz"));
    QVERIFY(!ok->isEnabled());  // lower-case code
    dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit"))->setText(QStringLiteral("SZ-NS"));
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("深圳南山分公司"));
    dialog->findChild<QLineEdit*>(QStringLiteral("cityEdit"))->setText(QStringLiteral("深圳"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 15000);
    QCOMPARE(view->model().rowCount(), before + 1);
}

void MainWindowTest::newUserMustChangePasswordBeforeAnythingElse() {
    // An administrator creates a second administrator with an initial password.
    client::Connection adminConnection;
    client::SessionModel admin(adminConnection);
    QVERIFY(test::logIn(admin, *m_server, QStringLiteral("admin")));
    client::UserListModel users(adminConnection);
    protocol::CreateUserRequest request;
    request.set_username("wang.fang");
    request.set_display_name("王芳");
    request.set_role(protocol::ADMIN);
    request.set_password("initial-password");
    bool created = false;
    users.createUser(request, [&](const client::Reply& reply) { created = reply.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(created, 15000);

    client::Connection connection;
    client::SessionModel session(connection);
    QVERIFY(test::logIn(session, *m_server, QStringLiteral("wang.fang"), QStringLiteral("initial-password")));
    QVERIFY(session.mustChangePassword());
    ui::MainWindow window(session, m_prompter, m_language);
    window.show();
    QCOMPARE(window.pages(), QList<Page>{Page::MyAccount});

    ui::ChangePasswordDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::ChangePasswordDialog*>(QStringLiteral("changePasswordDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"))->text(), QStringLiteral("Log out"));
    dialog->findChild<QLineEdit*>(QStringLiteral("oldPasswordEdit"))->setText(QStringLiteral("wrong-password"));
    dialog->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"))->setText(QStringLiteral("my-own-password"));
    dialog->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit"))->setText(QStringLiteral("my-own-password"));
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* oldError = dialog->findChild<QLabel*>(QStringLiteral("oldPasswordError"));
    QTRY_VERIFY_WITH_TIMEOUT(oldError->isVisible(), 15000);
    QCOMPARE(oldError->text(), QStringLiteral("The current password is wrong."));
    QCOMPARE(window.pages(), QList<Page>{Page::MyAccount});

    QPointer<ui::ChangePasswordDialog> guard(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("oldPasswordEdit"))->setText(QStringLiteral("initial-password"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
    QVERIFY(!session.mustChangePassword());
    QCOMPARE(window.pages(), (QList<Page>{Page::Workbench, Page::DispatchBoard, Page::Callbacks, Page::DutyRoster, Page::Reports, Page::Customers, Page::KnowledgeBase, Page::Users, Page::Branches, Page::ServiceLevels, Page::MyAccount}));
}

void MainWindowTest::lostConnectionShowsReconnectingThenReconnected() {
    test::TcpRelay relay(m_server->address().host, m_server->address().port);
    const client::ServerAddress viaRelay{m_server->address().host, relay.port()};
    client::TrustStore().pin(viaRelay, m_server->fingerprint());
    client::Connection connection;
    client::SessionModel session(connection);
    bool loggedIn = false;
    connect(&session, &client::SessionModel::loginSucceeded, this, [&] { loggedIn = true; });
    session.logIn(viaRelay, QStringLiteral("engineer"), QString::fromLatin1(test::kDemoPassword));
    QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 20000);

    ui::MainWindow window(session, m_prompter, m_language);
    window.show();
    auto* status = window.findChild<QLabel*>(QStringLiteral("connectionStatusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("Connected")));
    relay.dropAll();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Connection lost, reconnecting…")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Reconnected at")), 20000);
    QCOMPARE(session.linkStatus(), client::SessionModel::LinkStatus::Reconnected);
    QVERIFY(session.isLoggedIn());
    QCOMPARE(window.pages(), (QList<Page>{Page::Workbench, Page::Callbacks, Page::DutyRoster, Page::Customers, Page::KnowledgeBase, Page::MyAccount}));
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
