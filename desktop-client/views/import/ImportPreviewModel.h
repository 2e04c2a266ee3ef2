#pragma once
// The preview table of the import wizard: one line per customer planned from the file, with
// the rows it came from, what it brings (contacts, products) and what the checks found, first
// the client's and then the server's dry run. Lines with problems are tinted red, duplicates
// of existing customers yellow.

#include "ImportPlan.h"
#include "laoke.pb.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace laoke::ui {

namespace io = client::io;

class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowsColumn, NameColumn, ContactsColumn, ProductsColumn, CheckColumn, ColumnCount };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPlan(const io::ImportPlan* plan);
    /// The server's dry run (results keyed by the customer's first row); nullptr clears it.
    void setServerCheck(const protocol::ApplyImportReply* reply, bool updateDuplicates);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Customers with a problem found by the client or the server.
    int problemCount() const;

private:
    enum class State { Pending, Ready, Duplicate, Problem };
    State stateOf(int row) const;
    QString checkText(int row) const;

    const io::ImportPlan* m_plan = nullptr;
    QHash<int, protocol::ImportRowResult> m_server;  ///< by first spreadsheet row
    bool m_checked = false;
    bool m_updateDuplicates = false;
};

}  // namespace laoke::ui
