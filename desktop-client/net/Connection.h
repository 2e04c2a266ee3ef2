#pragma once
// One TLS connection to laoke-server: framing, Hello, request/reply matching by request id,
// timeouts, session login/resume, automatic reconnect with backoff, and server pushes.
// Used by laoke-desktop's models and by laokectl; it has no widgets.

#include "ClientError.h"
#include "ServerAddress.h"
#include "laoke.pb.h"

#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <memory>
#include <variant>

namespace laoke::client {

/// How to decide whether the server's certificate is trusted.
struct TrustSettings {
    QString pinnedFingerprint;  ///< accept exactly this certificate (see certificateFingerprint)
    QString caFile;             ///< or: verify the chain against this CA file (takes precedence)
};

/// The answer to one request: the reply envelope, or why there is none.
class Reply {
public:
    Reply(protocol::Envelope envelope) : m_value(std::move(envelope)) {}
    Reply(ClientError error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<protocol::Envelope>(m_value); }
    const protocol::Envelope& envelope() const { return std::get<protocol::Envelope>(m_value); }
    const ClientError& error() const { return std::get<ClientError>(m_value); }

private:
    std::variant<protocol::Envelope, ClientError> m_value;
};

class Connection : public QObject {
    Q_OBJECT
public:
    enum class State {
        Disconnected,   ///< not connected and not trying
        Connecting,     ///< TCP + TLS + Hello in progress (also while reconnecting)
        Connected,      ///< Hello done, not logged in
        Authenticated,  ///< logged in (or session resumed)
    };
    Q_ENUM(State)

    using Callback = std::function<void(const Reply&)>;

    explicit Connection(QObject* parent = nullptr);
    ~Connection() override;

    void setServer(const ServerAddress& server);
    ServerAddress server() const;
    void setTrust(const TrustSettings& trust);

    /// Connects (TLS, then Hello). Emits stateChanged; on an untrusted certificate emits
    /// untrustedCertificate and stays Disconnected (no automatic retry).
    void open();
    /// Closes without reconnecting; the session token is forgotten.
    void close();

    /// Logs in and remembers the token, so a reconnect resumes the session by itself.
    void login(const QString& username, const QString& password, Callback done);
    /// Ends the session at the server and forgets the token.
    void logout(Callback done);

    /// Sends any request (request_id is assigned here). `done` runs exactly once, on the
    /// thread of this object. Requests made while reconnecting wait for the connection.
    void send(protocol::Envelope request, Callback done, int timeoutMs = 15000);

    State state() const;
    /// The server_version from the last HelloReply (empty before the first Hello), shown by
    /// `laokectl ping` and in the desktop's about box.
    QString serverVersion() const;
    /// The logged-in user as the server last described it (empty before login).
    const protocol::User& currentUser() const;
    QString lastError() const;

    /// Automatic reconnect after a lost connection (on by default).
    void setAutoReconnect(bool enabled);

signals:
    void stateChanged(laoke::client::Connection::State state);
    /// The server presented a certificate that the trust settings do not accept. `changed`
    /// is true when a different fingerprint was pinned (possible interception).
    void untrustedCertificate(const QString& fingerprint, const QSslCertificate& certificate, bool changed);
    /// The connection dropped unexpectedly; the client is reconnecting.
    void connectionLost(const QString& reason);
    /// The connection came back and the session was resumed.
    void sessionResumed();
    /// The session ended at the server (expired, revoked, user disabled): log in again.
    void sessionEnded(const laoke::client::ClientError& reason);
    /// A push from the server (request_id 0).
    void pushReceived(const laoke::protocol::Envelope& envelope);

private:
    class Private;
    std::unique_ptr<Private> d;
};

}  // namespace laoke::client
