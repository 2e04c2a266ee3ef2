// Correcting tickets and the category tree as their users meet them, against a real
// laoke-server:
// - an engineer corrects a ticket they took from its pane (subject, contact, product and
//   module, category); the priority is not theirs to change; the work log says what changed;
// - a branch manager raises the priority, and the pane's badge follows;
// - someone else changing the ticket while the dialog is open: the save is refused, the
//   pane says so and shows their change;
// - an administrator adds and retires a category on the service-levels page, and an
//   engineer's desk, connected on its own, learns of it within a second;
// - the first responder's window says what others did with their ticket (首问负责制), and
//   not what they did themselves.

#include "AssigneeListModel.h"
#include "CategoryCombo.h"
#include "Connection.h"
#include "CustomerTestData.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "SampleCustomer.h"
#include "SampleTickets.h"
#include "ScriptedPrompter.h"
#include "ServiceLevelsView.h"
#include "SessionModel.h"
#include "TestEnvironment.h"
#include "TicketCategories.h"
#include "TicketCategoryPanel.h"
#include "TicketEditDialog.h"
#include "TicketModel.h"
#include "TicketPane.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace laoke;

namespace {

protocol::Ticket fetchTicket(client::Connection& connection, qint64 id) {
    protocol::Envelope request;
    request.mutable_get_ticket()->set_ticket_id(id);
    return test::expectOk(connection, request, "get_ticket").ticket_reply().ticket();
}

bool chooseData(QComboBox* combo, qint64 id) {
    const int index = combo->findData(QVariant::fromValue<qint64>(id));
    if (index < 0) return false;
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    return true;
}

bool offers(const QComboBox* combo, qint64 id) { return combo->findData(QVariant::fromValue<qint64>(id)) >= 0; }

}  // namespace

class TicketCorrectionTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anEngineerCorrectsATicketFromItsPane();
    void aManagerRaisesThePriority();
    void aChangeMadeMeanwhileIsNotOverwritten();
    void anAdministratorEditsTheTreeAndEveryDeskLearnsIt();
    void theFirstResponderIsToldWhatOthersDo();

private:
    /// A pane for `connection`'s user showing `ticketId`, loaded.
    std::unique_ptr<ui::TicketPane> paneFor(client::Connection& connection, qint64 ticketId);
    ui::TicketEditDialog* openDialog(ui::TicketPane& pane);

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<test::DemoServer> m_server;
    client::Connection m_adminConnection, m_engineerConnection, m_managerConnection;
    std::unique_ptr<client::SessionModel> m_admin, m_engineer, m_manager;
    std::unique_ptr<client::TicketCategories> m_engineerCategories, m_managerCategories;
    std::unique_ptr<client::AssigneeListModel> m_assignees;
    test::SampleCustomer m_sample;
};

void TicketCorrectionTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    QVERIFY(m_language.apply(ui::LanguageManager::kEnglish));
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    m_admin = std::make_unique<client::SessionModel>(m_adminConnection);
    m_engineer = std::make_unique<client::SessionModel>(m_engineerConnection);
    m_manager = std::make_unique<client::SessionModel>(m_managerConnection);
    QVERIFY(test::logIn(*m_admin, *m_server, QStringLiteral("admin")));
    QVERIFY(test::logIn(*m_engineer, *m_server, QStringLiteral("engineer")));
    QVERIFY(test::logIn(*m_manager, *m_server, QStringLiteral("manager")));
    client::Connection accountConnection;
    client::SessionModel account(accountConnection);
    QVERIFY(test::logIn(account, *m_server, QStringLiteral("account")));
    try {
        const qint64 branch = test::branchIdByCode(m_adminConnection, "BJ");
        m_sample = test::createSampleCustomer(m_adminConnection, accountConnection, branch,
                                              test::userIdByName(m_adminConnection, "account"), 0, "correct");
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    m_engineerCategories = std::make_unique<client::TicketCategories>(m_engineerConnection);
    m_managerCategories = std::make_unique<client::TicketCategories>(m_managerConnection);
    m_assignees = std::make_unique<client::AssigneeListModel>(m_managerConnection);
    m_engineerCategories->load();
    m_managerCategories->load();
    QTRY_VERIFY_WITH_TIMEOUT(m_engineerCategories->isLoaded() && m_managerCategories->isLoaded(), 10000);
}

std::unique_ptr<ui::TicketPane> TicketCorrectionTest::paneFor(client::Connection& connection, qint64 ticketId) {
    client::TicketCategories& categories = &connection == &m_managerConnection ? *m_managerCategories : *m_engineerCategories;
    auto pane = std::make_unique<ui::TicketPane>(connection, categories, *m_assignees);
    pane->resize(760, 900);
    pane->show();
    pane->showTicket(ticketId);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(pane->model().isLoaded(), 10000); }();
    return pane;
}

ui::TicketEditDialog* TicketCorrectionTest::openDialog(ui::TicketPane& pane) {
    auto* button = pane.findChild<QPushButton*>(QStringLiteral("editTicketButton"));
    if (!button) return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return pane.editDialog();
}

void TicketCorrectionTest::anEngineerCorrectsATicketFromItsPane() {
    const protocol::Ticket ticket =
        test::openTicket(m_engineerConnection, m_sample.customer.id(), "电脑打不开软件", "", "normal", "hotline");
    auto pane = paneFor(m_engineerConnection, ticket.id());
    ui::TicketEditDialog* dialog = openDialog(*pane);
    QVERIFY2(dialog, "the first responder is offered Correct…");
    QTRY_VERIFY(dialog->isVisible());

    auto* contact = dialog->findChild<QComboBox*>(QStringLiteral("editContact"));
    auto* product = dialog->findChild<QComboBox*>(QStringLiteral("editProduct"));
    auto* module = dialog->findChild<QComboBox*>(QStringLiteral("editModule"));
    auto* category = dialog->findChild<QComboBox*>(QStringLiteral("editCategory"));
    auto* priority = dialog->findChild<QComboBox*>(QStringLiteral("editPriority"));
    QTRY_VERIFY_WITH_TIMEOUT(contact->isEnabled() && product->isEnabled(), 10000);
    QVERIFY2(!priority->isEnabled(), "the priority is the branch manager's");
    QVERIFY(!offers(contact, m_sample.leftContact.id()));  // who left is not offered

    auto* subject = dialog->findChild<QLineEdit*>(QStringLiteral("editSubject"));
    subject->clear();
    test::typeText(subject, QStringLiteral("加密狗不识别，软件打不开"));
    QVERIFY(chooseData(contact, m_sample.keyContact.id()));
    QVERIFY(chooseData(product, m_sample.current.id()));
    QTRY_VERIFY(module->isEnabled());
    QVERIFY(module->count() > 1);
    const qint64 moduleId = module->itemData(1).toLongLong();
    QVERIFY(chooseData(module, moduleId));
    const qint64 dongle = test::categoryIdByCode(m_engineerConnection, "licence.dongle");
    QVERIFY(chooseData(category, dongle));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveTicketEditButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pane->editDialog() == nullptr, 10000);

    // The pane shows the corrected ticket, and the log's newest line says what changed.
    QTRY_COMPARE_WITH_TIMEOUT(pane->findChild<QLabel*>(QStringLiteral("ticketSubjectLabel"))->text(),
                              QStringLiteral("加密狗不识别，软件打不开"), 10000);
    const QString facts = pane->findChild<QLabel*>(QStringLiteral("ticketFactsLabel"))->text();
    QVERIFY2(facts.contains(QStringLiteral("Licence and dongle › Dongle not recognised")), qPrintable(facts));
    QVERIFY2(facts.contains(QString::fromStdString(m_sample.current.product_line_name())), qPrintable(facts));
    const QString logLine = pane->findChild<QListWidget*>(QStringLiteral("ticketLog"))->item(0)->text();
    QVERIFY2(logLine.contains(QStringLiteral("corrected the ticket")) &&
                 logLine.contains(QStringLiteral("category not categorised → Licence and dongle › Dongle not recognised")) &&
                 logLine.contains(QString::fromStdString(m_sample.keyContact.name())),
             qPrintable(logLine));

    const protocol::Ticket saved = fetchTicket(m_engineerConnection, ticket.id());
    QCOMPARE(saved.contact_id(), m_sample.keyContact.id());
    QCOMPARE(saved.installed_product_id(), m_sample.current.id());
    QCOMPARE(saved.module_id(), moduleId);
    QCOMPARE(saved.category_id(), dongle);
    QCOMPARE(saved.priority(), std::string("normal"));
    QVERIFY2(!saved.billable(), "the product named is in service");
}

void TicketCorrectionTest::aManagerRaisesThePriority() {
    const protocol::Ticket ticket =
        test::openTicket(m_engineerConnection, m_sample.customer.id(), "报表取数不对", "reports.formula", "normal", "hotline");
    auto pane = paneFor(m_managerConnection, ticket.id());
    ui::TicketEditDialog* dialog = openDialog(*pane);
    QVERIFY(dialog);
    auto* priority = dialog->findChild<QComboBox*>(QStringLiteral("editPriority"));
    QVERIFY(priority->isEnabled());
    priority->setCurrentIndex(priority->findData(QStringLiteral("urgent")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveTicketEditButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pane->editDialog() == nullptr, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QLabel*>(QStringLiteral("ticketPriorityBadge"))->text().startsWith(QStringLiteral("Urgent")),
                             10000);
    QCOMPARE(fetchTicket(m_managerConnection, ticket.id()).priority(), std::string("urgent"));
    const QString logLine = pane->findChild<QListWidget*>(QStringLiteral("ticketLog"))->item(0)->text();
    QVERIFY2(logLine.contains(QStringLiteral("priority Normal → Urgent")), qPrintable(logLine));
}

void TicketCorrectionTest::aChangeMadeMeanwhileIsNotOverwritten() {
    const protocol::Ticket ticket =
        test::openTicket(m_engineerConnection, m_sample.customer.id(), "年结后期初余额不对", "year_end", "normal", "hotline");
    auto pane = paneFor(m_engineerConnection, ticket.id());
    ui::TicketEditDialog* dialog = openDialog(*pane);
    QVERIFY(dialog);
    // The manager corrects the subject while the engineer's dialog is open.
    protocol::Envelope request;
    request.mutable_update_ticket()->set_ticket_id(ticket.id());
    request.mutable_update_ticket()->set_expected_version(ticket.version());
    protocol::Ticket fields = ticket;
    fields.set_subject("年结后期初余额与上年末不一致");
    *request.mutable_update_ticket()->mutable_ticket() = fields;
    test::expectOk(m_managerConnection, request, "update_ticket");

    auto* subject = dialog->findChild<QLineEdit*>(QStringLiteral("editSubject"));
    subject->setText(QStringLiteral("工程师的改法"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveTicketEditButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pane->editDialog() == nullptr, 10000);
    auto* messages = pane->findChild<ui::MessageBar*>(QStringLiteral("ticketMessages"));
    QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(pane->findChild<QLabel*>(QStringLiteral("ticketSubjectLabel"))->text(),
                              QStringLiteral("年结后期初余额与上年末不一致"), 10000);
    QCOMPARE(fetchTicket(m_engineerConnection, ticket.id()).subject(), std::string("年结后期初余额与上年末不一致"));
}

void TicketCorrectionTest::anAdministratorEditsTheTreeAndEveryDeskLearnsIt() {
    ui::ServiceLevelsView view(*m_admin);
    view.resize(1100, 760);
    view.show();
    view.showCategories();
    ui::TicketCategoryPanel& panel = view.categoryPanel();
    QVERIFY(panel.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(panel.categories().isLoaded() && panel.tree().topLevelItemCount() >= 15, 10000);

    panel.startNew(0);
    test::typeText(panel.findChild<QLineEdit*>(QStringLiteral("categoryNameZh")), QStringLiteral("金税盘/税控"));
    test::typeText(panel.findChild<QLineEdit*>(QStringLiteral("categoryNameEn")), QStringLiteral("Tax control devices"));
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("saveCategoryButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.tree().findItems(QStringLiteral("金税盘/税控"), Qt::MatchExactly).isEmpty(), 10000);

    // The engineer's desk hears of it (a push), and its pickers offer it.
    const auto engineerKnows = [this](const QString& name, bool active) {
        for (const auto& c : active ? m_engineerCategories->active() : m_engineerCategories->all()) {
            if (QString::fromStdString(c.name_zh()) == name) return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(engineerKnows(QStringLiteral("金税盘/税控"), true), 1500);

    // Retired: still known (old tickets show it), no longer offered.
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("retireCategoryButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.tree().findItems(QStringLiteral("金税盘/税控"), Qt::MatchExactly).value(0)->text(3),
                              QStringLiteral("Retired"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!engineerKnows(QStringLiteral("金税盘/税控"), true), 1500);
    QVERIFY(engineerKnows(QStringLiteral("金税盘/税控"), false));
    QComboBox picker;
    ui::CategoryCombo::fill(picker, *m_engineerCategories, 0, QStringLiteral("(none)"));
    QCOMPARE(picker.findText(QStringLiteral("Tax control devices"), Qt::MatchContains), -1);

    // A name already beside it is refused at the panel, with the server's reason.
    panel.startNew(0);
    test::typeText(panel.findChild<QLineEdit*>(QStringLiteral("categoryNameZh")), QStringLiteral("凭证"));
    test::typeText(panel.findChild<QLineEdit*>(QStringLiteral("categoryNameEn")), QStringLiteral("Vouchers again"));
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("saveCategoryButton")), Qt::LeftButton);
    auto* error = panel.findChild<QLabel*>(QStringLiteral("categoryError"));
    QTRY_VERIFY2_WITH_TIMEOUT(error->isVisible() && error->text().contains(QStringLiteral("already has this name")),
                              qPrintable(error->text() + QStringLiteral(" | ") +
                                         panel.findChild<QLineEdit*>(QStringLiteral("categoryNameZh"))->text()),
                              10000);
    if (const QByteArray dir = qgetenv("LAOKE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/ticket-categories.png"));
    }
}

void TicketCorrectionTest::theFirstResponderIsToldWhatOthersDo() {
    // The engineer took the call; the manager gives the ticket to someone and notes on it.
    ui::MainWindow window(*m_engineer, m_prompter, m_language);
    window.resize(1200, 760);
    window.show();
    ui::MessageBar* bar = window.alertBar();
    const protocol::Ticket ticket =
        test::openTicket(m_engineerConnection, m_sample.customer.id(), "报表打印不全", "printing", "normal", "hotline");
    const QString number = QString::fromStdString(ticket.number());
    const QString managerName = QString::fromStdString(m_managerConnection.currentUser().display_name());
    const protocol::Ticket assigned =
        test::actOn(m_managerConnection, ticket, "assign", test::userIdByName(m_adminConnection, "manager"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().startsWith(number), 1500);
    QVERIFY2(bar->text().contains(managerName) && bar->text().contains(QStringLiteral("gave it to")), qPrintable(bar->text()));

    protocol::Envelope note;
    note.mutable_add_ticket_note()->set_ticket_id(ticket.id());
    note.mutable_add_ticket_note()->set_note("已远程查看打印机设置");
    test::expectOk(m_managerConnection, note, "add_ticket_note");
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("已远程查看打印机设置")), 1500);

    // What the engineer does themselves is not news to them.
    bar->hideMessage();
    protocol::Envelope own;
    own.mutable_add_ticket_note()->set_ticket_id(ticket.id());
    own.mutable_add_ticket_note()->set_note("已告知客户");
    test::expectOk(m_engineerConnection, own, "add_ticket_note");
    QTest::qWait(800);
    QVERIFY2(!bar->isVisible(), qPrintable(bar->text()));
    Q_UNUSED(assigned);
}

QTEST_MAIN(TicketCorrectionTest)
#include "TicketCorrectionTest.moc"
