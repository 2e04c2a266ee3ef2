#pragma once
// Runs the desktop client's life cycle: login dialog, then the main window; back to the login
// dialog after "Log out" or when the server ends the session; quits when the user quits.

#include <QObject>
#include <QPointer>
#include <QString>

namespace laoke::client {
class Connection;
class SessionModel;
struct ClientError;
}  // namespace laoke::client

namespace laoke::ui {
class LanguageManager;
class LoginDialog;
class MainWindow;
class Prompter;
}  // namespace laoke::ui

namespace laoke::app {

class DesktopController : public QObject {
    Q_OBJECT
public:
    DesktopController(client::SessionModel& session, ui::Prompter& prompter, ui::LanguageManager& language,
                      QObject* parent = nullptr);

    /// Prefills the first login dialog (from --server / --user).
    void setInitialLogin(const QString& server, const QString& username);
    /// Shows the login dialog.
    void start();

private:
    void showLogin(const QString& message);
    void showMainWindow();
    void logOut();
    void quit();
    void onSessionEnded(const client::ClientError& reason);

    client::SessionModel& m_session;
    ui::Prompter& m_prompter;
    ui::LanguageManager& m_language;
    QString m_initialServer;
    QString m_initialUsername;
    QPointer<ui::LoginDialog> m_login;
    QPointer<ui::MainWindow> m_mainWindow;
};

}  // namespace laoke::app
