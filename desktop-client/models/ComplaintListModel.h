#pragma once
// The complaint cases of the user's branch (list_complaints; admins: every branch): the open
// and handled ones first by opening time, with their clocks; taking and resolving a case
// (complaint_action). Every complaint pushed as opened or changed reloads the list.

#include "Connection.h"
#include "laoke.pb.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

class QTimer;

namespace laoke::client {

class LiveEvents;

class ComplaintListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TicketColumn, OpenedColumn, CustomerColumn, ComplaintColumn, StateColumn, ResponseColumn, ResolutionColumn, ColumnCount };

    explicit ComplaintListModel(Connection& connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    bool isLoaded() const { return m_loaded; }
    const protocol::Complaint& complaintAt(int row) const { return m_complaints.at(static_cast<std::size_t>(row)); }
    int rowOfComplaint(qint64 id) const;

    /// handle or resolve (note: the resolution) at the version shown; the list reloads after.
    void act(const protocol::Complaint& complaint, const QString& action, const QString& note,
             std::function<void(const Reply&)> done);
    /// Opens a case by hand for the ticket with this number (a customer calls in angry).
    void open(const QString& ticketNumber, const QString& summary, std::function<void(const Reply&)> done);

signals:
    void loaded();

private:
    Connection& m_connection;
    LiveEvents* m_events;
    QTimer* m_debounce;
    std::vector<protocol::Complaint> m_complaints;
    bool m_loaded = false;
    bool m_loading = false;
};

}  // namespace laoke::client
