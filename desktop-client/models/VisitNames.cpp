#include "VisitNames.h"

#include "laoke.pb.h"

#include <QDateTime>
#include <QLocale>

namespace laoke::client {

namespace {

QString str(const std::string& text) { return QString::fromStdString(text); }

QString hhmm(const QDateTime& time) { return time.toString(QStringLiteral("HH:mm")); }

}  // namespace

QString VisitNames::state(const QString& code)
{
    if (code == QLatin1String("planned")) return tr("Booked");
    if (code == QLatin1String("arrived")) return tr("On site");
    if (code == QLatin1String("finished")) return tr("Done");
    if (code == QLatin1String("cancelled")) return tr("Cancelled");
    return code;
}

QColor VisitNames::stateColor(const QString& code)
{
    if (code == QLatin1String("planned")) return QColor(0x1d, 0x4e, 0xa8);
    if (code == QLatin1String("arrived")) return QColor(0xb5, 0x6a, 0x00);
    if (code == QLatin1String("finished")) return QColor(0x2e, 0x7d, 0x32);
    return QColor(0x66, 0x70, 0x85);
}

QString VisitNames::day(qint64 unixSeconds)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(unixSeconds);
    // The UI language decides the form: 12月1日 周二 in Chinese, Tue 1 Dec in English.
    const QLocale locale;
    if (locale.language() == QLocale::Chinese) {
        return tr("%1/%2 %3", "month/day weekday")
            .arg(time.date().month())
            .arg(time.date().day())
            .arg(locale.dayName(time.date().dayOfWeek(), QLocale::ShortFormat));
    }
    return locale.toString(time.date(), QStringLiteral("ddd d MMM"));
}

QString VisitNames::span(qint64 startsAtUnix, int minutes, bool withDay)
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(startsAtUnix);
    const QDateTime end = start.addSecs(static_cast<qint64>(minutes) * 60);
    const QString hours = QStringLiteral("%1–%2").arg(hhmm(start), hhmm(end));
    return withDay ? QStringLiteral("%1 %2").arg(day(startsAtUnix), hours) : hours;
}

QString VisitNames::span(const protocol::OnsiteAppointment& visit, bool withDay)
{
    return span(visit.starts_at_unix(), visit.duration_minutes(), withDay);
}

QString VisitNames::change(const protocol::TicketEvent& event)
{
    const QString code = str(event.appointment_change());
    const QString when = event.appointment_starts_unix() == 0 ? QString()
                                                               : day(event.appointment_starts_unix()) + QLatin1Char(' ') +
                                                                     hhmm(QDateTime::fromSecsSinceEpoch(event.appointment_starts_unix()));
    const QString who = str(event.assignee_name());
    if (code == QLatin1String("scheduled")) return tr("booked a visit: %1 (%2)").arg(when, who);
    if (code == QLatin1String("rescheduled")) return tr("moved the visit to %1 (%2)").arg(when, who);
    if (code == QLatin1String("arrived")) return tr("arrived at the customer (%1)").arg(who);
    if (code == QLatin1String("finished")) return tr("finished the visit (%1)").arg(who);
    if (code == QLatin1String("cancelled")) return tr("cancelled the visit of %1: %2").arg(when, str(event.note()));
    return code;
}

QString VisitNames::duration(int minutes)
{
    if (minutes < 60) return tr("%n min", nullptr, minutes);
    if (minutes % 60 == 0) return tr("%n h", nullptr, minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString VisitNames::road(int km, int minutes)
{
    if (km <= 0) return {};
    return tr("about %n km · %1", nullptr, km).arg(duration(minutes));
}

}  // namespace laoke::client
