#pragma once
// Chooses the writer for a file name: .xlsx or .csv.

#include "SheetWriter.h"

#include <QCoreApplication>

#include <memory>

namespace laoke::client::io {

class SpreadsheetWriter {
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetWriter)
public:
    /// nullptr when the extension is neither .xlsx nor .csv.
    static std::unique_ptr<SheetWriter> forPath(const QString& path, const QString& sheetName = QString());
    /// The file dialog filter of the writable kinds (translated), .xlsx first.
    static QString fileFilter();
    static QString unsupportedMessage(const QString& path);
};

}  // namespace laoke::client::io
