#pragma once
// Creates a user account: user name, display name, role, branch (required unless the role is
// administrator) and an initial password the user must change at first login. Every field is
// checked as the user types with the shared AccountRules; "Create user" stays disabled until
// all are valid, and the server's answers (user name taken, a field rejected) appear under
// the field concerned.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace laoke::client {
class BranchListModel;
class UserListModel;
}  // namespace laoke::client

namespace laoke::ui {

class InlineErrorLabel;

class CreateUserDialog : public QDialog {
    Q_OBJECT
public:
    /// `branches` fills the branch combo; it is refreshed if it has not been loaded yet.
    CreateUserDialog(client::UserListModel& users, client::BranchListModel& branches, QWidget* parent = nullptr);

    /// The id of the user created (after the dialog was accepted).
    qint64 createdUserId() const { return m_createdUserId; }

private:
    void markTouched(QWidget* field);
    void validate();
    void submit();
    void setBusy(bool busy);
    void showServerError(const QString& field, const QString& message);
    bool branchRequired() const;

    client::UserListModel& m_users;
    client::BranchListModel& m_branches;
    bool m_busy = false;
    qint64 m_createdUserId = 0;
    QList<QWidget*> m_touched;

    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QComboBox* m_branch;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_branchHint;
    InlineErrorLabel* m_usernameError;
    InlineErrorLabel* m_displayNameError;
    InlineErrorLabel* m_roleError;
    InlineErrorLabel* m_branchError;
    InlineErrorLabel* m_passwordError;
    InlineErrorLabel* m_confirmError;
    InlineErrorLabel* m_error;
    QPushButton* m_okButton;
};

}  // namespace laoke::ui
