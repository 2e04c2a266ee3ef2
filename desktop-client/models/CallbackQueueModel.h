#pragma once
// The callback queue of the user's branch (list_callbacks; admins: every branch): the pending
// callbacks after resolution, oldest resolution first, and recording a call (record_callback).
// Follows the server: every callback pushed as made or recorded, by anyone, reloads the queue
// (once per burst), and so does a reconnect.

#include "Connection.h"
#include "laoke.pb.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

class QTimer;

namespace laoke::client {

class LiveEvents;

class CallbackQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TicketColumn, ResolvedColumn, AttemptsColumn, CustomerColumn, ContactColumn, SubjectColumn, EngineerColumn, ColumnCount };
    enum DataRole { CallbackIdRole = Qt::UserRole + 1 };

    explicit CallbackQueueModel(Connection& connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    bool isLoaded() const { return m_loaded; }
    const protocol::Callback& callbackAt(int row) const { return m_callbacks.at(static_cast<std::size_t>(row)); }
    int rowOfCallback(qint64 id) const;
    int rowOfTicket(const QString& number) const;

    /// Records one call of the callback at the version shown; the queue reloads after.
    void record(const protocol::RecordCallbackRequest& call, std::function<void(const Reply&)> done);

signals:
    void loaded();

private:
    Connection& m_connection;
    LiveEvents* m_events;
    QTimer* m_debounce;
    std::vector<protocol::Callback> m_callbacks;
    bool m_loaded = false;
    bool m_loading = false;
};

}  // namespace laoke::client
