// The 回访 page as its users meet it, against a real laoke-server: an engineer picks a resolved
// ticket from the callback queue, records the customer's answer with the outcome and score
// buttons, and the ticket leaves the queue closed; a call nobody answered stays with its count;
// a customer's low score reaches the branch manager's window at once as a complaint, which the
// manager opens from the alert and takes; a manager registers an angry call by hand; an
// administrator sets the sample of other customers' tickets called back.

#include "CallbackQueueModel.h"
#include "CallbackRecordPanel.h"
#include "CallbacksView.h"
#include "ComplaintListModel.h"
#include "ComplaintsPanel.h"
#include "Connection.h"
#include "CustomerTestData.h"
#include "DeskSessions.h"
#include "GuiTestSupport.h"
#include "InlineErrorLabel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "SampleCustomer.h"
#include "SampleTickets.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace laoke;

namespace {

protocol::Ticket fetchTicket(client::Connection& connection, qint64 id) {
    protocol::Envelope request;
    request.mutable_get_ticket()->set_ticket_id(id);
    return test::expectOk(connection, request, "get_ticket").ticket_reply().ticket();
}

QPushButton* button(QWidget* parent, const QString& name) {
    auto* found = parent->findChild<QPushButton*>(name);
    if (!found) qWarning("no button %s", qPrintable(name));
    return found;
}

}  // namespace

class CallbacksViewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theQueueRecordsACallbackAndTheTicketLeavesIt();
    void noAnswerKeepsTheCallbackWithItsCount();
    void aComplaintReachesTheManagersScreenAtOnce();
    void aManagerRegistersAnAngryCallByHand();
    void anAdministratorSetsTheSample();

private:
    std::unique_ptr<client::SessionModel> logIn(client::Connection& connection, const QString& user);
    /// A ticket of the sample customer opened, taken and resolved by the engineer.
    protocol::Ticket resolvedTicket(const std::string& subject);
    /// Selects the ticket's callback in the view's queue (waiting for it to arrive).
    bool selectCallback(ui::CallbacksView& view, const protocol::Ticket& ticket);

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<test::DemoServer> m_server;
    test::DeskSessions m_desk;
    client::Connection& m_adminConnection = m_desk.adminConnection;
    client::Connection& m_engineerConnection = m_desk.engineerConnection;
    test::SampleCustomer& m_sample = m_desk.sample;
    qint64& m_engineerId = m_desk.engineerId;
};

std::unique_ptr<client::SessionModel> CallbacksViewTest::logIn(client::Connection& connection, const QString& user) {
    auto session = std::make_unique<client::SessionModel>(connection);
    if (!test::logIn(*session, *m_server, user)) return nullptr;
    return session;
}

void CallbacksViewTest::initTestCase() {
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
        // Every resolved ticket is called back, whatever the customer's grade.
        test::setCallbackSample(m_adminConnection, 100);
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

// Taken by the engineer, solved by the branch manager: the engineer then calls the customer
// back (nobody calls back about their own work).
protocol::Ticket CallbacksViewTest::resolvedTicket(const std::string& subject) {
    protocol::Ticket ticket = test::openTicket(m_engineerConnection, m_sample.customer.id(), subject, "month_end");
    ticket = test::actOn(m_desk.managerConnection, ticket, "assign", m_desk.managerId);
    ticket = test::actOn(m_desk.managerConnection, ticket, "start");
    return test::actOn(m_desk.managerConnection, ticket, "resolve", 0, "审核凭证并记账后重新结账");
}

bool CallbacksViewTest::selectCallback(ui::CallbacksView& view, const protocol::Ticket& ticket) {
    const QString number = QString::fromStdString(ticket.number());
    if (!QTest::qWaitFor([&] { return view.queue().rowOfTicket(number) >= 0; }, 10000)) return false;
    view.queueTable()->selectRow(view.queue().rowOfTicket(number));
    return view.recordPanel()->callbackId() == view.queue().callbackAt(view.queue().rowOfTicket(number)).id();
}

void CallbacksViewTest::theQueueRecordsACallbackAndTheTicketLeavesIt() {
    ui::CallbacksView view(*m_desk.engineer);
    view.resize(1200, 700);
    view.show();
    QVERIFY(view.complaintsPanel() == nullptr);  // complaints are the managers'
    const protocol::Ticket ticket = resolvedTicket("三月份不能结账");
    QVERIFY(selectCallback(view, ticket));
    ui::CallbackRecordPanel* panel = view.recordPanel();
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("callbackContact"))->text().contains(QString::fromStdString(m_sample.keyContact.name())));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("callbackSolution"))->text().contains(QStringLiteral("审核凭证并记账后重新结账")));

    // The score needs "reached" first; recording needs a score.
    QPushButton* record = button(panel, QStringLiteral("recordCallbackButton"));
    QVERIFY(!record->isEnabled());
    QVERIFY(!button(panel, QStringLiteral("scoreButton_4"))->isEnabled());
    QTest::mouseClick(button(panel, QStringLiteral("outcomeButton_reached")), Qt::LeftButton);
    QVERIFY(button(panel, QStringLiteral("scoreButton_4"))->isEnabled());
    QVERIFY(!record->isEnabled());
    QTest::mouseClick(button(panel, QStringLiteral("scoreButton_4")), Qt::LeftButton);
    QVERIFY(record->isEnabled());
    QVERIFY(!panel->findChild<QLabel*>(QStringLiteral("callbackEscalationHint"))->isVisible());
    panel->findChild<QPlainTextEdit*>(QStringLiteral("callbackComment"))->setPlainText(QStringLiteral("已经能结账了"));
    QTest::mouseClick(record, Qt::LeftButton);

    const QString number = QString::fromStdString(ticket.number());
    QTRY_VERIFY_WITH_TIMEOUT(view.queue().isLoaded() && view.queue().rowOfTicket(number) < 0, 10000);
    QCOMPARE(fetchTicket(m_engineerConnection, ticket.id()).state(), std::string("closed"));
    auto* messages = view.findChild<ui::MessageBar*>();
    QVERIFY2(messages->text().contains(QStringLiteral("The ticket is closed.")), qPrintable(messages->text()));
}

void CallbacksViewTest::noAnswerKeepsTheCallbackWithItsCount() {
    ui::CallbacksView view(*m_desk.engineer);
    view.resize(1200, 700);
    view.show();
    const protocol::Ticket ticket = resolvedTicket("年结后报表取数不对");
    QVERIFY(selectCallback(view, ticket));
    ui::CallbackRecordPanel* panel = view.recordPanel();
    QTest::mouseClick(button(panel, QStringLiteral("outcomeButton_no_answer")), Qt::LeftButton);
    QVERIFY(!panel->findChild<QCheckBox*>(QStringLiteral("callbackComplaintCheck"))->isEnabled());
    QTest::mouseClick(button(panel, QStringLiteral("recordCallbackButton")), Qt::LeftButton);
    const QString number = QString::fromStdString(ticket.number());
    QTRY_VERIFY2_WITH_TIMEOUT(view.queue().rowOfTicket(number) >= 0 &&
                                  view.queue().callbackAt(view.queue().rowOfTicket(number)).attempts() == 1,
                              qPrintable(view.findChild<ui::MessageBar*>()->text() + QStringLiteral(" | ") +
                                         panel->findChild<ui::InlineErrorLabel*>()->text()),
                              10000);
    QCOMPARE(fetchTicket(m_engineerConnection, ticket.id()).state(), std::string("resolved"));
    const QModelIndex calls = view.queue().index(view.queue().rowOfTicket(number), client::CallbackQueueModel::AttemptsColumn);
    QCOMPARE(calls.data().toString(), QStringLiteral("1 call, last: No answer"));
}

void CallbacksViewTest::aComplaintReachesTheManagersScreenAtOnce() {
    client::Connection managerConnection;
    const auto manager = logIn(managerConnection, QStringLiteral("manager"));
    QVERIFY(manager);
    ui::MainWindow window(*manager, m_prompter, m_language);
    window.resize(1300, 800);
    window.show();
    auto* managerView = qobject_cast<ui::CallbacksView*>(window.pageWidget(ui::MainWindow::Page::Callbacks));
    QVERIFY(managerView && managerView->complaints());
    QTRY_VERIFY_WITH_TIMEOUT(managerView->complaints()->isLoaded(), 10000);

    // The engineer records a reached customer's 2 out of 5 on their own screen.
    ui::CallbacksView engineerView(*m_desk.engineer);
    engineerView.resize(1200, 700);
    engineerView.show();
    const protocol::Ticket ticket = resolvedTicket("加密狗不识别");
    QVERIFY(selectCallback(engineerView, ticket));
    ui::CallbackRecordPanel* panel = engineerView.recordPanel();
    QTest::mouseClick(button(panel, QStringLiteral("outcomeButton_reached")), Qt::LeftButton);
    QTest::mouseClick(button(panel, QStringLiteral("scoreButton_2")), Qt::LeftButton);
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("callbackEscalationHint"))->isVisible());
    panel->findChild<QPlainTextEdit*>(QStringLiteral("callbackComment"))->setPlainText(QStringLiteral("等了两天才有人来"));
    QTest::mouseClick(button(panel, QStringLiteral("recordCallbackButton")), Qt::LeftButton);

    // The manager's window hears it at once, and the alert opens the case.
    const QString number = QString::fromStdString(ticket.number());
    ui::MessageBar* bar = window.alertBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().startsWith(number) && bar->text().contains(QStringLiteral("complains")), 5000);
    QTest::mouseClick(bar->findChild<QPushButton*>(), Qt::LeftButton);
    QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pageStack"))->currentWidget(), managerView);
    client::ComplaintListModel* complaints = managerView->complaints();
    QTRY_VERIFY_WITH_TIMEOUT(complaints->rowCount() > 0 && complaints->complaintAt(0).ticket_number() == ticket.number(), 5000);
    const protocol::Complaint complaint = complaints->complaintAt(0);
    QCOMPARE(complaint.satisfaction(), 2);
    QCOMPARE(complaint.summary(), std::string("等了两天才有人来"));
    QCOMPARE(complaint.sla_size(), 2);
    QCOMPARE(complaint.sla(0).target_seconds(), qint64(2 * 3600));
    const QModelIndex response = complaints->index(0, client::ComplaintListModel::ResponseColumn);
    QVERIFY2(response.data().toString().startsWith(QStringLiteral("Due ")) || response.data().toString().startsWith(QStringLiteral("At risk")) ||
                 response.data().toString().startsWith(QStringLiteral("Breached")),
             qPrintable(response.data().toString()));

    // The manager takes the case.
    ui::ComplaintsPanel* complaintsPanel = managerView->complaintsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(button(complaintsPanel, QStringLiteral("handleComplaintButton"))->isEnabled(), 5000);
    QTest::mouseClick(button(complaintsPanel, QStringLiteral("handleComplaintButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(complaints->complaintAt(0).state(), std::string("handling"), 5000);
    QCOMPARE(complaints->complaintAt(0).handler_name(), std::string("王建国"));
    // Resolving needs the resolution.
    QTest::mouseClick(button(complaintsPanel, QStringLiteral("resolveComplaintButton")), Qt::LeftButton);
    QCOMPARE(complaints->complaintAt(0).state(), std::string("handling"));
    complaintsPanel->findChild<QPlainTextEdit*>(QStringLiteral("complaintResolution"))->setPlainText(QStringLiteral("上门道歉并重新培训"));
    QTest::mouseClick(button(complaintsPanel, QStringLiteral("resolveComplaintButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(complaints->rowCount() == 0 || complaints->complaintAt(0).ticket_number() != ticket.number(), 5000);
}

void CallbacksViewTest::aManagerRegistersAnAngryCallByHand() {
    client::Connection managerConnection;
    const auto manager = logIn(managerConnection, QStringLiteral("manager"));
    QVERIFY(manager);
    ui::CallbacksView view(*manager);
    view.resize(1300, 800);
    view.show();
    view.showComplaint(0);
    ui::ComplaintsPanel* panel = view.complaintsPanel();
    QVERIFY(panel);
    // Still being worked on: the customer calls because nobody came.
    const protocol::Ticket ticket = test::openTicket(m_engineerConnection, m_sample.customer.id(), "打印模板错位", "printing");
    panel->findChild<QLineEdit*>(QStringLiteral("complaintTicketEdit"))->setText(QString::fromStdString(ticket.number()).toLower());
    QTest::mouseClick(button(panel, QStringLiteral("openComplaintButton")), Qt::LeftButton);
    QVERIFY2(!panel->findChild<ui::InlineErrorLabel*>()->text().isEmpty(), "the complaint itself is required");
    panel->findChild<QLineEdit*>(QStringLiteral("complaintSummaryEdit"))->setText(QStringLiteral("两天没人联系，客户很生气"));
    QTest::mouseClick(button(panel, QStringLiteral("openComplaintButton")), Qt::LeftButton);
    client::ComplaintListModel* complaints = view.complaints();
    QTRY_VERIFY_WITH_TIMEOUT(complaints->rowCount() > 0 && complaints->complaintAt(0).ticket_number() == ticket.number(), 5000);
    QCOMPARE(complaints->complaintAt(0).source(), std::string("manual"));
    QCOMPARE(complaints->complaintAt(0).opened_by_name(), std::string("王建国"));
    QVERIFY(panel->findChild<QLineEdit*>(QStringLiteral("complaintSummaryEdit"))->text().isEmpty());
    // A second one for the same ticket is refused with the reason.
    panel->findChild<QLineEdit*>(QStringLiteral("complaintTicketEdit"))->setText(QString::fromStdString(ticket.number()));
    panel->findChild<QLineEdit*>(QStringLiteral("complaintSummaryEdit"))->setText(QStringLiteral("又打来了"));
    QTest::mouseClick(button(panel, QStringLiteral("openComplaintButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<ui::InlineErrorLabel*>()->text().contains(QStringLiteral("already has a complaint")), 5000);
}

void CallbacksViewTest::anAdministratorSetsTheSample() {
    ui::CallbacksView view(*m_desk.admin);
    view.resize(1300, 800);
    view.show();
    auto* spin = view.findChild<QSpinBox*>(QStringLiteral("callbackSampleSpin"));
    QVERIFY(spin);
    QTRY_VERIFY_WITH_TIMEOUT(spin->isEnabled(), 5000);
    QCOMPARE(spin->value(), 100);  // as initTestCase saved it
    spin->setValue(35);
    QTest::mouseClick(button(&view, QStringLiteral("saveCallbackSampleButton")), Qt::LeftButton);
    protocol::Envelope read;
    read.mutable_get_callback_settings();
    QTRY_COMPARE_WITH_TIMEOUT(test::expectOk(m_engineerConnection, read, "get_callback_settings").callback_settings().sample_percent(), 35,
                              5000);
    // Engineers and managers have no such control.
    ui::CallbacksView engineerView(*m_desk.engineer);
    QVERIFY(engineerView.findChild<QSpinBox*>(QStringLiteral("callbackSampleSpin")) == nullptr);
}

QTEST_MAIN(CallbacksViewTest)
#include "CallbacksViewTest.moc"
