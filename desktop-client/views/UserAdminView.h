#pragma once
// The administrator's user list: a sortable, filterable table of every account with the
// actions New user, Disable/Enable (following the selection), Reset password and Refresh.
// Outcomes and conflicts (someone else changed the user meanwhile) appear in a message bar
// above the table, with a Reload button where reloading helps.

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace laoke::client {
class BranchListModel;
class SessionModel;
class UserListModel;
struct ClientError;
}  // namespace laoke::client

namespace laoke::ui {

class MessageBar;
class Prompter;

class UserAdminView : public QWidget {
    Q_OBJECT
public:
    /// Loads the user list at once.
    UserAdminView(client::SessionModel& session, Prompter& prompter, QWidget* parent = nullptr);

    client::UserListModel& model() const { return *m_users; }
    /// The id of the user in the selected row, if a row is selected.
    std::optional<qint64> selectedUserId() const;
    /// Selects the row of `userId`; false when it is not in the (filtered) table.
    bool selectUser(qint64 userId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void updateFooter();
    void openCreateUser();
    void toggleEnabled();
    void openResetPassword();
    void showActionError(qint64 userId, const client::ClientError& error);
    void showConflict(qint64 userId);
    QString describe(qint64 userId) const;

    client::SessionModel& m_session;
    Prompter& m_prompter;
    client::UserListModel* m_users;
    client::BranchListModel* m_branches;
    QSortFilterProxyModel* m_proxy;
    qint64 m_reloadFocusUserId = 0;

    QLabel* m_heading;
    QLabel* m_hint;
    QLineEdit* m_filter;
    QPushButton* m_newUser;
    QPushButton* m_toggleEnabled;
    QPushButton* m_resetPassword;
    QPushButton* m_refresh;
    MessageBar* m_messages;
    QTableView* m_table;
    QLabel* m_footer;
};

}  // namespace laoke::ui
