#include "TicketUrgency.h"

#include <limits>
#include <tuple>

namespace laoke::client {

namespace {

// The clock's state now, from what the server computed when it sent it.
TicketUrgency::Level levelOf(const protocol::SlaClockStatus& clock, qint64 now) {
    const std::string& state = clock.state();
    if (state == "met" || state == "missed") return TicketUrgency::Level::None;
    if (clock.paused()) return state == "breached" ? TicketUrgency::Level::Breached : TicketUrgency::Level::Paused;
    if (state == "breached" || (clock.deadline_unix() != 0 && now >= clock.deadline_unix()))
        return TicketUrgency::Level::Breached;
    if (state == "at_risk" || (clock.warning_at_unix() != 0 && now >= clock.warning_at_unix()))
        return TicketUrgency::Level::AtRisk;
    return TicketUrgency::Level::OnTrack;
}

}  // namespace

TicketUrgency TicketUrgency::of(const protocol::Ticket& ticket, qint64 nowUnix) {
    TicketUrgency best;
    for (const protocol::SlaClockStatus& clock : ticket.sla()) {
        TicketUrgency candidate;
        candidate.level = levelOf(clock, nowUnix);
        if (candidate.level == Level::None) continue;
        candidate.deadlineUnix = candidate.level == Level::Paused ? 0 : clock.deadline_unix();
        candidate.clockKind = QString::fromStdString(clock.kind());
        if (before(candidate, best)) best = candidate;
    }
    return best;
}

bool TicketUrgency::before(const TicketUrgency& a, const TicketUrgency& b) {
    // An unknown deadline sorts after every known one of the same level.
    const auto key = [](const TicketUrgency& u) {
        return std::make_tuple(static_cast<int>(u.level), u.deadlineUnix == 0 ? std::numeric_limits<qint64>::max() : u.deadlineUnix);
    };
    return key(a) < key(b);
}

QString TicketUrgency::stateCode() const {
    switch (level) {
    case Level::Breached:
        return QStringLiteral("breached");
    case Level::AtRisk:
        return QStringLiteral("at_risk");
    case Level::OnTrack:
        return QStringLiteral("on_track");
    case Level::Paused:
    case Level::None:
        break;
    }
    return {};
}

QString TicketUrgency::dueText(qint64 unixSeconds, const QDateTime& now) {
    const QDateTime due = QDateTime::fromSecsSinceEpoch(unixSeconds).toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = due.toString(QStringLiteral("HH:mm"));
    if (due.date() == today) return tr("today %1").arg(time);
    if (due.date() == today.addDays(1)) return tr("tomorrow %1").arg(time);
    if (due.date() == today.addDays(-1)) return tr("yesterday %1").arg(time);
    if (due.date().year() == today.year()) return due.toString(QStringLiteral("MM-dd HH:mm"));
    return due.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TicketUrgency::text(const QDateTime& now) const {
    switch (level) {
    case Level::Breached:
        return deadlineUnix == 0 ? tr("Breached") : tr("Breached · was due %1").arg(dueText(deadlineUnix, now));
    case Level::AtRisk:
        return tr("At risk · due %1").arg(dueText(deadlineUnix, now));
    case Level::OnTrack:
        return deadlineUnix == 0 ? QString() : tr("Due %1").arg(dueText(deadlineUnix, now));
    case Level::Paused:
        return tr("Paused (waiting for customer)");
    case Level::None:
        break;
    }
    return {};
}

}  // namespace laoke::client
