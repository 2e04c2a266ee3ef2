#pragma once
// Runs the desktop client's life cycle: login dialog, then the main window; back to the login
// dialog after "Log out" or when the server ends the session; quits when the user quits.

#include <QObject>
#include <QPointer>
#include <QString>

namespace laoke::client {
class SessionModel;
struct ClientError;
}  // namespace laoke::client

namespace laoke::ui {

class LanguageManager;
class LoginDialog;
class MainWindow;
class Prompter;

class DesktopController : public QObject {
    Q_OBJECT
public:
    DesktopController(client::SessionModel& session, Prompter& prompter, LanguageManager& language,
                      QObject* parent = nullptr);

    /// Prefills the first login dialog (from --server / --user).
    void setInitialLogin(const QString& server, const QString& username);
    /// Shows the login dialog.
    void start();

    /// The login dialog while it is shown, else nullptr.
    LoginDialog* loginDialog() const;
    /// The main window while it is shown, else nullptr.
    MainWindow* mainWindow() const;

private:
    void showLogin(const QString& message);
    void showMainWindow();
    void logOut();
    void quit();
    void onSessionEnded(const client::ClientError& reason);

    client::SessionModel& m_session;
    Prompter& m_prompter;
    LanguageManager& m_language;
    QString m_initialServer;
    QString m_initialUsername;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_mainWindow;
};

}  // namespace laoke::ui
