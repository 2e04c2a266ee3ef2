#pragma once
// The contacts of the customer shown by a Customer360Model, as a table: key contacts first
// (marked ★), people who left the company last, greyed, with the date they left next to
// their name.
// Archived contacts are not shown.

#include "laoke.pb.h"

#include <QAbstractTableModel>

#include <vector>

namespace laoke::client {

class Customer360Model;

class ContactTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        MobileColumn,
        PhoneColumn,
        WeChatColumn,
        EmailColumn,
        DecisionRoleColumn,
        ColumnCount,
    };
    enum DataRole {
        ContactIdRole = Qt::UserRole + 1,
    };

    explicit ContactTableModel(Customer360Model& customer, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const protocol::Contact& contactAt(int row) const { return m_contacts.at(static_cast<std::size_t>(row)); }
    int rowOfContact(qint64 contactId) const;
    void retranslate();

private:
    void rebuild();

    Customer360Model& m_customer;
    std::vector<protocol::Contact> m_contacts;
};

}  // namespace laoke::client
