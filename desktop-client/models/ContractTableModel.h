#pragma once
// The contracts of the customer shown by a Customer360Model: kind, number, amount (¥),
// dates, payment status, and for service contracts the service status with the days left.
// Archived contracts are not shown.

#include "laoke.pb.h"

#include <QAbstractTableModel>

#include <vector>

namespace laoke::client {

class Customer360Model;

class ContractTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        NumberColumn,
        AmountColumn,
        TermColumn,
        ServiceColumn,
        PaymentColumn,
        SignedColumn,
        OwnerColumn,
        ColumnCount,
    };
    enum DataRole {
        ContractIdRole = Qt::UserRole + 1,
        CodeValueRole,  ///< payment status code (payment column), service state code (service column)
    };

    explicit ContractTableModel(Customer360Model& customer, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const protocol::Contract& contractAt(int row) const { return m_contracts.at(static_cast<std::size_t>(row)); }
    int rowOfContract(qint64 contractId) const;
    void retranslate();

private:
    void rebuild();
    QString coveredProducts(const protocol::Contract& contract) const;

    Customer360Model& m_customer;
    std::vector<protocol::Contract> m_contracts;
};

}  // namespace laoke::client
