#include "CustomerSheet.h"

#include "ImportField.h"
#include "ValueCodes.h"

#include <QDateTime>

namespace laoke::client::io {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

}  // namespace

QList<OutputColumn> CustomerSheet::columns()
{
    return {
        {ImportFields::displayName(ImportField::CustomerCode), CellKind::Text, 12},
        {ImportFields::displayName(ImportField::CustomerName), CellKind::Text, 36},
        {ImportFields::displayName(ImportField::ShortName), CellKind::Text, 14},
        {ImportFields::displayName(ImportField::Industry), CellKind::Text, 22},
        {ImportFields::displayName(ImportField::Province), CellKind::Text, 8},
        {ImportFields::displayName(ImportField::City), CellKind::Text, 10},
        {ImportFields::displayName(ImportField::Branch), CellKind::Text, 14},
        {ImportFields::displayName(ImportField::Owner), CellKind::Text, 10},
        {ImportFields::displayName(ImportField::Status), CellKind::Text, 8},
        {ImportFields::displayName(ImportField::Grade), CellKind::Text, 6},
        {tr("Service status"), CellKind::Text, 12},
        {tr("Latest service end"), CellKind::Date, 14},
        {tr("Last updated"), CellKind::DateTime, 17},
    };
}

QStringList CustomerSheet::cells(const protocol::CustomerRow& row)
{
    const QString updated = row.updated_at_unix() == 0
        ? QString()
        : QDateTime::fromSecsSinceEpoch(row.updated_at_unix()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return {
        text(row.code()),
        text(row.name()),
        text(row.short_name()),
        ValueCodes::displayName(CodedField::Industry, text(row.industry())),
        text(row.province()),
        text(row.city()),
        text(row.branch_name()),
        text(row.owner_name()),
        ValueCodes::displayName(CodedField::Status, text(row.status())),
        text(row.manual_grade()),
        ValueCodes::displayName(CodedField::ServiceState, text(row.service_state())),
        text(row.service_end()),
        updated,
    };
}

QString CustomerSheet::sheetName()
{
    return tr("Customers");
}

}  // namespace laoke::client::io
