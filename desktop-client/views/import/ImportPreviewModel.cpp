#include "ImportPreviewModel.h"

#include "ImportMessages.h"

#include <QBrush>
#include <QColor>

namespace laoke::ui {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPlan(const io::ImportPlan* plan)
{
    beginResetModel();
    m_plan = plan;
    m_server.clear();
    m_checked = false;
    endResetModel();
}

void ImportPreviewModel::setServerCheck(const protocol::ApplyImportReply* reply, bool updateDuplicates)
{
    beginResetModel();
    m_server.clear();
    m_checked = reply != nullptr;
    m_updateDuplicates = updateDuplicates;
    if (reply) {
        for (const protocol::ImportRowResult& result : reply->results()) {
            m_server.insert(result.row_number(), result);
        }
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_plan ? 0 : static_cast<int>(m_plan->customers().size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ImportPreviewModel::State ImportPreviewModel::stateOf(int row) const
{
    const io::PlannedCustomer& customer = m_plan->customers()[static_cast<std::size_t>(row)];
    if (!customer.ok()) return State::Problem;
    if (!m_checked) return State::Pending;
    const auto found = m_server.constFind(customer.row.row_number());
    if (found == m_server.constEnd()) return State::Ready;
    if (found->outcome() == "rejected") return State::Problem;
    if (found->outcome() == "skipped_duplicate" || found->outcome() == "updated") return State::Duplicate;
    return State::Ready;
}

QString ImportPreviewModel::checkText(int row) const
{
    const io::PlannedCustomer& customer = m_plan->customers()[static_cast<std::size_t>(row)];
    if (!customer.ok()) {
        QStringList messages;
        for (const io::RowProblem& problem : customer.problems) {
            messages << (customer.sourceRows.size() > 1 ? tr("row %1: %2").arg(problem.rowNumber).arg(problem.message)
                                                         : problem.message);
        }
        return messages.join(QLatin1Char('\n'));
    }
    switch (stateOf(row)) {
    case State::Pending: return tr("checking at the server…");
    case State::Ready: return tr("ready: new customer");
    case State::Duplicate:
        return m_updateDuplicates ? tr("exists already: will be updated") : tr("exists already: will be skipped");
    case State::Problem: {
        const protocol::ImportRowResult& result = m_server.value(customer.row.row_number());
        return io::ImportMessages::forServerRejection(QString::fromStdString(result.field()),
                                                      QString::fromStdString(result.message()));
    }
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!m_plan || !index.isValid()) return {};
    const io::PlannedCustomer& customer = m_plan->customers()[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case RowsColumn: {
            const QList<int>& rows = customer.sourceRows;
            return rows.size() == 1 ? QString::number(rows.first())
                                    : QStringLiteral("%1–%2").arg(rows.first()).arg(rows.last());
        }
        case NameColumn: return QString::fromStdString(customer.row.customer().name());
        case ContactsColumn: return customer.row.contacts_size();
        case ProductsColumn: return customer.row.products_size();
        case CheckColumn: return checkText(index.row());
        default: return {};
        }
    }
    if (role == Qt::BackgroundRole) {
        switch (stateOf(index.row())) {
        case State::Problem: return QBrush(QColor(0xFD, 0xE8, 0xE8));
        case State::Duplicate: return QBrush(QColor(0xFF, 0xF6, 0xD5));
        case State::Pending:
        case State::Ready: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == ContactsColumn || index.column() == ProductsColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case RowsColumn: return tr("Rows");
    case NameColumn: return tr("Customer");
    case ContactsColumn: return tr("Contacts");
    case ProductsColumn: return tr("Products");
    case CheckColumn: return tr("Check");
    default: return {};
    }
}

int ImportPreviewModel::problemCount() const
{
    int problems = 0;
    for (int row = 0; row < rowCount(); ++row) {
        problems += stateOf(row) == State::Problem ? 1 : 0;
    }
    return problems;
}

}  // namespace laoke::ui
