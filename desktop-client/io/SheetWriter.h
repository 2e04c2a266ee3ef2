#pragma once
// Writes a sheet row by row, so an export of a million customers never holds them all in
// memory. Implemented by CsvWriter and XlsxWriter; SpreadsheetWriter picks one by extension.

#include "SheetData.h"

#include <QString>
#include <QStringList>

namespace laoke::client::io {

class SheetWriter {
public:
    virtual ~SheetWriter() = default;
    /// Creates the file and writes the header row; false (see error()) when it cannot.
    virtual bool open(const QString& path, const QList<OutputColumn>& columns) = 0;
    /// One row of cells in the column order given to open(), in canonical form (dates
    /// "YYYY-MM-DD", money as integer fen); an empty cell stays empty.
    virtual bool writeRow(const QStringList& cells) = 0;
    /// Finishes the file; false when the file could not be completed.
    virtual bool close() = 0;
    virtual QString error() const = 0;
};

}  // namespace laoke::client::io
