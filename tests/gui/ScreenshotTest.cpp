// Renders the main screens in Chinese and English to PNG files (LAOKE_SHOT_DIR, default
// /tmp/laoke-shots) so people can look at them: login, certificate dialogs, the customer
// list, a customer's 360 window with its edit and log-activity dialogs, the user and branch
// administration, a user dialog, My account and the settings, the engineer's workbench, the
// new-ticket form with a caller found and categories and articles suggested, the knowledge
// base page with an article and its editor, the dispatch board with its recommendations, and
// the callback queue with a call being recorded and the complaints a manager handles. It
// also checks that the Chinese screens really show Chinese text. The customers and tickets
// are created through the protocol.

#include "AssigneeListModel.h"
#include "CallbackQueueModel.h"
#include "CallbacksView.h"
#include "ComplaintListModel.h"
#include "BranchAdminView.h"
#include "BranchListModel.h"
#include "Connection.h"
#include "ActivityEditDialog.h"
#include "CreateUserDialog.h"
#include "Customer360Window.h"
#include "CustomerEditDialog.h"
#include "CustomerListModel.h"
#include "CustomerListView.h"
#include "CustomerTestData.h"
#include "CustomerWindows.h"
#include "DispatchBoardView.h"
#include "DutyRosterView.h"
#include "RosterModel.h"
#include "GuiTestSupport.h"
#include "KbArticleEditor.h"
#include "KbArticleReader.h"
#include "KbSearchModel.h"
#include "KbSuggestions.h"
#include "KnowledgeBaseView.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SampleCustomer.h"
#include "SampleTickets.h"
#include "TicketCategoryPanel.h"
#include "TicketEditDialog.h"
#include "ScriptedPrompter.h"
#include "SessionModel.h"
#include "TicketKbLinks.h"
#include "TicketKbSection.h"
#include "ServiceLevelsModel.h"
#include "ServiceLevelsView.h"
#include "ServiceReportModel.h"
#include "ServiceReportsView.h"
#include "SettingsDialog.h"
#include "TicketFormDialog.h"
#include "TicketListModel.h"
#include "TicketPane.h"
#include "TicketTableView.h"
#include "TodayRoutePanel.h"
#include "VisitSection.h"
#include "TrustCertificateDialog.h"
#include "UserAdminView.h"
#include "UserListModel.h"
#include "WorkbenchView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QTabWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

#include <pqxx/pqxx>

using namespace laoke;
using Page = ui::MainWindow::Page;

class ScreenshotTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void screens_data();
    void screens();

private:
    void save(QWidget* widget, const QString& name);
    void customerScreens(ui::MainWindow& window, const QString& language, bool chinese);
    void serviceDeskScreens(const QString& language, bool chinese);
    void callbackScreens(ui::MainWindow& managerWindow, const QString& language, bool chinese);
    void rosterScreens(ui::MainWindow& managerWindow, const QString& language);
    void reportScreens(ui::MainWindow& managerWindow, const QString& language);
    void loadPastHotlineTickets();

    QTemporaryDir m_settingsDir;
    qint64 m_sampleCustomerId = 0;
    test::SampleCustomer m_sampleCustomer;
    std::unique_ptr<test::DemoServer> m_server;
    test::ScriptedPrompter m_prompter;
    ui::LanguageManager m_language;
    QDir m_shots;
    bool m_rosterHistory = false;
};

void ScreenshotTest::initTestCase() {
    test::setUpGuiTest(m_settingsDir);
    m_shots.setPath(qEnvironmentVariable("LAOKE_SHOT_DIR", QStringLiteral("/tmp/laoke-shots")));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
    try {
        m_server = std::make_unique<test::DemoServer>();
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    // A Beijing branch's customer book, created as its account manager would.
    client::Connection adminConnection;
    client::SessionModel admin(adminConnection);
    QVERIFY(test::logIn(admin, *m_server, QStringLiteral("admin")));
    const qint64 branch = test::branchIdByCode(adminConnection, "BJ");
    const qint64 owner = test::userIdByName(adminConnection, "account");
    client::Connection accountConnection;
    client::SessionModel account(accountConnection);
    QVERIFY(test::logIn(account, *m_server, QStringLiteral("account")));
    m_sampleCustomer = test::createSampleCustomer(adminConnection, accountConnection, branch, owner, 8);
    m_sampleCustomerId = m_sampleCustomer.customer.id();
    test::createSampleBook(adminConnection, accountConnection, branch, owner);
    client::Connection engineerConnection;
    client::SessionModel engineer(engineerConnection);
    QVERIFY(test::logIn(engineer, *m_server, QStringLiteral("engineer")));
    // Every resolved sample ticket waits for a callback; one customer was unhappy (a complaint).
    test::setCallbackSample(adminConnection, 100);
    const qint64 engineerId = test::userIdByName(adminConnection, "engineer");
    test::createSampleTickets(engineerConnection, engineerId, m_sampleCustomerId);
    protocol::Envelope queue;
    queue.mutable_list_callbacks();
    const protocol::Envelope waiting = test::expectOk(adminConnection, queue, "list_callbacks");  // the engineer solved them
    QVERIFY(waiting.list_callbacks_reply().callbacks_size() >= 2);
    protocol::Envelope call;
    call.mutable_record_callback()->set_callback_id(waiting.list_callbacks_reply().callbacks(0).id());
    call.mutable_record_callback()->set_expected_version(waiting.list_callbacks_reply().callbacks(0).version());
    call.mutable_record_callback()->set_outcome("reached");
    call.mutable_record_callback()->set_satisfaction(2);
    call.mutable_record_callback()->set_comment("问题是解决了，但是等了两天才有人回电话");
    test::expectOk(adminConnection, call, "record_callback");

    // Today's route: a morning visit to another customer of the book and an afternoon one here.
    protocol::Envelope search;
    search.mutable_search_customers()->set_page_size(5);
    const protocol::Envelope found = test::expectOk(accountConnection, search, "search_customers");
    qint64 other = 0;
    for (const auto& row : found.search_customers_reply().rows()) {
        if (row.id() != m_sampleCustomerId && other == 0) other = row.id();
    }
    QVERIFY(other != 0);
    const auto bookToday = [&](qint64 customerId, const std::string& subject, const std::string& category, QTime at, int minutes) {
        protocol::Ticket t = test::openTicket(engineerConnection, customerId, subject, category, "high");
        t = test::actOn(engineerConnection, t, "assign", engineerId);
        protocol::Envelope book;
        auto* visit = book.mutable_save_appointment()->mutable_appointment();
        visit->set_ticket_id(t.id());
        visit->set_engineer_id(engineerId);
        visit->set_starts_at_unix(QDateTime(QDate::currentDate(), at).toSecsSinceEpoch());
        visit->set_duration_minutes(minutes);
        visit->set_note("找财务主管王芳，带加密狗驱动光盘");
        test::expectOk(engineerConnection, book, "save_appointment");
    };
    bookToday(other, "加密狗不识别，远程无法解决", "licence.dongle", QTime(9, 30), 90);
    bookToday(m_sampleCustomerId, "换新服务器后账套迁移", "installation.migration", QTime(14, 0), 180);
}

void ScreenshotTest::save(QWidget* widget, const QString& name) {
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    QTest::qWait(50);
    const QString path = m_shots.filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void ScreenshotTest::screens_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << ui::LanguageManager::kChinese;
    QTest::newRow("en") << ui::LanguageManager::kEnglish;
}

void ScreenshotTest::screens() {
    QFETCH(QString, language);
    QVERIFY(m_language.apply(language));
    const bool chinese = language == ui::LanguageManager::kChinese;
    const QString address = m_server->address().toString();

    client::Connection connection;
    client::SessionModel session(connection);
    {
        ui::LoginDialog login(session, m_prompter);
        login.setServer(address);
        login.setUsername(QStringLiteral("admin"));
        QCOMPARE(login.findChild<QPushButton*>(QStringLiteral("loginButton"))->text(),
                 chinese ? QStringLiteral("登录") : QStringLiteral("Log in"));
        save(&login, QStringLiteral("login_") + language);
    }
    {
        ui::TrustCertificateDialog first({address, m_server->fingerprint(), QString()},
                                         ui::TrustCertificateDialog::Mode::FirstUse);
        save(&first, QStringLiteral("trust_first_use_") + language);
        const QString pinned = QStringLiteral("3F:").repeated(31) + QStringLiteral("3F");
        ui::TrustCertificateDialog changed({address, m_server->fingerprint(), pinned},
                                           ui::TrustCertificateDialog::Mode::Changed);
        save(&changed, QStringLiteral("trust_changed_") + language);
    }

    QVERIFY(test::logIn(session, *m_server, QStringLiteral("admin")));
    ui::MainWindow window(session, m_prompter, m_language);
    window.resize(1200, 760);
    window.show();
    auto* users = qobject_cast<ui::UserAdminView*>(window.pageWidget(Page::Users));
    QVERIFY(users);
    QTRY_COMPARE_WITH_TIMEOUT(users->model().rowCount(), 4, 15000);
    QVERIFY(users->selectUser(users->model().userAt(0).id()));
    QVERIFY(window.showPage(Page::Users));
    const QString role = users->findChild<QTableView*>(QStringLiteral("userTable"))
                             ->model()->index(0, client::UserListModel::RoleColumn).data().toString();
    QVERIFY2(chinese == role.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(role));
    save(&window, QStringLiteral("main_users_") + language);

    QTest::mouseClick(users->findChild<QPushButton*>(QStringLiteral("newUserButton")), Qt::LeftButton);
    auto* create = users->findChild<ui::CreateUserDialog*>(QStringLiteral("createUserDialog"));
    QVERIFY(create);
    QTRY_VERIFY(create->findChild<QComboBox*>(QStringLiteral("branchCombo"))->count() > 0);
    QTest::keyClicks(create->findChild<QLineEdit*>(QStringLiteral("usernameEdit")), QStringLiteral("Zhang"));
    save(create, QStringLiteral("create_user_") + language);
    create->reject();

    QVERIFY(window.showPage(Page::Branches));
    auto* branches = qobject_cast<ui::BranchAdminView*>(window.pageWidget(Page::Branches));
    QTRY_VERIFY_WITH_TIMEOUT(!branches->model().isLoading() && branches->model().rowCount() > 0, 15000);
    save(&window, QStringLiteral("main_branches_") + language);
    QVERIFY(window.showPage(Page::ServiceLevels));
    auto* levels = qobject_cast<ui::ServiceLevelsView*>(window.pageWidget(Page::ServiceLevels));
    QTRY_VERIFY_WITH_TIMEOUT(levels->model().isLoaded() && levels->model().year().days_size() > 0, 15000);
    save(&window, QStringLiteral("service_levels_") + language);
    levels->showCalendar(2026);
    QTRY_VERIFY_WITH_TIMEOUT(levels->model().year().year() == 2026 && levels->model().year().days_size() > 0, 15000);
    save(&window, QStringLiteral("service_calendar_") + language);
    levels->showCategories();
    QTRY_VERIFY_WITH_TIMEOUT(levels->categoryPanel().tree().topLevelItemCount() >= 15, 15000);
    levels->categoryPanel().select(test::categoryIdByCode(connection, "month_end.unposted"));
    const QString header = levels->categoryPanel().tree().headerItem()->text(3);
    QVERIFY2(chinese == header.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(header));
    save(&window, QStringLiteral("ticket_categories_") + language);
    QVERIFY(window.showPage(Page::MyAccount));
    save(&window, QStringLiteral("main_account_") + language);

    ui::SettingsDialog settings(m_language);
    settings.setCurrentTab(ui::SettingsDialog::SecurityTab);
    save(&settings, QStringLiteral("settings_") + language);

    customerScreens(window, language, chinese);
    serviceDeskScreens(language, chinese);
}

void ScreenshotTest::customerScreens(ui::MainWindow& window, const QString& language, bool chinese) {
    // A common laptop screen: the list is a screen people keep open all day.
    window.resize(1440, 860);
    QVERIFY(window.showPage(Page::Customers));
    auto* list = qobject_cast<ui::CustomerListView*>(window.pageWidget(Page::Customers));
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->model().isCurrent() && !list->model().isLoading(), 20000);
    QVERIFY(list->model().rowCount() >= 13);
    const QString header = list->model().headerData(client::CustomerListModel::NameColumn, Qt::Horizontal).toString();
    QCOMPARE(header, chinese ? QStringLiteral("客户名称") : QStringLiteral("Customer name"));
    const QString status = list->model().index(0, client::CustomerListModel::StatusColumn).data().toString();
    QVERIFY2(chinese == status.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(status));
    save(&window, QStringLiteral("main_customers_") + language);

    // Search as you type, by pinyin-free Chinese: the list narrows.
    auto* search = list->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    test::typeText(search, QStringLiteral("北京"));
    QTRY_VERIFY_WITH_TIMEOUT(list->model().isCurrent() && !list->model().isLoading() &&
                                 list->model().filter().text() == "北京",
                             20000);
    save(&window, QStringLiteral("main_customers_search_") + language);
    search->clear();

    ui::Customer360Window* customer = list->windows().open(m_sampleCustomerId);
    customer->resize(1320, 840);
    QTRY_VERIFY_WITH_TIMEOUT(customer->model().isLoaded(), 20000);
    save(customer, QStringLiteral("customer_360_") + language);

    customer->logActivity();
    auto* activity = customer->findChild<ui::ActivityEditDialog*>(QStringLiteral("activityEditDialog"));
    QVERIFY(activity);
    test::typeText(activity->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit")),
                     QStringLiteral("客户来电：年结后报表取数异常，已远程处理。"));
    save(activity, QStringLiteral("log_activity_") + language);
    activity->reject();

    customer->editCustomer();
    auto* edit = customer->findChild<ui::CustomerEditDialog*>(QStringLiteral("customerEditDialog"));
    QVERIFY(edit);
    auto* credit = edit->findChild<QLineEdit*>(QStringLiteral("creditCodeEdit"));
    credit->selectAll();
    QTest::keyClicks(credit, QStringLiteral("91110108MA01"));  // half typed: the inline message shows
    auto* location = edit->findChild<QLineEdit*>(QStringLiteral("locationEdit"));
    location->selectAll();
    QTest::keyClicks(location, QStringLiteral("116.310316,39.992861"));  // as a map's picker gives it
    save(edit, QStringLiteral("customer_edit_") + language);
    edit->reject();
    customer->close();
}

void ScreenshotTest::serviceDeskScreens(const QString& language, bool chinese) {
    // The engineer's day: their tickets, and a hotline call being logged.
    client::Connection engineerConnection;
    client::SessionModel engineer(engineerConnection);
    QVERIFY(test::logIn(engineer, *m_server, QStringLiteral("engineer")));
    ui::MainWindow engineerWindow(engineer, m_prompter, m_language);
    engineerWindow.resize(1440, 860);
    auto* workbench = qobject_cast<ui::WorkbenchView*>(engineerWindow.pageWidget(Page::Workbench));
    QVERIFY(workbench);
    QTRY_VERIFY_WITH_TIMEOUT(workbench->model().isLoaded() && workbench->pane().model().isLoaded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->pane().knowledge().suggestions().suggestions().empty(), 20000);
    const QString state = workbench->model().index(0, client::TicketListModel::StateColumn).data().toString();
    QVERIFY2(chinese == state.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(state));
    auto* route = workbench->findChild<ui::TodayRoutePanel*>();
    QVERIFY(route);
    QTRY_COMPARE_WITH_TIMEOUT(route->model().rowCount(), 2, 30000);
    save(&engineerWindow, QStringLiteral("workbench_") + language);
    // The first visit of the route chosen: its ticket with the visit beside.
    route->table()->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(workbench->pane().visits()->model().rowCount() == 1, 30000);
    save(&engineerWindow, QStringLiteral("workbench_route_") + language);

    ui::TicketFormDialog* form = workbench->newTicket();
    test::typeText(form->findChild<QLineEdit*>(QStringLiteral("callerSearchEdit")), QStringLiteral("01012345"));
    auto* results = form->findChild<QListWidget*>(QStringLiteral("callerResultsList"));
    QTRY_VERIFY_WITH_TIMEOUT(results->isVisible() && results->count() > 0, 20000);
    QTest::keyClick(form->findChild<QLineEdit*>(QStringLiteral("callerSearchEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(form->customerId() == m_sampleCustomerId, 20000);
    test::typeText(form->findChild<QLineEdit*>(QStringLiteral("subjectEdit")), QStringLiteral("月末结账时提示凭证未审核"));
    QTRY_COMPARE_WITH_TIMEOUT(form->findChild<QLabel*>(QStringLiteral("suggestedLabel"))->text(),
                              chinese ? QStringLiteral("相似工单建议：") : QStringLiteral("Like similar tickets:"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(form->findChild<QListWidget*>(QStringLiteral("briefTicketsList"))->count() > 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!form->articleSuggestions().suggestions().empty(), 20000);
    form->setArticleUsed(form->articleSuggestions().suggestions().front().article().id(), true);
    save(form, QStringLiteral("ticket_form_") + language);
    form->reject();

    // The knowledge base page: a search, an article, and the editor.
    QVERIFY(engineerWindow.showPage(Page::KnowledgeBase));
    auto* knowledge = qobject_cast<ui::KnowledgeBaseView*>(engineerWindow.pageWidget(Page::KnowledgeBase));
    QVERIFY(knowledge);
    knowledge->searchFor(QStringLiteral("结账"));
    QTRY_VERIFY_WITH_TIMEOUT(!knowledge->results().isLoading() && knowledge->resultList()->count() > 3, 20000);
    knowledge->resultList()->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(knowledge->reader()->article().id() != 0, 20000);
    save(&engineerWindow, QStringLiteral("knowledge_base_") + language);
    ui::KbArticleEditor* editor = knowledge->editArticle();
    QVERIFY(editor);
    save(editor, QStringLiteral("kb_article_editor_") + language);
    editor->reject();

    // The branch manager's board.
    client::Connection managerConnection;
    client::SessionModel manager(managerConnection);
    QVERIFY(test::logIn(manager, *m_server, QStringLiteral("manager")));
    ui::MainWindow managerWindow(manager, m_prompter, m_language);
    managerWindow.resize(1440, 860);
    auto* board = qobject_cast<ui::DispatchBoardView*>(managerWindow.pageWidget(Page::DispatchBoard));
    QVERIFY(board);
    QTRY_VERIFY_WITH_TIMEOUT(board->model().isLoaded() && board->assignees().isLoaded(), 20000);
    board->unassignedTable().selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(board->pane().model().isLoaded(), 20000);
    save(&managerWindow, QStringLiteral("dispatch_board_") + language);
    // Correcting the selected ticket (a manager may also change its priority).
    QTest::mouseClick(board->pane().findChild<QPushButton*>(QStringLiteral("editTicketButton")), Qt::LeftButton);
    ui::TicketEditDialog* correction = board->pane().editDialog();
    QVERIFY(correction);
    QTRY_VERIFY_WITH_TIMEOUT(correction->findChild<QComboBox*>(QStringLiteral("editContact"))->isEnabled(), 20000);
    save(correction, QStringLiteral("ticket_correct_") + language);
    correction->reject();
    callbackScreens(managerWindow, language, chinese);
    rosterScreens(managerWindow, language);
    reportScreens(managerWindow, language);
}

void ScreenshotTest::callbackScreens(ui::MainWindow& managerWindow, const QString& language, bool chinese) {
    auto* view = qobject_cast<ui::CallbacksView*>(managerWindow.pageWidget(Page::Callbacks));
    QVERIFY(view && view->complaints());
    QVERIFY(managerWindow.showPage(Page::Callbacks));
    QTRY_VERIFY_WITH_TIMEOUT(view->queue().isLoaded() && view->queue().rowCount() > 0 && view->complaints()->isLoaded(), 20000);
    view->queueTable()->selectRow(0);
    // A call being recorded: reached, a 4.
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("outcomeButton_reached")), Qt::LeftButton);
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("scoreButton_4")), Qt::LeftButton);
    const QString tab = view->findChild<QTabWidget*>(QStringLiteral("callbacksTabs"))->tabText(0);
    QVERIFY2(chinese == tab.contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(tab));
    save(&managerWindow, QStringLiteral("callbacks_") + language);
    QVERIFY(view->complaints()->rowCount() > 0);
    view->showComplaint(view->complaints()->complaintAt(0).id());
    save(&managerWindow, QStringLiteral("complaints_") + language);
}

// Twelve weeks of the branch's hotline tickets (busy Mondays, quiet Fridays, more at month
// end and year end), copied from a sample ticket in SQL: the demo has no past tickets, and the
// roster's suggestion needs some to show what it does.
void ScreenshotTest::loadPastHotlineTickets() {
    if (m_rosterHistory) return;
    m_rosterHistory = true;
    pqxx::connection sql(m_server->databaseUrl());
    pqxx::work work(sql);
    work.exec(R"SQL(
        WITH template AS (SELECT * FROM tickets WHERE channel = 'hotline' ORDER BY id LIMIT 1),
        days AS (SELECT d::date AS day FROM generate_series(current_date - 84, current_date - 1, interval '1 day') d
                 WHERE extract(isodow FROM d) < 6),
        counts AS (
            SELECT day, ((ARRAY[22, 17, 15, 14, 12])[extract(isodow FROM day)::int] *
                CASE WHEN (extract(month FROM day) = 12 AND extract(day FROM day) >= 15) OR extract(month FROM day) = 1 THEN 2.0
                     WHEN extract(day FROM day) <= 5
                       OR day > (date_trunc('month', day) + interval '1 month' - interval '6 days')::date THEN 1.6
                     ELSE 1 END)::int AS n
            FROM days)
        INSERT INTO tickets
        SELECT (jsonb_populate_record(NULL::tickets, to_jsonb(t) || jsonb_build_object(
            'id', nextval(pg_get_serial_sequence('tickets', 'id')),
            'number', 'GD2099-' || lpad((900000 + row_number() OVER ())::text, 6, '0'),
            'state', 'closed', 'assignee_id', t.owner_id, 'solution', '重新审核凭证后结账成功',
            'opened_at', ((c.day + time '10:00') - interval '8 hours') AT TIME ZONE 'UTC',
            'first_response_at', ((c.day + time '10:05') - interval '8 hours') AT TIME ZONE 'UTC',
            'resolved_at', ((c.day + time '11:00') - interval '8 hours') AT TIME ZONE 'UTC',
            'closed_at', ((c.day + time '16:00') - interval '8 hours') AT TIME ZONE 'UTC'))).*
        FROM template t, counts c, generate_series(1, c.n) g)SQL");
    work.commit();
}

// The duty roster with next week planned: who is on the hotline, onsite, on leave, and the
// suggestion row against it (short days in red).
void ScreenshotTest::rosterScreens(ui::MainWindow& managerWindow, const QString& language) {
    loadPastHotlineTickets();
    QVERIFY(managerWindow.showPage(Page::DutyRoster));
    auto* roster = qobject_cast<ui::DutyRosterView*>(managerWindow.pageWidget(Page::DutyRoster));
    QVERIFY(roster);
    client::RosterModel& model = roster->model();
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), 20000);
    // Today: everyone on a duty, so the board shows it beside their load.
    const char* today[] = {"hotline", "onsite"};
    const int todayColumn = QDate::fromString(QString::fromStdString(model.week().today()), Qt::ISODate).dayOfWeek() - 1;
    for (int row = 0; row < std::min(2, model.suggestionRow()); ++row) {
        model.setData(model.index(row, todayColumn), QString::fromLatin1(today[row]));
    }
    if (model.hasChanges()) {
        model.save();
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasChanges(), 30000);
    }
    QVERIFY(managerWindow.showPage(Page::DispatchBoard));
    auto* board = qobject_cast<ui::DispatchBoardView*>(managerWindow.pageWidget(Page::DispatchBoard));
    QTRY_VERIFY_WITH_TIMEOUT(board->assignees().rowCount() > 0 &&
                                 board->assignees().index(0).data(client::AssigneeListModel::DutyRole).toString() == QLatin1String("hotline"),
                             30000);
    save(&managerWindow, QStringLiteral("dispatch_board_duty_") + language);
    QVERIFY(managerWindow.showPage(Page::DutyRoster));
    // This week: the month-end close days marked and raised.
    save(&managerWindow, QStringLiteral("duty_roster_this_week_") + language);
    roster->showWeek(QDate::currentDate().addDays(7));
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded() && model.monday() > QDate::currentDate(), 20000);
    const char* plan[][7] = {
        {"hotline", "hotline", "office", "hotline", "office", "office", "office"},
        {"onsite", "office", "hotline", "onsite", "hotline", "office", "office"},
        {"office", "leave", "leave", "office", "hotline", "office", "office"},
    };
    for (int row = 0; row < std::min(3, model.suggestionRow()); ++row) {
        for (int column = 0; column < 7; ++column) {
            model.setData(model.index(row, column), QString::fromLatin1(plan[row][column]));
        }
    }
    if (model.hasChanges()) {
        model.save();
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasChanges(), 30000);
    }
    save(&managerWindow, QStringLiteral("duty_roster_") + language);
}

// The service reports of this month: compliance by category, the engineers, the times and
// the callback scores.
void ScreenshotTest::reportScreens(ui::MainWindow& managerWindow, const QString& language) {
    QVERIFY(managerWindow.showPage(Page::Reports));
    auto* reports = qobject_cast<ui::ServiceReportsView*>(managerWindow.pageWidget(Page::Reports));
    QVERIFY(reports);
    reports->showPeriod(ui::ServiceReportsView::Period::ThisMonth);
    QTRY_VERIFY_WITH_TIMEOUT(reports->model().isLoaded() && !reports->model().isLoading(), 30000);
    save(&managerWindow, QStringLiteral("reports_sla_") + language);
    const QStringList tabs{QStringLiteral("engineers"), QStringLiteral("times"), QStringLiteral("satisfaction"),
                           QStringLiteral("complaints")};
    for (int tab = 1; tab < reports->tabs().count(); ++tab) {
        reports->tabs().setCurrentIndex(tab);
        save(&managerWindow, QStringLiteral("reports_%1_").arg(tabs.value(tab - 1)) + language);
    }
    reports->tabs().setCurrentIndex(0);
}

QTEST_MAIN(ScreenshotTest)
#include "ScreenshotTest.moc"
