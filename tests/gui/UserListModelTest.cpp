// UserListModel under QAbstractItemModelTester: filled from a real server, rows updated in
// place and appended, and the texts a user reads (role, status, last login).

#include "Connection.h"
#include "GuiTestSupport.h"
#include "SessionModel.h"
#include "UserListModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

#include <memory>

using namespace laoke;
using Column = client::UserListModel::Column;

class UserListModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void offlineRowsPassTheModelTester();
    void serverRowsPassTheModelTester();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::DemoServer> m_server;
};

void UserListModelTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

static protocol::User makeUser(qint64 id, const char* username, protocol::Role role) {
    protocol::User user;
    user.set_id(id);
    user.set_username(username);
    user.set_display_name(username);
    user.set_role(role);
    user.set_enabled(true);
    user.set_version(1);
    return user;
}

void UserListModelTest::offlineRowsPassTheModelTester() {
    client::Connection connection;
    client::UserListModel model(connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setUsers({makeUser(1, "a", protocol::ADMIN), makeUser(2, "b", protocol::ENGINEER)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(client::UserListModel::ColumnCount));
    QCOMPARE(model.index(1, Column::RoleColumn).data().toString(), QStringLiteral("Service engineer"));
    QCOMPARE(model.index(1, Column::LastLoginColumn).data().toString(), QStringLiteral("Never"));

    protocol::User changed = makeUser(2, "b", protocol::ENGINEER);
    changed.set_enabled(false);
    model.applyUser(changed);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, Column::StatusColumn).data().toString(), QStringLiteral("Disabled"));

    protocol::User locked = makeUser(3, "c", protocol::ACCOUNT_MANAGER);
    const QDateTime until = QDateTime::currentDateTime().addSecs(600);
    locked.set_locked_until_unix(until.toSecsSinceEpoch());
    locked.set_last_login_unix(QDateTime(QDate(2026, 3, 5), QTime(9, 7)).toSecsSinceEpoch());
    model.applyUser(locked);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, Column::StatusColumn).data().toString(),
             QStringLiteral("Locked until ") + until.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(model.index(2, Column::LastLoginColumn).data().toString(), QStringLiteral("2026-03-05 09:07"));
    QCOMPARE(model.rowOfUser(3), 2);
    QCOMPARE(model.rowOfUser(99), -1);

    model.setUsers({});
    QCOMPARE(model.rowCount(), 0);
}

void UserListModelTest::serverRowsPassTheModelTester() {
    client::Connection connection;
    client::SessionModel session(connection);
    QVERIFY(test::logIn(session, *m_server, QStringLiteral("admin")));
    client::UserListModel model(connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.refresh();
    QVERIFY(model.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15000);
    QCOMPARE(model.rowCount(), 4);
    const int admin = model.rowOfUser(session.user().id());
    QVERIFY(admin >= 0);
    QCOMPARE(model.index(admin, Column::RoleColumn).data().toString(), QStringLiteral("Administrator"));
    QVERIFY(model.index(admin, Column::LastLoginColumn).data().toString().startsWith(QStringLiteral("20")));

    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15000);
    QCOMPARE(model.rowCount(), 4);
}

QTEST_MAIN(UserListModelTest)
#include "UserListModelTest.moc"
