#pragma once
// laokectl's plain-text face of customers: the 360 view as sections of label/value lines and
// tables, and money as Chinese users read it (¥12,800.00).

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QString>

namespace laoke::client::cli {

class CustomerText {
    Q_DECLARE_TR_FUNCTIONS(CustomerText)
public:
    /// Profile, contacts, installed base, contracts and recent activities.
    static QString view360(const protocol::Customer360& view);
    /// Integer fen as "¥12,800.00".
    static QString yuan(qint64 fen);
};

}  // namespace laoke::client::cli
