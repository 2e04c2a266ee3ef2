#pragma once
// The figures the reports show, worked out from the counts the server sends (reports.proto)
// and put into words: shares as percentages, business time as minutes or hours, averages of
// the 1-5 scores, the time buckets' names and the trend's periods. A share of nothing is no
// figure at all (shown as "—"), never 0% or 100%.

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace laoke::client {

class ReportFigures {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::ReportFigures)
public:
    /// part / whole; nullopt when whole is 0.
    static std::optional<double> share(qint64 part, qint64 whole);
    /// Tickets with every clock within its target, of those with a target.
    static std::optional<double> slaCompliance(const protocol::ServiceReportGroup& group);
    static std::optional<double> firstContactRate(const protocol::ServiceReportGroup& group);
    static std::optional<double> averageSatisfaction(const protocol::ServiceReportGroup& group);

    /// "85.3%"; "—" for no figure.
    static QString percent(const std::optional<double>& share);
    /// "4.62"; "—" for no figure.
    static QString score(const std::optional<double>& average);
    /// Business time: "35 min", "2.5 h" (working hours, so no days of 24 hours).
    static QString businessTime(qint64 seconds);
    /// A bound of business time in whole units: "30 min", "16 h".
    static QString bound(qint64 seconds);
    /// Answered within the quick-response line, and resolved within the quick-resolution line.
    static std::optional<double> quickResponseRate(const protocol::ServiceReportGroup& group);
    static std::optional<double> quickResolutionRate(const protocol::ServiceReportGroup& group);
    /// A time bucket's name from its bounds: "under 15 min", "1–2 h", "over 16 h".
    static QString bucketName(qint64 lowerSeconds, qint64 upperSeconds);
    /// The row's name: the label, the category in the UI language, "Not graded", "No category".
    static QString groupName(const protocol::ServiceReportGroup& group);
    /// "Week of 11-23" or "2026-11" for a period of the satisfaction trend (11月23日起一周,
    /// 2026年11月).
    static QString periodName(const QString& unit, const QDate& start);
    /// 1 -> "Very dissatisfied" ... 5 -> "Very satisfied".
    static QString scoreName(int score);
};

}  // namespace laoke::client
