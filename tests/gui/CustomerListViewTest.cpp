// The customer list screen against a real laoke-server: it searches as the user types
// (after a short pause, not per keystroke), says so when nothing matches and offers a way
// out, sorts when a column header is clicked, and opens the 360 window on Enter.

#include "Connection.h"
#include "Customer360Window.h"
#include "CustomerListModel.h"
#include "CustomerListView.h"
#include "CustomerTestData.h"
#include "CustomerWindows.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace laoke;
using Column = client::CustomerListModel::Column;

class CustomerListViewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchesAsTheUserTypes();
    void saysSoWhenNothingMatches();
    void headerClickSortsAtTheServer();
    void enterOpensTheCustomer();
    void engineerCannotCreateCustomers();

private:
    bool waitForList(ui::CustomerListView& view);
    bool showTestBranch(ui::CustomerListView& view);

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    std::unique_ptr<test::DemoServer> m_server;
    std::unique_ptr<client::Connection> m_connection;
    std::unique_ptr<client::SessionModel> m_session;
    test::ScriptedPrompter m_prompter;
    qint64 m_branchId = 0;
};

void CustomerListViewTest::initTestCase() {
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
    // A branch of their own keeps these customers apart from any demo data; the views below
    // filter by it, as an administrator does with the branch filter.
    m_branchId = test::createBranch(*m_connection, "LISTVIEW", "列表测试分公司").id();
    for (const char* name : {"北京海淀恒达机械制造有限公司", "北京朝阳瑞丰食品有限公司", "北京丰台宏图建筑工程有限公司",
                             "北京通州金穗农业科技有限公司", "北京西城博远信息技术有限公司"})
        test::createCustomer(*m_connection, name, m_branchId);
    // One in the Beijing branch, for its engineer.
    test::createCustomer(*m_connection, "北京石景山博远列表测试机电有限公司", test::branchIdByCode(*m_connection, "BJ"));
}

bool CustomerListViewTest::showTestBranch(ui::CustomerListView& view) {
    auto* branch = view.findChild<QComboBox*>(QStringLiteral("branchFilter"));
    if (!branch || !QTest::qWaitFor([branch] { return branch->count() > 1; }, 20000)) return false;
    branch->setCurrentIndex(branch->findData(QVariant::fromValue<qint64>(m_branchId)));
    emit branch->activated(branch->currentIndex());
    return QTest::qWaitFor(
        [&view, this] {
            return view.model().isCurrent() && !view.model().isLoading() && view.model().filter().branch_ids_size() == 1 &&
                   view.model().filter().branch_ids(0) == m_branchId;
        },
        20000);
}

bool CustomerListViewTest::waitForList(ui::CustomerListView& view) {
    return QTest::qWaitFor([&view] { return view.model().isCurrent() && !view.model().isLoading(); }, 20000);
}

void CustomerListViewTest::searchesAsTheUserTypes() {
    ui::CustomerListView view(*m_session, m_prompter);
    view.resize(1200, 700);
    view.show();
    QVERIFY(waitForList(view));
    QVERIFY(showTestBranch(view));
    QCOMPARE(view.model().rowCount(), 5);
    const int requests = view.model().requestCount();

    // Typed quickly: one search after the pause, not one per character.
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    test::typeText(search, QStringLiteral("瑞丰食品"));
    QCOMPARE(view.model().requestCount(), requests);
    QTRY_COMPARE_WITH_TIMEOUT(view.model().requestCount(), requests + 1, 5000);
    QVERIFY(waitForList(view));
    QCOMPARE(view.model().rowCount(), 1);
    QCOMPARE(view.model().index(0, Column::NameColumn).data().toString(), QStringLiteral("北京朝阳瑞丰食品有限公司"));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("customerCountLabel"))->text(), QStringLiteral("1 customer"));

    // A single Latin letter is too little to search for: the list stays, a hint says why.
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(view.model().isCurrent() && view.model().rowCount() == 5, 20000);
    QTest::keyClicks(search, QStringLiteral("b"));
    QTest::qWait(ui::CustomerListView::kSearchDelayMs * 3);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("customerCountLabel"))->text().startsWith(QStringLiteral("Type at least")));
    QCOMPARE(view.model().rowCount(), 5);
}

void CustomerListViewTest::saysSoWhenNothingMatches() {
    ui::CustomerListView view(*m_session, m_prompter);
    view.show();
    QVERIFY(waitForList(view));
    QVERIFY(showTestBranch(view));
    test::typeText(view.findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("不存在的公司"));
    auto* stack = view.findChild<QStackedWidget*>();
    auto* empty = view.findChild<QWidget*>(QStringLiteral("emptyState"));
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), empty, 20000);
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("emptyTitle"))->text(), QStringLiteral("No customer matches"));

    // A filter that matches nothing either: none of the branch's customers is lost.
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->clear();
    QTRY_VERIFY_WITH_TIMEOUT(view.model().isCurrent() && view.model().rowCount() == 5, 20000);
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("lost")));
    emit status->activated(status->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), empty, 20000);

    // The way out clears the search and every filter, and shows everyone again.
    auto* action = view.findChild<QPushButton*>(QStringLiteral("emptyActionButton"));
    QCOMPARE(action->text(), QStringLiteral("Clear search and filters"));
    QTest::mouseClick(action, Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(status->currentIndex(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(view.model().isCurrent() && view.model().filter().branch_ids_size() == 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(view.model().rowCount() >= 6, 20000);
    QCOMPARE(stack->currentWidget(), view.findChild<QTableView*>(QStringLiteral("customerTable")));
}

void CustomerListViewTest::headerClickSortsAtTheServer() {
    ui::CustomerListView view(*m_session, m_prompter);
    view.resize(1400, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(waitForList(view));
    QVERIFY(showTestBranch(view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("customerTable"));
    QHeaderView* header = table->horizontalHeader();
    QCOMPARE(view.model().sortColumn(), int(Column::NameColumn));
    QCOMPARE(header->sortIndicatorSection(), int(Column::NameColumn));
    auto names = [&view] {
        QStringList list;
        for (int row = 0; row < view.model().rowCount(); ++row)
            list.append(view.model().index(row, Column::NameColumn).data().toString());
        return list;
    };
    const QStringList ascending = names();
    QCOMPARE(ascending.size(), 5);

    // Clicking the sorted column reverses the order (in the database's collation).
    const QPoint nameHeader(header->sectionViewportPosition(Column::NameColumn) + 20, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QVERIFY(!view.model().isCurrent());
    QVERIFY(waitForList(view));
    QCOMPARE(view.model().sortOrder(), Qt::DescendingOrder);
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(names(), reversed);

    // The short name is not sortable: the click changes nothing and the arrow stays.
    const int requests = view.model().requestCount();
    const QPoint shortHeader(header->sectionViewportPosition(Column::ShortNameColumn) + 20, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, shortHeader);
    QCOMPARE(view.model().requestCount(), requests);
    QCOMPARE(header->sortIndicatorSection(), int(Column::NameColumn));
}

void CustomerListViewTest::enterOpensTheCustomer() {
    ui::CustomerListView view(*m_session, m_prompter);
    view.show();
    QVERIFY(waitForList(view));
    QVERIFY(showTestBranch(view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("customerTable"));
    table->setFocus();
    table->setCurrentIndex(view.model().index(1, Column::NameColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(view.windows().count(), 1);
    ui::Customer360Window* window = view.windows().window(view.model().rowAt(1).id());
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->model().isLoaded(), 20000);
    QCOMPARE(QString::fromStdString(window->model().customer().name()),
             view.model().index(1, Column::NameColumn).data().toString());
}

void CustomerListViewTest::engineerCannotCreateCustomers() {
    client::Connection connection;
    client::SessionModel session(connection);
    QVERIFY(test::logIn(session, *m_server, QStringLiteral("engineer")));
    ui::CustomerListView view(session, m_prompter);
    view.show();
    QVERIFY(waitForList(view));
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("newCustomerButton"))->isVisible());
    QVERIFY(!view.findChild<QComboBox*>(QStringLiteral("branchFilter")));  // their own branch only
    // The branch's customers, to read; the test branch's are not theirs.
    test::typeText(view.findChild<QLineEdit*>(QStringLiteral("searchEdit")), QStringLiteral("博远"));
    QTRY_VERIFY_WITH_TIMEOUT(view.model().isCurrent() && view.model().filter().text() == "博远", 20000);
    QVERIFY(waitForList(view));
    QCOMPARE(view.model().rowCount(), 1);
    QCOMPARE(view.model().index(0, Column::NameColumn).data().toString(), QStringLiteral("北京石景山博远列表测试机电有限公司"));
}

QTEST_MAIN(CustomerListViewTest)
#include "CustomerListViewTest.moc"
