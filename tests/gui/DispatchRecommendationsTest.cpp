// Dispatch by skill on the branch manager's board, against a real laoke-server: the manager
// records the engineer's product line and home city in the skills dialog, the engineer list
// shows it, and for a new ticket on that product the recommendation puts the engineer first
// with the reason in words; one click on it assigns the ticket.

#include "AssigneeListModel.h"
#include "Connection.h"
#include "CustomerTestData.h"
#include "DeskSessions.h"
#include "DispatchBoardView.h"
#include "DispatchRecommendations.h"
#include "EngineerProfileDialog.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "RecommendationPanel.h"
#include "SampleCustomer.h"
#include "SessionModel.h"
#include "TicketListModel.h"
#include "TicketTableView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace laoke;

class DispatchRecommendationsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theSkilledEngineerIsRecommendedAndAssignedInOneClick();

private:
    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    std::unique_ptr<test::DemoServer> m_server;
    test::DeskSessions m_desk;
};

void DispatchRecommendationsTest::initTestCase()
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

void DispatchRecommendationsTest::theSkilledEngineerIsRecommendedAndAssignedInOneClick()
{
    ui::DispatchBoardView board(*m_desk.manager);
    board.resize(1400, 900);
    board.show();
    QTRY_VERIFY_WITH_TIMEOUT(board.assignees().isLoaded() && board.assignees().rowOfUser(m_desk.engineerId) >= 0, 10000);

    // The manager opens the engineer's skills and adds the customer's product line.
    board.engineerList().setCurrentIndex(board.assignees().index(board.assignees().rowOfUser(m_desk.engineerId)));
    QTest::mouseClick(board.findChild<QPushButton*>(QStringLiteral("editSkillsButton")), Qt::LeftButton);
    ui::EngineerProfileDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = board.findChild<ui::EngineerProfileDialog*>()) != nullptr, 5000);
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton"));
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);  // profile and catalogue loaded
    test::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("homeCityEdit")), QStringLiteral("北京"));
    dialog->addSkill(m_desk.sample.currentVersion.product_line_id(), 0, true);
    QCOMPARE(qobject_cast<QComboBox*>(dialog->skillsTable()->cellWidget(0, 0))->currentData().toLongLong(),
             m_desk.sample.currentVersion.product_line_id());
    QPointer<ui::EngineerProfileDialog> guard(dialog);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);

    // The engineer list says what they handle, certified.
    QTRY_VERIFY_WITH_TIMEOUT(board.assignees()
                                 .index(board.assignees().rowOfUser(m_desk.engineerId))
                                 .data(Qt::DisplayRole)
                                 .toString()
                                 .contains(QStringLiteral("✓")),
                             5000);

    // A ticket about the customer's installed product arrives.
    protocol::Envelope create;
    auto* t = create.mutable_create_ticket()->mutable_ticket();
    t->set_customer_id(m_desk.sample.customer.id());
    t->set_channel("hotline");
    t->set_installed_product_id(m_desk.sample.current.id());
    t->set_priority("normal");
    t->set_subject("凭证审核后无法记账");
    const protocol::Envelope created = test::expectOk(m_desk.engineerConnection, create, "create_ticket");
    const qint64 ticketId = created.ticket_reply().ticket().id();
    QTRY_VERIFY_WITH_TIMEOUT(board.model().rowOfTicket(ticketId) >= 0, 5000);

    // Choosing it ranks the people: the engineer first, and why.
    board.unassignedTable().selectTicket(ticketId);
    ui::RecommendationPanel& panel = board.recommendations();
    QTRY_VERIFY_WITH_TIMEOUT(panel.model().isLoaded() && !panel.model().ranked().empty(), 10000);
    QCOMPARE(panel.model().ranked().front().user_id(), m_desk.engineerId);
    QLabel* reasons = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reasons = panel.findChild<QFrame*>(QStringLiteral("recommendation0"))
                                            ? panel.findChild<QFrame*>(QStringLiteral("recommendation0"))
                                                  ->findChild<QLabel*>(QStringLiteral("recommendationReasons"))
                                            : nullptr) != nullptr,
                             5000);
    QVERIFY2(reasons->text().contains(QStringLiteral("knows the product")) && reasons->text().contains(QStringLiteral("certified")),
             qPrintable(reasons->text()));

    // One click assigns it to them.
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("recommendAssign0")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(board.model().ticketAt(board.model().rowOfTicket(ticketId)).assignee_id(), m_desk.engineerId, 5000);
    protocol::Envelope get;
    get.mutable_get_ticket()->set_ticket_id(ticketId);
    QCOMPARE(test::expectOk(m_desk.managerConnection, get, "get_ticket").ticket_reply().ticket().assignee_id(), m_desk.engineerId);
}

QTEST_MAIN(DispatchRecommendationsTest)
#include "DispatchRecommendationsTest.moc"
