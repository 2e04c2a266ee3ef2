// What a branch manager and an engineer see on a fresh demo with its service history (a real
// server started with --demo and 300 demo customers): the dispatch board has tickets waiting
// and engineers with their load and skills, the callback queue has calls to make and the
// complaint list cases to handle, the engineer's route has today's visits, and the duty roster
// has this week planned with the hotline covered, which the board shows as today's duties. Screenshots go
// to LAOKE_SHOT_DIR (default /tmp/laoke-shots) as demo_history_*.png, for looking at.

#include "AppointmentListModel.h"
#include "AssigneeListModel.h"
#include "CallbackQueueModel.h"
#include "CallbacksView.h"
#include "ComplaintListModel.h"
#include "Connection.h"
#include "DispatchBoardView.h"
#include "DutyRosterView.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReportGroupTableModel.h"
#include "RosterModel.h"
#include "ScriptedPrompter.h"
#include "ServiceReportModel.h"
#include "ServiceReportsView.h"
#include "SessionModel.h"
#include "TicketListModel.h"
#include "TicketTableView.h"
#include "TodayRoutePanel.h"
#include "WorkbenchView.h"

#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace laoke;

class DemoHistoryScreensTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theManagersDeskHasWorkWaiting();
    void theEngineersRouteHasTodaysVisits();
    void theRosterHasTheWeekPlannedAndTheBoardTodaysDuties();

private:
    void save(QWidget* widget, const QString& name);

    QTemporaryDir m_settingsDir;
    QDir m_shots;
    std::unique_ptr<test::DemoServer> m_server;
    test::ScriptedPrompter m_prompter;
    ui::LanguageManager m_language;
};

void DemoHistoryScreensTest::initTestCase()
{
    test::setUpGuiTest(m_settingsDir);
    m_shots.setPath(qEnvironmentVariable("LAOKE_SHOT_DIR", QStringLiteral("/tmp/laoke-shots")));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
    try {
        m_server = std::make_unique<test::DemoServer>(std::vector<std::string>{"--demo-customers", "300"});
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QVERIFY(m_language.apply(ui::LanguageManager::kChinese));
}

void DemoHistoryScreensTest::save(QWidget* widget, const QString& name)
{
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QTest::qWait(50);
    const QString path = m_shots.filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void DemoHistoryScreensTest::theManagersDeskHasWorkWaiting()
{
    client::Connection connection;
    client::SessionModel manager(connection);
    QVERIFY(test::logIn(manager, *m_server, QStringLiteral("manager")));
    ui::MainWindow window(manager, m_prompter, m_language);
    window.resize(1440, 860);
    window.show();

    // The board: tickets nobody has taken yet, the branch's engineers with tickets in hand.
    QVERIFY(window.showPage(ui::MainWindow::Page::DispatchBoard));
    auto* board = qobject_cast<ui::DispatchBoardView*>(window.pageWidget(ui::MainWindow::Page::DispatchBoard));
    QVERIFY(board);
    QTRY_VERIFY_WITH_TIMEOUT(board->model().isLoaded() && board->assignees().isLoaded(), 20000);
    QVERIFY(board->unassignedTable().model()->rowCount() > 0);
    QVERIFY(board->assignedTable().model()->rowCount() > 0);
    QVERIFY(board->assignees().rowCount() >= 5);  // the demo engineers of BJ and its manager
    board->unassignedTable().selectRow(0);
    save(&window, QStringLiteral("demo_history_dispatch_board"));

    // The callback queue and the complaint cases.
    QVERIFY(window.showPage(ui::MainWindow::Page::Callbacks));
    auto* callbacks = qobject_cast<ui::CallbacksView*>(window.pageWidget(ui::MainWindow::Page::Callbacks));
    QVERIFY(callbacks && callbacks->complaints());
    QTRY_VERIFY_WITH_TIMEOUT(callbacks->queue().isLoaded() && callbacks->complaints()->isLoaded(), 20000);
    QVERIFY(callbacks->queue().rowCount() > 0);
    QVERIFY(callbacks->complaints()->rowCount() > 0);
    callbacks->queueTable()->selectRow(0);
    save(&window, QStringLiteral("demo_history_callbacks"));

    // The reports of the last quarter: figures in the trade's ranges, every tab with content.
    QVERIFY(window.showPage(ui::MainWindow::Page::Reports));
    auto* reports = qobject_cast<ui::ServiceReportsView*>(window.pageWidget(ui::MainWindow::Page::Reports));
    QVERIFY(reports);
    reports->showPeriod(ui::ServiceReportsView::Period::LastQuarter);
    QTRY_VERIFY_WITH_TIMEOUT(reports->model().isLoaded() && !reports->model().isLoading(), 20000);
    const protocol::ServiceReportGroup total = reports->model().total();
    QVERIFY2(total.resolved() > 20, qPrintable(QStringLiteral("a quarter of a branch's history: %1").arg(total.resolved())));
    const double firstContact = static_cast<double>(total.first_contact()) / total.resolved();
    QVERIFY2(firstContact > 0.5 && firstContact < 0.9, qPrintable(QString::number(firstContact)));
    QVERIFY(total.rated() > 0);
    QVERIFY(reports->engineerTable().rowCount() >= 3);
    QVERIFY(reports->model().report().satisfaction_trend_size() >= 3);
    save(&window, QStringLiteral("demo_history_reports_sla"));
    const QStringList tabs{QStringLiteral("engineers"), QStringLiteral("times"), QStringLiteral("satisfaction"),
                           QStringLiteral("complaints")};
    for (int tab = 1; tab < reports->tabs().count(); ++tab) {
        reports->tabs().setCurrentIndex(tab);
        save(&window, QStringLiteral("demo_history_reports_%1").arg(tabs.value(tab - 1)));
    }
}

void DemoHistoryScreensTest::theEngineersRouteHasTodaysVisits()
{
    client::Connection connection;
    client::SessionModel engineer(connection);
    QVERIFY(test::logIn(engineer, *m_server, QStringLiteral("engineer")));
    ui::WorkbenchView workbench(engineer);
    workbench.resize(1400, 900);
    workbench.show();
    auto* route = workbench.findChild<ui::TodayRoutePanel*>();
    QVERIFY(route);
    QTRY_VERIFY_WITH_TIMEOUT(route->model().isLoaded(), 20000);
    // The demo books the first engineer of each branch for the morning (and some afternoons).
    QVERIFY(route->model().rowCount() >= 1);
    save(&workbench, QStringLiteral("demo_history_workbench"));
}


void DemoHistoryScreensTest::theRosterHasTheWeekPlannedAndTheBoardTodaysDuties()
{
    client::Connection connection;
    client::SessionModel manager(connection);
    QVERIFY(test::logIn(manager, *m_server, QStringLiteral("manager")));
    ui::MainWindow window(manager, m_prompter, m_language);
    window.resize(1440, 860);
    window.show();

    // This week as the branch manager planned it: someone on the hotline every working day.
    QVERIFY(window.showPage(ui::MainWindow::Page::DutyRoster));
    auto* roster = qobject_cast<ui::DutyRosterView*>(window.pageWidget(ui::MainWindow::Page::DutyRoster));
    QVERIFY(roster);
    client::RosterModel& model = roster->model();
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), 20000);
    const protocol::RosterWeek week = model.week();
    QVERIFY(week.cells_size() > 0);
    int workdays = 0;
    for (const auto& day : week.days()) {
        if (!day.workday()) continue;
        ++workdays;
        const bool covered = std::any_of(week.cells().begin(), week.cells().end(), [&](const protocol::RosterCell& cell) {
            return cell.date() == day.date() && cell.duty() == "hotline";
        });
        QVERIFY2(covered, day.date().c_str());
    }
    QVERIFY(workdays > 0);
    save(&window, QStringLiteral("demo_history_duty_roster"));

    // The board shows everyone's duty today from that plan (office where none is entered).
    QVERIFY(window.showPage(ui::MainWindow::Page::DispatchBoard));
    auto* board = qobject_cast<ui::DispatchBoardView*>(window.pageWidget(ui::MainWindow::Page::DispatchBoard));
    QVERIFY(board);
    QTRY_VERIFY_WITH_TIMEOUT(board->assignees().isLoaded() && board->assignees().rowCount() > 0 &&
                                 !board->assignees().index(0).data(client::AssigneeListModel::DutyRole).toString().isEmpty(),
                             20000);
    const bool todayIsWorked = std::any_of(week.days().begin(), week.days().end(), [&](const protocol::RosterDay& day) {
        return day.date() == week.today() && day.workday();
    });
    if (todayIsWorked) {
        bool hotline = false;
        for (int row = 0; row < board->assignees().rowCount(); ++row) {
            hotline = hotline || board->assignees().index(row).data(client::AssigneeListModel::DutyRole).toString() ==
                                     QLatin1String("hotline");
        }
        QVERIFY(hotline);
    }
    save(&window, QStringLiteral("demo_history_dispatch_duties"));
}

QTEST_MAIN(DemoHistoryScreensTest)
#include "DemoHistoryScreensTest.moc"
