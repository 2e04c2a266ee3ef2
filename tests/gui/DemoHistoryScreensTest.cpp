// What a branch manager and an engineer see on a fresh demo with its service history (a real
// server started with --demo and 300 demo customers): the dispatch board has tickets waiting
// and engineers with their load and skills, the callback queue has calls to make and the
// complaint list cases to handle, and the engineer's route has today's visits. Screenshots go
// to LAOKE_SHOT_DIR (default /tmp/laoke-shots) as demo_history_*.png, for looking at.

#include "AppointmentListModel.h"
#include "AssigneeListModel.h"
#include "CallbackQueueModel.h"
#include "CallbacksView.h"
#include "ComplaintListModel.h"
#include "Connection.h"
#include "DispatchBoardView.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReportGroupTableModel.h"
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

QTEST_MAIN(DemoHistoryScreensTest)
#include "DemoHistoryScreensTest.moc"
