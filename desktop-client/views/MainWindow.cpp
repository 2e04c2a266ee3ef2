#include "MainWindow.h"

#include "AccountView.h"
#include "BranchAdminView.h"
#include "CallbacksView.h"
#include "ChangePasswordDialog.h"
#include "CustomerListView.h"
#include "CustomerWindows.h"
#include "DispatchBoardView.h"
#include "KnowledgeBaseView.h"
#include "LiveEvents.h"
#include "MessageBar.h"
#include "OwnerNotices.h"
#include "SlaAlerts.h"
#include "TicketPane.h"
#include "TicketTableView.h"
#include "RoleNames.h"
#include "ServiceLevelsView.h"
#include "DutyRosterView.h"
#include "ServiceReportsView.h"
#include "SettingsDialog.h"
#include "UserAdminView.h"
#include "WorkbenchView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(client::SessionModel& session, Prompter& prompter, LanguageManager& language, QWidget* parent)
    : QMainWindow(parent),
      m_session(session),
      m_prompter(prompter),
      m_language(language),
      m_slaAlerts(new client::SlaAlerts(session.connection(), this)),
      m_ownerNotices(new client::OwnerNotices(session.connection(), this)),
      m_complaintEvents(new client::LiveEvents(session.connection(), this)),
      m_alertBar(new MessageBar(this)),
      m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_userName(new QLabel(this)),
      m_userDetails(new QLabel(this)),
      m_linkStatus(new QLabel(this)),
      m_serverLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    resize(1200, 760);

    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFixedWidth(210);
    m_navigation->setIconSize(QSize(18, 18));
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_userName->setObjectName(QStringLiteral("userNameLabel"));
    m_userName->setStyleSheet(QStringLiteral("font-weight:600; font-size:11pt;"));
    m_userDetails->setObjectName(QStringLiteral("userDetailsLabel"));
    m_userDetails->setProperty("laokeRole", QStringLiteral("hint"));
    m_linkStatus->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->setProperty("laokeRole", QStringLiteral("hint"));

    auto* header = new QFrame(this);
    header->setObjectName(QStringLiteral("sessionHeader"));
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(20, 10, 20, 10);
    auto* brand = new QLabel(QStringLiteral("老客 Laoke"), header);
    brand->setStyleSheet(QStringLiteral("font-size:13pt; font-weight:700; color:#1d4ea8;"));
    auto* userBox = new QVBoxLayout;
    userBox->setSpacing(0);
    userBox->addWidget(m_userName, 0, Qt::AlignRight);
    userBox->addWidget(m_userDetails, 0, Qt::AlignRight);
    headerLayout->addWidget(brand);
    headerLayout->addStretch(1);
    headerLayout->addLayout(userBox);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    m_alertBar->setObjectName(QStringLiteral("slaAlertBar"));
    layout->addWidget(m_alertBar);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_linkStatus);
    statusBar()->addPermanentWidget(m_serverLabel);

    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(&m_session, &client::SessionModel::userChanged, this, [this] {
        updateHeader();
        if (m_session.isLoggedIn() && (m_session.user().role() != m_builtForRole ||
                                       m_session.mustChangePassword() != m_builtRestricted))
            rebuildPages();
    });
    connect(&m_session, &client::SessionModel::linkStatusChanged, this, &MainWindow::updateLinkStatus);
    connect(m_slaAlerts, &client::SlaAlerts::alerted, this, &MainWindow::showSlaAlert);
    // 首问负责制: the first responder is told of what others do with their tickets.
    connect(m_ownerNotices, &client::OwnerNotices::noticed, this, [this](qint64 ticketId, const QString& text) {
        m_alertBar->showMessage(MessageBar::Level::Information, text, tr("Open ticket"), [this, ticketId] { openTicket(ticketId); });
    });
    connect(m_complaintEvents, &client::LiveEvents::complaintChanged, this, &MainWindow::showComplaintAlert);

    retranslate();
    rebuildPages();
    if (m_session.mustChangePassword())
        QMetaObject::invokeMethod(this, &MainWindow::requirePasswordChange, Qt::QueuedConnection);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_logoutAction = m_fileMenu->addAction(QString(), this, &MainWindow::logoutRequested);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quitRequested);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageAction = m_settingsMenu->addAction(QString(), this, [this] { openSettings(SettingsDialog::LanguageTab); });
    m_languageAction->setObjectName(QStringLiteral("languageAction"));
    m_trustedServersAction =
        m_settingsMenu->addAction(QString(), this, [this] { openSettings(SettingsDialog::SecurityTab); });
    m_trustedServersAction->setObjectName(QStringLiteral("trustedServersAction"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Laoke CRM"));
    m_fileMenu->setTitle(tr("&File"));
    m_logoutAction->setText(tr("Log &out"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageAction->setText(tr("&Language…"));
    m_trustedServersAction->setText(tr("&Trusted servers…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Laoke"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        item->setText(pageTitle(item->data(kPageRole).value<Page>()));
    }
    updateHeader();
    updateLinkStatus();
}

QString MainWindow::pageTitle(Page page) const {
    switch (page) {
    case Page::Workbench:
        return tr("My tickets");
    case Page::DispatchBoard:
        return tr("Dispatch board");
    case Page::Callbacks:
        return tr("Callbacks");
    case Page::Customers:
        return tr("Customers");
    case Page::KnowledgeBase:
        return tr("Knowledge base");
    case Page::Users:
        return tr("Users");
    case Page::Branches:
        return tr("Branches");
    case Page::ServiceLevels:
        return tr("Service levels");
    case Page::MyAccount:
        return tr("My account");
    case Page::DutyRoster:
        return tr("Duty roster");
    case Page::Reports:
        return tr("Reports");
    }
    return {};
}

void MainWindow::rebuildPages() {
    m_builtForRole = m_session.user().role();
    m_builtRestricted = m_session.mustChangePassword();
    m_navigation->clear();
    while (m_stack->count() > 0) {
        QWidget* page = m_stack->widget(0);
        m_stack->removeWidget(page);
        page->deleteLater();
    }

    auto addPage = [this](Page page, QStyle::StandardPixmap icon, QWidget* widget) {
        auto* item = new QListWidgetItem(style()->standardIcon(icon), pageTitle(page));
        item->setData(kPageRole, QVariant::fromValue(page));
        m_navigation->addItem(item);
        m_stack->addWidget(widget);
    };
    const bool working = !m_builtRestricted && m_session.isLoggedIn();
    WorkbenchView* workbench = nullptr;
    DispatchBoardView* board = nullptr;
    CustomerListView* customers = nullptr;
    if (working) {
        workbench = new WorkbenchView(m_session, m_stack);
        addPage(Page::Workbench, QStyle::SP_FileDialogContentsView, workbench);
    }
    if (working && (m_builtForRole == protocol::BRANCH_MANAGER || m_builtForRole == protocol::ADMIN)) {
        board = new DispatchBoardView(m_session, m_stack);
        addPage(Page::DispatchBoard, QStyle::SP_ComputerIcon, board);
    }
    // Account managers do not run the callbacks (they may read the queue through laokectl).
    if (working && m_builtForRole != protocol::ACCOUNT_MANAGER) {
        addPage(Page::Callbacks, QStyle::SP_DialogYesButton, new CallbacksView(m_session, m_stack));
    }
    // The people on duty rosters and those who plan them (account managers are on none).
    if (working && m_builtForRole != protocol::ACCOUNT_MANAGER) {
        addPage(Page::DutyRoster, QStyle::SP_FileDialogStart, new DutyRosterView(m_session, m_stack));
    }
    if (working && (m_builtForRole == protocol::BRANCH_MANAGER || m_builtForRole == protocol::ADMIN)) {
        addPage(Page::Reports, QStyle::SP_DesktopIcon, new ServiceReportsView(m_session, m_stack));
    }
    if (working) {
        customers = new CustomerListView(m_session, m_prompter, m_stack);
        addPage(Page::Customers, QStyle::SP_DirHomeIcon, customers);
        // The ticket screens open a customer's 360 window through the customer list, which
        // keeps track of the open ones.
        const auto openCustomer = [customers](qint64 id) { customers->windows().open(id); };
        connect(workbench, &WorkbenchView::openCustomerRequested, customers, openCustomer);
        if (board) connect(board, &DispatchBoardView::openCustomerRequested, customers, openCustomer);
        addPage(Page::KnowledgeBase, QStyle::SP_FileIcon, new KnowledgeBaseView(m_session, m_prompter, m_stack));
    }
    if (m_builtForRole == protocol::ADMIN && !m_builtRestricted) {
        addPage(Page::Users, QStyle::SP_FileDialogDetailedView, new UserAdminView(m_session, m_prompter, m_stack));
        addPage(Page::Branches, QStyle::SP_DriveNetIcon, new BranchAdminView(m_session, m_stack));
        addPage(Page::ServiceLevels, QStyle::SP_FileDialogListView, new ServiceLevelsView(m_session, m_stack));
    }
    addPage(Page::MyAccount, QStyle::SP_FileDialogInfoView, new AccountView(m_session, m_stack));
    // Engineers live in their tickets, everyone else starts with the customers (or the board).
    if (board) showPage(Page::DispatchBoard);
    else if (m_builtForRole == protocol::ENGINEER || !customers) m_navigation->setCurrentRow(0);
    else showPage(Page::Customers);
}

QList<MainWindow::Page> MainWindow::pages() const {
    QList<Page> result;
    for (int row = 0; row < m_navigation->count(); ++row) result.append(m_navigation->item(row)->data(kPageRole).value<Page>());
    return result;
}

bool MainWindow::showPage(Page page) {
    const int row = static_cast<int>(pages().indexOf(page));
    if (row < 0) return false;
    m_navigation->setCurrentRow(row);
    return true;
}

QWidget* MainWindow::pageWidget(Page page) const {
    const int row = static_cast<int>(pages().indexOf(page));
    return row < 0 ? nullptr : m_stack->widget(row);
}

void MainWindow::updateHeader() {
    const protocol::User& user = m_session.user();
    m_userName->setText(QString::fromStdString(user.display_name()));
    QString details = client::RoleNames::displayName(user.role());
    if (!user.branch_name().empty()) details += QStringLiteral(" · ") + QString::fromStdString(user.branch_name());
    m_userDetails->setText(details);
    m_serverLabel->setText(m_session.server().toString());
}

void MainWindow::updateLinkStatus() {
    using Status = client::SessionModel::LinkStatus;
    QString text;
    QString colour;
    switch (m_session.linkStatus()) {
    case Status::Online:
        text = tr("Connected");
        colour = QStringLiteral("#1e8e4e");
        break;
    case Status::Reconnecting:
        text = tr("Connection lost, reconnecting…");
        colour = QStringLiteral("#c77700");
        break;
    case Status::Reconnected:
        text = tr("Reconnected at %1").arg(m_session.linkStatusSince().toString(QStringLiteral("HH:mm")));
        colour = QStringLiteral("#1e8e4e");
        break;
    case Status::Offline:
        text = tr("Not connected");
        colour = QStringLiteral("#8a8f98");
        break;
    }
    m_linkStatus->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(colour, text.toHtmlEscaped()));
}

void MainWindow::showSlaAlert(const protocol::Event& alert) {
    const qint64 ticketId = alert.ticket_id();
    m_alertBar->showMessage(alert.sla_level() == "breach" ? MessageBar::Level::Error : MessageBar::Level::Warning,
                            client::SlaAlerts::text(alert), tr("Open ticket"), [this, ticketId] { openTicket(ticketId); });
}

void MainWindow::showComplaintAlert(const protocol::Event& event) {
    const protocol::Role role = m_session.user().role();
    // Only a new case is news; the server sends only the manager's own branch's (admins: all).
    if (event.complaint_state() != "open" || (role != protocol::BRANCH_MANAGER && role != protocol::ADMIN)) return;
    const qint64 complaintId = event.complaint_id();
    m_alertBar->showMessage(MessageBar::Level::Error,
                            tr("%1: the customer complains. Take the case within 2 working hours.")
                                .arg(QString::fromStdString(event.ticket_number())),
                            tr("Show complaint"), [this, complaintId] {
                                if (auto* view = qobject_cast<CallbacksView*>(pageWidget(Page::Callbacks))) {
                                    showPage(Page::Callbacks);
                                    view->showComplaint(complaintId);
                                }
                            });
}

void MainWindow::openTicket(qint64 ticketId) {
    // Managers see it on their board, everyone else on their own list.
    if (auto* board = qobject_cast<DispatchBoardView*>(pageWidget(Page::DispatchBoard))) {
        showPage(Page::DispatchBoard);
        board->pane().showTicket(ticketId);
    } else if (auto* workbench = qobject_cast<WorkbenchView*>(pageWidget(Page::Workbench))) {
        showPage(Page::Workbench);
        workbench->table().selectTicket(ticketId);
        workbench->pane().showTicket(ticketId);
    }
}

void MainWindow::requirePasswordChange() {
    if (!m_session.mustChangePassword()) return;
    auto* dialog = new ChangePasswordDialog(m_session, ChangePasswordDialog::Mode::Required, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::rejected, this, &MainWindow::logoutRequested);
    dialog->open();
}

void MainWindow::openSettings(int tab) {
    auto* dialog = new SettingsDialog(m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentTab(tab);
    dialog->open();
}

void MainWindow::showAbout() {
    QMessageBox box(QMessageBox::NoIcon, tr("About Laoke"),
                    tr("<h3>Laoke %1</h3><p>Customer relationship management for ERP channel partners: "
                       "keep your existing customers and grow with them.</p>")
                        .arg(QApplication::applicationVersion()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    event->ignore();
    emit quitRequested();
}

}  // namespace laoke::ui
