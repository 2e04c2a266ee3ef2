#pragma once
// The user accounts an administrator manages, as a table: user name, display name, role,
// branch, status and last login. Loaded with list_users; the account actions (create,
// enable/disable, reset password) go through here so that the row a user sees is always the
// one the server sent back, including its new version for the next update.

#include "Connection.h"
#include "laoke.pb.h"

#include <QAbstractTableModel>

#include <vector>

namespace laoke::client {

class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UsernameColumn,
        DisplayNameColumn,
        RoleColumn,
        BranchColumn,
        StatusColumn,
        LastLoginColumn,
        ColumnCount,
    };
    enum DataRole {
        SortRole = Qt::UserRole + 1,  ///< a value that sorts naturally (timestamps for dates)
        UserIdRole,                   ///< the user's id, for finding the row behind a proxy
    };

    explicit UserListModel(Connection& connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reloads every row from the server; emits loadingChanged and then refreshed or loadFailed.
    void refresh();
    bool isLoading() const { return m_loading; }
    /// Announces all header and cell texts as changed, for a new UI language.
    void retranslate();

    const protocol::User& userAt(int row) const { return m_users.at(static_cast<std::size_t>(row)); }
    /// The row of the user with this id, or -1.
    int rowOfUser(qint64 userId) const;

    /// Replaces all rows, e.g. with a list_users reply.
    void setUsers(std::vector<protocol::User> users);
    /// Updates the row of `user` in place (same id) or appends it when it is new.
    void applyUser(const protocol::User& user);

    /// Sends create_user; on success the new user is appended before `done` runs.
    void createUser(const protocol::CreateUserRequest& request, Connection::Callback done);
    /// Sends set_user_enabled with the row's version; on success the row is updated.
    void setUserEnabled(qint64 userId, bool enabled, Connection::Callback done);
    /// Sends reset_password with the row's version; on success the row is updated.
    void resetPassword(qint64 userId, const QString& newPassword, Connection::Callback done);

    /// "Enabled", "Disabled" or "Locked until yyyy-MM-dd HH:mm", translated.
    static QString statusText(const protocol::User& user);

signals:
    void loadingChanged(bool loading);
    void refreshed();
    void loadFailed(const laoke::client::ClientError& error);

private:
    void sendUserUpdate(protocol::Envelope request, Connection::Callback done);
    void setLoading(bool loading);

    Connection& m_connection;
    std::vector<protocol::User> m_users;
    bool m_loading = false;
};

}  // namespace laoke::client
