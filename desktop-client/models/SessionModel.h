#pragma once
// The logged-in session as the UI sees it: logging in (with the trust settings stored on this
// computer), who is logged in, whether the password must be changed first, the state of the
// link to the server (online / reconnecting / reconnected), changing the password and logging
// out. The login dialog and the main window both bind to this instead of to the connection.

#include "Connection.h"
#include "ServerAddress.h"
#include "laoke.pb.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace laoke::client {

class SessionModel : public QObject {
    Q_OBJECT
public:
    enum class LinkStatus {
        Offline,       ///< not logged in
        Online,        ///< logged in, connection up
        Reconnecting,  ///< the connection dropped; the client is reconnecting by itself
        Reconnected,   ///< the connection came back and the session was resumed
    };
    Q_ENUM(LinkStatus)

    explicit SessionModel(Connection& connection, QObject* parent = nullptr);

    Connection& connection() const { return m_connection; }

    /// Connects to `server` and logs in; ends with loginSucceeded, loginFailed or
    /// certificateUntrusted. A login already under way is abandoned.
    void logIn(const ServerAddress& server, const QString& username, const QString& password);
    /// Pins `fingerprint` for the server of the last login attempt and logs in again.
    void trustAndRetry(const QString& fingerprint);
    /// Abandons a login under way and closes the connection.
    void cancelLogin();
    bool isLoggingIn() const { return m_loggingIn; }
    /// The server of the last login attempt.
    ServerAddress server() const { return m_server; }

    const protocol::User& user() const { return m_user; }
    bool isLoggedIn() const { return m_user.id() != 0; }
    /// True until the user has replaced a password an administrator set.
    bool mustChangePassword() const { return m_user.must_change_password(); }

    LinkStatus linkStatus() const { return m_linkStatus; }
    /// When linkStatus last changed (local time).
    QDateTime linkStatusSince() const { return m_linkStatusSince; }

    /// Sends change_password; on success the user no longer must change it (userChanged).
    void changePassword(const QString& oldPassword, const QString& newPassword, Connection::Callback done);
    /// Ends the session at the server (best effort) and closes the connection.
    void logOut(std::function<void()> done);

signals:
    void loginSucceeded();
    void loginFailed(const laoke::client::ClientError& error);
    /// The server's certificate is not trusted: unknown (`changed` false: the user may pin
    /// it with trustAndRetry) or different from the pinned one (`changed` true: refused).
    void certificateUntrusted(const QString& fingerprint, const QString& pinnedFingerprint, bool changed);
    void userChanged();
    void linkStatusChanged(laoke::client::SessionModel::LinkStatus status);
    /// The server ended the session (expired, revoked, account disabled): log in again.
    void sessionEnded(const laoke::client::ClientError& reason);

private:
    void startLogin();
    void finishLogin(const Reply& reply, quint64 attempt);
    void onUntrustedCertificate(const QString& fingerprint, bool changed);
    void setLinkStatus(LinkStatus status);
    void refreshUser();

    Connection& m_connection;
    ServerAddress m_server;
    QString m_username;
    QString m_password;
    bool m_loggingIn = false;
    quint64 m_attempt = 0;
    protocol::User m_user;
    LinkStatus m_linkStatus = LinkStatus::Offline;
    QDateTime m_linkStatusSince = QDateTime::currentDateTime();
};

}  // namespace laoke::client
