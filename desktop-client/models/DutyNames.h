#pragma once
// The translated words of the duty roster (值班表): the duties, a week's days as Chinese
// service staff write them ("周一 12月7日"), the calendar's marks, and the staffing
// suggestion put into a sentence that says why ("周一平均 18 张，月末结账期 ×1.6（默认）→ 约
// 29 张，需 3 人值班热线"). The protocol carries codes and numbers; screens and laokectl ask here.

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace laoke::protocol {
class RosterDay;
}  // namespace laoke::protocol

namespace laoke::client {

class DutyNames {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::DutyNames)
public:
    /// hotline, onsite, office, leave: the order of the choices.
    static QStringList codes();
    /// 热线 / 外勤 / 坐班 / 休假.
    static QString duty(const QString& code);
    /// The cell colour of a duty (office has none).
    static QColor dutyColor(const QString& code);
    /// 周一 ... 周日 / Mon ... Sun (ISO day 1-7).
    static QString weekday(int isoDay);
    /// 12月7日 / 7 Dec.
    static QString date(const QDate& date);
    /// 2026年12月7日 – 12月13日 / 7 – 13 Dec 2026.
    static QString week(const QDate& monday);
    /// What the calendar says of the day: 春节 (休) / 调休上班 / 月末结账 / 年结; "" for none.
    static QString marks(const protocol::RosterDay& day);
    /// The suggestion in short: "约 29 张 · 需 3 人 · 已排 1 人"; "—" where there is none.
    static QString staffing(const protocol::RosterDay& day);
    /// Why: the numbers and rules behind the suggestion, in words.
    static QString reason(const protocol::RosterDay& day, int historyWeeks);
};

}  // namespace laoke::client
