#include "BranchListModel.h"

#include <QPointer>

namespace laoke::client {

BranchListModel::BranchListModel(Connection& connection, QObject* parent)
    : QAbstractTableModel(parent), m_connection(connection) {}

int BranchListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_branches.size());
}

int BranchListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BranchListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::Branch& branch = m_branches[static_cast<std::size_t>(index.row())];
    if (role == BranchIdRole) return QVariant::fromValue<qint64>(branch.id());
    if (role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(index.column())) {
    case CodeColumn:
        return QString::fromStdString(branch.code());
    case NameColumn:
        return QString::fromStdString(branch.name());
    case CityColumn:
        return QString::fromStdString(branch.city());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BranchListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case CityColumn:
        return tr("City");
    case ColumnCount:
        break;
    }
    return {};
}

void BranchListModel::refresh() {
    if (m_loading) return;
    setLoading(true);
    protocol::Envelope request;
    request.mutable_list_branches();
    QPointer<BranchListModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        self->setLoading(false);
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        const auto& branches = reply.envelope().list_branches_reply().branches();
        self->setBranches(std::vector<protocol::Branch>(branches.begin(), branches.end()));
        emit self->refreshed();
    });
}

int BranchListModel::rowOfBranch(qint64 branchId) const {
    for (std::size_t row = 0; row < m_branches.size(); ++row)
        if (m_branches[row].id() == branchId) return static_cast<int>(row);
    return -1;
}

void BranchListModel::setBranches(std::vector<protocol::Branch> branches) {
    beginResetModel();
    m_branches = std::move(branches);
    endResetModel();
}

void BranchListModel::applyBranch(const protocol::Branch& branch) {
    const int row = rowOfBranch(branch.id());
    if (row >= 0) {
        m_branches[static_cast<std::size_t>(row)] = branch;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = rowCount();
    beginInsertRows({}, newRow, newRow);
    m_branches.push_back(branch);
    endInsertRows();
}

void BranchListModel::createBranch(const protocol::CreateBranchRequest& request, Connection::Callback done) {
    protocol::Envelope envelope;
    *envelope.mutable_create_branch() = request;
    QPointer<BranchListModel> self(this);
    m_connection.send(std::move(envelope), [self, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok() && reply.envelope().has_branch_reply()) self->applyBranch(reply.envelope().branch_reply().branch());
        if (done) done(reply);
    });
}

void BranchListModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BranchListModel::setLoading(bool loading) {
    if (m_loading == loading) return;
    m_loading = loading;
    emit loadingChanged(loading);
}

}  // namespace laoke::client
