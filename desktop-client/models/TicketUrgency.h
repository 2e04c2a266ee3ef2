#pragma once
// How urgent an open ticket is, from the SLA clocks the server sent with it: the running
// clock nearest its deadline decides. A clock's state is judged again against the current
// time (the 75% warning instant and the deadline came with it), so a list stays true between
// replies without asking the server. Lists of open tickets sort by this: breached first,
// then at risk, then on track by deadline, then paused (waiting for the customer), then
// tickets without a running clock.

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace laoke::client {

struct TicketUrgency {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::TicketUrgency)
public:
    enum class Level { Breached, AtRisk, OnTrack, Paused, None };

    Level level = Level::None;
    qint64 deadlineUnix = 0;  ///< of the deciding clock; 0 when paused or none
    QString clockKind;        ///< "first_response" or "resolution"

    static TicketUrgency of(const protocol::Ticket& ticket, qint64 nowUnix);
    /// True when `a` should come before `b` in a list sorted by urgency.
    static bool before(const TicketUrgency& a, const TicketUrgency& b);
    /// The state code of the level ("breached", "at_risk", "on_track"; "" for paused and none).
    QString stateCode() const;

    /// "Breached · due 17:30", "At risk · due today 17:30", "Due tomorrow 10:00",
    /// "Paused (waiting for customer)", "" (translated).
    QString text(const QDateTime& now = QDateTime::currentDateTime()) const;
    /// "today 17:30", "tomorrow 10:00", "12-02 10:00", "2027-01-04 10:00" (translated).
    static QString dueText(qint64 unixSeconds, const QDateTime& now = QDateTime::currentDateTime());
};

}  // namespace laoke::client
