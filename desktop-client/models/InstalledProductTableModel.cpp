#include "InstalledProductTableModel.h"

#include "Customer360Model.h"
#include "CustomerFormats.h"
#include "CustomerValueNames.h"

#include <QFont>
#include <QStringList>

namespace laoke::client {

namespace {

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace

InstalledProductTableModel::InstalledProductTableModel(Customer360Model& customer, QObject* parent)
    : QAbstractTableModel(parent), m_customer(customer) {
    connect(&m_customer, &Customer360Model::loaded, this, &InstalledProductTableModel::rebuild);
    rebuild();
}

void InstalledProductTableModel::rebuild() {
    beginResetModel();
    m_products.clear();
    for (const auto& product : m_customer.view().installed_products())
        if (!product.archived()) m_products.push_back(product);
    endResetModel();
}

QString InstalledProductTableModel::label(const protocol::InstalledProduct& product) {
    return str(product.product_line_name()) + QLatin1Char(' ') + str(product.product_version_name());
}

int InstalledProductTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int InstalledProductTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstalledProductTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::InstalledProduct& product = m_products[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    const QString serviceState = str(product.service_state());
    const bool hasServiceEnd = !product.service_end_on().empty();

    if (role == InstalledProductIdRole) return QVariant::fromValue<qint64>(product.id());
    if (role == CodeValueRole) {
        if (column == LifecycleColumn) return str(product.lifecycle_stage());
        if (column == ServiceEndColumn) return serviceState;
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == LifecycleColumn) return CustomerValueNames::lifecycleStageColor(str(product.lifecycle_stage()));
        if (column == ServiceEndColumn && hasServiceEnd) return CustomerValueNames::serviceStateColor(serviceState);
        if (column == ServiceEndColumn) return CustomerValueNames::mutedColor();
        return {};
    }
    if (role == Qt::FontRole && column == ServiceEndColumn && serviceState == QLatin1String("expired")) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column == SeatsColumn) return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == ModulesColumn) {
            QStringList names;
            for (const auto& name : product.module_names()) names.append(str(name));
            return names.join(QLatin1Char('\n'));
        }
        if (column == ServiceEndColumn && hasServiceEnd) return CustomerValueNames::serviceState(serviceState);
        if (column == ProductColumn || column == VersionColumn) {
            QStringList lines{CustomerValueNames::vendor(str(product.vendor()))};
            if (!product.go_live_on().empty()) lines.append(tr("Live since %1").arg(str(product.go_live_on())));
            if (!product.server_notes().empty()) lines.append(str(product.server_notes()));
            return lines.join(QLatin1Char('\n'));
        }
        if (!product.server_notes().empty()) return str(product.server_notes());
        return {};
    }
    if (role != Qt::DisplayRole) return {};

    switch (column) {
    case ProductColumn:
        return str(product.product_line_name());
    case VersionColumn:
        return str(product.product_version_name());
    case ModulesColumn: {
        QStringList names;
        for (const auto& name : product.module_names()) names.append(str(name));
        return names.join(QStringLiteral("、"));
    }
    case SeatsColumn:
        return product.seats();
    case LicenceColumn:
        return CustomerValueNames::licenceType(str(product.licence_type()));
    case LifecycleColumn:
        return CustomerValueNames::lifecycleStage(str(product.lifecycle_stage()));
    case ServiceEndColumn:
        return hasServiceEnd ? CustomerFormats::serviceEndText(product.service_end_on(), product.service_days_left())
                             : CustomerValueNames::serviceState(QStringLiteral("no_service"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InstalledProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
    case ProductColumn:
        return tr("Product");
    case VersionColumn:
        return tr("Version");
    case ModulesColumn:
        return tr("Modules");
    case SeatsColumn:
        return tr("Seats");
    case LicenceColumn:
        return tr("Licence");
    case LifecycleColumn:
        return tr("Lifecycle");
    case ServiceEndColumn:
        return tr("Service until");
    case ColumnCount:
        break;
    }
    return {};
}

int InstalledProductTableModel::rowOfProduct(qint64 installedProductId) const {
    for (std::size_t row = 0; row < m_products.size(); ++row)
        if (m_products[row].id() == installedProductId) return static_cast<int>(row);
    return -1;
}

void InstalledProductTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

}  // namespace laoke::client
