#include "ServiceReportWorkbook.h"

#include "ReportComplaintTableModel.h"
#include "ReportFigures.h"
#include "ReportGroupTableModel.h"
#include "XlsxWriter.h"

#include <QDate>

namespace laoke::client {

namespace {

using io::CellKind;
using io::OutputColumn;

QString fraction(const std::optional<double>& share) { return share ? QString::number(*share, 'f', 4) : QString(); }

QList<OutputColumn> groupColumns(const QString& nameTitle, const protocol::ServiceReportReply& report) {
    using M = ReportGroupTableModel;
    const qint64 quickResponse = report.quick_response_seconds();
    const qint64 quickResolution = report.quick_resolution_seconds();
    return {{nameTitle, CellKind::Text, 18},
            {M::columnTitle(M::ResolvedColumn), CellKind::Integer, 10},
            {M::columnTitle(M::SlaColumn), CellKind::Percent, 10},
            {M::columnTitle(M::ResponseColumn), CellKind::Percent, 12},
            {M::columnTitle(M::ResolutionColumn), CellKind::Percent, 12},
            {M::columnTitle(M::OnsiteColumn), CellKind::Percent, 12},
            {M::columnTitle(M::FirstContactColumn), CellKind::Percent, 14},
            {M::columnTitle(M::QuickResponseColumn, quickResponse, quickResolution), CellKind::Percent, 14},
            {M::columnTitle(M::QuickResolutionColumn, quickResponse, quickResolution), CellKind::Percent, 14},
            {ServiceReportWorkbook::tr("Average score"), CellKind::Decimal, 10},
            {ServiceReportWorkbook::tr("Scores given"), CellKind::Integer, 10},
            {M::columnTitle(M::ComplaintsColumn), CellKind::Integer, 8}};
}

QStringList groupCells(const protocol::ServiceReportGroup& g) {
    return {ReportFigures::groupName(g),
            QString::number(g.resolved()),
            fraction(ReportFigures::slaCompliance(g)),
            fraction(ReportFigures::share(g.response_met(), g.response_targets())),
            fraction(ReportFigures::share(g.resolution_met(), g.resolution_targets())),
            fraction(ReportFigures::share(g.onsite_met(), g.onsite_targets())),
            fraction(ReportFigures::firstContactRate(g)),
            fraction(ReportFigures::quickResponseRate(g)),
            fraction(ReportFigures::quickResolutionRate(g)),
            fraction(ReportFigures::averageSatisfaction(g)),
            QString::number(g.rated()),
            QString::number(g.complaints())};
}

bool writeGroups(io::XlsxWriter& writer, const protocol::ServiceReportReply& report, const QString& dimension,
                 const QString& sheet, const QString& nameTitle) {
    if (!writer.addSheet(sheet, groupColumns(nameTitle, report))) return false;
    for (const auto& g : report.groups()) {
        if (QString::fromStdString(g.dimension()) == dimension && !writer.writeRow(groupCells(g))) return false;
    }
    return true;
}

}  // namespace

QString ServiceReportWorkbook::suggestedFileName(const protocol::ServiceReportReply& report) {
    return tr("Service report from %1 to %2.xlsx")
        .arg(QString::fromStdString(report.from_date()), QString::fromStdString(report.to_date()));
}

bool ServiceReportWorkbook::write(const QString& path, const protocol::ServiceReportReply& report,
                                  const QString& branchName, QString* error) {
    io::XlsxWriter writer(tr("Overview"));
    auto fail = [&] {
        if (error) *error = writer.error();
        writer.close();
        return false;
    };
    // The overview: the scope, then the whole period's figures, one per row.
    if (!writer.open(path, {{tr("Item"), CellKind::Text, 28}, {tr("Value"), CellKind::Text, 30}})) return fail();
    protocol::ServiceReportGroup total;
    for (const auto& g : report.groups()) {
        if (g.dimension() == "total") total = g;
    }
    const QList<QStringList> overview{
        {tr("Period"), tr("from %1 to %2").arg(QString::fromStdString(report.from_date()), QString::fromStdString(report.to_date()))},
        {tr("Branch"), branchName.isEmpty() ? tr("All branches") : branchName},
        {tr("Tickets resolved"), QString::number(total.resolved())},
        {tr("SLA met"), ReportFigures::percent(ReportFigures::slaCompliance(total))},
        {tr("First-contact resolution"), ReportFigures::percent(ReportFigures::firstContactRate(total))},
        {tr("Answered within %1").arg(ReportFigures::bound(report.quick_response_seconds())),
         ReportFigures::percent(ReportFigures::quickResponseRate(total))},
        {tr("Resolved within %1 of working time").arg(ReportFigures::bound(report.quick_resolution_seconds())),
         ReportFigures::percent(ReportFigures::quickResolutionRate(total))},
        {tr("Average score"), ReportFigures::score(ReportFigures::averageSatisfaction(total))},
        {tr("Scores given"), QString::number(total.rated())},
        {tr("Complaints opened"), QString::number(report.complaints_total())}};
    for (const auto& row : overview) {
        if (!writer.writeRow(row)) return fail();
    }

    if (!writeGroups(writer, report, QStringLiteral("branch"), tr("By branch"), tr("Branch"))) return fail();
    if (!writeGroups(writer, report, QStringLiteral("engineer"), tr("By engineer"), tr("Engineer"))) return fail();
    if (!writeGroups(writer, report, QStringLiteral("category"), tr("By category"), tr("Category"))) return fail();
    if (!writeGroups(writer, report, QStringLiteral("grade"), tr("By grade"), tr("Grade"))) return fail();

    // The time distributions: one row per bucket, both clocks side by side where they line up.
    if (!writer.addSheet(tr("Time distribution"), {{tr("Clock"), CellKind::Text, 12},
                                                    {tr("Working time"), CellKind::Text, 16},
                                                    {tr("Tickets"), CellKind::Integer, 10}})) {
        return fail();
    }
    qint64 lower = 0;
    std::string clock;
    for (const auto& bucket : report.time_buckets()) {
        if (bucket.clock() != clock) lower = 0;
        clock = bucket.clock();
        const QString clockName = clock == "first_response" ? tr("First response") : tr("Resolution");
        if (!writer.writeRow({clockName, ReportFigures::bucketName(lower, bucket.upper_seconds()),
                              QString::number(bucket.tickets())})) {
            return fail();
        }
        lower = bucket.upper_seconds();
    }

    QList<OutputColumn> trendColumns{{tr("Period"), CellKind::Text, 16}};
    for (int score = 5; score >= 1; --score) trendColumns.append({ReportFigures::scoreName(score), CellKind::Integer, 10});
    trendColumns.append({tr("Average score"), CellKind::Decimal, 10});
    if (!writer.addSheet(tr("Satisfaction"), trendColumns)) return fail();
    const QString unit = QString::fromStdString(report.trend_unit());
    for (const auto& period : report.satisfaction_trend()) {
        QStringList cells{ReportFigures::periodName(unit, QDate::fromString(QString::fromStdString(period.start_date()), Qt::ISODate))};
        qint64 count = 0, sum = 0;
        for (int score = 5; score >= 1; --score) {
            const int n = period.counts_size() >= score ? period.counts(score - 1) : 0;
            cells << QString::number(n);
            count += n;
            sum += static_cast<qint64>(n) * score;
        }
        cells << fraction(ReportFigures::share(sum, count));
        if (!writer.writeRow(cells)) return fail();
    }

    using C = ReportComplaintTableModel;
    QList<OutputColumn> complaintColumns;
    for (int column = 0; column < C::ColumnCount; ++column) {
        const CellKind kind = column == C::OpenedColumn || column == C::ResolvedColumn ? CellKind::DateTime : CellKind::Text;
        const int width = column == C::SummaryColumn || column == C::ResolutionColumn ? 40 : 14;
        complaintColumns.append({C::columnTitle(column), kind, width});
    }
    if (!writer.addSheet(tr("Complaint list"), complaintColumns)) return fail();
    for (const auto& complaint : report.complaints()) {
        QStringList cells;
        for (int column = 0; column < C::ColumnCount; ++column) cells << C::cellText(complaint, column);
        if (!writer.writeRow(cells)) return fail();
    }
    if (!writer.close()) {
        if (error) *error = writer.error();
        return false;
    }
    return true;
}

}  // namespace laoke::client
