#include "UserListModel.h"

#include "RoleNames.h"

#include <QColor>
#include <QDateTime>
#include <QPointer>

namespace laoke::client {

namespace {

QString localMinute(qint64 unixSeconds) {
    return QDateTime::fromSecsSinceEpoch(unixSeconds).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

bool isLocked(const protocol::User& user) {
    return user.locked_until_unix() > QDateTime::currentSecsSinceEpoch();
}

}  // namespace

UserListModel::UserListModel(Connection& connection, QObject* parent)
    : QAbstractTableModel(parent), m_connection(connection) {}

int UserListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserListModel::statusText(const protocol::User& user) {
    if (!user.enabled()) return tr("Disabled");
    if (isLocked(user)) return tr("Locked until %1").arg(localMinute(user.locked_until_unix()));
    return tr("Enabled");
}

QVariant UserListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::User& user = m_users[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());

    if (role == UserIdRole) return QVariant::fromValue<qint64>(user.id());
    if (role == SortRole && column == LastLoginColumn) return QVariant::fromValue<qint64>(user.last_login_unix());
    if (role == SortRole && column == RoleColumn) return static_cast<int>(user.role());
    if (role == Qt::ToolTipRole && column == StatusColumn && user.must_change_password())
        return tr("Must change the password at the next login");
    if (role == Qt::ForegroundRole && !user.enabled()) return QVariant::fromValue(QColor(0x8a, 0x8f, 0x98));
    if (role != Qt::DisplayRole && role != SortRole) return {};

    switch (column) {
    case UsernameColumn:
        return QString::fromStdString(user.username());
    case DisplayNameColumn:
        return QString::fromStdString(user.display_name());
    case RoleColumn:
        return RoleNames::displayName(user.role());
    case BranchColumn:
        return QString::fromStdString(user.branch_name());
    case StatusColumn:
        return statusText(user);
    case LastLoginColumn:
        return user.last_login_unix() == 0 ? tr("Never") : localMinute(user.last_login_unix());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
    case UsernameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case BranchColumn:
        return tr("Branch");
    case StatusColumn:
        return tr("Status");
    case LastLoginColumn:
        return tr("Last login");
    case ColumnCount:
        break;
    }
    return {};
}

void UserListModel::refresh() {
    if (m_loading) return;
    setLoading(true);
    protocol::Envelope request;
    request.mutable_list_users();
    QPointer<UserListModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        self->setLoading(false);
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        const auto& users = reply.envelope().list_users_reply().users();
        self->setUsers(std::vector<protocol::User>(users.begin(), users.end()));
        emit self->refreshed();
    });
}

int UserListModel::rowOfUser(qint64 userId) const {
    for (std::size_t row = 0; row < m_users.size(); ++row)
        if (m_users[row].id() == userId) return static_cast<int>(row);
    return -1;
}

void UserListModel::setUsers(std::vector<protocol::User> users) {
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

void UserListModel::applyUser(const protocol::User& user) {
    const int row = rowOfUser(user.id());
    if (row >= 0) {
        m_users[static_cast<std::size_t>(row)] = user;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = rowCount();
    beginInsertRows({}, newRow, newRow);
    m_users.push_back(user);
    endInsertRows();
}

void UserListModel::createUser(const protocol::CreateUserRequest& request, Connection::Callback done) {
    protocol::Envelope envelope;
    *envelope.mutable_create_user() = request;
    sendUserUpdate(std::move(envelope), std::move(done));
}

void UserListModel::setUserEnabled(qint64 userId, bool enabled, Connection::Callback done) {
    const int row = rowOfUser(userId);
    protocol::Envelope envelope;
    auto* request = envelope.mutable_set_user_enabled();
    request->set_user_id(userId);
    request->set_enabled(enabled);
    if (row >= 0) request->set_expected_version(userAt(row).version());
    sendUserUpdate(std::move(envelope), std::move(done));
}

void UserListModel::resetPassword(qint64 userId, const QString& newPassword, Connection::Callback done) {
    const int row = rowOfUser(userId);
    protocol::Envelope envelope;
    auto* request = envelope.mutable_reset_password();
    request->set_user_id(userId);
    request->set_new_password(newPassword.toStdString());
    if (row >= 0) request->set_expected_version(userAt(row).version());
    sendUserUpdate(std::move(envelope), std::move(done));
}

void UserListModel::sendUserUpdate(protocol::Envelope request, Connection::Callback done) {
    QPointer<UserListModel> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok() && reply.envelope().has_user_reply()) self->applyUser(reply.envelope().user_reply().user());
        if (done) done(reply);
    });
}

void UserListModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void UserListModel::setLoading(bool loading) {
    if (m_loading == loading) return;
    m_loading = loading;
    emit loadingChanged(loading);
}

}  // namespace laoke::client
