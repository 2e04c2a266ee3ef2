#include "ImportReport.h"

#include "ImportMessages.h"
#include "SpreadsheetWriter.h"

#include <QMap>

namespace laoke::client::io {

QList<ReportLine> ImportReport::lines(const ImportPlan& plan, const protocol::ApplyImportReply* reply)
{
    // Several problems of one row become one line, joined; rows keep spreadsheet order.
    QMap<int, ReportLine> byRow;
    auto add = [&](int row, const QString& outcome, const QString& message) {
        auto found = byRow.find(row);
        if (found == byRow.end()) {
            byRow.insert(row, ReportLine{row, outcome, message});
        } else if (!found->message.contains(message)) {
            found->message += QStringLiteral("; ") + message;
        }
    };

    for (const PlannedCustomer& customer : plan.customers()) {
        for (const RowProblem& problem : customer.problems) {
            add(problem.rowNumber, QStringLiteral("rejected"), problem.message);
        }
        // The other rows of a bad customer did not go in either.
        for (const int row : customer.sourceRows) {
            if (!customer.ok() && !byRow.contains(row)) {
                add(row, QStringLiteral("rejected"),
                    tr("belongs to the customer in row %1, which has problems").arg(customer.row.row_number()));
            }
        }
    }

    if (reply) {
        for (const protocol::ImportRowResult& result : reply->results()) {
            const QString outcome = QString::fromStdString(result.outcome());
            QString message;
            if (outcome == u"rejected") {
                message = ImportMessages::forServerRejection(QString::fromStdString(result.field()),
                                                             QString::fromStdString(result.message()));
            } else if (outcome == u"skipped_duplicate") {
                message = ImportMessages::duplicateSkipped();
            } else {
                continue;  // created and updated rows are not problems
            }
            const PlannedCustomer* customer = plan.customerOfRow(result.row_number());
            const QList<int> rows = customer ? customer->sourceRows : QList<int>{result.row_number()};
            for (const int row : rows) {
                add(row, outcome, message);
            }
        }
    }
    return byRow.values();
}

bool ImportReport::write(const QString& path, const QList<QStringList>& sheetRows, int headerRow,
                         const QList<ReportLine>& lines, QString* error)
{
    auto writer = SpreadsheetWriter::forPath(path, tr("Import problems"));
    if (!writer) {
        *error = SpreadsheetWriter::unsupportedMessage(path);
        return false;
    }
    QList<OutputColumn> columns{
        {tr("Row"), CellKind::Integer, 6},
        {tr("Outcome"), CellKind::Text, 12},
        {tr("Problem"), CellKind::Text, 60},
    };
    const QStringList header = headerRow >= 0 ? sheetRows.value(headerRow) : QStringList();
    qsizetype width = header.size();
    for (const ReportLine& line : lines) {
        width = std::max(width, sheetRows.value(line.rowNumber - 1).size());
    }
    for (qsizetype i = 0; i < width; ++i) {
        columns << OutputColumn{header.value(i), CellKind::Text, 16};
    }
    if (!writer->open(path, columns)) {
        *error = writer->error();
        return false;
    }
    for (const ReportLine& line : lines) {
        QStringList cells{QString::number(line.rowNumber), outcomeText(line.outcome), line.message};
        cells += sheetRows.value(line.rowNumber - 1);
        if (!writer->writeRow(cells)) {
            *error = writer->error();
            writer->close();
            return false;
        }
    }
    if (!writer->close()) {
        *error = writer->error();
        return false;
    }
    return true;
}

QString ImportReport::outcomeText(const QString& outcome)
{
    if (outcome == u"created") {
        return tr("created");
    }
    if (outcome == u"updated") {
        return tr("updated");
    }
    if (outcome == u"skipped_duplicate") {
        return tr("duplicate, skipped");
    }
    if (outcome == u"rejected") {
        return tr("rejected");
    }
    return outcome;
}

}  // namespace laoke::client::io
