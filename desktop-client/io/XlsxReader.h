#pragma once
// Reads the first worksheet of an .xlsx workbook (Office Open XML, as Excel, WPS and
// LibreOffice write it) into text cells: shared and inline strings (phonetic runs left out),
// numbers without a spurious ".0", booleans, and numbers in a date format as "YYYY-MM-DD"
// (or "YYYY-MM-DD HH:MM" when they carry a time of day). Formulas give their cached value.

#include "SheetData.h"

#include <QCoreApplication>

namespace laoke::client::io {

class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static SheetReadResult readFile(const QString& path);

    /// Excel's day number (1900 or 1904 date system) as "YYYY-MM-DD[ HH:MM]".
    static QString serialToDateText(double serial, bool date1904 = false);
    /// Whether a number format code ("yyyy-mm-dd", "m/d/yy h:mm", "0.00" ...) shows a date.
    static bool isDateFormat(int numFmtId, const QString& formatCode);
    /// 0-based column of a cell reference such as "AB12"; -1 when there are no letters.
    static int columnOf(QStringView cellReference);
};

}  // namespace laoke::client::io
