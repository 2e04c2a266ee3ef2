// Onsite visits (上门) as their users meet them, against a real laoke-server:
// - a branch manager books a visit for the engineer from the ticket's pane; the engineer's
//   workbench shows it on today's route at once (a server push), with the customer, address
//   and whom to call; the engineer records the arrival from the route, the onsite-arrival
//   clock stops, and the manager's pane shows the engineer on site;
// - booking the engineer at a time they are already booked is stopped in the editor with the
//   clash named, and nothing is booked;
// - a day's list says the road to each visit (to a customer's own coordinates where entered)
//   and marks a visit the engineer cannot reach in time after the one before.

#include "AppointmentListModel.h"
#include "AssigneeListModel.h"
#include "Connection.h"
#include "CustomerTestData.h"
#include "DeskSessions.h"
#include "GuiTestSupport.h"
#include "InlineErrorLabel.h"
#include "LanguageManager.h"
#include "SampleCustomer.h"
#include "SampleTickets.h"
#include "SessionModel.h"
#include "TicketCategories.h"
#include "TicketPane.h"
#include "TodayRoutePanel.h"
#include "VisitSection.h"
#include "WorkbenchView.h"

#include <QColor>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace laoke;

namespace {

// A start still today for a visit of an hour: two hours ago, but not before 00:05. The server
// accepts visits written down up to a day after they began.
QDateTime startToday(int extraHours = 0)
{
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime start = now.addSecs(-2 * 3600);
    if (start.date() != now.date()) start = QDateTime(now.date(), QTime(0, 5));
    start.setTime(QTime(start.time().hour(), start.time().minute()));
    return start.addSecs(extraHours * 60);  // minutes, kept small so the visit stays today
}

protocol::Ticket fetchTicket(client::Connection& connection, qint64 id)
{
    protocol::Envelope request;
    request.mutable_get_ticket()->set_ticket_id(id);
    return test::expectOk(connection, request, "get_ticket").ticket_reply().ticket();
}

const protocol::SlaClockStatus* clockOf(const protocol::Ticket& ticket, const std::string& kind)
{
    for (const auto& clock : ticket.sla()) {
        if (clock.kind() == kind) return &clock;
    }
    return nullptr;
}

}  // namespace

class OnsiteVisitsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aBookedVisitIsOnTheEngineersRouteAndArrivalStopsTheClock();
    void aClashIsNamedInTheEditorAndNothingIsBooked();
    void aDaysListSaysTheRoadAndWhichVisitCannotBeReachedOnTime();

private:
    struct ManagerPane {
        std::unique_ptr<client::TicketCategories> categories;
        std::unique_ptr<client::AssigneeListModel> assignees;
        std::unique_ptr<ui::TicketPane> pane;
    };
    ManagerPane managerPane(qint64 ticketId);
    void book(ui::VisitSection& section, qint64 engineerId, const QDateTime& start);

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    std::unique_ptr<test::DemoServer> m_server;
    test::DeskSessions m_desk;
    client::Connection& m_managerConnection = m_desk.managerConnection;
    client::Connection& m_engineerConnection = m_desk.engineerConnection;
};

void OnsiteVisitsTest::initTestCase()
{
    test::setUpGuiTest(m_settingsDir);
    QVERIFY(m_language.apply(ui::LanguageManager::kEnglish));
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QString error;
    QVERIFY2(m_desk.start(*m_server, 1, error), qPrintable(error));
}

OnsiteVisitsTest::ManagerPane OnsiteVisitsTest::managerPane(qint64 ticketId)
{
    ManagerPane p;
    p.categories = std::make_unique<client::TicketCategories>(m_managerConnection);
    p.assignees = std::make_unique<client::AssigneeListModel>(m_managerConnection);
    p.categories->load();
    p.assignees->refresh();
    p.pane = std::make_unique<ui::TicketPane>(m_managerConnection, *p.categories, *p.assignees);
    p.pane->resize(700, 900);
    p.pane->show();
    p.pane->showTicket(ticketId);
    return p;
}

void OnsiteVisitsTest::book(ui::VisitSection& section, qint64 engineerId, const QDateTime& start)
{
    auto* bookButton = section.findChild<QPushButton*>(QStringLiteral("bookVisitButton"));
    QTRY_VERIFY_WITH_TIMEOUT(bookButton->isVisible(), 10000);
    QTest::mouseClick(bookButton, Qt::LeftButton);
    auto* engineers = section.findChild<QComboBox*>(QStringLiteral("visitEngineerCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(engineers->findData(QVariant::fromValue<qint64>(engineerId)) >= 0, 10000);
    engineers->setCurrentIndex(engineers->findData(QVariant::fromValue<qint64>(engineerId)));
    section.findChild<QDateTimeEdit*>(QStringLiteral("visitStartEdit"))->setDateTime(start);
    auto* duration = section.findChild<QComboBox*>(QStringLiteral("visitDurationCombo"));
    duration->setCurrentIndex(duration->findData(60));
    // The editor looks up the engineer's day before it lets a clash through.
    QTRY_VERIFY_WITH_TIMEOUT(!section.findChild<QLabel*>(QStringLiteral("visitDayHint"))->text().isEmpty(), 10000);
    QTest::mouseClick(section.findChild<QPushButton*>(QStringLiteral("confirmVisitButton")), Qt::LeftButton);
}

void OnsiteVisitsTest::aBookedVisitIsOnTheEngineersRouteAndArrivalStopsTheClock()
{
    protocol::Ticket ticket = test::openTicket(m_engineerConnection, m_desk.sample.customer.id(), "加密狗不识别，远程无法解决", "licence.dongle",
                                               "high");
    ticket = test::actOn(m_managerConnection, ticket, "assign", m_desk.engineerId);
    QVERIFY(clockOf(fetchTicket(m_engineerConnection, ticket.id()), "onsite_arrival") == nullptr);

    ui::WorkbenchView workbench(*m_desk.engineer);
    workbench.resize(1400, 900);
    workbench.show();
    auto* route = workbench.findChild<ui::TodayRoutePanel*>();
    QVERIFY(route);
    QTRY_VERIFY_WITH_TIMEOUT(route->model().isLoaded(), 10000);
    const int before = route->model().rowCount();

    ManagerPane manager = managerPane(ticket.id());
    ui::VisitSection* section = manager.pane->visits();
    QVERIFY(section);
    const QDateTime start = startToday();
    book(*section, m_desk.engineerId, start);
    QTRY_COMPARE_WITH_TIMEOUT(section->model().rowCount(), 1, 10000);
    QVERIFY(!section->findChild<QWidget*>(QStringLiteral("visitEditor"))->isVisible());

    // The engineer's route shows it at once, with the customer, the address on file and whom
    // to call.
    QTRY_COMPARE_WITH_TIMEOUT(route->model().rowCount(), before + 1, 2000);
    int row = -1;
    for (int i = 0; i < route->model().rowCount(); ++i) {
        if (route->model().visitAt(i)->ticket_id() == ticket.id()) row = i;
    }
    QVERIFY(row >= 0);
    const protocol::OnsiteAppointment visit = *route->model().visitAt(row);
    QCOMPARE(visit.starts_at_unix(), start.toSecsSinceEpoch());
    QCOMPARE(visit.customer_name(), m_desk.sample.customer.name());
    QVERIFY(!visit.address().empty());
    QCOMPARE(route->model().index(row, client::AppointmentListModel::StateColumn).data().toString(), QStringLiteral("Booked"));

    // Booking it started the ticket's onsite-arrival clock.
    QVERIFY(clockOf(fetchTicket(m_engineerConnection, ticket.id()), "onsite_arrival") != nullptr);

    // The engineer picks the visit on the route (its ticket shows beside) and records arrival.
    route->table()->selectRow(row);
    auto* arrive = route->findChild<QPushButton*>(QStringLiteral("routeArriveButton"));
    QTRY_VERIFY_WITH_TIMEOUT(arrive->isVisible(), 5000);
    QTest::mouseClick(arrive, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(route->model().index(row, client::AppointmentListModel::StateColumn).data().toString(),
                              QStringLiteral("On site"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(route->findChild<QPushButton*>(QStringLiteral("routeFinishButton"))->isVisible(), 5000);

    const protocol::Ticket arrived = fetchTicket(m_engineerConnection, ticket.id());
    QVERIFY(arrived.onsite_arrived_at_unix() != 0);
    QCOMPARE(clockOf(arrived, "onsite_arrival")->state(), std::string("met"));
    QCOMPARE(arrived.state(), std::string("in_progress"));  // arriving started the work
    // The manager's pane follows: the visit shows the engineer on site, and the history says
    // so: the arrival, then the start.
    QTRY_COMPARE_WITH_TIMEOUT(section->model().index(0, client::AppointmentListModel::StateColumn).data().toString(),
                              QStringLiteral("On site"), 2000);
    const auto historyEndsWithArrivalAndStart = [&manager] {
        const auto& events = manager.pane->model().reply().events();
        const int n = events.size();
        return n >= 2 && events[n - 2].appointment_change() == "arrived" && events[n - 1].action() == "start";
    };
    QTRY_VERIFY_WITH_TIMEOUT(historyEndsWithArrivalAndStart(), 2000);
}

void OnsiteVisitsTest::aClashIsNamedInTheEditorAndNothingIsBooked()
{
    protocol::Ticket first = test::openTicket(m_engineerConnection, m_desk.sample.customer.id(), "月末结账后报表不平", "reports.balance");
    first = test::actOn(m_managerConnection, first, "assign", m_desk.engineerId);
    protocol::Ticket second = test::openTicket(m_engineerConnection, m_desk.sample.customer.id(), "打印模板错位", "printing.templates");
    second = test::actOn(m_managerConnection, second, "assign", m_desk.engineerId);
    const QDateTime start = QDateTime(QDate::currentDate().addDays(2), QTime(10, 0));

    ManagerPane one = managerPane(first.id());
    book(*one.pane->visits(), m_desk.engineerId, start);
    QTRY_COMPARE_WITH_TIMEOUT(one.pane->visits()->model().rowCount(), 1, 10000);

    ManagerPane two = managerPane(second.id());
    book(*two.pane->visits(), m_desk.engineerId, start.addSecs(30 * 60));
    auto* error = two.pane->visits()->findChild<ui::InlineErrorLabel*>(QStringLiteral("visitEditorError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QString::fromStdString(first.number())), 5000);
    QVERIFY2(error->text().contains(QStringLiteral("10:00–11:00")), qPrintable(error->text()));
    QVERIFY(two.pane->visits()->findChild<QWidget*>(QStringLiteral("visitEditor"))->isVisible());
    QTest::qWait(300);
    QCOMPARE(two.pane->visits()->model().rowCount(), 0);
    QCOMPARE(fetchTicket(m_managerConnection, second.id()).next_appointment_unix(), 0);
}

void OnsiteVisitsTest::aDaysListSaysTheRoadAndWhichVisitCannotBeReachedOnTime()
{
    // A customer in 天津 whose account manager entered its place (滨海新区) from a map.
    protocol::Envelope create;
    auto* customer = create.mutable_save_customer()->mutable_customer();
    customer->set_name("天津滨海精工机械有限公司");
    customer->set_branch_id(m_desk.sample.customer.branch_id());
    customer->set_status("active");
    customer->set_province("天津");
    customer->set_city("天津");
    customer->mutable_location()->set_latitude(39.03);
    customer->mutable_location()->set_longitude(117.71);
    const qint64 tianjin = test::expectOk(m_managerConnection, create, "save_customer").customer_reply().customer().id();

    // Tomorrow: 09:00 for two hours at the 北京 customer, then 11:30 in 天津.
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const QDateTime nine(tomorrow, QTime(9, 0));
    const std::pair<qint64, QDateTime> visits[] = {{m_desk.sample.customer.id(), nine}, {tianjin, nine.addSecs(150 * 60)}};
    for (const auto& [customerId, start] : visits) {
        protocol::Ticket ticket = test::openTicket(m_engineerConnection, customerId, "现场重装加密狗驱动", "licence.dongle");
        ticket = test::actOn(m_managerConnection, ticket, "assign", m_desk.engineerId);
        protocol::Envelope booking;
        auto* visit = booking.mutable_save_appointment()->mutable_appointment();
        visit->set_ticket_id(ticket.id());
        visit->set_engineer_id(m_desk.engineerId);
        visit->set_starts_at_unix(start.toSecsSinceEpoch());
        visit->set_duration_minutes(customerId == tianjin ? 60 : 120);
        test::expectOk(m_managerConnection, booking, "save_appointment");
    }

    client::AppointmentListModel day(m_managerConnection);
    day.showEngineerDay(m_desk.engineerId, tomorrow);
    QTRY_VERIFY_WITH_TIMEOUT(day.isLoaded() && day.rowCount() == 2, 10000);
    // From home in 北京 to a 北京 customer known only by its city: no distance is made up.
    QCOMPARE(day.index(0, client::AppointmentListModel::RoadColumn).data().toString(), QString());
    // On to the customer's own place in 天津: about 190 km by road, over three hours, while the
    // day leaves 30 minutes; the list says so in red.
    const QString road = day.index(1, client::AppointmentListModel::RoadColumn).data().toString();
    QVERIFY2(road.startsWith(QStringLiteral("about ")) && road.contains(QStringLiteral(" km · ")), qPrintable(road));
    QVERIFY2(road.contains(QStringLiteral("(late ")), qPrintable(road));
    QVERIFY(day.minutesLate(1) > 120);
    QCOMPARE(day.index(1, client::AppointmentListModel::RoadColumn).data(Qt::ForegroundRole).value<QColor>(), QColor(0xd9, 0x2d, 0x20));
    QVERIFY(day.index(1, client::AppointmentListModel::RoadColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("late")));
}

QTEST_MAIN(OnsiteVisitsTest)
#include "OnsiteVisitsTest.moc"
