#pragma once
// Turns the mapped rows of an import sheet into the ImportRow messages the server stages.
// One customer may take several rows: a row that repeats a customer's name (or code), or
// leaves the customer columns empty under it (as merged cells do), adds its contact and
// installed product to that customer. Every value is read, converted to its protocol form
// and checked with the shared rules, and each problem is kept with the spreadsheet row it
// came from, so the preview and the error report can point at the cell to fix.

#include "CatalogueMatcher.h"
#include "ColumnMapping.h"
#include "ImportRowReader.h"
#include "laoke.pb.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace laoke::client::io {

struct PlannedCustomer {
    protocol::ImportRow row;      ///< row_number is the customer's first spreadsheet row
    QList<int> sourceRows;        ///< every spreadsheet row folded into this customer
    QList<RowProblem> problems;   ///< problems found by the client, in any of those rows
    bool ok() const { return problems.isEmpty(); }
};

class ImportPlan {
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    /// `rows` as read (row 0 = spreadsheet row 1); the rows up to and including `headerRow`
    /// are not data.
    /// With a `catalogue`, products are matched to its lines, versions and modules and sent
    /// with the catalogue's names; without one the server alone checks them.
    static ImportPlan build(const QList<QStringList>& rows, const ColumnMapping& mapping, int headerRow = 0,
                            const CatalogueMatcher* catalogue = nullptr);

    /// Why this mapping cannot import anything (no customer name column), or "".
    static QString mappingProblem(const ColumnMapping& mapping);

    const std::vector<PlannedCustomer>& customers() const { return m_customers; }
    /// Non-empty data rows read.
    int dataRowCount() const { return m_dataRows; }
    int badCustomerCount() const;
    QList<RowProblem> problems() const;
    /// The rows to stage: every customer, or only those without problems.
    std::vector<protocol::ImportRow> rowsToStage(bool onlyGood) const;
    /// The customer a spreadsheet row belongs to, or nullptr.
    const PlannedCustomer* customerOfRow(int rowNumber) const;

private:
    std::vector<PlannedCustomer> m_customers;
    QHash<int, std::size_t> m_customerOfRow;  ///< spreadsheet row -> index in m_customers
    int m_dataRows = 0;
};

}  // namespace laoke::client::io
