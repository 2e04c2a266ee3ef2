#pragma once
// Translated names of the callback and complaint codes the server sends (callbacks.proto),
// and the text of a complaint case's clock.

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QString>

namespace laoke::client {

class CallbackNames {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::CallbackNames)
public:
    /// reached, no_answer, wrong_number, refused.
    static QList<QString> outcomes();
    static QString outcome(const QString& code);
    /// grade (A/B customer), sample.
    static QString reason(const QString& code);
    /// open, handling, resolved.
    static QString complaintState(const QString& code);
    /// "Due today 17:30", "Breached (was due 11:00)", "Met" ... for one clock of a case.
    static QString clockText(const protocol::SlaClockStatus& clock);
};

}  // namespace laoke::client
