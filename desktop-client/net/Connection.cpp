#include "Connection.h"

#include "CertificateCheck.h"
#include "PendingRequests.h"
#include "protocol/FrameCodec.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <variant>
#include <vector>

namespace laoke::client {

namespace {

// Replies carry whole pages of records, so the client accepts larger frames than the
// server's default bound for requests.
constexpr std::size_t kMaxReplyFrameBytes = 16 * 1024 * 1024;
constexpr int kHandshakeTimeoutMs = 15000;
constexpr int kInitialBackoffMs = 500;
constexpr int kMaxBackoffMs = 8000;

ClientError makeError(ClientError::Kind kind, const QString& detail)
{
    ClientError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

ClientError serverError(const protocol::ErrorReply& reply)
{
    ClientError error;
    error.kind = ClientError::Kind::Server;
    error.code = reply.code();
    error.detail = QString::fromStdString(reply.message());
    error.field = QString::fromStdString(reply.field());
    error.retryAfterSeconds = reply.retry_after_seconds();
    return error;
}

QString describe(const protocol::ErrorReply& reply)
{
    return QStringLiteral("%1: %2").arg(QString::fromStdString(protocol::ErrorCode_Name(reply.code())),
                                        QString::fromStdString(reply.message()));
}

QString clientName()
{
    const QString name = QCoreApplication::applicationName();
    const QString version = QCoreApplication::applicationVersion();
    if (name.isEmpty()) {
        return QStringLiteral("laoke-client");
    }
    return version.isEmpty() ? name : name + QLatin1Char(' ') + version;
}

}  // namespace

class Connection::Private {
public:
    enum class Stage { Tls, Hello, Resume, Done };

    explicit Private(Connection* owner)
        : q(owner)
        , pending(owner, [this](quint64 id) {
            finish(id, Reply(makeError(ClientError::Kind::Timeout, QStringLiteral("no answer from the server in time"))));
        })
    {
    }

    Connection* q;
    ServerAddress server;
    CertificateCheck certificates;
    State state = State::Disconnected;

    QSslSocket* socket = nullptr;
    // Bumped whenever the socket is replaced, so a read loop notices that a callback it ran
    // closed or reopened the connection.
    quint64 socketGeneration = 0;
    protocol::FrameDecoder decoder{kMaxReplyFrameBytes};
    Stage stage = Stage::Tls;
    quint64 handshakeId = 0;
    QTimer handshakeTimer;

    PendingRequests pending;

    bool autoReconnect = true;
    bool reconnecting = false;
    int backoffMs = kInitialBackoffMs;
    QTimer reconnectTimer;

    std::string sessionToken;
    protocol::User currentUser;
    QString serverVersion;
    QString lastError;

    void setState(State next)
    {
        if (state == next) {
            return;
        }
        state = next;
        emit q->stateChanged(state);
    }

    void startAttempt();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onReadyRead();
    void handleFrame(const protocol::Envelope& envelope);
    void handleHandshakeReply(const protocol::Envelope& envelope);
    void handshakeDone(bool resumed);
    void connectionFailed(const QString& reason);
    void failPermanently(const ClientError& error);
    void releaseSocket(bool graceful);
    void writeEnvelope(const protocol::Envelope& envelope);
    void flushQueue();

    void finish(quint64 id, const Reply& reply);
    void applyReply(protocol::Envelope::PayloadCase kind, const Reply& reply);
    void endSession(const ClientError& reason);
};

void Connection::Private::startAttempt()
{
    releaseSocket(false);
    certificates.reset();
    decoder = protocol::FrameDecoder(kMaxReplyFrameBytes);
    stage = Stage::Tls;

    const std::variant<QSslConfiguration, ClientError> config = certificates.tlsConfiguration();
    if (const auto* error = std::get_if<ClientError>(&config)) {
        failPermanently(*error);
        return;
    }

    socket = new QSslSocket(q);
    ++socketGeneration;
    socket->setSslConfiguration(std::get<QSslConfiguration>(config));
    socket->setPeerVerifyName(server.host);
    QObject::connect(socket, &QSslSocket::encrypted, q, [this] { onEncrypted(); });
    QObject::connect(socket, &QSslSocket::sslErrors, q, [this](const QList<QSslError>& errors) { onSslErrors(errors); });
    QObject::connect(socket, &QSslSocket::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(socket, &QSslSocket::errorOccurred, q, [this] { connectionFailed(socket->errorString()); });
    QObject::connect(socket, &QSslSocket::disconnected, q,
                     [this] { connectionFailed(QStringLiteral("the server closed the connection")); });
    handshakeTimer.start(kHandshakeTimeoutMs);
    socket->connectToHostEncrypted(server.host, server.port);
}

void Connection::Private::onSslErrors(const QList<QSslError>& errors)
{
    // Not ignoring the errors makes QSslSocket abort the handshake before any frame is
    // written; connectionFailed() then reports the rejected certificate.
    if (certificates.acceptsDespite(socket->peerCertificate(), errors)) {
        socket->ignoreSslErrors(errors);
    }
}

void Connection::Private::onEncrypted()
{
    if (!certificates.acceptsEncrypted(socket->peerCertificate())) {
        connectionFailed(certificates.rejected()->detail);
        return;
    }
    stage = Stage::Hello;
    handshakeId = pending.nextId();
    protocol::Envelope hello;
    hello.set_request_id(handshakeId);
    hello.mutable_hello()->set_protocol_version(protocol::kProtocolVersion);
    hello.mutable_hello()->set_client_name(clientName().toStdString());
    writeEnvelope(hello);
}

void Connection::Private::onReadyRead()
{
    const quint64 generation = socketGeneration;
    const QByteArray data = socket->readAll();
    decoder.feed(data.constData(), static_cast<std::size_t>(data.size()));
    while (socket && generation == socketGeneration) {
        protocol::FrameDecoder::Result result = decoder.next();
        switch (result.status) {
        case protocol::FrameDecoder::Status::NeedMore:
            return;
        case protocol::FrameDecoder::Status::Frame:
            handleFrame(result.envelope);
            break;
        case protocol::FrameDecoder::Status::Oversized:
        case protocol::FrameDecoder::Status::Malformed:
            connectionFailed(QStringLiteral("the server sent an invalid frame (%1)")
                                 .arg(QString::fromStdString(result.reason)));
            return;
        }
    }
}

void Connection::Private::handleFrame(const protocol::Envelope& envelope)
{
    const quint64 id = envelope.request_id();
    if (stage != Stage::Done) {
        // A server refusing the Hello may not echo its request id.
        if (id == handshakeId || (id == 0 && envelope.has_error())) {
            handleHandshakeReply(envelope);
        }
        return;
    }
    if (id == 0) {
        if (envelope.has_error()) {
            lastError = describe(envelope.error());
        }
        emit q->pushReceived(envelope);
        return;
    }
    if (envelope.has_error()) {
        finish(id, Reply(serverError(envelope.error())));
    } else {
        finish(id, Reply(envelope));
    }
}

void Connection::Private::handleHandshakeReply(const protocol::Envelope& envelope)
{
    if (stage == Stage::Hello) {
        if (envelope.has_hello_reply()) {
            serverVersion = QString::fromStdString(envelope.hello_reply().server_version());
            if (sessionToken.empty()) {
                handshakeDone(false);
                return;
            }
            stage = Stage::Resume;
            handshakeId = pending.nextId();
            protocol::Envelope resume;
            resume.set_request_id(handshakeId);
            resume.mutable_resume_session()->set_session_token(sessionToken);
            writeEnvelope(resume);
            return;
        }
        if (envelope.has_error() && envelope.error().code() == protocol::INCOMPATIBLE_VERSION) {
            failPermanently(serverError(envelope.error()));
            return;
        }
        connectionFailed(envelope.has_error() ? describe(envelope.error())
                                              : QStringLiteral("the server did not answer Hello with HelloReply"));
        return;
    }

    if (envelope.has_login_reply()) {
        sessionToken = envelope.login_reply().session_token();
        currentUser = envelope.login_reply().user();
        handshakeDone(true);
        return;
    }
    if (envelope.has_error() && envelope.error().code() != protocol::BUSY
        && envelope.error().code() != protocol::INTERNAL) {
        const ClientError reason = serverError(envelope.error());
        sessionToken.clear();
        currentUser.Clear();
        handshakeDone(false);
        emit q->sessionEnded(reason);
        return;
    }
    // A busy or failing server may accept the session on the next attempt.
    connectionFailed(envelope.has_error() ? describe(envelope.error())
                                          : QStringLiteral("the server did not answer resume_session"));
}

void Connection::Private::handshakeDone(bool resumed)
{
    handshakeTimer.stop();
    stage = Stage::Done;
    reconnecting = false;
    backoffMs = kInitialBackoffMs;
    lastError.clear();
    setState(resumed ? State::Authenticated : State::Connected);
    if (resumed) {
        emit q->sessionResumed();
    }
    flushQueue();
}

void Connection::Private::connectionFailed(const QString& reason)
{
    if (!socket) {
        return;
    }
    const bool wasEstablished = stage == Stage::Done;
    releaseSocket(false);
    if (certificates.rejected()) {
        const UntrustedPeer peer = *certificates.rejected();
        failPermanently(makeError(ClientError::Kind::Untrusted, peer.detail));
        emit q->untrustedCertificate(peer.fingerprint, peer.certificate, peer.changed);
        return;
    }
    lastError = reason;
    const ClientError error =
        makeError(wasEstablished ? ClientError::Kind::Disconnected : ClientError::Kind::Network, reason);
    if (!autoReconnect || !(wasEstablished || reconnecting)) {
        failPermanently(error);
        return;
    }
    // Requests already written may or may not have run at the server: only their caller
    // can decide whether to repeat them. Queued ones wait for the new connection.
    std::vector<PendingRequests::Ended> inFlight = pending.takeWritten();
    reconnecting = true;
    reconnectTimer.start(backoffMs);
    backoffMs = std::min(backoffMs * 2, kMaxBackoffMs);
    setState(State::Connecting);
    if (wasEstablished) {
        emit q->connectionLost(reason);
    }
    PendingRequests::fail(std::move(inFlight), error);
}

void Connection::Private::failPermanently(const ClientError& error)
{
    releaseSocket(false);
    reconnectTimer.stop();
    reconnecting = false;
    lastError = error.kind == ClientError::Kind::Server
        ? QStringLiteral("%1: %2").arg(QString::fromStdString(protocol::ErrorCode_Name(error.code)), error.detail)
        : error.detail;
    std::vector<PendingRequests::Ended> all = pending.takeAll();
    setState(State::Disconnected);
    PendingRequests::fail(std::move(all), error);
}

void Connection::Private::releaseSocket(bool graceful)
{
    handshakeTimer.stop();
    stage = Stage::Tls;
    if (!socket) {
        return;
    }
    QSslSocket* old = socket;
    socket = nullptr;
    ++socketGeneration;
    QObject::disconnect(old, nullptr, q, nullptr);
    if (graceful && old->state() == QAbstractSocket::ConnectedState) {
        // Let the pending bytes (a logout, for instance) and the TLS close_notify go out.
        QObject::connect(old, &QSslSocket::disconnected, old, &QObject::deleteLater);
        old->disconnectFromHost();
        if (old->state() == QAbstractSocket::UnconnectedState) {
            old->deleteLater();
        }
        return;
    }
    old->abort();
    old->deleteLater();
}

void Connection::Private::writeEnvelope(const protocol::Envelope& envelope)
{
    const std::string frame = protocol::encodeFrame(envelope);
    socket->write(frame.data(), static_cast<qint64>(frame.size()));
}

void Connection::Private::flushQueue()
{
    const quint64 generation = socketGeneration;
    while (socket && generation == socketGeneration && stage == Stage::Done) {
        const std::optional<protocol::Envelope> request = pending.popQueued();
        if (!request) {
            return;
        }
        writeEnvelope(*request);
    }
}

void Connection::Private::finish(quint64 id, const Reply& reply)
{
    std::optional<PendingRequests::Ended> entry = pending.take(id);
    if (!entry) {
        return;
    }
    applyReply(entry->kind, reply);
    if (entry->done) {
        entry->done(reply);
    }
}

void Connection::Private::applyReply(protocol::Envelope::PayloadCase kind, const Reply& reply)
{
    if (kind == protocol::Envelope::kLogout) {
        sessionToken.clear();
        currentUser.Clear();
        if (state == State::Authenticated) {
            setState(State::Connected);
        }
        return;
    }
    if (!reply.ok()) {
        const ClientError& error = reply.error();
        const bool sessionGone = error.kind == ClientError::Kind::Server
            && (error.code == protocol::SESSION_EXPIRED
                || (error.code == protocol::UNAUTHENTICATED && state == State::Authenticated));
        if (sessionGone && kind != protocol::Envelope::kLogin) {
            endSession(error);
        }
        return;
    }
    const protocol::Envelope& envelope = reply.envelope();
    if (kind == protocol::Envelope::kLogin && envelope.has_login_reply()) {
        sessionToken = envelope.login_reply().session_token();
        currentUser = envelope.login_reply().user();
        setState(State::Authenticated);
    } else if (envelope.has_who_am_i_reply()) {
        currentUser = envelope.who_am_i_reply().user();
    } else if (kind == protocol::Envelope::kChangePassword && envelope.has_ok()) {
        currentUser.set_must_change_password(false);
    }
}

void Connection::Private::endSession(const ClientError& reason)
{
    sessionToken.clear();
    currentUser.Clear();
    if (state == State::Authenticated) {
        setState(State::Connected);
    }
    emit q->sessionEnded(reason);
}

Connection::Connection(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->handshakeTimer.setSingleShot(true);
    connect(&d->handshakeTimer, &QTimer::timeout, this, [this] {
        d->connectionFailed(QStringLiteral("the server did not complete the TLS and Hello handshake in %1 s")
                                .arg(kHandshakeTimeoutMs / 1000));
    });
    d->reconnectTimer.setSingleShot(true);
    connect(&d->reconnectTimer, &QTimer::timeout, this, [this] { d->startAttempt(); });
}

Connection::~Connection()
{
    d->releaseSocket(false);
    d->reconnectTimer.stop();
    PendingRequests::fail(d->pending.takeAll(), makeError(ClientError::Kind::Disconnected,
                                                          QStringLiteral("the connection object was destroyed")));
}

void Connection::setServer(const ServerAddress& server)
{
    d->server = server;
}

ServerAddress Connection::server() const
{
    return d->server;
}

void Connection::setTrust(const TrustSettings& trust)
{
    d->certificates.setTrust(trust);
}

void Connection::open()
{
    if (d->state != State::Disconnected) {
        return;
    }
    d->reconnecting = false;
    d->backoffMs = kInitialBackoffMs;
    d->lastError.clear();
    d->setState(State::Connecting);
    d->startAttempt();
}

void Connection::close()
{
    d->reconnectTimer.stop();
    d->reconnecting = false;
    d->sessionToken.clear();
    d->currentUser.Clear();
    d->releaseSocket(true);
    std::vector<PendingRequests::Ended> all = d->pending.takeAll();
    d->setState(State::Disconnected);
    PendingRequests::fail(std::move(all), makeError(ClientError::Kind::Disconnected,
                                                    QStringLiteral("the connection was closed by the client")));
}

void Connection::login(const QString& username, const QString& password, Callback done)
{
    protocol::Envelope request;
    request.mutable_login()->set_username(username.toStdString());
    request.mutable_login()->set_password(password.toStdString());
    send(std::move(request), std::move(done));
}

void Connection::logout(Callback done)
{
    protocol::Envelope request;
    request.mutable_logout();
    send(std::move(request), std::move(done));
}

void Connection::send(protocol::Envelope request, Callback done, int timeoutMs)
{
    const quint64 id = d->pending.nextId();
    request.set_request_id(id);

    if (d->state == State::Disconnected) {
        // Failing on the next event-loop turn keeps `done` from running inside send().
        const ClientError error = makeError(
            ClientError::Kind::Disconnected,
            d->lastError.isEmpty() ? QStringLiteral("not connected") : QStringLiteral("not connected: ") + d->lastError);
        d->pending.add(std::move(request), PendingRequests::Delivery::Held, std::move(done), timeoutMs);
        QTimer::singleShot(0, this, [this, id, error] { d->finish(id, Reply(error)); });
        return;
    }
    if (d->stage == Private::Stage::Done && d->socket) {
        d->writeEnvelope(request);
        d->pending.add(std::move(request), PendingRequests::Delivery::Written, std::move(done), timeoutMs);
    } else {
        d->pending.add(std::move(request), PendingRequests::Delivery::Queued, std::move(done), timeoutMs);
    }
}

Connection::State Connection::state() const
{
    return d->state;
}

QString Connection::serverVersion() const
{
    return d->serverVersion;
}

const protocol::User& Connection::currentUser() const
{
    return d->currentUser;
}

QString Connection::lastError() const
{
    return d->lastError;
}

void Connection::setAutoReconnect(bool enabled)
{
    d->autoReconnect = enabled;
    if (!enabled && d->reconnecting) {
        d->failPermanently(makeError(ClientError::Kind::Disconnected,
                                     d->lastError.isEmpty() ? QStringLiteral("automatic reconnect was turned off")
                                                            : d->lastError));
    }
}

}  // namespace laoke::client
