#pragma once
// Reads one spreadsheet row through the column mapping into protocol messages: the customer,
// one contact and one installed product, each value converted to its protocol form (coded
// values from their Chinese names, dates from the ways people write them, phones put where
// they belong, products matched to the catalogue) and checked with the shared rules. Every
// problem is kept with the row number and the column, to be shown where the user fixes it.

#include "CatalogueMatcher.h"
#include "ColumnMapping.h"
#include "laoke.pb.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace laoke::domain {
struct RuleViolation;
}

namespace laoke::client::io {

enum class CodedField;

struct RowProblem {
    int rowNumber = 0;                        ///< spreadsheet row, 1-based (the header is row 1)
    ImportField field = ImportField::Ignore;  ///< the column concerned, if one is
    QString message;                          ///< translated, says what to write instead
};

class ImportRowReader {
public:
    /// `catalogue` may be nullptr: products are then sent as written, for the server to match.
    ImportRowReader(const QStringList& cells, const ColumnMapping& mapping, int rowNumber,
                    const CatalogueMatcher* catalogue);

    /// The cell of `field`, trimmed; "" when no column holds it.
    QString text(ImportField field) const;
    /// Whether any column of `group` has a value in this row.
    bool hasAny(ImportGroup group) const;

    protocol::Customer customer();
    protocol::Contact contact();
    protocol::ImportedProduct product();

    void problem(ImportField field, const QString& message);
    const QList<RowProblem>& problems() const { return m_problems; }

private:
    /// A problem whose message does not name its column yet.
    void columnProblem(ImportField field, const QString& message);
    QString coded(ImportField field, CodedField kind);
    QString date(ImportField field);
    void violation(ImportGroup group, const std::optional<domain::RuleViolation>& violation);

    const QStringList& m_cells;
    const ColumnMapping& m_mapping;
    int m_rowNumber;
    const CatalogueMatcher* m_catalogue;
    QList<RowProblem> m_problems;
};

}  // namespace laoke::client::io
