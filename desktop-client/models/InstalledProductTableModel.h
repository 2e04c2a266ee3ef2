#pragma once
// The installed base of the customer shown by a Customer360Model: product, version,
// modules, seats, licence type, the version's lifecycle stage (computed by the server from
// the catalogue) and the service end with the days left (go-live date and server notes in
// the tooltip). Expired service reads in red,
// service about to expire in amber. Archived products are not shown.

#include "laoke.pb.h"

#include <QAbstractTableModel>

#include <vector>

namespace laoke::client {

class Customer360Model;

class InstalledProductTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ProductColumn,
        VersionColumn,
        ModulesColumn,
        SeatsColumn,
        LicenceColumn,
        LifecycleColumn,
        ServiceEndColumn,
        ColumnCount,
    };
    enum DataRole {
        InstalledProductIdRole = Qt::UserRole + 1,
        CodeValueRole,  ///< lifecycle stage code (lifecycle column), service state code (service column)
    };

    explicit InstalledProductTableModel(Customer360Model& customer, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const protocol::InstalledProduct& productAt(int row) const { return m_products.at(static_cast<std::size_t>(row)); }
    int rowOfProduct(qint64 installedProductId) const;
    void retranslate();

    /// "用友U8+ 16.0": line and version, also used by the contract dialog.
    static QString label(const protocol::InstalledProduct& product);

private:
    void rebuild();

    Customer360Model& m_customer;
    std::vector<protocol::InstalledProduct> m_products;
};

}  // namespace laoke::client
