#pragma once
// The first screen: server address (remembered servers in an editable combo), user name,
// password and "remember server". Connecting shows a busy state; failures appear inline and
// the dialog stays open. An unknown server certificate is put to the user through the
// Prompter (trust and reconnect); a changed one is refused with a warning.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace laoke::client {
class SessionModel;
struct ClientError;
}  // namespace laoke::client

namespace laoke::ui {

class InlineErrorLabel;
class Prompter;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(client::SessionModel& session, Prompter& prompter, QWidget* parent = nullptr);

    /// Prefills the server address (e.g. from --server).
    void setServer(const QString& server);
    /// Prefills the user name (e.g. from --user) and moves the focus to the password.
    void setUsername(const QString& username);
    /// Shows why the user is back at the login screen (e.g. the session expired).
    void showMessage(const QString& message);

    bool isBusy() const { return m_busy; }

protected:
    void reject() override;

private:
    void attemptLogin();
    void setBusy(bool busy);
    void onLoginSucceeded();
    void onLoginFailed(const client::ClientError& error);
    void onCertificateUntrusted(const QString& fingerprint, const QString& pinnedFingerprint, bool changed);

    client::SessionModel& m_session;
    Prompter& m_prompter;
    bool m_busy = false;

    QComboBox* m_server;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QCheckBox* m_rememberServer;
    InlineErrorLabel* m_error;
    QProgressBar* m_busyIndicator;
    QPushButton* m_loginButton;
    QPushButton* m_cancelButton;
};

}  // namespace laoke::ui
