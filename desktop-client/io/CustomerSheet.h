#pragma once
// The columns of a customer list export and the cells of one CustomerRow, shared by the
// desktop's export dialog and `laokectl customers export`. Column titles are the import's
// own display names where there is one, so an exported file imports again unchanged.

#include "SheetData.h"
#include "laoke.pb.h"

#include <QCoreApplication>

namespace laoke::client::io {

class CustomerSheet {
    Q_DECLARE_TR_FUNCTIONS(CustomerSheet)
public:
    static QList<OutputColumn> columns();
    /// Cells in columns() order; coded values as translated display names.
    static QStringList cells(const protocol::CustomerRow& row);
    static QString sheetName();
};

}  // namespace laoke::client::io
