#pragma once
// The main window after login: a navigation list on the left holding only the screens this
// user's role can use (everyone: My tickets, Customers, Knowledge base and My account; branch
// managers and administrators also the Dispatch board; engineers, branch managers and
// administrators also Callbacks; administrators also Users, Branches and Service levels;
// engineers start on My tickets), a header with the user's name, role and branch,
// and a status bar with the state of the connection.
// While the user must change an administrator-set password, only that is available.

#include "SessionModel.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace laoke::client {
class LiveEvents;
class OwnerNotices;
class SlaAlerts;
}

namespace laoke::ui {

class LanguageManager;
class Prompter;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Identifies a screen in the navigation list.
    // DutyRoster is last in the enum (its place in the navigation is after the board).
    enum class Page { Workbench, DispatchBoard, Callbacks, Customers, KnowledgeBase, Users, Branches, ServiceLevels, MyAccount, DutyRoster, Reports };
    Q_ENUM(Page)

    MainWindow(client::SessionModel& session, Prompter& prompter, LanguageManager& language,
               QWidget* parent = nullptr);

    /// The screens currently offered in the navigation list, in order.
    QList<Page> pages() const;
    /// Shows `page` if it is offered; false otherwise.
    bool showPage(Page page);
    /// The widget of `page`, or nullptr if it is not offered.
    QWidget* pageWidget(Page page) const;
    /// The bar under the header where SLA warnings and breaches appear as they are recorded.
    class MessageBar* alertBar() const { return m_alertBar; }

signals:
    void logoutRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void rebuildPages();
    void updateHeader();
    void updateLinkStatus();
    void requirePasswordChange();
    void openSettings(int tab);
    void showAbout();
    QString pageTitle(Page page) const;
    void showSlaAlert(const protocol::Event& alert);
    /// A complaint case was opened: branch managers and admins hear it at once.
    void showComplaintAlert(const protocol::Event& event);
    void openTicket(qint64 ticketId);

    client::SessionModel& m_session;
    Prompter& m_prompter;
    LanguageManager& m_language;
    protocol::Role m_builtForRole = protocol::ROLE_UNSPECIFIED;
    bool m_builtRestricted = false;

    client::SlaAlerts* m_slaAlerts;
    client::OwnerNotices* m_ownerNotices;
    client::LiveEvents* m_complaintEvents;
    class MessageBar* m_alertBar;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_userName;
    QLabel* m_userDetails;
    QLabel* m_linkStatus;
    QLabel* m_serverLabel;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_logoutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_languageAction = nullptr;
    QAction* m_trustedServersAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

}  // namespace laoke::ui
