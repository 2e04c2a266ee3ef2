#include "CallbackNames.h"

#include "TicketUrgency.h"

#include <QDateTime>

namespace laoke::client {

QList<QString> CallbackNames::outcomes() {
    return {QStringLiteral("reached"), QStringLiteral("no_answer"), QStringLiteral("wrong_number"), QStringLiteral("refused")};
}

QString CallbackNames::outcome(const QString& code) {
    if (code == QLatin1String("reached")) return tr("Reached");
    if (code == QLatin1String("no_answer")) return tr("No answer");
    if (code == QLatin1String("wrong_number")) return tr("Wrong number");
    if (code == QLatin1String("refused")) return tr("Refused");
    return code;
}

QString CallbackNames::reason(const QString& code) {
    if (code == QLatin1String("grade")) return tr("A/B customer");
    if (code == QLatin1String("sample")) return tr("Sample");
    return code;
}

QString CallbackNames::complaintState(const QString& code) {
    if (code == QLatin1String("open")) return tr("Open");
    if (code == QLatin1String("handling")) return tr("Being handled");
    if (code == QLatin1String("resolved")) return tr("Resolved");
    return code;
}

QString CallbackNames::clockText(const protocol::SlaClockStatus& clock) {
    const QString state = QString::fromStdString(clock.state());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (state == QLatin1String("met")) return tr("Met");
    if (state == QLatin1String("missed")) return tr("Missed");
    // A running clock is judged again against the current time, as ticket lists do.
    if (clock.deadline_unix() != 0 && now >= clock.deadline_unix()) {
        return tr("Breached (was due %1)").arg(TicketUrgency::dueText(clock.deadline_unix()));
    }
    if (clock.warning_at_unix() != 0 && now >= clock.warning_at_unix()) {
        return tr("At risk · due %1").arg(TicketUrgency::dueText(clock.deadline_unix()));
    }
    if (clock.deadline_unix() != 0) return tr("Due %1").arg(TicketUrgency::dueText(clock.deadline_unix()));
    return {};
}

}  // namespace laoke::client
