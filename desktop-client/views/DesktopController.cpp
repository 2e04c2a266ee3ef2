#include "DesktopController.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "SessionModel.h"

#include <QApplication>

namespace laoke::ui {

DesktopController::DesktopController(client::SessionModel& session, Prompter& prompter,
                                     LanguageManager& language, QObject* parent)
    : QObject(parent), m_session(session), m_prompter(prompter), m_language(language) {
    connect(&m_session, &client::SessionModel::sessionEnded, this, &DesktopController::onSessionEnded);
}

void DesktopController::setInitialLogin(const QString& server, const QString& username) {
    m_initialServer = server;
    m_initialUsername = username;
}

void DesktopController::start() {
    showLogin(QString());
}

LoginDialog* DesktopController::loginDialog() const {
    return m_login;
}

MainWindow* DesktopController::mainWindow() const {
    return m_mainWindow;
}

void DesktopController::showLogin(const QString& message) {
    if (m_mainWindow) m_mainWindow->deleteLater();
    if (m_login) return;
    m_login = new LoginDialog(m_session, m_prompter);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_initialServer.isEmpty()) m_login->setServer(std::exchange(m_initialServer, QString()));
    if (!m_initialUsername.isEmpty()) m_login->setUsername(std::exchange(m_initialUsername, QString()));
    if (!message.isEmpty()) m_login->showMessage(message);
    connect(m_login, &QDialog::accepted, this, &DesktopController::showMainWindow);
    connect(m_login, &QDialog::rejected, this, &DesktopController::quit);
    m_login->show();
}

void DesktopController::showMainWindow() {
    m_mainWindow = new MainWindow(m_session, m_prompter, m_language);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mainWindow, &MainWindow::logoutRequested, this, &DesktopController::logOut);
    connect(m_mainWindow, &MainWindow::quitRequested, this, &DesktopController::quit);
    m_mainWindow->show();
}

void DesktopController::logOut() {
    if (m_mainWindow) m_mainWindow->setEnabled(false);
    m_session.logOut([this] { showLogin(QString()); });
}

void DesktopController::quit() {
    if (m_mainWindow) m_mainWindow->hide();
    m_session.logOut([] { QApplication::quit(); });
}

void DesktopController::onSessionEnded(const client::ClientError& reason) {
    showLogin(reason.userMessage());
}

}  // namespace laoke::ui
