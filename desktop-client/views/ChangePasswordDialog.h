#pragma once
// Changes the logged-in user's own password: current password, new password, confirmation,
// each checked as the user types. In Required mode (right after a login with a password an
// administrator set) it explains why, and its only other choice is to log out.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace laoke::client {
class SessionModel;
}

namespace laoke::ui {

class InlineErrorLabel;

class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Voluntary, Required };

    ChangePasswordDialog(client::SessionModel& session, Mode mode, QWidget* parent = nullptr);

private:
    void validate();
    void submit();
    void setBusy(bool busy);

    client::SessionModel& m_session;
    bool m_busy = false;
    QLineEdit* m_oldPassword;
    QLineEdit* m_newPassword;
    QLineEdit* m_confirm;
    InlineErrorLabel* m_oldError;
    InlineErrorLabel* m_newError;
    InlineErrorLabel* m_confirmError;
    InlineErrorLabel* m_error;
    QPushButton* m_okButton;
    QPushButton* m_cancelButton;
};

}  // namespace laoke::ui
