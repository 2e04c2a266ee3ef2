#pragma once
// laokectl's synchronous face of Connection: each call runs a local event loop until the
// answer (or failure) arrives, which keeps one-shot commands straight-line code. Failures are
// thrown as Failure with the exit code they map to (request failed / connection failed).

#include "Connection.h"
#include "Failure.h"

#include <QCoreApplication>

#include <functional>

namespace laoke::client::cli {

class BlockingClient {
    Q_DECLARE_TR_FUNCTIONS(BlockingClient)
public:
    /// How long a request may wait for its answer unless the caller says otherwise.
    static constexpr int kDefaultTimeoutMs = 15000;

    BlockingClient(const ServerAddress& server, const TrustSettings& trust);

    /// TLS handshake and Hello. Does nothing when already connected.
    void open();
    /// Logs in (opening first if needed) and returns the user the server describes.
    protocol::User login(const QString& username, const QString& password);
    /// Sends one request and returns its reply; throws Failure for an ErrorReply or no answer.
    protocol::Envelope call(protocol::Envelope request, int timeoutMs = kDefaultTimeoutMs);
    /// Ends the session, ignoring failures: the command's outcome is already decided.
    void logout();
    /// Calls `onPush` with every push from the server until the connection is lost; then
    /// throws a Failure saying why. (Ended by a signal in practice.)
    [[noreturn]] void runPushes(const std::function<void(const protocol::Envelope&)>& onPush);

    QString serverVersion() const { return m_connection.serverVersion(); }

private:
    Reply wait(protocol::Envelope request, int timeoutMs = kDefaultTimeoutMs);
    [[noreturn]] void throwUntrusted() const;

    Connection m_connection;
    TrustSettings m_trust;
    bool m_untrusted = false;
    QString m_untrustedFingerprint;
    bool m_untrustedChanged = false;
};

/// The one-line message and exit code for a failed request.
Failure failureFor(const ClientError& error);

}  // namespace laoke::client::cli
