#pragma once
// The translated words for onsite visits (上门): their states, what a history entry of a visit
// says, and a visit's time as Chinese service staff write it ("12月1日 周二 14:00–16:00").
// The protocol carries stable codes; screens ask here.

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace laoke::protocol {
class OnsiteAppointment;
class TicketEvent;
}  // namespace laoke::protocol

namespace laoke::client {

class VisitNames {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::VisitNames)
public:
    /// planned, arrived, finished, cancelled.
    static QString state(const QString& code);
    static QColor stateColor(const QString& code);
    /// A work log line for an event of kind appointment: "booked a visit: 12月1日 周二 14:00 (张伟)".
    static QString change(const protocol::TicketEvent& event);
    /// The visit's day and hours in local time; the day is left out when `withDay` is false.
    static QString span(qint64 startsAtUnix, int minutes, bool withDay = true);
    static QString span(const protocol::OnsiteAppointment& visit, bool withDay = true);
    /// "12月1日 周二" / "Tue 1 Dec".
    static QString day(qint64 unixSeconds);
    /// The road to a visit: "约 12 公里 · 35 分钟", "约 85 公里 · 1 小时 45 分钟"; empty for 0 km (unknown).
    static QString road(int km, int minutes);
    /// A travel time: "35 分钟", "1 小时 45 分钟".
    static QString duration(int minutes);
};

}  // namespace laoke::client
