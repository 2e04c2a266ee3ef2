#include "ContractTableModel.h"

#include "Customer360Model.h"
#include "CustomerFormats.h"
#include "CustomerValueNames.h"
#include "InstalledProductTableModel.h"

#include <QStringList>

namespace laoke::client {

namespace {

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

bool hasServiceState(const protocol::Contract& contract) {
    return !contract.service_state().empty() && contract.service_state() != "no_service";
}

}  // namespace

ContractTableModel::ContractTableModel(Customer360Model& customer, QObject* parent)
    : QAbstractTableModel(parent), m_customer(customer) {
    connect(&m_customer, &Customer360Model::loaded, this, &ContractTableModel::rebuild);
    rebuild();
}

void ContractTableModel::rebuild() {
    beginResetModel();
    m_contracts.clear();
    for (const auto& contract : m_customer.view().contracts())
        if (!contract.archived()) m_contracts.push_back(contract);
    endResetModel();
}

QString ContractTableModel::coveredProducts(const protocol::Contract& contract) const {
    QStringList labels;
    for (qint64 id : contract.installed_product_ids())
        for (const auto& product : m_customer.view().installed_products())
            if (product.id() == id) labels.append(InstalledProductTableModel::label(product));
    return labels.join(QLatin1Char('\n'));
}

int ContractTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_contracts.size());
}

int ContractTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::Contract& contract = m_contracts[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());

    if (role == ContractIdRole) return QVariant::fromValue<qint64>(contract.id());
    if (role == CodeValueRole) {
        if (column == PaymentColumn) return str(contract.payment_status());
        if (column == ServiceColumn && hasServiceState(contract)) return str(contract.service_state());
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == PaymentColumn) return CustomerValueNames::paymentStatusColor(str(contract.payment_status()));
        if (column == ServiceColumn && hasServiceState(contract))
            return CustomerValueNames::serviceStateColor(str(contract.service_state()));
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == AmountColumn) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const QString products = coveredProducts(contract);
        if (column == NumberColumn && !products.isEmpty()) return tr("Covers:\n%1").arg(products);
        if (!contract.notes().empty()) return str(contract.notes());
        return {};
    }
    if (role != Qt::DisplayRole) return {};

    switch (column) {
    case KindColumn:
        return CustomerValueNames::contractKind(str(contract.kind()));
    case NumberColumn:
        return str(contract.number());
    case AmountColumn:
        return CustomerFormats::money(contract.amount_fen());
    case SignedColumn:
        return str(contract.signed_on());
    case TermColumn:
        if (contract.starts_on().empty() && contract.ends_on().empty()) return QString();
        return QStringLiteral("%1 – %2").arg(str(contract.starts_on()), str(contract.ends_on()));
    case PaymentColumn:
        return CustomerValueNames::paymentStatus(str(contract.payment_status()));
    case ServiceColumn:
        if (!hasServiceState(contract)) return QString();
        return QStringLiteral("%1 · %2").arg(CustomerValueNames::serviceState(str(contract.service_state())),
                                             CustomerFormats::daysLeftText(contract.service_days_left()));
    case OwnerColumn:
        return str(contract.owner_name());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
    case KindColumn:
        return tr("Kind");
    case NumberColumn:
        return tr("Number");
    case AmountColumn:
        return tr("Amount");
    case SignedColumn:
        return tr("Signed");
    case TermColumn:
        return tr("Term");
    case PaymentColumn:
        return tr("Payment");
    case ServiceColumn:
        return tr("Service status");
    case OwnerColumn:
        return tr("Owner");
    case ColumnCount:
        break;
    }
    return {};
}

int ContractTableModel::rowOfContract(qint64 contractId) const {
    for (std::size_t row = 0; row < m_contracts.size(); ++row)
        if (m_contracts[row].id() == contractId) return static_cast<int>(row);
    return -1;
}

void ContractTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

}  // namespace laoke::client
