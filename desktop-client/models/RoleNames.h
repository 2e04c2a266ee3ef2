#pragma once
// The one place where roles get their user-facing, translated names (管理员, 分公司经理, ...).
// Tables, combo boxes and the main window header all ask here, so a role reads the same
// everywhere and changes with the UI language.

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace laoke::client {

class RoleNames {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::RoleNames)
public:
    /// The translated name of a role; empty for ROLE_UNSPECIFIED.
    static QString displayName(protocol::Role role);

    /// Every assignable role, in the order pickers show them (administrator first).
    static QList<protocol::Role> all();
};

}  // namespace laoke::client
