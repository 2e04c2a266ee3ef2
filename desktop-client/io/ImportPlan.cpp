#include "ImportPlan.h"

#include "ImportMessages.h"
#include "ImportRowReader.h"

#include <QHash>

namespace laoke::client::io {

namespace {

/// How two spellings of one customer name compare: without surrounding or inner blanks,
/// and with full-width brackets as half-width ones (both are common in company names).
QString nameKey(const QString& name)
{
    QString key = name;
    key.remove(QLatin1Char(' '));
    key.remove(QChar(0x3000));
    key.replace(u'（', u'(');
    key.replace(u'）', u')');
    return key.toCaseFolded();
}

}  // namespace

ImportPlan ImportPlan::build(const QList<QStringList>& rows, const ColumnMapping& mapping, int headerRow,
                             const CatalogueMatcher* catalogue)
{
    ImportPlan plan;
    QHash<QString, std::size_t> byName;
    QHash<QString, std::size_t> byCode;
    std::optional<std::size_t> previous;

    for (qsizetype index = headerRow + 1; index < rows.size(); ++index) {
        const QStringList& cells = rows.at(index);
        if (cells.join(QString()).trimmed().isEmpty()) {
            continue;
        }
        const int rowNumber = static_cast<int>(index + 1);
        ++plan.m_dataRows;

        ImportRowReader reader(cells, mapping, rowNumber, catalogue);
        const QString name = reader.text(ImportField::CustomerName);
        const QString code = reader.text(ImportField::CustomerCode);

        std::optional<std::size_t> target;
        if (!name.isEmpty()) {
            if (const auto found = byName.constFind(nameKey(name)); found != byName.constEnd()) {
                target = *found;
            }
        } else if (!code.isEmpty()) {
            if (const auto found = byCode.constFind(code.toUpper()); found != byCode.constEnd()) {
                target = *found;
            }
        } else if (previous && (reader.hasAny(ImportGroup::Contact) || reader.hasAny(ImportGroup::Product))) {
            target = previous;  // the customer cells were merged over several rows
        }

        if (!target) {
            PlannedCustomer customer;
            customer.row.set_row_number(rowNumber);
            if (name.isEmpty()) {
                reader.problem(ImportField::CustomerName, ImportMessages::customerWithoutName());
            }
            *customer.row.mutable_customer() = reader.customer();
            plan.m_customers.push_back(std::move(customer));
            target = plan.m_customers.size() - 1;
            if (!name.isEmpty()) {
                byName.insert(nameKey(name), *target);
            }
            if (!code.isEmpty()) {
                byCode.insert(code.toUpper(), *target);
            }
        }

        PlannedCustomer& customer = plan.m_customers[*target];
        customer.sourceRows << rowNumber;
        plan.m_customerOfRow.insert(rowNumber, *target);
        if (reader.hasAny(ImportGroup::Contact)) {
            *customer.row.add_contacts() = reader.contact();
        }
        if (reader.hasAny(ImportGroup::Product)) {
            *customer.row.add_products() = reader.product();
        }
        customer.problems += reader.problems();
        previous = target;
    }
    return plan;
}

QString ImportPlan::mappingProblem(const ColumnMapping& mapping)
{
    if (!mapping.has(ImportField::CustomerName)) {
        return tr("No column is mapped to \"%1\": every customer needs a name.")
            .arg(ImportFields::displayName(ImportField::CustomerName));
    }
    return QString();
}

int ImportPlan::badCustomerCount() const
{
    int bad = 0;
    for (const PlannedCustomer& customer : m_customers) {
        bad += customer.ok() ? 0 : 1;
    }
    return bad;
}

QList<RowProblem> ImportPlan::problems() const
{
    QList<RowProblem> all;
    for (const PlannedCustomer& customer : m_customers) {
        all += customer.problems;
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const RowProblem& a, const RowProblem& b) { return a.rowNumber < b.rowNumber; });
    return all;
}

std::vector<protocol::ImportRow> ImportPlan::rowsToStage(bool onlyGood) const
{
    std::vector<protocol::ImportRow> rows;
    for (const PlannedCustomer& customer : m_customers) {
        if (!onlyGood || customer.ok()) {
            rows.push_back(customer.row);
        }
    }
    return rows;
}

const PlannedCustomer* ImportPlan::customerOfRow(int rowNumber) const
{
    const auto found = m_customerOfRow.constFind(rowNumber);
    return found == m_customerOfRow.constEnd() ? nullptr : &m_customers[*found];
}

}  // namespace laoke::client::io
