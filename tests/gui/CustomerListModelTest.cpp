// CustomerListModel under QAbstractItemModelTester against a real laoke-server: 450
// customers created through the protocol in a branch of their own come in pages of 200 as
// the view asks for more, sorting happens at the server (and is ignored for a column it
// cannot sort), a reply to a query the user has moved on from is never shown, and the
// coded values read as words.

#include "Connection.h"
#include "CustomerListModel.h"
#include "CustomerTestData.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "SessionModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace laoke;
using Column = client::CustomerListModel::Column;

namespace {

constexpr int kCustomers = 450;

QString nameOf(int number) {
    return QStringLiteral("分页测试客户%1").arg(number, 4, 10, QLatin1Char('0'));
}

}  // namespace

class CustomerListModelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesComeAsTheViewAsksForMore();
    void sortingHappensAtTheServer();
    void aReplyToAnOlderQueryIsDropped();
    void codedValuesReadAsWords();

private:
    protocol::CustomerFilter branchFilter() const;
    bool waitForCurrent(client::CustomerListModel& model);

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    std::unique_ptr<test::DemoServer> m_server;
    std::unique_ptr<client::Connection> m_connection;
    std::unique_ptr<client::SessionModel> m_session;
    qint64 m_branchId = 0;
};

void CustomerListModelTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    // English as a user who chose it sees it (plural forms come from the translation).
    QVERIFY(m_language.apply(ui::LanguageManager::kEnglish));
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    m_connection = std::make_unique<client::Connection>();
    m_session = std::make_unique<client::SessionModel>(*m_connection);
    QVERIFY(test::logIn(*m_session, *m_server, QStringLiteral("admin")));

    // A branch of their own keeps these customers apart from any demo data.
    m_branchId = test::createBranch(*m_connection, "PAGING", "分页测试分公司").id();
    // Sent without waiting for each answer (the connection keeps them in order), then awaited.
    int done = 0;
    int failed = 0;
    QString firstFailure;
    for (int number = 1; number <= kCustomers; ++number) {
        protocol::Envelope request;
        auto* customer = request.mutable_save_customer()->mutable_customer();
        customer->set_name(nameOf(number).toStdString());
        customer->set_branch_id(m_branchId);
        customer->set_status(number % 10 == 0 ? "dormant" : "active");
        // A generous timeout: the last of them waits for all the others on a busy machine.
        m_connection->send(
            std::move(request),
            [&done, &failed, &firstFailure](const client::Reply& reply) {
                ++done;
                if (!reply.ok() && failed++ == 0) firstFailure = reply.error().detail;
            },
            180000);
    }
    QVERIFY(QTest::qWaitFor([&done] { return done == kCustomers; }, 180000));
    QVERIFY2(failed == 0, qPrintable(QStringLiteral("%1 failed, first: %2").arg(failed).arg(firstFailure)));
}

protocol::CustomerFilter CustomerListModelTest::branchFilter() const {
    protocol::CustomerFilter filter;
    filter.add_branch_ids(m_branchId);
    return filter;
}

bool CustomerListModelTest::waitForCurrent(client::CustomerListModel& model) {
    return QTest::qWaitFor([&model] { return model.isCurrent() && !model.isLoading(); }, 20000);
}

void CustomerListModelTest::pagesComeAsTheViewAsksForMore() {
    // QAbstractItemModelTester also calls fetchMore from inside the reset and insert
    // notifications: those calls must not send a second request with the old cursor.
    client::CustomerListModel model(*m_connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.pageSize(), 200);
    model.setFilter(branchFilter());
    QVERIFY(model.isLoading());
    QVERIFY(waitForCurrent(model));
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.requestCount(), 1);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.index(0, Column::NameColumn).data().toString(), nameOf(1));
    QCOMPARE(model.index(199, Column::NameColumn).data().toString(), nameOf(200));

    // As a view asks when it scrolls near the end: twice while the page is on its way is
    // still one request.
    model.fetchMore({});
    QVERIFY(model.isLoading());
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 400, 20000);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.requestCount(), 2);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kCustomers, 20000);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});  // nothing more to ask
    QCOMPARE(model.requestCount(), 3);
    for (int row = 0; row < kCustomers; ++row)
        QCOMPARE(model.index(row, Column::NameColumn).data().toString(), nameOf(row + 1));
    QCOMPARE(model.rowOfCustomer(model.rowAt(321).id()), 321);
}

void CustomerListModelTest::sortingHappensAtTheServer() {
    client::CustomerListModel model(*m_connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(branchFilter());
    QVERIFY(waitForCurrent(model));

    model.sort(Column::NameColumn, Qt::DescendingOrder);
    QVERIFY(!model.isCurrent());
    QVERIFY(waitForCurrent(model));
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.index(0, Column::NameColumn).data().toString(), nameOf(kCustomers));
    QCOMPARE(model.index(199, Column::NameColumn).data().toString(), nameOf(kCustomers - 199));
    model.fetchMore({});  // the next page continues in the same order
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 400, 20000);
    QCOMPARE(model.index(200, Column::NameColumn).data().toString(), nameOf(kCustomers - 200));
    QCOMPARE(model.index(399, Column::NameColumn).data().toString(), nameOf(kCustomers - 399));

    // Dormant sorts after active: the status column sorts at the server too.
    model.sort(Column::StatusColumn, Qt::DescendingOrder);
    QVERIFY(waitForCurrent(model));
    QCOMPARE(model.index(0, Column::StatusColumn).data(client::CustomerListModel::CodeValueRole).toString(),
             QStringLiteral("dormant"));
    QCOMPARE(model.index(kCustomers / 10, Column::StatusColumn).data(client::CustomerListModel::CodeValueRole).toString(),
             QStringLiteral("active"));

    // Codes are assigned in creation order.
    model.sort(Column::CodeColumn, Qt::AscendingOrder);
    QVERIFY(waitForCurrent(model));
    QCOMPARE(model.index(0, Column::NameColumn).data().toString(), nameOf(1));
    QCOMPARE(model.index(199, Column::NameColumn).data().toString(), nameOf(200));

    // The short name cannot be sorted at the server: nothing is asked, nothing changes.
    const int requests = model.requestCount();
    model.sort(Column::ShortNameColumn, Qt::AscendingOrder);
    QVERIFY(model.isCurrent());
    QCOMPARE(model.requestCount(), requests);
    QCOMPARE(model.sortColumn(), int(Column::CodeColumn));
}

void CustomerListModelTest::aReplyToAnOlderQueryIsDropped() {
    client::CustomerListModel model(*m_connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &client::CustomerListModel::pageLoaded);

    // The user narrows the list before the first answer is back: the first query's page
    // must never appear, and the second query waits for the first request to finish.
    model.setFilter(branchFilter());
    protocol::CustomerFilter dormant = branchFilter();
    dormant.add_statuses("dormant");
    model.setFilter(dormant);
    QCOMPARE(model.requestCount(), 1);
    QVERIFY(waitForCurrent(model));
    QCOMPARE(model.requestCount(), 2);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(model.rowCount(), kCustomers / 10);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, Column::StatusColumn).data(client::CustomerListModel::CodeValueRole).toString(),
                 QStringLiteral("dormant"));
    QVERIFY(!model.canFetchMore({}));

    // Setting the same filter again asks nothing.
    model.setFilter(dormant);
    QCOMPARE(model.requestCount(), 2);
}

void CustomerListModelTest::codedValuesReadAsWords() {
    // A customer with coded values and an expired installed product, found by its name.
    protocol::Customer customer;
    customer.set_name("上海浦东宏远贸易有限公司");
    customer.set_branch_id(m_branchId);
    customer.set_industry("F");
    customer.set_province("上海");
    customer.set_city("上海");
    customer.set_status("lost");
    customer.set_manual_grade("B");
    customer = test::saveCustomer(*m_connection, customer);
    const protocol::ProductVersion version = test::addVersion(*m_connection, "tplus", "12.3", QDate::currentDate().addYears(-7));
    protocol::InstalledProduct product;
    product.set_customer_id(customer.id());
    product.set_product_version_id(version.id());
    product.set_licence_type("online");
    product.set_seats(2);
    product.set_service_end_on(test::iso(QDate::currentDate().addDays(-40)));
    product = test::saveInstalledProduct(*m_connection, product);

    client::CustomerListModel model(*m_connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    protocol::CustomerFilter filter = branchFilter();
    filter.add_statuses("lost");
    model.setFilter(filter);
    QVERIFY(waitForCurrent(model));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, Column::IndustryColumn).data().toString(), QStringLiteral("Wholesale and retail trade"));
    QCOMPARE(model.index(0, Column::StatusColumn).data().toString(), QStringLiteral("Lost"));
    QCOMPARE(model.index(0, Column::GradeColumn).data().toString(), QStringLiteral("B"));
    QCOMPARE(model.index(0, Column::CityColumn).data().toString(), QStringLiteral("上海"));
    QCOMPARE(model.index(0, Column::BranchColumn).data().toString(), QStringLiteral("分页测试分公司"));
    QCOMPARE(model.index(0, Column::ServiceColumn).data().toString(),
             QStringLiteral("Expired · ") + QString::fromStdString(product.service_end_on()));
    QCOMPARE(model.index(0, Column::ServiceColumn).data(Qt::ForegroundRole).value<QColor>(), QColor(0xc0, 0x39, 0x2b));

    // An unrated customer says so.
    filter = branchFilter();
    filter.add_statuses("dormant");
    model.setFilter(filter);
    QVERIFY(waitForCurrent(model));
    QCOMPARE(model.index(0, Column::GradeColumn).data().toString(), QStringLiteral("Unrated"));
    QCOMPARE(model.index(0, Column::ServiceColumn).data().toString(), QStringLiteral("No service"));

    // An edit made in a 360 window shows in the list at once.
    protocol::Customer edited = customer;
    edited.set_name("上海浦东宏远国际贸易有限公司");
    model.setFilter(branchFilter());
    QVERIFY(waitForCurrent(model));
    while (model.hasMore()) {
        model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&model] { return !model.isLoading(); }, 20000));
    }
    QCOMPARE(model.rowCount(), kCustomers + 1);
    const int row = model.rowOfCustomer(customer.id());
    QVERIFY(row >= 0);
    model.applyCustomer(edited);
    QCOMPARE(model.index(row, Column::NameColumn).data().toString(), QStringLiteral("上海浦东宏远国际贸易有限公司"));
}

QTEST_MAIN(CustomerListModelTest)
#include "CustomerListModelTest.moc"
