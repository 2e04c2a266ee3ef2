#pragma once
// Which import field each column of a sheet holds, guessed from the header row in Chinese or
// English ("客户名称", "公司名称", "联系人手机", "Service end date" ...) and then editable by the
// user. A field is taken by one column at most: a second column with the same meaning is
// left unmapped, and the user can change that.

#include "ImportField.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace laoke::client::io {

class ColumnMapping {
public:
    ColumnMapping() = default;
    explicit ColumnMapping(QList<ImportField> fields) : m_fields(std::move(fields)) {}

    /// The mapping the header row suggests.
    static ColumnMapping guess(const QStringList& headers);
    /// The field a single header names; Ignore when it is not recognised.
    static ImportField fieldForHeader(const QString& header);

    qsizetype columnCount() const { return m_fields.size(); }
    ImportField field(qsizetype column) const { return m_fields.value(column, ImportField::Ignore); }
    /// Maps `column` to `field`; a column that held `field` before becomes Ignore.
    void set(qsizetype column, ImportField field);
    /// The column holding `field`, or -1.
    qsizetype columnOf(ImportField field) const;
    bool has(ImportField field) const { return columnOf(field) >= 0; }
    const QList<ImportField>& fields() const { return m_fields; }

private:
    QList<ImportField> m_fields;
};

}  // namespace laoke::client::io
