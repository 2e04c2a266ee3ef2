#pragma once
// Reads .xlsx, .csv or .txt (tab separated) by file name extension.

#include "SheetData.h"

#include <QCoreApplication>

namespace laoke::client::io {

class SpreadsheetReader {
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
public:
    static SheetReadResult readFile(const QString& path);
    /// The file dialog filter of the readable kinds (translated).
    static QString fileFilter();
};

}  // namespace laoke::client::io
