#pragma once
// An administrator sets a new password for another user (who forgot theirs). The user's
// sessions end and they must choose their own password at the next login. If someone else
// changed the user in the meantime, the dialog closes with conflictOccurred so the screen
// behind it can offer a reload.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace laoke::client {
class UserListModel;
}

namespace laoke::ui {

class InlineErrorLabel;

class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(client::UserListModel& users, qint64 userId, QWidget* parent = nullptr);

signals:
    /// The user was changed by someone else since the list was loaded; nothing was changed.
    void conflictOccurred(qint64 userId);

private:
    void validate();
    void submit();

    client::UserListModel& m_users;
    qint64 m_userId;
    bool m_busy = false;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    InlineErrorLabel* m_passwordError;
    InlineErrorLabel* m_confirmError;
    InlineErrorLabel* m_error;
    QPushButton* m_okButton;
};

}  // namespace laoke::ui
