#pragma once
// What did not go in, row by row: the rows the client found bad and the server's results
// (rejected rows, skipped duplicates). Saved as .xlsx or .csv with the original cells after
// the explanation, so the user can fix the rows in place and import the file again (the
// explanation columns are not recognised by the column mapping and are left out).

#include "ImportPlan.h"
#include "laoke.pb.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace laoke::client::io {

struct ReportLine {
    int rowNumber = 0;
    QString outcome;  ///< "rejected" or "skipped_duplicate"
    QString message;  ///< translated
};

class ImportReport {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    /// The client's problems (rows never sent) and, when `reply` is given, the server's
    /// rejected and skipped rows, one line per spreadsheet row, in row order.
    static QList<ReportLine> lines(const ImportPlan& plan, const protocol::ApplyImportReply* reply);

    /// Writes the report (.xlsx or .csv by extension): row, outcome, problem, then the
    /// row's cells under the original header. False with `error` set when it cannot.
    static bool write(const QString& path, const QList<QStringList>& sheetRows, int headerRow,
                      const QList<ReportLine>& lines, QString* error);

    /// Translated name of a server outcome.
    static QString outcomeText(const QString& outcome);
};

}  // namespace laoke::client::io
