// The duty roster page (值班表) against a real laoke-server:
// - a branch manager chooses the engineer's duty today in the week grid and saves; the
//   hotline suggestion row counts the engineer at once, and the dispatch board, already open,
//   shows "name · Hotline · n open" through the server's push;
// - a second manager (an administrator choosing the branch) editing the same week saves
//   after the first: the save is refused and they are told, their edit stays on top of the
//   first manager's plan, and saving again keeps both;
// - the engineer sees the branch's week read-only, their own row picked out.

#include "AssigneeListModel.h"
#include "Connection.h"
#include "CustomerTestData.h"
#include "DispatchBoardView.h"
#include "DutyRosterView.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MessageBar.h"
#include "RosterModel.h"
#include "SessionModel.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace laoke;

class DutyRosterTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theManagerSetsTodaysHotlineAndTheBoardShowsIt();
    void aStaleSaveIsRefusedToldAndNothingIsLost();
    void theEngineerSeesTheWeekReadOnly();

private:
    // Chooses `duty` for the cell through the grid's editor, as a user does.
    static void chooseDuty(ui::DutyRosterView& view, const QModelIndex& index, const QString& duty);
    static int columnOf(const client::RosterModel& model, const std::string& date);

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    std::unique_ptr<test::DemoServer> m_server;
    client::Connection m_managerConnection;
    client::Connection m_adminConnection;
    client::Connection m_engineerConnection;
    std::unique_ptr<client::SessionModel> m_manager;
    std::unique_ptr<client::SessionModel> m_admin;
    std::unique_ptr<client::SessionModel> m_engineer;
    qint64 m_engineerId = 0;
    qint64 m_branchId = 0;
};

void DutyRosterTest::initTestCase()
{
    test::setUpGuiTest(m_settingsDir);
    QVERIFY(m_language.apply(ui::LanguageManager::kEnglish));
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    m_manager = std::make_unique<client::SessionModel>(m_managerConnection);
    m_admin = std::make_unique<client::SessionModel>(m_adminConnection);
    m_engineer = std::make_unique<client::SessionModel>(m_engineerConnection);
    QVERIFY(test::logIn(*m_manager, *m_server, QStringLiteral("manager")));
    QVERIFY(test::logIn(*m_admin, *m_server, QStringLiteral("admin")));
    QVERIFY(test::logIn(*m_engineer, *m_server, QStringLiteral("engineer")));
    try {
        m_engineerId = test::userIdByName(m_adminConnection, "engineer");
        m_branchId = test::branchIdByCode(m_adminConnection, "BJ");
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

void DutyRosterTest::chooseDuty(ui::DutyRosterView& view, const QModelIndex& index, const QString& duty)
{
    view.table().setCurrentIndex(index);
    view.table().edit(index);
    auto* editor = view.table().findChild<QComboBox*>(QStringLiteral("dutyEditor"));
    QVERIFY(editor);
    const int choice = editor->findData(duty);
    QVERIFY(choice >= 0);
    editor->setCurrentIndex(choice);
    emit editor->activated(choice);
    QTRY_COMPARE(index.data(client::RosterModel::DutyRole).toString(), duty);
}

int DutyRosterTest::columnOf(const client::RosterModel& model, const std::string& date)
{
    for (int column = 0; column < model.week().days_size(); ++column) {
        if (model.week().days(column).date() == date) return column;
    }
    return -1;
}

void DutyRosterTest::theManagerSetsTodaysHotlineAndTheBoardShowsIt()
{
    ui::DispatchBoardView board(*m_manager);
    board.resize(1200, 800);
    board.show();
    client::AssigneeListModel& assignees = board.assignees();
    QTRY_VERIFY_WITH_TIMEOUT(assignees.isLoaded() && assignees.rowOfUser(m_engineerId) >= 0, 20000);
    const auto engineerOnBoard = [&] { return assignees.index(assignees.rowOfUser(m_engineerId)); };
    QTRY_COMPARE(engineerOnBoard().data(client::AssigneeListModel::DutyRole).toString(), QStringLiteral("office"));

    ui::DutyRosterView view(*m_manager);
    view.resize(1200, 700);
    view.show();
    client::RosterModel& model = view.model();
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), 20000);
    QVERIFY(model.isEditable());
    QVERIFY(view.saveButton().isVisible());
    QVERIFY(!view.saveButton().isEnabled());  // nothing to save yet
    const int row = model.rowOfUser(m_engineerId);
    const int today = columnOf(model, model.week().today());
    QVERIFY(row >= 0 && today >= 0);
    const QModelIndex suggestion = model.index(model.suggestionRow(), today);
    const int rosteredBefore = model.week().days(today).suggestion().rostered();

    chooseDuty(view, model.index(row, today), QStringLiteral("hotline"));
    QVERIFY(model.index(row, today).data(client::RosterModel::ChangedRole).toBool());
    QVERIFY(model.index(row, today).data().toString().contains(QStringLiteral("Hotline")));
    // The suggestion row counts the edit before it is saved.
    QVERIFY(suggestion.data().toString().contains(QStringLiteral("rostered %1").arg(rosteredBefore + 1)) ||
            suggestion.data().toString().contains(QStringLiteral("%1 on hotline").arg(rosteredBefore + 1)));
    QVERIFY(view.saveButton().isEnabled());

    QTest::mouseClick(&view.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model.week().version() == 1 && !model.hasChanges(), 10000);
    QVERIFY(!model.index(row, today).data(client::RosterModel::ChangedRole).toBool());
    QCOMPARE(model.index(row, today).data(client::RosterModel::DutyRole).toString(), QStringLiteral("hotline"));
    QVERIFY(view.messages().text().contains(QStringLiteral("saved")));

    // The board learns it from the server's push, within a second or two.
    QTRY_COMPARE_WITH_TIMEOUT(engineerOnBoard().data(client::AssigneeListModel::DutyRole).toString(),
                              QStringLiteral("hotline"), 5000);
    QVERIFY2(engineerOnBoard().data().toString().contains(QStringLiteral(" · Hotline · ")),
             qPrintable(engineerOnBoard().data().toString()));
}

void DutyRosterTest::aStaleSaveIsRefusedToldAndNothingIsLost()
{
    ui::DutyRosterView first(*m_manager);
    ui::DutyRosterView second(*m_admin);
    first.resize(1200, 700);
    second.resize(1200, 700);
    first.show();
    second.show();
    QTRY_VERIFY_WITH_TIMEOUT(first.model().isLoaded(), 20000);
    // The administrator chooses the branch first.
    auto* branches = second.findChild<QComboBox*>(QStringLiteral("rosterBranch"));
    QVERIFY(branches);
    QTRY_VERIFY_WITH_TIMEOUT(branches->count() > 0 && second.model().isLoaded(), 20000);
    const int bj = branches->findText(QStringLiteral("北京分公司"));
    QVERIFY(bj >= 0);
    branches->setCurrentIndex(bj);
    emit branches->activated(bj);
    QTRY_VERIFY_WITH_TIMEOUT(second.model().isLoaded() && second.model().branchId() == m_branchId, 10000);
    QVERIFY(second.model().isEditable());

    // Both go to next week, which nobody has planned yet.
    QTest::mouseClick(first.findChild<QPushButton*>(QStringLiteral("nextWeekButton")), Qt::LeftButton);
    QTest::mouseClick(second.findChild<QPushButton*>(QStringLiteral("nextWeekButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(first.model().monday() > QDate::currentDate() && second.model().monday() == first.model().monday(),
                             10000);
    QCOMPARE(first.model().week().version(), 0);
    const int row = first.model().rowOfUser(m_engineerId);
    chooseDuty(first, first.model().index(row, 0), QStringLiteral("onsite"));
    chooseDuty(second, second.model().index(second.model().rowOfUser(m_engineerId), 1), QStringLiteral("leave"));

    QTest::mouseClick(&first.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(first.model().week().version() == 1, 10000);

    QTest::mouseClick(&second.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(second.messages().text().contains(QStringLiteral("saved this week's roster first")), 10000);
    // The first manager's plan is shown, the refused edit still on top and still to be saved.
    QTRY_VERIFY_WITH_TIMEOUT(second.model().week().version() == 1, 10000);
    const int secondRow = second.model().rowOfUser(m_engineerId);
    QCOMPARE(second.model().index(secondRow, 0).data(client::RosterModel::DutyRole).toString(), QStringLiteral("onsite"));
    QCOMPARE(second.model().index(secondRow, 1).data(client::RosterModel::DutyRole).toString(), QStringLiteral("leave"));
    QVERIFY(second.model().index(secondRow, 1).data(client::RosterModel::ChangedRole).toBool());
    QVERIFY(second.saveButton().isEnabled());

    QTest::mouseClick(&second.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(second.model().week().version() == 2 && !second.model().hasChanges(), 10000);
    // The first manager's page follows (no unsaved edits there): both duties kept.
    QTRY_VERIFY_WITH_TIMEOUT(first.model().week().version() == 2, 10000);
    QCOMPARE(first.model().index(row, 0).data(client::RosterModel::DutyRole).toString(), QStringLiteral("onsite"));
    QCOMPARE(first.model().index(row, 1).data(client::RosterModel::DutyRole).toString(), QStringLiteral("leave"));
}

void DutyRosterTest::theEngineerSeesTheWeekReadOnly()
{
    ui::DutyRosterView view(*m_engineer);
    view.resize(1200, 700);
    view.show();
    client::RosterModel& model = view.model();
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), 20000);
    QVERIFY(!model.isEditable());
    QVERIFY(!view.saveButton().isVisible());
    const int row = model.rowOfUser(m_engineerId);
    QVERIFY(row >= 0);
    QVERIFY(!(model.flags(model.index(row, 0)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(row, 0), QStringLiteral("leave")));
    QVERIFY(view.table().selectionModel()->isRowSelected(row, {}));
    // The reasons are there, one line per day.
    QCOMPARE(view.reasons().text().count(QStringLiteral("<br>")), 6);
}

QTEST_MAIN(DutyRosterTest)
#include "DutyRosterTest.moc"
