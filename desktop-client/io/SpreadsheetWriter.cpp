#include "SpreadsheetWriter.h"

#include "CsvWriter.h"
#include "XlsxWriter.h"

#include <QFileInfo>

namespace laoke::client::io {

std::unique_ptr<SheetWriter> SpreadsheetWriter::forPath(const QString& path, const QString& sheetName)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx") {
        return std::make_unique<XlsxWriter>(sheetName);
    }
    if (suffix == u"csv") {
        return std::make_unique<CsvWriter>();
    }
    return nullptr;
}

QString SpreadsheetWriter::fileFilter()
{
    return tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)");
}

QString SpreadsheetWriter::unsupportedMessage(const QString& path)
{
    return tr("%1: the file name must end in .xlsx or .csv").arg(path);
}

}  // namespace laoke::client::io
