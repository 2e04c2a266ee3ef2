#include "SessionModel.h"

#include "TrustStore.h"

#include <QPointer>
#include <QTimer>

namespace laoke::client {

SessionModel::SessionModel(Connection& connection, QObject* parent) : QObject(parent), m_connection(connection) {
    connect(&m_connection, &Connection::untrustedCertificate, this,
            [this](const QString& fingerprint, const QSslCertificate&, bool changed) {
                onUntrustedCertificate(fingerprint, changed);
            });
    connect(&m_connection, &Connection::connectionLost, this, [this] {
        if (isLoggedIn()) setLinkStatus(LinkStatus::Reconnecting);
    });
    connect(&m_connection, &Connection::sessionResumed, this, [this] {
        if (!isLoggedIn()) return;
        setLinkStatus(LinkStatus::Reconnected);
        refreshUser();
    });
    connect(&m_connection, &Connection::sessionEnded, this, [this](const ClientError& reason) {
        if (!isLoggedIn()) return;
        m_user.Clear();
        setLinkStatus(LinkStatus::Offline);
        emit userChanged();
        emit sessionEnded(reason);
    });
}

void SessionModel::logIn(const ServerAddress& server, const QString& username, const QString& password) {
    m_server = server;
    m_username = username;
    m_password = password;
    startLogin();
}

void SessionModel::trustAndRetry(const QString& fingerprint) {
    TrustStore().pin(m_server, fingerprint);
    startLogin();
}

void SessionModel::cancelLogin() {
    if (!m_loggingIn) return;
    m_loggingIn = false;
    ++m_attempt;
    m_password.clear();
    m_connection.close();
}

void SessionModel::startLogin() {
    const TrustStore trustStore;
    TrustSettings trust;
    trust.caFile = trustStore.caFile();
    trust.pinnedFingerprint = trustStore.pinnedFingerprint(m_server).value_or(QString());

    m_loggingIn = true;
    const quint64 attempt = ++m_attempt;
    m_connection.close();
    m_connection.setServer(m_server);
    m_connection.setTrust(trust);
    m_connection.open();
    QPointer<SessionModel> self(this);
    m_connection.login(m_username, m_password, [self, attempt](const Reply& reply) {
        if (self) self->finishLogin(reply, attempt);
    });
}

void SessionModel::finishLogin(const Reply& reply, quint64 attempt) {
    if (!m_loggingIn || attempt != m_attempt) return;
    if (!reply.ok() && reply.error().kind == ClientError::Kind::Untrusted && TrustStore().caFile().isEmpty()) {
        // The certificate signal normally arrives first; if it comes after this reply, it
        // must still win, so the plain failure is reported one event-loop turn later.
        QTimer::singleShot(0, this, [this, attempt, error = reply.error()] {
            if (!m_loggingIn || attempt != m_attempt) return;
            m_loggingIn = false;
            emit loginFailed(error);
        });
        return;
    }
    m_loggingIn = false;
    m_password.clear();
    if (!reply.ok()) {
        m_connection.close();
        emit loginFailed(reply.error());
        return;
    }
    m_user = reply.envelope().has_login_reply() ? reply.envelope().login_reply().user() : m_connection.currentUser();
    setLinkStatus(LinkStatus::Online);
    emit userChanged();
    emit loginSucceeded();
}

void SessionModel::onUntrustedCertificate(const QString& fingerprint, bool changed) {
    if (!m_loggingIn) return;
    if (!TrustStore().caFile().isEmpty()) return;  // CA mode: the login reply reports it
    m_loggingIn = false;
    ++m_attempt;
    m_connection.close();
    emit certificateUntrusted(fingerprint, TrustStore().pinnedFingerprint(m_server).value_or(QString()), changed);
}

void SessionModel::changePassword(const QString& oldPassword, const QString& newPassword, Connection::Callback done) {
    protocol::Envelope request;
    auto* change = request.mutable_change_password();
    change->set_old_password(oldPassword.toStdString());
    change->set_new_password(newPassword.toStdString());
    QPointer<SessionModel> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok()) {
            self->m_user.set_must_change_password(false);
            emit self->userChanged();
            self->refreshUser();
        }
        if (done) done(reply);
    });
}

void SessionModel::logOut(std::function<void()> done) {
    QPointer<SessionModel> self(this);
    auto finish = [self, done = std::move(done)](const Reply&) {
        if (self) {
            self->m_connection.close();
            self->m_user.Clear();
            self->setLinkStatus(LinkStatus::Offline);
            emit self->userChanged();
        }
        if (done) done();
    };
    // While reconnecting, a logout request would only wait for its timeout: the server ends
    // the session on its own when it expires.
    if (!isLoggedIn() || m_linkStatus == LinkStatus::Reconnecting) {
        finish(Reply(ClientError{}));
        return;
    }
    m_connection.logout(std::move(finish));
}

void SessionModel::setLinkStatus(LinkStatus status) {
    if (m_linkStatus == status) return;
    m_linkStatus = status;
    m_linkStatusSince = QDateTime::currentDateTime();
    emit linkStatusChanged(status);
}

void SessionModel::refreshUser() {
    protocol::Envelope request;
    request.mutable_who_am_i();
    QPointer<SessionModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self || !reply.ok() || !reply.envelope().has_who_am_i_reply() || !self->isLoggedIn()) return;
        self->m_user = reply.envelope().who_am_i_reply().user();
        emit self->userChanged();
    });
}

}  // namespace laoke::client
