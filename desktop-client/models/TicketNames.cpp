#include "TicketNames.h"

namespace laoke::client {

QList<QString> TicketNames::channels() {
    return {QStringLiteral("hotline"), QStringLiteral("remote"), QStringLiteral("onsite"), QStringLiteral("wechat"),
            QStringLiteral("walk_in")};
}

QList<QString> TicketNames::priorities() {
    return {QStringLiteral("urgent"), QStringLiteral("high"), QStringLiteral("normal"), QStringLiteral("consult")};
}

QString TicketNames::state(const QString& code) {
    if (code == QLatin1String("new")) return tr("New");
    if (code == QLatin1String("assigned")) return tr("Assigned");
    if (code == QLatin1String("in_progress")) return tr("In progress");
    if (code == QLatin1String("waiting_customer")) return tr("Waiting for customer");
    if (code == QLatin1String("resolved")) return tr("Resolved");
    if (code == QLatin1String("closed")) return tr("Closed");
    if (code == QLatin1String("reopened")) return tr("Reopened");
    if (code == QLatin1String("cancelled")) return tr("Cancelled");
    return code;
}

QString TicketNames::channel(const QString& code) {
    if (code == QLatin1String("hotline")) return tr("Hotline");
    if (code == QLatin1String("remote")) return tr("Remote");
    if (code == QLatin1String("onsite")) return tr("Onsite");
    if (code == QLatin1String("wechat")) return tr("WeChat");
    if (code == QLatin1String("walk_in")) return tr("Walk-in");
    return code;
}

QString TicketNames::priority(const QString& code) {
    if (code == QLatin1String("urgent")) return tr("Urgent");
    if (code == QLatin1String("high")) return tr("High");
    if (code == QLatin1String("normal")) return tr("Normal");
    if (code == QLatin1String("consult")) return tr("Consultation");
    return code;
}

QString TicketNames::action(const QString& code) {
    if (code == QLatin1String("assign")) return tr("Assign…");
    if (code == QLatin1String("reassign")) return tr("Reassign…");
    if (code == QLatin1String("start")) return tr("Start work");
    if (code == QLatin1String("wait")) return tr("Wait for customer");
    if (code == QLatin1String("resume")) return tr("Resume");
    if (code == QLatin1String("resolve")) return tr("Resolve…");
    if (code == QLatin1String("close")) return tr("Close");
    if (code == QLatin1String("reopen")) return tr("Reopen…");
    if (code == QLatin1String("cancel")) return tr("Cancel ticket…");
    return code;
}

QString TicketNames::clockKind(const QString& code) {
    if (code == QLatin1String("first_response")) return tr("First response");
    if (code == QLatin1String("resolution")) return tr("Resolution");
    if (code == QLatin1String("onsite_arrival")) return tr("Onsite arrival");
    return code;
}

QString TicketNames::slaState(const QString& code) {
    if (code == QLatin1String("on_track")) return tr("On track");
    if (code == QLatin1String("at_risk")) return tr("At risk");
    if (code == QLatin1String("breached")) return tr("Breached");
    if (code == QLatin1String("met")) return tr("Met");
    if (code == QLatin1String("missed")) return tr("Missed");
    return code;
}

QColor TicketNames::stateColor(const QString& code) {
    if (code == QLatin1String("new")) return QColor(0x5b, 0x63, 0x70);
    if (code == QLatin1String("assigned") || code == QLatin1String("in_progress")) return QColor(0x1d, 0x4e, 0xa8);
    if (code == QLatin1String("waiting_customer")) return QColor(0xb2, 0x6a, 0x00);
    if (code == QLatin1String("resolved") || code == QLatin1String("closed")) return QColor(0x1e, 0x8e, 0x4e);
    if (code == QLatin1String("reopened")) return QColor(0xc0, 0x39, 0x2b);
    return QColor(0x8a, 0x8f, 0x98);
}

QColor TicketNames::priorityColor(const QString& code) {
    if (code == QLatin1String("urgent")) return QColor(0xc0, 0x39, 0x2b);
    if (code == QLatin1String("high")) return QColor(0xb2, 0x6a, 0x00);
    if (code == QLatin1String("normal")) return QColor(0x1d, 0x4e, 0xa8);
    return QColor(0x5b, 0x63, 0x70);
}

QColor TicketNames::slaStateColor(const QString& code) {
    if (code == QLatin1String("breached") || code == QLatin1String("missed")) return QColor(0xc0, 0x39, 0x2b);
    if (code == QLatin1String("at_risk")) return QColor(0xb2, 0x6a, 0x00);
    if (code == QLatin1String("on_track") || code == QLatin1String("met")) return QColor(0x1e, 0x8e, 0x4e);
    return QColor(0x8a, 0x8f, 0x98);
}

QString TicketNames::duration(qint64 seconds) {
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60) return tr("%n min", nullptr, static_cast<int>(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        const int rest = static_cast<int>(minutes % 60);
        return rest == 0 ? tr("%n h", nullptr, static_cast<int>(hours))
                         : tr("%1 h %2 min").arg(hours).arg(rest);
    }
    const int restHours = static_cast<int>(hours % 24);
    return restHours == 0 ? tr("%n d", nullptr, static_cast<int>(hours / 24))
                          : tr("%1 d %2 h").arg(hours / 24).arg(restHours);
}

}  // namespace laoke::client
