#pragma once
// The translated, user-facing names of the service desk's codes (ticket states, channels,
// priorities, actions, SLA clock kinds and states) and the colours that carry their meaning.
// The protocol and laokectl use the stable codes of engine/TicketWorkflow; screens ask here.

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace laoke::client {

class TicketNames {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::TicketNames)
public:
    /// The codes in the order pickers show them.
    static QList<QString> channels();
    static QList<QString> priorities();

    /// Names by code; an unknown code is shown as it is.
    static QString state(const QString& code);
    static QString channel(const QString& code);
    static QString priority(const QString& code);
    /// What a button for the action says: "Assign…", "Start work", "Resolve…".
    static QString action(const QString& code);
    static QString clockKind(const QString& code);
    static QString slaState(const QString& code);

    /// Grey for new, blue while worked, amber waiting, green resolved/closed, red reopened.
    static QColor stateColor(const QString& code);
    static QColor priorityColor(const QString& code);
    static QColor slaStateColor(const QString& code);

    /// A business-time span as people say it: "45 min", "2 h 15 min", "3 d 2 h" (8-hour days
    /// are not assumed: a day here is 24 hours, for spans of calendar time).
    static QString duration(qint64 seconds);
};

}  // namespace laoke::client
