#include "BlockingClient.h"

#include "ServerMessages.h"

#include <QEventLoop>
#include <QSslSocket>
#include <QTimer>

#include <optional>

namespace laoke::client::cli {

namespace {

constexpr int kCloseGraceMs = 500;

QString codeName(protocol::ErrorCode code)
{
    return QString::fromStdString(protocol::ErrorCode_Name(code));
}

}  // namespace

Failure failureFor(const ClientError& error)
{
    if (error.kind != ClientError::Kind::Server) {
        return Failure{kExitConnection, QStringLiteral("%1 (%2)").arg(error.userMessage(), error.detail)};
    }
    QString message = error.userMessage();
    if (error.code == protocol::PASSWORD_CHANGE_REQUIRED) {
        message += QLatin1Char(' ') + BlockingClient::tr("Run 'laokectl passwd' to change it.");
    }
    // The code for scripts; the server's own sentence only when it was not said in the user's
    // language above (it would repeat it, in English).
    if (translatedServerMessage(error.detail)) {
        message += QStringLiteral(" [%1]").arg(codeName(error.code));
    } else {
        message += QStringLiteral(" [%1: %2]").arg(codeName(error.code), error.detail);
    }
    return Failure{error.code == protocol::INCOMPATIBLE_VERSION ? kExitConnection : kExitRequestFailed, message};
}

BlockingClient::BlockingClient(const ServerAddress& server, const TrustSettings& trust)
    : m_trust(trust)
{
    m_connection.setServer(server);
    m_connection.setTrust(trust);
    // A one-shot command reports a lost connection instead of waiting for it to come back.
    m_connection.setAutoReconnect(false);
    QObject::connect(&m_connection, &Connection::untrustedCertificate,
                     [this](const QString& fingerprint, const QSslCertificate&, bool changed) {
                         m_untrusted = true;
                         m_untrustedFingerprint = fingerprint;
                         m_untrustedChanged = changed;
                     });
}

void BlockingClient::open()
{
    if (m_connection.state() == Connection::State::Connected
        || m_connection.state() == Connection::State::Authenticated) {
        return;
    }
    QEventLoop loop;
    QObject::connect(&m_connection, &Connection::stateChanged, &loop, [&loop](Connection::State state) {
        if (state != Connection::State::Connecting) {
            loop.quit();
        }
    });
    m_connection.open();
    if (m_connection.state() == Connection::State::Connecting) {
        loop.exec();
    }
    if (m_connection.state() != Connection::State::Disconnected) {
        return;
    }
    if (m_untrusted) {
        throwUntrusted();
    }
    throw Failure{kExitConnection,
                  tr("cannot connect to %1: %2").arg(m_connection.server().toString(), m_connection.lastError())};
}

void BlockingClient::throwUntrusted() const
{
    const QString server = m_connection.server().toString();
    if (!m_trust.caFile.isEmpty()) {
        throw Failure{kExitConnection, tr("the certificate of %1 is not trusted by the CA file %2: %3")
                                           .arg(server, m_trust.caFile, m_connection.lastError())};
    }
    if (m_untrustedChanged) {
        throw Failure{kExitConnection,
                      tr("refusing to connect: %1 presented the certificate %2, not the one given with "
                         "--trust-fingerprint (%3); the connection may be intercepted, check the server log")
                          .arg(server, m_untrustedFingerprint, m_trust.pinnedFingerprint)};
    }
    throw Failure{kExitConnection,
                  tr("the certificate of %1 is not trusted yet; its SHA-256 fingerprint is %2; check it against "
                     "the fingerprint in the server log, then pass --trust-fingerprint %2")
                      .arg(server, m_untrustedFingerprint)};
}

protocol::User BlockingClient::login(const QString& username, const QString& password)
{
    open();
    protocol::Envelope request;
    request.mutable_login()->set_username(username.toStdString());
    request.mutable_login()->set_password(password.toStdString());
    return call(std::move(request)).login_reply().user();
}

protocol::Envelope BlockingClient::call(protocol::Envelope request, int timeoutMs)
{
    open();
    const Reply reply = wait(std::move(request), timeoutMs);
    if (!reply.ok()) {
        if (m_untrusted) {
            throwUntrusted();
        }
        throw failureFor(reply.error());
    }
    return reply.envelope();
}

void BlockingClient::logout()
{
    if (m_connection.state() == Connection::State::Authenticated) {
        protocol::Envelope request;
        request.mutable_logout();
        wait(std::move(request));
    }
    m_connection.close();
    // The process exits next: give the TLS close_notify a moment to leave, so the server sees
    // an orderly close rather than a truncated stream. The closing socket is the
    // connection's child until it is disconnected.
    if (auto* socket = m_connection.findChild<QSslSocket*>()) {
        QEventLoop loop;
        QObject::connect(socket, &QObject::destroyed, &loop, &QEventLoop::quit);
        QTimer::singleShot(kCloseGraceMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void BlockingClient::runPushes(const std::function<void(const protocol::Envelope&)>& onPush)
{
    QEventLoop loop;
    QString reason;
    QObject::connect(&m_connection, &Connection::pushReceived, &loop, [&](const protocol::Envelope& push) { onPush(push); });
    QObject::connect(&m_connection, &Connection::connectionLost, &loop, [&](const QString& why) {
        reason = why;
        loop.quit();
    });
    // Without reconnecting, a dropped connection only ends in Disconnected: a watcher must not
    // sit silent after the server went away.
    QObject::connect(&m_connection, &Connection::stateChanged, &loop, [&](Connection::State state) {
        if (state != Connection::State::Disconnected) return;
        reason = m_connection.lastError();
        loop.quit();
    });
    QObject::connect(&m_connection, &Connection::sessionEnded, &loop, [&](const ClientError& why) {
        reason = why.userMessage();
        loop.quit();
    });
    if (m_connection.state() == Connection::State::Disconnected) reason = m_connection.lastError();
    else loop.exec();
    throw Failure{kExitConnection, tr("the connection to the server was lost: %1").arg(reason)};
}

Reply BlockingClient::wait(protocol::Envelope request, int timeoutMs)
{
    QEventLoop loop;
    std::optional<Reply> result;
    m_connection.send(
        std::move(request),
        [&](const Reply& reply) {
            result = reply;
            loop.quit();
        },
        timeoutMs);
    if (!result) {
        loop.exec();
    }
    return *result;
}

}  // namespace laoke::client::cli
