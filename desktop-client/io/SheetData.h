#pragma once
// The cells of one sheet as text, the common currency of the readers, the column mapping
// and the writers. Row i of `rows` is spreadsheet row i + 1, so error reports can name the
// row the user sees in Excel; rows the file leaves out are present and empty.

#include <QList>
#include <QString>
#include <QStringList>

namespace laoke::client::io {

struct SheetReadResult {
    bool ok = false;
    QString error;            ///< translated reason when !ok
    QList<QStringList> rows;  ///< row 0 is normally the header
    QString encoding;         ///< for text files: the encoding detected ("UTF-8", "GB18030", ...)
};

/// How a writer formats a column.
enum class CellKind {
    Text,     ///< written as text, even when it looks like a number (codes, phone numbers)
    Integer,  ///< a whole number
    Money,    ///< integer fen in the row data; written as yuan with two decimals (¥12,800.00)
    Date,     ///< "YYYY-MM-DD" in the row data; a real date cell in .xlsx
    DateTime, ///< "YYYY-MM-DD HH:MM" in the row data; a real date-time cell in .xlsx
    Percent,  ///< a share as a fraction ("0.853") in the row data; shown as 85.3%
    Decimal,  ///< a number with decimals ("4.62"), shown with two
};

struct OutputColumn {
    QString title;
    CellKind kind = CellKind::Text;
    int width = 12;  ///< in characters (a Chinese character counts two)
};

}  // namespace laoke::client::io
