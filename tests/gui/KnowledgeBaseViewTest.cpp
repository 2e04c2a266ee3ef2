// The knowledge base on the desktop, against a real laoke-server with the demo articles:
// - the ticket form suggests articles for the symptom typed, with their reasons, without
//   taking the focus from the subject; an article marked "used" is linked to the ticket;
// - an article written from a resolved ticket (the editor prefilled from it) is linked to the
//   ticket and found by the knowledge base page's search;
// - an account manager reads but sees no button to write, edit or archive;
// - archiving (after the confirmation) takes an article out of the search;
// - two writers editing one article: the second is shown the conflict, nothing is lost.

#include "AssigneeListModel.h"
#include "CustomerTestData.h"
#include "GuiTestSupport.h"
#include "KbArticleDialog.h"
#include "KbArticleEditor.h"
#include "KbArticleReader.h"
#include "KbSearchModel.h"
#include "KbSuggestions.h"
#include "KnowledgeBaseView.h"
#include "LanguageManager.h"
#include "SampleCustomer.h"
#include "SampleTickets.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"
#include "TicketCategories.h"
#include "TicketFormDialog.h"
#include "TicketKbLinks.h"
#include "TicketKbSection.h"
#include "TicketListModel.h"
#include "TicketPane.h"
#include "TicketTableView.h"
#include "WorkbenchView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace laoke;

namespace {

std::vector<protocol::TicketKbLink> linksOf(client::Connection& connection, qint64 ticketId) {
    protocol::Envelope request;
    request.mutable_list_ticket_kb_articles()->set_ticket_id(ticketId);
    const protocol::Envelope reply = test::expectOk(connection, request, "list_ticket_kb_articles");
    const auto& links = reply.list_ticket_kb_articles_reply().links();
    return {links.begin(), links.end()};
}

protocol::KbArticle saveArticle(client::Connection& connection, const protocol::KbArticle& article) {
    protocol::Envelope request;
    *request.mutable_save_kb_article()->mutable_article() = article;
    return test::expectOk(connection, request, "save_kb_article").kb_article_reply().article();
}

bool listed(const QListWidget* list, const QString& title) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().section(QLatin1Char('\n'), 0, 0) == title) return true;
    }
    return false;
}

}  // namespace

class KnowledgeBaseViewTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theFormSuggestsArticlesAndLinksTheUsedOne();
    void anArticleWrittenFromAResolvedTicketIsFound();
    void anAccountManagerSeesNoWriteButtons();
    void archivingTakesAnArticleOutOfTheSearch();
    void aConcurrentEditShowsTheConflict();

private:
    std::unique_ptr<client::SessionModel> logIn(client::Connection& connection, const QString& user);

    QTemporaryDir m_settingsDir;
    ui::LanguageManager m_language;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<test::DemoServer> m_server;
    client::Connection m_adminConnection;
    client::Connection m_engineerConnection;
    client::Connection m_accountConnection;
    std::unique_ptr<client::SessionModel> m_admin;
    std::unique_ptr<client::SessionModel> m_engineer;
    std::unique_ptr<client::SessionModel> m_account;
    test::SampleCustomer m_sample;
    qint64 m_engineerId = 0;
};

std::unique_ptr<client::SessionModel> KnowledgeBaseViewTest::logIn(client::Connection& connection, const QString& user) {
    auto session = std::make_unique<client::SessionModel>(connection);
    if (!test::logIn(*session, *m_server, user)) return nullptr;
    return session;
}

void KnowledgeBaseViewTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    QVERIFY(m_language.apply(ui::LanguageManager::kEnglish));
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    m_admin = logIn(m_adminConnection, QStringLiteral("admin"));
    m_engineer = logIn(m_engineerConnection, QStringLiteral("engineer"));
    m_account = logIn(m_accountConnection, QStringLiteral("account"));
    QVERIFY(m_admin && m_engineer && m_account);
    try {
        const qint64 branch = test::branchIdByCode(m_adminConnection, "BJ");
        m_engineerId = test::userIdByName(m_adminConnection, "engineer");
        m_sample = test::createSampleCustomer(m_adminConnection, m_accountConnection, branch,
                                              test::userIdByName(m_adminConnection, "account"), 1);
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
}

void KnowledgeBaseViewTest::theFormSuggestsArticlesAndLinksTheUsedOne() {
    ui::WorkbenchView workbench(*m_engineer);
    workbench.resize(1200, 760);
    workbench.show();
    ui::TicketFormDialog* form = workbench.newTicket();
    form->chooseCustomer(m_sample.customer.id());
    QTRY_VERIFY_WITH_TIMEOUT(form->customerId() == m_sample.customer.id(), 10000);
    auto* subject = form->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(form));
    subject->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget() == subject, 5000);

    // The caller's words: the dongle article comes up with why it was suggested.
    test::typeText(subject, QStringLiteral("加密狗插上不识别，提示演示版"));
    const auto dongleArticle = [form]() -> const protocol::KbSuggestion* {
        for (const protocol::KbSuggestion& s : form->articleSuggestions().suggestions()) {
            if (QString::fromStdString(s.article().title()).contains(QStringLiteral("加密狗"))) return &s;
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(dongleArticle() != nullptr, 10000);
    const protocol::KbSuggestion suggestion = *dongleArticle();
    QVERIFY(suggestion.text_similarity_percent() > 0);
    const qint64 articleId = suggestion.article().id();
    QCheckBox* used = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((used = form->findChild<QCheckBox*>(QStringLiteral("useArticle_%1").arg(articleId))) != nullptr,
                             5000);
    QLabel* open = form->findChild<QLabel*>(QStringLiteral("openArticle_%1").arg(articleId));
    QVERIFY(open && open->isVisible());
    bool reasonShown = false;
    for (const QLabel* label : used->parentWidget()->findChildren<QLabel*>())
        reasonShown = reasonShown || label->text().contains(QStringLiteral("of the wording alike"));
    QVERIFY2(reasonShown, "each suggestion says why, in words");
    // The suggestions appeared under the typing: the subject still has the focus.
    QCOMPARE(QApplication::focusWidget(), subject);
    QCOMPARE(used->focusPolicy(), Qt::NoFocus);
    QCOMPARE(open->focusPolicy(), Qt::NoFocus);

    // Reading it opens the article beside the form.
    QTest::mouseClick(open, Qt::LeftButton, {}, QPoint(6, open->height() / 2));  // on the title's link
    ui::KbArticleDialog* reader = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((reader = form->findChild<ui::KbArticleDialog*>()) != nullptr, 5000);
    auto* solution = reader->findChild<QLabel*>(QStringLiteral("kbArticleSolution"));
    QTRY_VERIFY_WITH_TIMEOUT(!solution->text().isEmpty(), 10000);
    QVERIFY(reader->findChild<QLabel*>(QStringLiteral("kbArticleFacts"))->text().contains(QStringLiteral("Product line")));
    reader->close();
    form->activateWindow();  // back to the form, as the window manager does when the reader closes
    QVERIFY(QTest::qWaitForWindowActive(form));

    QTest::mouseClick(used, Qt::LeftButton);
    QVERIFY(used->isChecked());
    QCOMPARE(form->usedArticles(), QList<qint64>{articleId});
    qint64 ticketId = 0;
    connect(form, &ui::TicketFormDialog::ticketCreated, this,
            [&ticketId](const protocol::TicketReply& reply) { ticketId = reply.ticket().id(); });
    QPointer<ui::TicketFormDialog> guard(form);
    QTest::keyClick(subject, Qt::Key_Return, Qt::ControlModifier);
    // The form closes once the ticket exists and the article is linked to it.
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
    QVERIFY(ticketId != 0);
    const auto links = linksOf(m_engineerConnection, ticketId);
    QCOMPARE(links.size(), std::size_t{1});
    QCOMPARE(links.front().article().id(), articleId);

    // The ticket pane lists it as linked and no longer suggests it.
    workbench.pane().showTicket(ticketId);
    ui::TicketKbSection& kb = workbench.pane().knowledge();
    QTRY_COMPARE_WITH_TIMEOUT(kb.links().links().size(), std::size_t{1}, 10000);
    QVERIFY(kb.findChild<QPushButton*>(QStringLiteral("linkArticle_%1").arg(articleId)) == nullptr);
}

void KnowledgeBaseViewTest::anArticleWrittenFromAResolvedTicketIsFound() {
    const qint64 category = test::categoryIdByCode(m_engineerConnection, "month_end");
    // A ticket about the customer's U8+ installation.
    protocol::Envelope create;
    protocol::Ticket* draft = create.mutable_create_ticket()->mutable_ticket();
    draft->set_customer_id(m_sample.customer.id());
    draft->set_installed_product_id(m_sample.current.id());
    draft->set_category_id(category);
    draft->set_channel("hotline");
    draft->set_priority("normal");
    draft->set_subject("打印凭证时金额栏整体右移");
    protocol::Ticket ticket = test::expectOk(m_engineerConnection, create, "create_ticket").ticket_reply().ticket();
    ticket = test::actOn(m_engineerConnection, ticket, "assign", m_engineerId);
    ticket = test::actOn(m_engineerConnection, ticket, "start");
    ticket = test::actOn(m_engineerConnection, ticket, "resolve", 0, "打印设置里把左边距改为 15 毫米后重新预览");

    ui::WorkbenchView workbench(*m_engineer);
    workbench.resize(1200, 760);
    workbench.show();
    // The list selects its most urgent ticket when it loads; choose the resolved one after that.
    QTRY_VERIFY_WITH_TIMEOUT(workbench.model().isLoaded(), 10000);
    workbench.table().selectTicket(ticket.id());
    workbench.pane().showTicket(ticket.id());
    QTRY_VERIFY_WITH_TIMEOUT(workbench.pane().model().isLoaded() && workbench.pane().model().ticketId() == ticket.id(), 10000);
    ui::TicketKbSection& kb = workbench.pane().knowledge();
    auto* write = kb.findChild<QPushButton*>(QStringLiteral("writeArticleButton"));
    QTRY_VERIFY_WITH_TIMEOUT(write->isVisible(), 10000);
    QTest::mouseClick(write, Qt::LeftButton);
    ui::KbArticleEditor* editor = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((editor = workbench.findChild<ui::KbArticleEditor*>()) != nullptr, 10000);

    // Prefilled from the ticket: its subject, category, product line and solution.
    const qint64 u8 = test::catalogueLine(m_engineerConnection, "u8plus").id();
    QTRY_COMPARE_WITH_TIMEOUT(editor->findChild<QComboBox*>(QStringLiteral("productLineCombo"))->currentData().toLongLong(), u8,
                              5000);
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text(), QStringLiteral("打印凭证时金额栏整体右移"));
    QTRY_COMPARE_WITH_TIMEOUT(editor->findChild<QComboBox*>(QStringLiteral("categoryCombo"))->currentData().toLongLong(),
                              category, 5000);
    QCOMPARE(editor->findChild<QPlainTextEdit*>(QStringLiteral("solutionEdit"))->toPlainText(),
             QStringLiteral("打印设置里把左边距改为 15 毫米后重新预览"));
    QVERIFY(editor->findChild<QPlainTextEdit*>(QStringLiteral("symptomEdit"))->toPlainText().startsWith(
        QStringLiteral("打印凭证时金额栏整体右移")));
    test::typeText(editor->findChild<QPlainTextEdit*>(QStringLiteral("causeEdit")), QStringLiteral("新换的针式打印机进纸位置不同"));
    QPointer<ui::KbArticleEditor> guard(editor);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveArticleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);

    // Linked to the ticket it came from, written for the product line of the ticket's product ...
    QTRY_COMPARE_WITH_TIMEOUT(kb.links().links().size(), std::size_t{1}, 10000);
    QCOMPARE(kb.links().links().front().article().title(), std::string("打印凭证时金额栏整体右移"));
    QCOMPARE(kb.links().links().front().article().product_line_id(), u8);
    // ... and found by the next engineer who searches for the symptom.
    ui::KnowledgeBaseView page(*m_engineer, m_prompter);
    page.show();
    page.searchFor(QStringLiteral("金额栏 右移"));
    QTRY_VERIFY_WITH_TIMEOUT(listed(page.resultList(), QStringLiteral("打印凭证时金额栏整体右移")), 10000);
    page.resultList()->setCurrentRow(0);
    auto* cause = page.reader()->findChild<QLabel*>(QStringLiteral("kbArticleCause"));
    QTRY_COMPARE_WITH_TIMEOUT(cause->text(), QStringLiteral("新换的针式打印机进纸位置不同"), 10000);
}

void KnowledgeBaseViewTest::anAccountManagerSeesNoWriteButtons() {
    ui::KnowledgeBaseView page(*m_account, m_prompter);
    page.show();
    page.searchFor(QStringLiteral("加密狗"));
    QTRY_VERIFY_WITH_TIMEOUT(page.resultList()->count() > 0, 10000);
    page.resultList()->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(!page.reader()->findChild<QLabel*>(QStringLiteral("kbArticleSolution"))->text().isEmpty(), 10000);
    for (const char* name : {"newArticleButton", "editArticleButton", "archiveArticleButton"}) {
        auto* button = page.findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(button && !button->isVisible(), name);
    }
    QVERIFY(page.newArticle() == nullptr);
    QVERIFY(page.editArticle() == nullptr);
    QVERIFY(!page.archiveArticle());

    // On a ticket the account manager may link an article (they took the call) but not write one.
    const protocol::Ticket ticket = test::openTicket(m_accountConnection, m_sample.customer.id(), "客户问加密狗怎么换", "");
    ui::TicketPane pane(m_accountConnection, *new client::TicketCategories(m_accountConnection, &page),
                        *new client::AssigneeListModel(m_accountConnection, &page));
    pane.show();
    pane.showTicket(ticket.id());
    QTRY_VERIFY_WITH_TIMEOUT(pane.model().isLoaded(), 10000);
    QVERIFY(!pane.knowledge().findChild<QPushButton*>(QStringLiteral("writeArticleButton"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.knowledge().suggestions().suggestions().empty(), 10000);
    const qint64 suggested = pane.knowledge().suggestions().suggestions().front().article().id();
    QPushButton* link = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((link = pane.knowledge().findChild<QPushButton*>(QStringLiteral("linkArticle_%1").arg(suggested))) !=
                                 nullptr,
                             5000);
    QTest::mouseClick(link, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pane.knowledge().links().links().size(), std::size_t{1}, 10000);
    QCOMPARE(linksOf(m_accountConnection, ticket.id()).front().article().id(), suggested);
}

void KnowledgeBaseViewTest::archivingTakesAnArticleOutOfTheSearch() {
    protocol::KbArticle article;
    article.set_title("旧版补丁导致总账菜单消失");
    article.set_symptom("安装旧补丁后总账菜单不见了");
    article.set_solution("卸载补丁，安装最新累积补丁包");
    const protocol::KbArticle saved = saveArticle(m_engineerConnection, article);

    ui::KnowledgeBaseView page(*m_engineer, m_prompter);
    page.show();
    page.searchFor(QStringLiteral("累积补丁包"));
    QTRY_COMPARE_WITH_TIMEOUT(page.resultList()->count(), 1, 10000);
    page.resultList()->setCurrentRow(0);
    auto* archive = page.findChild<QPushButton*>(QStringLiteral("archiveArticleButton"));
    QTRY_VERIFY_WITH_TIMEOUT(archive->isVisible() && archive->isEnabled(), 10000);

    // Asked first; saying no changes nothing.
    m_prompter.confirmAnswer = false;
    m_prompter.confirmations.clear();
    QTest::mouseClick(archive, Qt::LeftButton);
    QCOMPARE(m_prompter.confirmations.size(), 1);
    QVERIFY(m_prompter.confirmations.front().contains(QStringLiteral("旧版补丁导致总账菜单消失")));
    page.searchFor(QStringLiteral("累积补丁包"));
    QTest::qWait(300);
    QTRY_COMPARE_WITH_TIMEOUT(page.resultList()->count(), 1, 10000);

    m_prompter.confirmAnswer = true;
    const QString archiveText = archive->text();
    QTest::mouseClick(archive, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page.resultList()->count(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page.reader()->article().archived(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(archive->isEnabled() && archive->text() != archiveText, 5000);  // now it restores
    page.searchFor(QStringLiteral("总账菜单"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.results().isLoading(), 10000);
    QVERIFY(!listed(page.resultList(), QStringLiteral("旧版补丁导致总账菜单消失")));

    // Archived by mistake: one click (nothing to confirm) restores it, and searches find it again.
    m_prompter.confirmations.clear();
    QTest::mouseClick(archive, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.reader()->article().archived(), 5000);
    QVERIFY(m_prompter.confirmations.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(archive->text(), archiveText, 5000);
    page.searchFor(QStringLiteral("总账菜单"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.results().isLoading(), 10000);
    QVERIFY(listed(page.resultList(), QStringLiteral("旧版补丁导致总账菜单消失")));
    Q_UNUSED(saved);
}

void KnowledgeBaseViewTest::aConcurrentEditShowsTheConflict() {
    protocol::KbArticle article;
    article.set_title("发票接口上传失败提示证书过期");
    article.set_symptom("上传发票时提示证书过期");
    article.set_solution("更新税控证书");
    const protocol::KbArticle saved = saveArticle(m_engineerConnection, article);

    ui::KnowledgeBaseView page(*m_engineer, m_prompter);
    page.show();
    page.searchFor(QStringLiteral("证书过期"));
    QTRY_VERIFY_WITH_TIMEOUT(listed(page.resultList(), QStringLiteral("发票接口上传失败提示证书过期")), 10000);
    for (int row = 0; row < page.resultList()->count(); ++row) {
        if (page.resultList()->item(row)->text().startsWith(QStringLiteral("发票接口上传失败"))) page.resultList()->setCurrentRow(row);
    }
    QTRY_COMPARE_WITH_TIMEOUT(page.reader()->article().id(), saved.id(), 10000);
    ui::KbArticleEditor* editor = page.editArticle();
    QVERIFY(editor);

    // Meanwhile the branch manager improves the solution.
    client::Connection managerConnection;
    const auto manager = logIn(managerConnection, QStringLiteral("manager"));
    QVERIFY(manager);
    protocol::KbArticle theirs = saved;
    theirs.set_solution("在开票软件里更新税控证书，然后重新上传");
    saveArticle(managerConnection, theirs);

    auto* solution = editor->findChild<QPlainTextEdit*>(QStringLiteral("solutionEdit"));
    solution->setPlainText(QStringLiteral("更新税控证书并重启开票服务"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveArticleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->conflictPanel()->isVisible(), 10000);
    QCOMPARE(editor->conflictPanel()->differingFields(), QStringList{QStringLiteral("Solution")});
    QVERIFY(editor->isVisible());

    // Keep editing: the next save replaces theirs knowingly.
    QTest::mouseClick(editor->conflictPanel()->findChild<QPushButton*>(QStringLiteral("keepEditingButton")), Qt::LeftButton);
    QPointer<ui::KbArticleEditor> guard(editor);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveArticleButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page.reader()->article().solution(), std::string("更新税控证书并重启开票服务"), 10000);
}

QTEST_MAIN(KnowledgeBaseViewTest)
#include "KnowledgeBaseViewTest.moc"
