#pragma once
// How laokectl shows the protocol's records: as JSON objects (protocol field names, role by
// its stable name, times as Unix seconds) and as table cells for people.

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace laoke::client::cli {

class Records {
    Q_DECLARE_TR_FUNCTIONS(Records)
public:
    static QJsonObject toJson(const protocol::User& user);
    static QJsonObject toJson(const protocol::Branch& branch);

    /// Local date and time, or "never" for 0.
    static QString timeText(qint64 unixSeconds);
    /// "enabled", "disabled", "locked until …", plus "must change password" when set.
    static QString statusText(const protocol::User& user);
    static QString roleText(protocol::Role role);
};

}  // namespace laoke::client::cli
