#include "LoginDialog.h"

#include "InlineErrorLabel.h"
#include "LoginHistory.h"
#include "Prompter.h"
#include "ServerAddress.h"
#include "SessionModel.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

LoginDialog::LoginDialog(client::SessionModel& session, Prompter& prompter, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_prompter(prompter),
      m_server(new QComboBox(this)),
      m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_rememberServer(new QCheckBox(tr("Remember this server"), this)),
      m_error(new InlineErrorLabel(this)),
      m_busyIndicator(new QProgressBar(this)),
      m_loginButton(new QPushButton(tr("Log in"), this)),
      m_cancelButton(new QPushButton(tr("Quit"), this)) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Laoke — Log in"));
    setMinimumWidth(460);

    auto* heading = new QLabel(tr("Laoke"), this);
    Theme::makeHeading(heading);
    auto* subtitle = new QLabel(tr("Log in to your company's Laoke server."), this);
    Theme::makeHint(subtitle);

    const client::LoginHistory history;
    m_server->setObjectName(QStringLiteral("serverCombo"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->addItems(history.servers());
    m_server->lineEdit()->setPlaceholderText(tr("host:port, e.g. crm.example.com:7443"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setText(history.lastUsername());
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_rememberServer->setObjectName(QStringLiteral("rememberServerCheck"));
    m_rememberServer->setChecked(history.rememberServer());
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumHeight(4);
    m_busyIndicator->setVisible(false);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    Theme::makePrimary(m_loginButton);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(6);
    form->addRow(tr("Server address"), m_server);
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Password"), m_password);
    form->addRow(m_rememberServer);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_loginButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(subtitle);
    layout->addSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busyIndicator);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::attemptLogin);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginDialog::attemptLogin);
    connect(&m_session, &client::SessionModel::loginSucceeded, this, &LoginDialog::onLoginSucceeded);
    connect(&m_session, &client::SessionModel::loginFailed, this, &LoginDialog::onLoginFailed);
    // Queued: the certificate dialog runs its own event loop, which must not start inside the
    // connection's signal emission.
    connect(&m_session, &client::SessionModel::certificateUntrusted, this, &LoginDialog::onCertificateUntrusted,
            Qt::QueuedConnection);

    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::setServer(const QString& server) {
    m_server->setCurrentText(server);
}

void LoginDialog::setUsername(const QString& username) {
    m_username->setText(username);
    m_password->setFocus();
}

void LoginDialog::showMessage(const QString& message) {
    m_error->setError(message);
}

void LoginDialog::reject() {
    if (m_busy) {
        m_session.cancelLogin();
        setBusy(false);
        m_error->setError(tr("Login cancelled."));
        return;
    }
    QDialog::reject();
}

void LoginDialog::attemptLogin() {
    if (m_busy) return;
    const auto server = client::ServerAddress::parse(m_server->currentText().trimmed());
    if (!server) {
        m_error->setError(tr("Enter the server address as host or host:port, e.g. crm.example.com:7443."));
        m_server->setFocus();
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        m_error->setError(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        m_error->setError(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    m_error->clearError();
    setBusy(true);
    m_session.logIn(*server, m_username->text().trimmed(), m_password->text());
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_server->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_rememberServer->setEnabled(!busy);
    m_loginButton->setEnabled(!busy);
    m_loginButton->setText(busy ? tr("Connecting…") : tr("Log in"));
    m_cancelButton->setText(busy ? tr("Cancel") : tr("Quit"));
}

void LoginDialog::onLoginSucceeded() {
    if (!m_busy) return;
    setBusy(false);
    client::LoginHistory().recordLogin(m_session.server().toString(), m_username->text().trimmed(),
                                       m_rememberServer->isChecked());
    m_password->clear();
    accept();
}

void LoginDialog::onLoginFailed(const client::ClientError& error) {
    if (!m_busy) return;
    setBusy(false);
    m_error->setError(error.userMessage());
    m_password->setFocus();
    m_password->selectAll();
}

void LoginDialog::onCertificateUntrusted(const QString& fingerprint, const QString& pinnedFingerprint, bool changed) {
    if (!m_busy) return;
    setBusy(false);
    const CertificateQuestion question{m_session.server().toString(), fingerprint, pinnedFingerprint};
    if (changed) {
        m_error->setError(tr("Connection refused: the server's certificate differs from the trusted one."));
        m_prompter.warnCertificateChanged(this, question);
        return;
    }
    if (!m_prompter.trustNewCertificate(this, question)) {
        m_error->setError(tr("Not connected: the server's certificate was not trusted."));
        return;
    }
    setBusy(true);
    m_session.trustAndRetry(fingerprint);
}

}  // namespace laoke::ui
