// The administrator's user screen against a real laoke-server: the demo users are listed,
// creating a user adds a row, inline and server-side validation, disabling (confirmed through
// the Prompter) shows the new status, and a concurrent change is reported as a conflict.

#include "BranchListModel.h"
#include "Connection.h"
#include "CreateUserDialog.h"
#include "GuiTestSupport.h"
#include "InlineErrorLabel.h"
#include "MessageBar.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"
#include "UserAdminView.h"
#include "UserListModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace laoke;
using ui::CreateUserDialog;

class UserAdminViewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheFourDemoUsers();
    void filterNarrowsTheTable();
    void invalidInputIsReportedInlineAndBlocksCreate();
    void creatingAUserAddsARow();
    void takenUserNameIsShownAtTheField();
    void disablingAfterConfirmationShowsDisabled();
    void cancelledConfirmationChangesNothing();
    void concurrentChangeIsReportedAsConflictWithReload();

private:
    CreateUserDialog* openCreateDialog();
    QString statusOf(const QString& username) const;
    qint64 idOf(const QString& username) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::DemoServer> m_server;
    client::Connection m_connection;
    std::unique_ptr<client::SessionModel> m_session;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<ui::UserAdminView> m_view;
};


void UserAdminViewTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    m_session = std::make_unique<client::SessionModel>(m_connection);
    QVERIFY(test::logIn(*m_session, *m_server, QStringLiteral("admin")));
}

void UserAdminViewTest::init() {
    m_prompter = test::ScriptedPrompter();
    m_view = std::make_unique<ui::UserAdminView>(*m_session, m_prompter);
    m_view->resize(1000, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model().rowCount() > 0, 15000);
}

void UserAdminViewTest::cleanup() {
    m_view.reset();
}

CreateUserDialog* UserAdminViewTest::openCreateDialog() {
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("newUserButton")), Qt::LeftButton);
    auto* dialog = m_view->findChild<CreateUserDialog*>(QStringLiteral("createUserDialog"));
    const auto branchesLoaded = [dialog] {
        return dialog->findChild<QComboBox*>(QStringLiteral("branchCombo"))->count() > 0;
    };
    return dialog && QTest::qWaitFor(branchesLoaded, 15000) ? dialog : nullptr;
}

qint64 UserAdminViewTest::idOf(const QString& username) const {
    const client::UserListModel& model = m_view->model();
    for (int row = 0; row < model.rowCount(); ++row)
        if (QString::fromStdString(model.userAt(row).username()) == username) return model.userAt(row).id();
    return 0;
}

QString UserAdminViewTest::statusOf(const QString& username) const {
    const client::UserListModel& model = m_view->model();
    const int row = model.rowOfUser(idOf(username));
    return row < 0 ? QString() : model.index(row, client::UserListModel::StatusColumn).data().toString();
}

void UserAdminViewTest::listsTheFourDemoUsers() {
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("userTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 4);
    QStringList names;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        names << table->model()->index(row, client::UserListModel::UsernameColumn).data().toString();
    QCOMPARE(names, (QStringList{"account", "admin", "engineer", "manager"}));  // sorted by user name
    QCOMPARE(m_view->model().index(m_view->model().rowOfUser(idOf("admin")), client::UserListModel::RoleColumn).data().toString(),
             QStringLiteral("Administrator"));
    QCOMPARE(statusOf(QStringLiteral("engineer")), QStringLiteral("Enabled"));
}

void UserAdminViewTest::filterNarrowsTheTable() {
    auto* table = m_view->findChild<QTableView*>(QStringLiteral("userTable"));
    auto* filter = m_view->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("engin"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, client::UserListModel::UsernameColumn).data().toString(), QStringLiteral("engineer"));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), m_view->model().rowCount());
}

void UserAdminViewTest::invalidInputIsReportedInlineAndBlocksCreate() {
    CreateUserDialog* dialog = openCreateDialog();
    QVERIFY(dialog);
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit")), QStringLiteral("Bad Name"));
    auto* usernameError = dialog->findChild<ui::InlineErrorLabel*>(QStringLiteral("usernameError"));
    QVERIFY(usernameError->isVisible());
    QVERIFY(usernameError->text().contains(QStringLiteral("lower-case")));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("short"));
    QVERIFY(dialog->findChild<ui::InlineErrorLabel*>(QStringLiteral("passwordError"))->isVisible());
    QVERIFY(!ok->isEnabled());
    dialog->reject();
}

void UserAdminViewTest::creatingAUserAddsARow() {
    const int before = m_view->model().rowCount();
    CreateUserDialog* dialog = openCreateDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit")), QStringLiteral("li.na"));
    dialog->findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))->setText(QStringLiteral("李娜"));
    auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(static_cast<int>(protocol::ENGINEER)));
    dialog->findChild<QComboBox*>(QStringLiteral("branchCombo"))->setCurrentIndex(0);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("first-password"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("first-password"));
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());
    QPointer<CreateUserDialog> guard(dialog);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);

    QCOMPARE(m_view->model().rowCount(), before + 1);
    const qint64 id = idOf(QStringLiteral("li.na"));
    QVERIFY(id > 0);
    const protocol::User& created = m_view->model().userAt(m_view->model().rowOfUser(id));
    QCOMPARE(QString::fromStdString(created.display_name()), QStringLiteral("李娜"));
    QVERIFY(created.must_change_password());
    QCOMPARE(m_view->selectedUserId().value_or(0), id);
    QCOMPARE(m_view->findChild<QTableView*>(QStringLiteral("userTable"))->model()->rowCount(), before + 1);
}

void UserAdminViewTest::takenUserNameIsShownAtTheField() {
    CreateUserDialog* dialog = openCreateDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit")), QStringLiteral("engineer"));
    dialog->findChild<QLineEdit*>(QStringLiteral("displayNameEdit"))->setText(QStringLiteral("重名"));
    auto* role = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(static_cast<int>(protocol::ADMIN)));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("first-password"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("first-password"));
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(ok->isEnabled());  // an administrator needs no branch
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* usernameError = dialog->findChild<ui::InlineErrorLabel*>(QStringLiteral("usernameError"));
    QTRY_VERIFY_WITH_TIMEOUT(usernameError->isVisible(), 15000);
    QCOMPARE(usernameError->text(), QStringLiteral("This user name is already taken."));
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void UserAdminViewTest::disablingAfterConfirmationShowsDisabled() {
    QVERIFY(m_view->selectUser(idOf(QStringLiteral("engineer"))));
    auto* toggle = m_view->findChild<QPushButton*>(QStringLiteral("toggleEnabledButton"));
    QCOMPARE(toggle->text(), QStringLiteral("Disable"));
    m_prompter.confirmAnswer = true;
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(m_prompter.confirmations.size(), 1);
    QVERIFY(m_prompter.confirmations.first().contains(QStringLiteral("engineer")));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("engineer")), QStringLiteral("Disabled"), 15000);
    QCOMPARE(toggle->text(), QStringLiteral("Enable"));

    QTest::mouseClick(toggle, Qt::LeftButton);  // enabling asks nothing
    QCOMPARE(m_prompter.confirmations.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("engineer")), QStringLiteral("Enabled"), 15000);
}

void UserAdminViewTest::cancelledConfirmationChangesNothing() {
    QVERIFY(m_view->selectUser(idOf(QStringLiteral("manager"))));
    m_prompter.confirmAnswer = false;
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("toggleEnabledButton")), Qt::LeftButton);
    QCOMPARE(m_prompter.confirmations.size(), 1);
    QTest::qWait(300);
    QCOMPARE(statusOf(QStringLiteral("manager")), QStringLiteral("Enabled"));
}

void UserAdminViewTest::concurrentChangeIsReportedAsConflictWithReload() {
    // A second administrator disables "account" while this screen still shows the old row.
    client::Connection otherConnection;
    client::SessionModel other(otherConnection);
    QVERIFY(test::logIn(other, *m_server, QStringLiteral("admin")));
    client::UserListModel otherUsers(otherConnection);
    otherUsers.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(otherUsers.rowCount() > 0, 15000);
    bool done = false;
    otherUsers.setUserEnabled(idOf(QStringLiteral("account")), false, [&](const client::Reply& reply) {
        QVERIFY(reply.ok());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);

    QVERIFY(m_view->selectUser(idOf(QStringLiteral("account"))));
    QCOMPARE(statusOf(QStringLiteral("account")), QStringLiteral("Enabled"));
    m_prompter.confirmAnswer = true;
    QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("toggleEnabledButton")), Qt::LeftButton);
    auto* bar = m_view->findChild<ui::MessageBar*>(QStringLiteral("messageBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().contains(QStringLiteral("changed by someone else")), 15000);
    QVERIFY(bar->text().contains(QStringLiteral("account")));
    auto* reload = bar->findChild<QPushButton*>(QStringLiteral("messageAction"));
    QVERIFY(reload->isVisible());
    QTest::mouseClick(reload, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("account")), QStringLiteral("Disabled"), 15000);
    QTRY_VERIFY(bar->text().contains(QStringLiteral("is now: Disabled")));
}

QTEST_MAIN(UserAdminViewTest)
#include "UserAdminViewTest.moc"
