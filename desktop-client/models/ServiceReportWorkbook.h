#pragma once
// Writes a loaded service report to an .xlsx workbook, one sheet per part, with numbers as
// numbers (shares as percentages, business time in hours) so the manager can sort, chart and
// forward it: an overview, SLA compliance by branch, engineer, category and grade, the time
// distributions, the satisfaction trend and the complaint list.

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QString>

namespace laoke::client {

class ServiceReportWorkbook {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::ServiceReportWorkbook)
public:
    /// `branchName` names the scope on the overview ("" for every branch). False with
    /// `error` set (translated) when the file cannot be written.
    static bool write(const QString& path, const protocol::ServiceReportReply& report, const QString& branchName,
                      QString* error);
    /// A file name to suggest: "服务报表_2026-11-01_2026-11-30.xlsx".
    static QString suggestedFileName(const protocol::ServiceReportReply& report);
};

}  // namespace laoke::client
