// The reports page as a branch manager meets it, against a real laoke-server: after a few
// tickets were resolved and called back, this month's report shows the headline figures, the
// compliance table and chart grouped as the manager chooses, the engineers' KPIs, the score
// trend and the complaint list; the export writes them all to one workbook that opens with
// the same figures; a period with nothing resolved says so instead of showing zeros as if
// they were results. Only managers and administrators have the page.

#include "Connection.h"
#include "CustomerTestData.h"
#include "DeskSessions.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ReportComplaintTableModel.h"
#include "ReportGroupTableModel.h"
#include "SampleTickets.h"
#include "ScriptedPrompter.h"
#include "ServiceReportModel.h"
#include "ServiceReportsView.h"
#include "SessionModel.h"
#include "XlsxReader.h"
#include "ZipReader.h"

#include <QChart>
#include <QComboBox>
#include <QTableView>
#include <QChartView>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace laoke;

class ServiceReportsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theManagerReadsThisMonthsFigures();
    void theExportHoldsEveryPart();
    void aPeriodWithNothingResolvedSaysSo();
    void onlyManagersAndAdministratorsHaveReports();
    void anAdministratorComparesBranches();

private:
    protocol::Ticket resolved(client::Connection& owner, const std::string& subject, const std::string& category);
    void callBack(const protocol::Ticket& ticket, int score, const std::string& comment);
    /// The manager's reports page, shown, with this month's report loaded.
    std::unique_ptr<ui::ServiceReportsView> loadedView();

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<test::DemoServer> m_server;
    test::DeskSessions m_desk;
    protocol::Ticket m_unhappy;
};

protocol::Ticket ServiceReportsTest::resolved(client::Connection& owner, const std::string& subject, const std::string& category) {
    protocol::Ticket ticket = test::openTicket(owner, m_desk.sample.customer.id(), subject, category);
    ticket = test::actOn(owner, ticket, "assign", m_desk.engineerId);
    ticket = test::actOn(m_desk.engineerConnection, ticket, "start");
    return test::actOn(m_desk.engineerConnection, ticket, "resolve", 0, "审核凭证并记账后重新结账");
}

void ServiceReportsTest::callBack(const protocol::Ticket& ticket, int score, const std::string& comment) {
    protocol::Envelope list;
    list.mutable_list_callbacks()->set_ticket_number(ticket.number());
    const protocol::Envelope found = test::expectOk(m_desk.managerConnection, list, "list_callbacks");
    QVERIFY(found.list_callbacks_reply().callbacks_size() > 0);
    const protocol::Callback callback = found.list_callbacks_reply().callbacks(0);
    protocol::Envelope record;
    auto* r = record.mutable_record_callback();
    r->set_callback_id(callback.id());
    r->set_expected_version(callback.version());
    r->set_outcome("reached");
    r->set_satisfaction(score);
    r->set_comment(comment);
    test::expectOk(m_desk.managerConnection, record, "record_callback");  // not the engineer who solved it
}

void ServiceReportsTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    QVERIFY(m_language.apply(ui::LanguageManager::kEnglish));
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QString error;
    QVERIFY2(m_desk.start(*m_server, 1, error), qPrintable(error));
    try {
        // Every resolved ticket is called back.
        test::setCallbackSample(m_desk.adminConnection, 100);

        // The engineer solves two month-end calls alone; the manager hands a licence call to him.
        m_unhappy = resolved(m_desk.engineerConnection, "月末结账提示凭证未记账", "month_end");
        const protocol::Ticket happy = resolved(m_desk.engineerConnection, "期间损益未结转", "month_end");
        resolved(m_desk.managerConnection, "加密狗不识别", "licence");
        callBack(happy, 5, "很快就解决了");
        callBack(m_unhappy, 2, "等了很久才有人回电话");
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

std::unique_ptr<ui::ServiceReportsView> ServiceReportsTest::loadedView() {
    auto view = std::make_unique<ui::ServiceReportsView>(*m_desk.manager);
    view->resize(1280, 800);
    view->show();  // the report is asked for when the page is first shown
    if (!QTest::qWaitFor([&] { return view->model().isLoaded(); }, 10000)) return nullptr;
    return view;
}

void ServiceReportsTest::theManagerReadsThisMonthsFigures() {
    auto view = loadedView();
    QVERIFY(view);
    QCOMPARE(view->headline(QStringLiteral("resolved"))->text(), QStringLiteral("3"));
    // Two of three were solved by the person who took the call.
    QCOMPARE(view->headline(QStringLiteral("first_contact"))->text(), QStringLiteral("66.7%"));
    QCOMPARE(view->headline(QStringLiteral("satisfaction"))->text(), QStringLiteral("3.50"));
    QCOMPARE(view->headline(QStringLiteral("complaints"))->text(), QStringLiteral("1"));
    QCOMPARE(view->headline(QStringLiteral("sla"))->text(), QStringLiteral("100.0%"));
    // All answered and resolved at once, within the quick lines the captions name.
    QCOMPARE(view->headline(QStringLiteral("response"))->text(), QStringLiteral("100.0%"));
    auto* responseCaption = view->headline(QStringLiteral("response"))->parentWidget()->findChildren<QLabel*>().first();
    QCOMPARE(responseCaption->text(), QStringLiteral("Answered within 30 min"));

    // Grouped by category (a manager's default): month-end first with two tickets.
    auto& compliance = view->complianceTable();
    QCOMPARE(compliance.rowCount(), 2);
    QCOMPARE(compliance.data(compliance.index(0, client::ReportGroupTableModel::NameColumn)).toString(),
             QStringLiteral("Month-end close"));
    QCOMPARE(compliance.data(compliance.index(0, client::ReportGroupTableModel::ResolvedColumn)).toString(), QStringLiteral("2"));
    QCOMPARE(compliance.data(compliance.index(0, client::ReportGroupTableModel::FirstContactColumn)).toString(),
             QStringLiteral("100.0%"));
    QCOMPARE(compliance.data(compliance.index(1, client::ReportGroupTableModel::FirstContactColumn)).toString(),
             QStringLiteral("0.0%"));
    QCOMPARE(compliance.headerData(client::ReportGroupTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Category"));
    QVERIFY(view->complianceChart().chart());
    QCOMPARE(view->complianceChart().chart()->series().size(), 1);

    // Regrouped by engineer: one person resolved all three.
    view->setDimension(QStringLiteral("engineer"));
    QCOMPARE(compliance.rowCount(), 1);
    QCOMPARE(compliance.data(compliance.index(0, client::ReportGroupTableModel::NameColumn)).toString(), QStringLiteral("张伟"));
    QCOMPARE(compliance.headerData(client::ReportGroupTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Engineer"));

    auto& kpis = view->engineerTable();
    QCOMPARE(kpis.rowCount(), 1);
    QCOMPARE(kpis.data(kpis.index(0, client::ReportGroupTableModel::SatisfactionColumn)).toString(), QStringLiteral("3.50 (2 rated)"));
    QCOMPARE(kpis.data(kpis.index(0, client::ReportGroupTableModel::ComplaintsColumn)).toString(), QStringLiteral("1"));

    // The trend: one week with a 5 and a 2 (stacked bars and the average line).
    QCOMPARE(view->satisfactionChart().chart()->series().size(), 2);

    auto& complaints = view->complaintTable();
    QCOMPARE(complaints.rowCount(), 1);
    QCOMPARE(complaints.data(complaints.index(0, client::ReportComplaintTableModel::TicketColumn)).toString(),
             QString::fromStdString(m_unhappy.number()));
    QCOMPARE(complaints.data(complaints.index(0, client::ReportComplaintTableModel::ScoreColumn)).toString(),
             QStringLiteral("2 · Dissatisfied"));
    QCOMPARE(complaints.data(complaints.index(0, client::ReportComplaintTableModel::SummaryColumn)).toString(),
             QStringLiteral("等了很久才有人回电话"));
}

void ServiceReportsTest::theExportHoldsEveryPart() {
    auto view = loadedView();
    QVERIFY(view);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    QVERIFY(view->exportTo(path));

    // The overview sheet opens with the figures the page shows.
    const auto sheet = client::io::XlsxReader::readFile(path);
    QVERIFY2(sheet.ok, qPrintable(sheet.error));
    QMap<QString, QString> overview;
    for (const QStringList& row : sheet.rows) {
        if (row.size() >= 2) overview.insert(row.at(0), row.at(1));
    }
    QCOMPARE(overview.value(QStringLiteral("Tickets resolved")), QStringLiteral("3"));
    QCOMPARE(overview.value(QStringLiteral("First-contact resolution")), QStringLiteral("66.7%"));
    QCOMPARE(overview.value(QStringLiteral("Complaints opened")), QStringLiteral("1"));
    QCOMPARE(overview.value(QStringLiteral("Resolved within 16 h of working time")), QStringLiteral("100.0%"));
    QCOMPARE(overview.value(QStringLiteral("Branch")), QString::fromStdString(m_desk.manager->user().branch_name()));

    // And the other parts each have their sheet.
    client::io::ZipReader zip(path);
    QVERIFY(zip.isOpen());
    const auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    QVERIFY(workbook);
    for (const char* name : {"Overview", "By branch", "By engineer", "By category", "By grade", "Time distribution",
                             "Satisfaction", "Complaint list"}) {
        QVERIFY2(workbook->contains(QByteArray("name=\"") + name + "\""), name);
    }
    // The complaint list, the last sheet, names the ticket (strings are written in place).
    const auto complaintsSheet = zip.read(QStringLiteral("xl/worksheets/sheet8.xml"));
    QVERIFY(complaintsSheet && complaintsSheet->contains(QByteArray::fromStdString(m_unhappy.number())));
}

void ServiceReportsTest::aPeriodWithNothingResolvedSaysSo() {
    auto view = loadedView();
    QVERIFY(view);
    const QDate today = QDate::currentDate();
    view->showPeriod(ui::ServiceReportsView::Period::Custom, QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 3, 31));
    QTRY_VERIFY_WITH_TIMEOUT(!view->model().isLoading() && view->model().report().from_date().substr(0, 4) ==
                                                                   std::to_string(today.year() - 1),
                             10000);
    QCOMPARE(view->headline(QStringLiteral("resolved"))->text(), QStringLiteral("0"));
    QCOMPARE(view->headline(QStringLiteral("sla"))->text(), QStringLiteral("—"));
    QCOMPARE(view->headline(QStringLiteral("satisfaction"))->text(), QStringLiteral("—"));
    auto* hint = view->findChild<QLabel*>(QStringLiteral("reportEmptyHint"));
    QVERIFY(hint && hint->isVisible());
    QCOMPARE(view->complianceTable().rowCount(), 0);
    QVERIFY(view->complianceChart().chart()->title().contains(QStringLiteral("No tickets were resolved")));

    // A period that ends before it starts is not sent.
    view->showPeriod(ui::ServiceReportsView::Period::Custom, QDate(2026, 6, 1), QDate(2026, 5, 1));
    QVERIFY(view->messages().isVisible());
    QVERIFY(view->messages().text().contains(QStringLiteral("ends before it starts")));
}

void ServiceReportsTest::onlyManagersAndAdministratorsHaveReports() {
    ui::MainWindow engineerWindow(*m_desk.engineer, m_prompter, m_language);
    QVERIFY(!engineerWindow.pages().contains(ui::MainWindow::Page::Reports));
    ui::MainWindow managerWindow(*m_desk.manager, m_prompter, m_language);
    managerWindow.show();
    QVERIFY(managerWindow.showPage(ui::MainWindow::Page::Reports));
    auto* view = qobject_cast<ui::ServiceReportsView*>(managerWindow.pageWidget(ui::MainWindow::Page::Reports));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model().isLoaded(), 10000);
    QCOMPARE(view->headline(QStringLiteral("resolved"))->text(), QStringLiteral("3"));
}

void ServiceReportsTest::anAdministratorComparesBranches() {
    ui::ServiceReportsView view(*m_desk.admin);
    view.resize(1280, 800);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.model().isLoaded(), 10000);
    QCOMPARE(view.model().report().branch_id(), 0);  // every branch
    // Grouped by branch at first: the Beijing branch with its three tickets.
    auto& compliance = view.complianceTable();
    QTRY_COMPARE(compliance.rowCount(), 1);
    QCOMPARE(compliance.data(compliance.index(0, client::ReportGroupTableModel::NameColumn)).toString(),
             QString::fromStdString(m_desk.manager->user().branch_name()));
    QCOMPARE(compliance.data(compliance.index(0, client::ReportGroupTableModel::ResolvedColumn)).toString(), QStringLiteral("3"));
    // The complaint list says which branch each case is from.
    auto* complaints = view.findChild<QTableView*>(QStringLiteral("complaintReportTable"));
    QVERIFY(complaints && !complaints->isColumnHidden(client::ReportComplaintTableModel::BranchColumn));
    // A branch chosen: its own report.
    auto* branches = view.findChild<QComboBox*>(QStringLiteral("reportBranch"));
    QVERIFY(branches);
    QTRY_VERIFY_WITH_TIMEOUT(branches->count() > 1, 10000);
    const int beijing = branches->findData(m_desk.branchId);
    QVERIFY(beijing > 0);
    branches->setCurrentIndex(beijing);
    emit branches->activated(beijing);
    QTRY_VERIFY_WITH_TIMEOUT(view.model().report().branch_id() == m_desk.branchId, 10000);
    QCOMPARE(view.headline(QStringLiteral("resolved"))->text(), QStringLiteral("3"));
    QVERIFY(complaints->isColumnHidden(client::ReportComplaintTableModel::BranchColumn));
}

QTEST_MAIN(ServiceReportsTest)
#include "ServiceReportsTest.moc"
