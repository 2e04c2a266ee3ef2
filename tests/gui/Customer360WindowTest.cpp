// The customer 360 window against a real laoke-server, with a customer created through the
// protocol: the header's essentials, contacts (key contact first, the one who left greyed
// with the date), the installed base (lifecycle stage, expired service in red), contracts
// (¥ amounts, service status with days left), the activity timeline with "show older",
// logging an activity in two clicks, and one window per customer.

#include "ActivityEditDialog.h"
#include "ActivityTimeline.h"
#include "BranchListModel.h"
#include "Connection.h"
#include "ContactTableModel.h"
#include "ContractTableModel.h"
#include "Customer360Model.h"
#include "Customer360Window.h"
#include "CustomerContext.h"
#include "CustomerHeader.h"
#include "CustomerTestData.h"
#include "CustomerWindows.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "InstalledProductTableModel.h"
#include "MessageBar.h"
#include "OwnerChoices.h"
#include "ProductCatalogue.h"
#include "SampleCustomer.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace laoke;

namespace {

const QColor kRed(0xc0, 0x39, 0x2b);

QString stageName(const std::string& code) {
    if (code == "full_support") return QStringLiteral("Full support");
    if (code == "limited_support") return QStringLiteral("Limited support");
    if (code == "support_stopped") return QStringLiteral("Support stopped");
    if (code == "end_of_life") return QStringLiteral("End of life");
    return QStringLiteral("?");
}
const QColor kGrey(0x8a, 0x8f, 0x98);

/// What a CustomerListView would share with its windows, for one session.
struct Context {
    explicit Context(client::SessionModel& session)
        : catalogue(session.connection()), branches(session.connection()), owners(session),
          context{session, prompter, catalogue, branches, owners} {}
    test::ScriptedPrompter prompter;
    client::ProductCatalogue catalogue;
    client::BranchListModel branches;
    client::OwnerChoices owners;
    ui::CustomerContext context;
};

}  // namespace

class Customer360WindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheWholeCustomerOnOneScreen();
    void olderActivitiesLoadOnRequest();
    void logActivityTakesTwoClicks();
    void oneWindowPerCustomer();
    void archivingAContactAsksFirst();
    void engineerIsNotOfferedTheAccountSide();

private:
    std::unique_ptr<ui::Customer360Window> openWindow(Context& context, qint64 customerId);

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    std::unique_ptr<test::DemoServer> m_server;
    std::unique_ptr<client::Connection> m_connection;
    std::unique_ptr<client::SessionModel> m_session;
    test::SampleCustomer m_sample;
};

void Customer360WindowTest::initTestCase() {
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
    const qint64 branch = test::branchIdByCode(*m_connection, "BJ");
    const qint64 owner = test::userIdByName(*m_connection, "account");
    m_sample = test::createSampleCustomer(*m_connection, *m_connection, branch, owner, 25);
}

std::unique_ptr<ui::Customer360Window> Customer360WindowTest::openWindow(Context& context, qint64 customerId) {
    auto* model = new client::Customer360Model(context.context.session.connection());
    model->load(customerId);
    auto window = std::make_unique<ui::Customer360Window>(context.context, model);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    return window;
}

void Customer360WindowTest::showsTheWholeCustomerOnOneScreen() {
    Context context(*m_session);
    auto window = openWindow(context, m_sample.customer.id());
    QTRY_VERIFY_WITH_TIMEOUT(window->model().isLoaded(), 20000);
    const QString today = QString::fromStdString(window->model().view().today());
    QVERIFY(!today.isEmpty());

    // Header: the essentials, grade "Unrated" since none was set.
    QCOMPARE(window->windowTitle(), QStringLiteral("北京海淀恒达机械制造有限公司 – Customer"));
    ui::CustomerHeader* header = window->header();
    QCOMPARE(header->value(QStringLiteral("code")), QString::fromStdString(m_sample.customer.code()));
    QCOMPARE(header->value(QStringLiteral("short_name")), QStringLiteral("恒达机械"));
    QCOMPARE(header->value(QStringLiteral("branch")), QStringLiteral("北京分公司"));
    QCOMPARE(header->value(QStringLiteral("owner")), QStringLiteral("李婷"));
    QCOMPARE(header->value(QStringLiteral("location")), QStringLiteral("北京 · 海淀区"));
    QCOMPARE(header->value(QStringLiteral("industry")), QStringLiteral("Manufacturing"));
    QCOMPARE(header->value(QStringLiteral("size")), QStringLiteral("Medium"));
    QCOMPARE(header->value(QStringLiteral("credit_code")), QStringLiteral("91110108MA01ABCD3X"));
    QCOMPARE(header->value(QStringLiteral("grade")), QStringLiteral("Unrated"));
    QCOMPARE(header->value(QStringLiteral("status")), QStringLiteral("Active"));

    // Contacts: the key contact first and marked, the one who left greyed with the date.
    auto* contacts = window->findChild<QTableView*>(QStringLiteral("contactTable"));
    QAbstractItemModel* contactModel = contacts->model();
    QCOMPARE(contactModel->rowCount(), 3);
    using ContactColumn = client::ContactTableModel::Column;
    QCOMPARE(contactModel->index(0, ContactColumn::NameColumn).data().toString(), QStringLiteral("★ 王芳"));
    QCOMPARE(contactModel->index(0, ContactColumn::MobileColumn).data().toString(), QStringLiteral("13812345678"));
    QCOMPARE(contactModel->index(2, ContactColumn::NameColumn).data().toString(),
             QStringLiteral("刘洋 · left on ") + QString::fromStdString(m_sample.leftContact.left_on()));
    QCOMPARE(contactModel->index(2, ContactColumn::NameColumn).data(Qt::ForegroundRole).value<QColor>(), kGrey);
    QVERIFY(!contactModel->index(0, ContactColumn::NameColumn).data(Qt::ForegroundRole).isValid());

    // Installed base: the expired T+ in red with how long ago, the U8+ in service.
    auto* products = window->findChild<QTableView*>(QStringLiteral("installedProductTable"));
    QAbstractItemModel* productModel = products->model();
    QCOMPARE(productModel->rowCount(), 2);
    using ProductColumn = client::InstalledProductTableModel::Column;
    int expiredRow = -1;
    int currentRow = -1;
    for (int row = 0; row < 2; ++row) {
        const qint64 id = productModel->index(row, 0).data(client::InstalledProductTableModel::InstalledProductIdRole).toLongLong();
        (id == m_sample.expired.id() ? expiredRow : currentRow) = row;
    }
    QVERIFY(expiredRow >= 0 && currentRow >= 0);
    // Days are counted from the server's today (China), which may be a day after ours.
    auto daysFromToday = [&today](const std::string& end) {
        return static_cast<int>(QDate::fromString(today, Qt::ISODate).daysTo(QDate::fromString(QString::fromStdString(end), Qt::ISODate)));
    };
    const QModelIndex expiredEnd = productModel->index(expiredRow, ProductColumn::ServiceEndColumn);
    QCOMPARE(expiredEnd.data().toString(), QString::fromStdString(m_sample.expired.service_end_on()) +
                                               QStringLiteral(" · Expired %1 days ago").arg(-daysFromToday(m_sample.expired.service_end_on())));
    QCOMPARE(expiredEnd.data(Qt::ForegroundRole).value<QColor>(), kRed);
    QCOMPARE(productModel->index(expiredRow, ProductColumn::ProductColumn).data().toString(), QStringLiteral("畅捷通T+"));
    QCOMPARE(productModel->index(expiredRow, ProductColumn::VersionColumn).data().toString(), QStringLiteral("12.3"));
    // The stage the catalogue computes for the version today, in words and with its colour.
    QCOMPARE(productModel->index(expiredRow, ProductColumn::LifecycleColumn).data().toString(),
             stageName(m_sample.expiredVersion.lifecycle_stage()));
    QCOMPARE(productModel->index(expiredRow, ProductColumn::LifecycleColumn).data(client::InstalledProductTableModel::CodeValueRole).toString(),
             QString::fromStdString(m_sample.expiredVersion.lifecycle_stage()));
    const QModelIndex currentEnd = productModel->index(currentRow, ProductColumn::ServiceEndColumn);
    const int daysLeft = daysFromToday(m_sample.current.service_end_on());
    QVERIFY(daysLeft >= 199 && daysLeft <= 200);
    QCOMPARE(currentEnd.data().toString(),
             QString::fromStdString(m_sample.current.service_end_on()) + QStringLiteral(" · %1 days left").arg(daysLeft));
    QVERIFY(currentEnd.data(Qt::ForegroundRole).value<QColor>() != kRed);
    QCOMPARE(productModel->index(currentRow, ProductColumn::LifecycleColumn).data().toString(),
             stageName(m_sample.currentVersion.lifecycle_stage()));
    QCOMPARE(productModel->index(currentRow, ProductColumn::SeatsColumn).data().toInt(), 12);
    QCOMPARE(productModel->index(currentRow, ProductColumn::ModulesColumn).data().toString().count(QStringLiteral("、")), 3);

    // Contracts: the amount in yuan, the service contract's status and days left.
    auto* contracts = window->findChild<QTableView*>(QStringLiteral("contractTable"));
    QAbstractItemModel* contractModel = contracts->model();
    QCOMPARE(contractModel->rowCount(), 2);
    using ContractColumn = client::ContractTableModel::Column;
    bool sawService = false;
    for (int row = 0; row < 2; ++row) {
        if (contractModel->index(row, ContractColumn::NumberColumn).data().toString() !=
            QString::fromStdString(m_sample.serviceContract.number()))
            continue;
        sawService = true;
        QCOMPARE(contractModel->index(row, ContractColumn::KindColumn).data().toString(), QStringLiteral("Annual service"));
        QCOMPARE(contractModel->index(row, ContractColumn::AmountColumn).data().toString(), QStringLiteral("¥12,800.00"));
        QCOMPARE(contractModel->index(row, ContractColumn::PaymentColumn).data().toString(), QStringLiteral("Paid"));
        QCOMPARE(contractModel->index(row, ContractColumn::ServiceColumn).data().toString(),
                 QStringLiteral("In service · %1 days left").arg(daysLeft));
    }
    QVERIFY(sawService);

    // Every pane says how many entries it has; nothing invented (no health score).
    auto* timeline = window->findChild<ui::ActivityTimeline*>(QStringLiteral("activityTimeline"));
    QCOMPARE(timeline->cardCount(), 20);
    QVERIFY(!window->findChild<QWidget*>(QStringLiteral("healthScore")));
}

void Customer360WindowTest::olderActivitiesLoadOnRequest() {
    Context context(*m_session);
    auto window = openWindow(context, m_sample.customer.id());
    QTRY_VERIFY_WITH_TIMEOUT(window->model().isLoaded(), 20000);
    auto* timeline = window->findChild<ui::ActivityTimeline*>(QStringLiteral("activityTimeline"));
    auto* more = window->findChild<QPushButton*>(QStringLiteral("moreActivitiesButton"));
    const int total = window->model().activityCount();
    QVERIFY(total >= 25);
    QCOMPARE(timeline->cardCount(), 20);
    QVERIFY(more->isVisible());
    QCOMPARE(more->text(), QStringLiteral("Show older (%1 more)").arg(total - 20));

    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->cardCount(), std::min(total, 40), 20000);
    // Newest first, all the way down.
    const auto& activities = window->model().activities();
    for (std::size_t i = 1; i < activities.size(); ++i)
        QVERIFY(activities[i - 1].occurred_at_unix() >= activities[i].occurred_at_unix());
    if (total <= 40) QTRY_VERIFY(!more->isVisible());
}

void Customer360WindowTest::logActivityTakesTwoClicks() {
    Context context(*m_session);
    auto window = openWindow(context, m_sample.customer.id());
    QTRY_VERIFY_WITH_TIMEOUT(window->model().isLoaded(), 20000);
    const int before = window->model().activityCount();

    // Click 1: the dialog opens with a call, right now.
    QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("logActivityButton")), Qt::LeftButton);
    QPointer<ui::ActivityEditDialog> dialog = window->findChild<ui::ActivityEditDialog*>(QStringLiteral("activityEditDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"))->currentData().toString(), QStringLiteral("call"));
    const QDateTime when = dialog->findChild<QDateTimeEdit*>(QStringLiteral("whenEdit"))->dateTime();
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTime())) < 120);
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());  // nothing said yet

    test::typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit")),
                     QStringLiteral("客户来电：年结后报表取数异常，已远程处理。"));
    QVERIFY(ok->isEnabled());
    // Click 2: saved, and at the top of the timeline.
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(window->model().activityCount(), before + 1, 20000);
    QCOMPARE(QString::fromStdString(window->model().activities().front().summary()),
             QStringLiteral("客户来电：年结后报表取数异常，已远程处理。"));
    QCOMPARE(window->model().activities().front().kind(), std::string("call"));
    QCOMPARE(window->model().activities().front().by_user_name(), std::string("系统管理员"));
}

void Customer360WindowTest::oneWindowPerCustomer() {
    Context context(*m_session);
    QWidget owner;
    ui::CustomerWindows windows(context.context, &owner);
    ui::Customer360Window* first = windows.open(m_sample.customer.id());
    QCOMPARE(windows.open(m_sample.customer.id()), first);
    QCOMPARE(windows.count(), 1);

    const protocol::Customer other =
        test::createCustomer(*m_connection, "天津滨海新区鑫源电子科技有限公司", test::branchIdByCode(*m_connection, "BJ"));
    ui::Customer360Window* second = windows.open(other.id());
    QVERIFY(second != first);
    QCOMPARE(windows.count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(second->model().isLoaded(), 20000);
    QCOMPARE(second->header()->value(QStringLiteral("grade")), QStringLiteral("Unrated"));

    second->close();  // closing deletes it; the registry forgets it
    QTRY_COMPARE(windows.count(), 1);
    QCOMPARE(windows.window(other.id()), nullptr);
}

void Customer360WindowTest::archivingAContactAsksFirst() {
    protocol::Contact contact;
    contact.set_customer_id(m_sample.customer.id());
    contact.set_name("周杰");
    contact.set_role("cashier");
    contact.set_decision_role("user");
    test::saveContact(*m_connection, contact);

    Context context(*m_session);
    auto window = openWindow(context, m_sample.customer.id());
    QTRY_VERIFY_WITH_TIMEOUT(window->model().isLoaded(), 20000);
    auto* table = window->findChild<QTableView*>(QStringLiteral("contactTable"));
    const int before = table->model()->rowCount();
    int row = -1;
    for (int r = 0; r < before; ++r)
        if (table->model()->index(r, 0).data().toString() == QStringLiteral("周杰")) row = r;
    QVERIFY(row >= 0);
    auto* archive = window->findChild<QPushButton*>(QStringLiteral("contactArchiveButton"));
    QVERIFY(!archive->isEnabled());  // nothing selected
    table->selectRow(row);
    QVERIFY(archive->isEnabled());

    // Answered "no": nothing happens.
    context.prompter.confirmAnswer = false;
    QTest::mouseClick(archive, Qt::LeftButton);
    QCOMPARE(context.prompter.confirmations.size(), 1);
    QVERIFY(context.prompter.confirmations.first().contains(QStringLiteral("周杰")));
    QTest::qWait(200);
    QCOMPARE(table->model()->rowCount(), before);

    // Answered "yes": archived, gone from the pane, and said so.
    context.prompter.confirmAnswer = true;
    table->selectRow(row);
    QTest::mouseClick(archive, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before - 1, 20000);
    QCOMPARE(window->messages()->text(), QStringLiteral("周杰 was archived."));
}

void Customer360WindowTest::engineerIsNotOfferedTheAccountSide() {
    client::Connection connection;
    client::SessionModel session(connection);
    QVERIFY(test::logIn(session, *m_server, QStringLiteral("engineer")));
    Context context(session);
    auto window = openWindow(context, m_sample.customer.id());
    QTRY_VERIFY_WITH_TIMEOUT(window->model().isLoaded(), 20000);
    // Engineers read profiles and contracts; they keep contacts, products and activities.
    QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("editCustomerButton"))->isVisible());
    QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("archiveCustomerButton"))->isVisible());
    QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("contractAddButton"))->isVisible());
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("contactAddButton"))->isVisible());
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("productAddButton"))->isVisible());
    QVERIFY(window->findChild<QPushButton*>(QStringLiteral("logActivityButton"))->isVisible());
    QCOMPARE(window->findChild<QTableView*>(QStringLiteral("contractTable"))->model()->rowCount(), 2);
}

QTEST_MAIN(Customer360WindowTest)
#include "Customer360WindowTest.moc"
