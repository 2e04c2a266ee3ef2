#pragma once
// The charts of the reports page (Qt Charts), each built from the report the server sent:
// SLA compliance and first-contact resolution per row of a dimension, the business-time
// distribution of one clock, and the callback scores per week or month with their average.
// A chart with nothing to show says so in its title instead of drawing empty axes.

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;

namespace laoke::ui {

class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(laoke::ui::ReportCharts)
public:
    /// Horizontal bars, one pair per row (the `maxRows` with most tickets; the table below
    /// the chart lists them all). Values are written on the bars while they fit.
    static QChart* compliance(const QList<protocol::ServiceReportGroup>& groups, int maxRows = 8);
    /// Bars of tickets per bucket of `clock` (first_response or resolution).
    static QChart* timeDistribution(const QList<protocol::ServiceTimeBucket>& buckets, const QString& clock);
    /// Stacked bars of the scores per period, and the average score as a line (right axis).
    static QChart* satisfaction(const protocol::ServiceReportReply& report);
};

}  // namespace laoke::ui
