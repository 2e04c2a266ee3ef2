#pragma once
// The branches (分公司) of the partner, as a table: code, name, city. Loaded with
// list_branches; the branch admin screen shows it, and user dialogs pick a branch from it.

#include "Connection.h"
#include "laoke.pb.h"

#include <QAbstractTableModel>

#include <vector>

namespace laoke::client {

class BranchListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        CityColumn,
        ColumnCount,
    };
    enum DataRole {
        BranchIdRole = Qt::UserRole + 1,  ///< the branch's id
    };

    explicit BranchListModel(Connection& connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reloads every row from the server; emits loadingChanged and then refreshed or loadFailed.
    void refresh();
    bool isLoading() const { return m_loading; }
    /// Announces all header and cell texts as changed, for a new UI language.
    void retranslate();

    const protocol::Branch& branchAt(int row) const { return m_branches.at(static_cast<std::size_t>(row)); }
    /// The row of the branch with this id, or -1.
    int rowOfBranch(qint64 branchId) const;

    /// Replaces all rows, e.g. with a list_branches reply.
    void setBranches(std::vector<protocol::Branch> branches);
    /// Updates the row of `branch` in place (same id) or appends it when it is new.
    void applyBranch(const protocol::Branch& branch);

    /// Sends create_branch; on success the new branch is appended before `done` runs.
    void createBranch(const protocol::CreateBranchRequest& request, Connection::Callback done);

signals:
    void loadingChanged(bool loading);
    void refreshed();
    void loadFailed(const laoke::client::ClientError& error);

private:
    void setLoading(bool loading);

    Connection& m_connection;
    std::vector<protocol::Branch> m_branches;
    bool m_loading = false;
};

}  // namespace laoke::client
