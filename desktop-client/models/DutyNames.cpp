#include "DutyNames.h"

#include "laoke.pb.h"

#include <cmath>

namespace laoke::client {

namespace {

QString str(const std::string& text) { return QString::fromStdString(text); }

QString factorText(double factor) { return QString::number(factor, 'f', 1); }

QString averageText(double average)
{
    // Whole tickets where they are whole, else one decimal: 18, 7.5.
    return std::fabs(average - std::round(average)) < 0.05 ? QString::number(std::lround(average))
                                                            : QString::number(average, 'f', 1);
}

}  // namespace

QStringList DutyNames::codes()
{
    return {QStringLiteral("hotline"), QStringLiteral("onsite"), QStringLiteral("office"), QStringLiteral("leave")};
}

QString DutyNames::duty(const QString& code)
{
    if (code == QLatin1String("hotline")) return tr("Hotline");
    if (code == QLatin1String("onsite")) return tr("Onsite");
    if (code == QLatin1String("office")) return tr("Office");
    if (code == QLatin1String("leave")) return tr("Leave");
    return code;
}

QColor DutyNames::dutyColor(const QString& code)
{
    if (code == QLatin1String("hotline")) return QColor(0xdc, 0xe9, 0xfb);
    if (code == QLatin1String("onsite")) return QColor(0xfd, 0xeb, 0xd0);
    if (code == QLatin1String("leave")) return QColor(0xe8, 0xea, 0xee);
    return {};
}

QString DutyNames::weekday(int isoDay)
{
    switch (isoDay) {
    case 1: return tr("Mon");
    case 2: return tr("Tue");
    case 3: return tr("Wed");
    case 4: return tr("Thu");
    case 5: return tr("Fri");
    case 6: return tr("Sat");
    case 7: return tr("Sun");
    default: return {};
    }
}

QString DutyNames::date(const QDate& date)
{
    return tr("%1/%2", "month/day in a roster header").arg(date.month()).arg(date.day());
}

QString DutyNames::week(const QDate& monday)
{
    const QDate sunday = monday.addDays(6);
    return tr("%1/%2/%3 – %4/%5", "year/month/day – month/day of a roster week")
        .arg(monday.year())
        .arg(monday.month())
        .arg(monday.day())
        .arg(sunday.month())
        .arg(sunday.day());
}

QString DutyNames::marks(const protocol::RosterDay& day)
{
    QStringList marks;
    const QString name = str(day.day_name());
    if (day.holiday()) marks << (name.isEmpty() ? tr("Holiday") : tr("%1 (holiday)").arg(name));
    if (day.make_up_workday()) marks << tr("Make-up working day");
    if (day.close() == "month_end") marks << tr("Month-end close");
    if (day.close() == "year_end") marks << tr("Year-end close");
    return marks.join(QStringLiteral(" · "));
}

QString DutyNames::staffing(const protocol::RosterDay& day)
{
    const auto& s = day.suggestion();
    if (s.basis() != "forecast") {
        return s.rostered() > 0 ? tr("%1 on hotline").arg(s.rostered()) : QStringLiteral("—");
    }
    return tr("≈%1 tickets\nneed %2 · rostered %3")
        .arg(std::lround(s.expected_tickets()))
        .arg(s.needed())
        .arg(s.rostered());
}

QString DutyNames::reason(const protocol::RosterDay& day, int historyWeeks)
{
    const auto& s = day.suggestion();
    if (s.basis() == "day_off") {
        const QString name = str(day.day_name());
        return name.isEmpty() ? tr("Not a working day: no hotline duty.") : tr("%1 holiday: no hotline duty.").arg(name);
    }
    if (s.basis() != "forecast") {
        return tr("No hotline tickets in the past %1 weeks: no suggestion yet.").arg(historyWeeks);
    }
    const QDate date = QDate::fromString(str(day.date()), Qt::ISODate);
    const QString base = s.all_weekdays()
                             ? tr("Working days average %1 tickets (%2 days)").arg(averageText(s.weekday_average())).arg(s.sample_days())
                             : tr("%1: average %2 tickets (%3 days)")
                                   .arg(weekday(date.dayOfWeek()), averageText(s.weekday_average()))
                                   .arg(s.sample_days());
    const QString result =
        tr("about %1 tickets, %2 needed on the hotline").arg(std::lround(s.expected_tickets())).arg(s.needed());
    QString sentence;
    if (s.close().empty()) {
        sentence = tr("%1 → %2").arg(base, result);
    } else {
        const QString period = s.close() == "year_end" ? tr("year-end close ×%1").arg(factorText(s.close_factor()))
                                                       : tr("month-end close ×%1").arg(factorText(s.close_factor()));
        const QString source = s.factor_measured() ? tr("(measured)") : tr("(default)");
        sentence = tr("%1, %2 %3 → %4").arg(base, period, source, result);
    }
    if (s.short_staffed()) sentence += tr("; %1 rostered, %2 short").arg(s.rostered()).arg(s.needed() - s.rostered());
    return sentence;
}

}  // namespace laoke::client
