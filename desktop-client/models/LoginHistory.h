#pragma once
// The servers and the user name this computer remembers for the login dialog, most recent
// first, in the application's QSettings ("login/..."). Passwords are never stored.

#include <QString>
#include <QStringList>

namespace laoke::client {

class LoginHistory {
public:
    static constexpr int kMaxServers = 10;

    /// Remembered servers as "host:port", most recently used first.
    QStringList servers() const;
    QString lastUsername() const;
    /// Whether the user wanted the server remembered the last time (default: yes).
    bool rememberServer() const;

    /// Records a successful login. With `rememberServer` false the server is dropped from the
    /// list instead, and only the choice itself is kept.
    void recordLogin(const QString& server, const QString& username, bool rememberServer);
};

}  // namespace laoke::client
