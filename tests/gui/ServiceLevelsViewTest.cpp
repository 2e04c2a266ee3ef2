// The administrator's service levels page against a real laoke-server: it warns about the
// calendar year not entered yet and opens it; a changed SLA target is saved and measures the
// next ticket; a year's holidays and make-up days are entered, with the mistakes people make
// (a make-up day on a weekday, a day of another year) caught before saving; two
// administrators saving at once: the second is told.

#include "CalendarYearPanel.h"
#include "Connection.h"
#include "CustomerTestData.h"
#include "GuiTestSupport.h"
#include "InlineErrorLabel.h"
#include "LanguageManager.h"
#include "MessageBar.h"
#include "SampleTickets.h"
#include "ServiceLevelsModel.h"
#include "ServiceLevelsView.h"
#include "SessionModel.h"
#include "SlaSettingsPanel.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace laoke;

class ServiceLevelsViewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theMissingYearIsFlaggedAndOpens();
    void aChangedTargetMeasuresTheNextTicket();
    void aYearIsEnteredAndMistakesAreCaught();
    void twoAdministratorsSavingAtOnce();

private:
    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    std::unique_ptr<test::DemoServer> m_server;
    client::Connection m_connection;
    std::unique_ptr<client::SessionModel> m_admin;
};

void ServiceLevelsViewTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    QVERIFY(m_language.apply(ui::LanguageManager::kEnglish));
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    m_admin = std::make_unique<client::SessionModel>(m_connection);
    QVERIFY(test::logIn(*m_admin, *m_server, QStringLiteral("admin")));
}

void ServiceLevelsViewTest::theMissingYearIsFlaggedAndOpens() {
    ui::ServiceLevelsView view(*m_admin);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.model().isLoaded(), 15000);
    // The shipped calendars are 2025 and 2026; the first of this year and next not kept is flagged.
    int missing = 0;
    for (const int year : {QDate::currentDate().year(), QDate::currentDate().year() + 1}) {
        if (year > 2026) {
            missing = year;
            break;
        }
    }
    if (missing == 0) QSKIP("this year's and next year's calendars are both shipped");
    QTRY_VERIFY_WITH_TIMEOUT(view.messages().text().contains(QStringLiteral("The working calendar of %1 is not entered").arg(missing)), 5000);
    auto* enter = view.messages().findChild<QPushButton*>();
    QVERIFY(enter && enter->text() == QStringLiteral("Enter %1").arg(missing));
    QTest::mouseClick(enter, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.model().year().year(), missing, 5000);
    QCOMPARE(view.model().year().version(), 0);
    QVERIFY(view.calendarPanel().findChild<QLabel*>(QStringLiteral("calendarSummary"))->text().startsWith(QStringLiteral("Not entered yet")));
}

void ServiceLevelsViewTest::aChangedTargetMeasuresTheNextTicket() {
    ui::ServiceLevelsView view(*m_admin);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.model().isLoaded(), 15000);
    auto* rules = view.settingsPanel().findChild<QTableWidget*>(QStringLiteral("slaRulesTable"));
    QTRY_COMPARE_WITH_TIMEOUT(rules->rowCount(), 4, 5000);
    // The every-grade urgent rule: resolution from 8 working hours to 6.
    int urgent = -1;
    for (int row = 0; row < rules->rowCount(); ++row) {
        if (static_cast<QComboBox*>(rules->cellWidget(row, 1))->currentData().toString() == QLatin1String("urgent")) urgent = row;
    }
    QVERIFY(urgent >= 0);
    auto* resolution = static_cast<QDoubleSpinBox*>(rules->cellWidget(urgent, 4));
    QCOMPARE(resolution->value(), 8.0);
    resolution->setValue(6.0);
    const qint64 before = view.model().settings().version();
    QTest::mouseClick(view.settingsPanel().findChild<QPushButton*>(QStringLiteral("saveServiceLevelsButton")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(view.model().settings().version() > before,
                              qPrintable(view.settingsPanel().findChild<ui::InlineErrorLabel*>()->text() + view.messages().text()), 10000);
    QVERIFY(view.messages().text().startsWith(QStringLiteral("Saved.")));

    // The next urgent ticket is measured by it.
    const qint64 branch = test::branchIdByCode(m_connection, "BJ");
    const protocol::Customer customer = test::createCustomer(m_connection, "北京目标测试有限公司", branch);
    const protocol::Ticket ticket = test::openTicket(m_connection, customer.id(), "服务器宕机", "", "urgent");
    bool found = false;
    for (const auto& clock : ticket.sla()) {
        if (clock.kind() == "resolution") {
            QCOMPARE(clock.target_seconds(), 6 * 3600);
            found = true;
        }
    }
    QVERIFY(found);

    // A reversed period is caught before it reaches the server, in the user's language.
    auto* periods = view.settingsPanel().findChild<QLineEdit*>(QStringLiteral("periodsEdit"));
    periods->setText(QStringLiteral("12:00-09:00"));
    QTest::mouseClick(view.settingsPanel().findChild<QPushButton*>(QStringLiteral("saveServiceLevelsButton")), Qt::LeftButton);
    QCOMPARE(view.settingsPanel().findChild<ui::InlineErrorLabel*>()->text(), QStringLiteral("The period 12:00-09:00 ends before it starts."));
}

void ServiceLevelsViewTest::aYearIsEnteredAndMistakesAreCaught() {
    ui::ServiceLevelsView view(*m_admin);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.model().isLoaded(), 15000);
    const int year = 2031;  // never shipped
    view.showCalendar(year);
    QTRY_COMPARE_WITH_TIMEOUT(view.model().year().year(), year, 5000);
    ui::CalendarYearPanel& panel = view.calendarPanel();
    auto* error = panel.findChild<ui::InlineErrorLabel*>();
    auto* save = panel.findChild<QPushButton*>(QStringLiteral("saveYearButton"));

    panel.addDay(QStringLiteral("2031-01-01"), QStringLiteral("holiday"), QStringLiteral("元旦"));
    panel.addDay(QStringLiteral("2031-01-08"), QStringLiteral("workday"), QStringLiteral("调休"));  // a Wednesday
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(error->text(), QStringLiteral("2031-01-08 is a weekday: a make-up working day is a Saturday or Sunday."));
    QCOMPARE(view.model().year().version(), 0);

    auto* days = panel.findChild<QTableWidget*>(QStringLiteral("calendarDaysTable"));
    static_cast<QDateEdit*>(days->cellWidget(1, 0))->setDate(QDate(2031, 1, 4));  // a Saturday
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(view.model().year().version(), 1, 10000);
    QCOMPARE(view.model().year().days_size(), 2);
    QCOMPARE(view.model().year().days(0).name(), std::string("元旦"));
    QCOMPARE(view.model().year().days(1).kind(), std::string("workday"));
    QTRY_VERIFY_WITH_TIMEOUT(std::find(view.model().settings().years().begin(), view.model().settings().years().end(), year) !=
                                 view.model().settings().years().end(),
                             5000);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("calendarSummary"))->text().startsWith(QStringLiteral("1 holidays")) ||
            panel.findChild<QLabel*>(QStringLiteral("calendarSummary"))->text().contains(QStringLiteral("1 make-up")));
}

void ServiceLevelsViewTest::twoAdministratorsSavingAtOnce() {
    client::Connection otherConnection;
    client::SessionModel other(otherConnection);
    QVERIFY(test::logIn(other, *m_server, QStringLiteral("admin")));
    ui::ServiceLevelsView first(*m_admin);
    ui::ServiceLevelsView second(other);
    first.show();
    second.show();
    QTRY_VERIFY_WITH_TIMEOUT(first.model().isLoaded() && second.model().isLoaded(), 15000);
    QTest::mouseClick(first.settingsPanel().findChild<QPushButton*>(QStringLiteral("saveServiceLevelsButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(first.messages().text().startsWith(QStringLiteral("Saved.")), 10000);
    QTest::mouseClick(second.settingsPanel().findChild<QPushButton*>(QStringLiteral("saveServiceLevelsButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(second.messages().text().startsWith(QStringLiteral("Another administrator saved")), 10000);
}

QTEST_MAIN(ServiceLevelsViewTest)
#include "ServiceLevelsViewTest.moc"
