#include "Connection.h"

#include "TrustStore.h"
#include "protocol/FrameCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
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

QString notPinnedDetail(const QString& fingerprint, const QString& pinned)
{
    if (pinned.isEmpty()) {
        return QStringLiteral("the server certificate %1 is not pinned").arg(fingerprint);
    }
    return QStringLiteral("the server certificate %1 does not match the pinned %2").arg(fingerprint, pinned);
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
    struct Pending {
        Callback done;
        QTimer* timer = nullptr;
        protocol::Envelope::PayloadCase kind = protocol::Envelope::PAYLOAD_NOT_SET;
        protocol::Envelope request;  ///< kept only until it is written
        bool sent = false;
    };

    struct UntrustedPeer {
        QString fingerprint;
        QSslCertificate certificate;
        bool changed = false;
        QString detail;
    };

    enum class Stage { Tls, Hello, Resume, Done };

    explicit Private(Connection* owner) : q(owner) {}

    Connection* q;
    ServerAddress server;
    TrustSettings trust;
    State state = State::Disconnected;

    QSslSocket* socket = nullptr;
    // Bumped whenever the socket is replaced, so a read loop notices that a callback it ran
    // closed or reopened the connection.
    quint64 socketGeneration = 0;
    protocol::FrameDecoder decoder{kMaxReplyFrameBytes};
    Stage stage = Stage::Tls;
    quint64 handshakeId = 0;
    QTimer handshakeTimer;
    std::optional<UntrustedPeer> untrusted;

    quint64 lastRequestId = 0;
    std::map<quint64, Pending> pending;
    std::deque<quint64> queue;

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

    quint64 nextId() { return ++lastRequestId; }

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
    std::vector<Pending> take(bool sentOnly);
    static void fail(std::vector<Pending> taken, const ClientError& error);
};

void Connection::Private::startAttempt()
{
    releaseSocket(false);
    untrusted.reset();
    decoder = protocol::FrameDecoder(kMaxReplyFrameBytes);
    stage = Stage::Tls;

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!trust.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(trust.caFile, QSsl::Pem);
        if (authorities.isEmpty()) {
            failPermanently(makeError(ClientError::Kind::Untrusted,
                                      QStringLiteral("cannot read a CA certificate from %1").arg(trust.caFile)));
            return;
        }
        config.setCaCertificates(authorities);
    } else {
        // Pinned mode: no authority vouches for the server, only the fingerprint does.
        config.setCaCertificates({});
    }

    socket = new QSslSocket(q);
    ++socketGeneration;
    socket->setSslConfiguration(config);
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
    const QSslCertificate certificate = socket->peerCertificate();
    const QString fingerprint = certificateFingerprint(certificate);
    const QString pinned = normaliseFingerprint(trust.pinnedFingerprint);
    if (trust.caFile.isEmpty() && !pinned.isEmpty() && fingerprint == pinned) {
        socket->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError& error : errors) {
        reasons << error.errorString();
    }
    // Not ignoring the errors makes QSslSocket abort the handshake before any frame is
    // written; connectionFailed() then reports the certificate.
    if (!trust.caFile.isEmpty()) {
        untrusted = UntrustedPeer{fingerprint, certificate, false, reasons.join(QStringLiteral("; "))};
    } else {
        untrusted = UntrustedPeer{fingerprint, certificate, !pinned.isEmpty(), notPinnedDetail(fingerprint, pinned)};
    }
}

void Connection::Private::onEncrypted()
{
    if (trust.caFile.isEmpty()) {
        // A certificate that some system authority vouches for raises no sslErrors, yet
        // pinning must still hold.
        const QString fingerprint = certificateFingerprint(socket->peerCertificate());
        const QString pinned = normaliseFingerprint(trust.pinnedFingerprint);
        if (fingerprint != pinned) {
            untrusted = UntrustedPeer{fingerprint, socket->peerCertificate(), !pinned.isEmpty(),
                                      notPinnedDetail(fingerprint, pinned)};
            connectionFailed(untrusted->detail);
            return;
        }
    }
    stage = Stage::Hello;
    handshakeId = nextId();
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
            handshakeId = nextId();
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
    if (untrusted) {
        const UntrustedPeer peer = *untrusted;
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
    std::vector<Pending> inFlight = take(true);
    reconnecting = true;
    reconnectTimer.start(backoffMs);
    backoffMs = std::min(backoffMs * 2, kMaxBackoffMs);
    setState(State::Connecting);
    if (wasEstablished) {
        emit q->connectionLost(reason);
    }
    fail(std::move(inFlight), error);
}

void Connection::Private::failPermanently(const ClientError& error)
{
    releaseSocket(false);
    reconnectTimer.stop();
    reconnecting = false;
    lastError = error.kind == ClientError::Kind::Server
        ? QStringLiteral("%1: %2").arg(QString::fromStdString(protocol::ErrorCode_Name(error.code)), error.detail)
        : error.detail;
    std::vector<Pending> all = take(false);
    setState(State::Disconnected);
    fail(std::move(all), error);
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
    while (!queue.empty() && socket && generation == socketGeneration && stage == Stage::Done) {
        const quint64 id = queue.front();
        queue.pop_front();
        const auto it = pending.find(id);
        if (it == pending.end()) {
            continue;
        }
        writeEnvelope(it->second.request);
        it->second.request.Clear();
        it->second.sent = true;
    }
}

void Connection::Private::finish(quint64 id, const Reply& reply)
{
    const auto it = pending.find(id);
    if (it == pending.end()) {
        return;
    }
    Pending entry = std::move(it->second);
    pending.erase(it);
    entry.timer->stop();
    entry.timer->deleteLater();
    if (!entry.sent) {
        queue.erase(std::remove(queue.begin(), queue.end(), id), queue.end());
    }
    applyReply(entry.kind, reply);
    if (entry.done) {
        entry.done(reply);
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

std::vector<Connection::Private::Pending> Connection::Private::take(bool sentOnly)
{
    std::vector<Pending> taken;
    for (auto it = pending.begin(); it != pending.end();) {
        if (sentOnly && !it->second.sent) {
            ++it;
            continue;
        }
        it->second.timer->stop();
        it->second.timer->deleteLater();
        taken.push_back(std::move(it->second));
        it = pending.erase(it);
    }
    if (!sentOnly) {
        queue.clear();
    }
    return taken;
}

void Connection::Private::fail(std::vector<Pending> taken, const ClientError& error)
{
    const Reply reply(error);
    for (Pending& entry : taken) {
        if (entry.done) {
            entry.done(reply);
        }
    }
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
    Private::fail(d->take(false), makeError(ClientError::Kind::Disconnected,
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
    d->trust = trust;
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
    std::vector<Private::Pending> all = d->take(false);
    d->setState(State::Disconnected);
    Private::fail(std::move(all), makeError(ClientError::Kind::Disconnected,
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
    const quint64 id = d->nextId();
    request.set_request_id(id);

    Private::Pending entry;
    entry.done = std::move(done);
    entry.kind = request.payload_case();
    entry.timer = new QTimer(this);
    entry.timer->setSingleShot(true);
    connect(entry.timer, &QTimer::timeout, this, [this, id] {
        d->finish(id, Reply(makeError(ClientError::Kind::Timeout,
                                      QStringLiteral("no answer from the server in time"))));
    });
    entry.timer->start(timeoutMs);

    if (d->state == State::Disconnected) {
        // Failing on the next event-loop turn keeps `done` from running inside send().
        const ClientError error = makeError(
            ClientError::Kind::Disconnected,
            d->lastError.isEmpty() ? QStringLiteral("not connected") : QStringLiteral("not connected: ") + d->lastError);
        d->pending.emplace(id, std::move(entry));
        QTimer::singleShot(0, this, [this, id, error] { d->finish(id, Reply(error)); });
        return;
    }
    if (d->stage == Private::Stage::Done && d->socket) {
        d->writeEnvelope(request);
        entry.sent = true;
    } else {
        entry.request = std::move(request);
        d->queue.push_back(id);
    }
    d->pending.emplace(id, std::move(entry));
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
