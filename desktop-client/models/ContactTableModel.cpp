#include "ContactTableModel.h"

#include "Customer360Model.h"
#include "CustomerValueNames.h"

#include <QFont>

#include <algorithm>

namespace laoke::client {

namespace {

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

bool hasLeft(const protocol::Contact& contact) {
    return !contact.left_on().empty();
}

}  // namespace

ContactTableModel::ContactTableModel(Customer360Model& customer, QObject* parent)
    : QAbstractTableModel(parent), m_customer(customer) {
    connect(&m_customer, &Customer360Model::loaded, this, &ContactTableModel::rebuild);
    rebuild();
}

void ContactTableModel::rebuild() {
    beginResetModel();
    m_contacts.clear();
    for (const auto& contact : m_customer.view().contacts())
        if (!contact.archived()) m_contacts.push_back(contact);
    // The people to call first come first: key contacts, then the others; those who left last.
    std::stable_sort(m_contacts.begin(), m_contacts.end(), [](const protocol::Contact& a, const protocol::Contact& b) {
        if (hasLeft(a) != hasLeft(b)) return !hasLeft(a);
        return a.is_key() && !b.is_key();
    });
    endResetModel();
}

int ContactTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::Contact& contact = m_contacts[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());

    if (role == ContactIdRole) return QVariant::fromValue<qint64>(contact.id());
    if (role == Qt::ForegroundRole && hasLeft(contact)) return CustomerValueNames::mutedColor();
    if (role == Qt::FontRole && column == NameColumn && contact.is_key() && !hasLeft(contact)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (column == NameColumn && contact.is_key()) return tr("Key contact");
        if (!contact.notes().empty()) return str(contact.notes());
        return {};
    }
    if (role != Qt::DisplayRole) return {};

    switch (column) {
    case NameColumn: {
        const QString name = contact.is_key() ? QStringLiteral("★ ") + str(contact.name()) : str(contact.name());
        return hasLeft(contact) ? tr("%1 · left on %2").arg(name, str(contact.left_on())) : name;
    }
    case RoleColumn: {
        const QString role = CustomerValueNames::contactRole(str(contact.role()));
        return contact.title().empty() ? role : QStringLiteral("%1 · %2").arg(str(contact.title()), role);
    }
    case DecisionRoleColumn:
        return CustomerValueNames::decisionRole(str(contact.decision_role()));
    case MobileColumn:
        return str(contact.mobile());
    case PhoneColumn:
        return str(contact.phone());
    case WeChatColumn:
        return str(contact.wechat());
    case EmailColumn:
        return str(contact.email());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Position");
    case DecisionRoleColumn:
        return tr("Decision role");
    case MobileColumn:
        return tr("Mobile");
    case PhoneColumn:
        return tr("Phone");
    case WeChatColumn:
        return tr("WeChat");
    case EmailColumn:
        return tr("E-mail");
    case ColumnCount:
        break;
    }
    return {};
}

int ContactTableModel::rowOfContact(qint64 contactId) const {
    for (std::size_t row = 0; row < m_contacts.size(); ++row)
        if (m_contacts[row].id() == contactId) return static_cast<int>(row);
    return -1;
}

void ContactTableModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

}  // namespace laoke::client
