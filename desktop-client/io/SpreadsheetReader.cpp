#include "SpreadsheetReader.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QFileInfo>

namespace laoke::client::io {

SheetReadResult SpreadsheetReader::readFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx") {
        return XlsxReader::readFile(path);
    }
    if (suffix == u"csv" || suffix == u"txt") {
        return CsvReader::readFile(path);
    }
    SheetReadResult result;
    result.error = suffix == u"xls" ? tr("%1 is an old Excel 97-2003 workbook; save it as .xlsx or .csv first").arg(path)
                                    : tr("%1 is not a .xlsx or .csv file").arg(path);
    return result;
}

QString SpreadsheetReader::fileFilter()
{
    return tr("Spreadsheets (*.xlsx *.csv *.txt)");
}

}  // namespace laoke::client::io
