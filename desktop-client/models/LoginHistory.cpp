#include "LoginHistory.h"

#include <QSettings>

namespace laoke::client {

namespace {
const QString kServersKey = QStringLiteral("login/servers");
const QString kUsernameKey = QStringLiteral("login/lastUsername");
const QString kRememberKey = QStringLiteral("login/rememberServer");
}  // namespace

QStringList LoginHistory::servers() const {
    return QSettings().value(kServersKey).toStringList();
}

QString LoginHistory::lastUsername() const {
    return QSettings().value(kUsernameKey).toString();
}

bool LoginHistory::rememberServer() const {
    return QSettings().value(kRememberKey, true).toBool();
}

void LoginHistory::recordLogin(const QString& server, const QString& username, bool rememberServer) {
    QSettings settings;
    QStringList list = settings.value(kServersKey).toStringList();
    list.removeAll(server);
    if (rememberServer) {
        list.prepend(server);
        while (list.size() > kMaxServers) list.removeLast();
        settings.setValue(kUsernameKey, username);
    } else {
        settings.remove(kUsernameKey);
    }
    settings.setValue(kServersKey, list);
    settings.setValue(kRememberKey, rememberServer);
}

}  // namespace laoke::client
