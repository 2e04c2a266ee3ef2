#pragma once
// Open service tickets as a live table, sorted by SLA urgency (TicketUrgency): the engineer's
// own (Scope::Mine: owned by or assigned to them, and the resolved ones they opened, which
// wait for them to close after the callback) or every open ticket the user may see
// (Scope::Open: the branch's, all for admins; the dispatch board). All of them are loaded,
// page by page (list_tickets), up to kMaxTickets.
//
// It stays current by itself. Every ticket event the server pushes (LiveEvents) is answered
// by fetching that ticket (get_ticket, with its SLA clocks): it is updated in place, added,
// or removed when it is no longer open or no longer the user's. Every 30 seconds the
// urgency is judged again against the clock (at risk, breached) and the order follows.

#include "Connection.h"
#include "TicketUrgency.h"
#include "laoke.pb.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

#include <vector>

class QTimer;

namespace laoke::client {

class LiveEvents;
class TicketCategories;

class TicketListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Scope { Mine, Open };
    enum Column {
        // What to do next first: which ticket, how urgent, what about, for whom.
        NumberColumn,
        UrgencyColumn,
        SubjectColumn,
        CustomerColumn,
        StateColumn,
        PriorityColumn,
        CategoryColumn,
        AssigneeColumn,
        OwnerColumn,
        OpenedColumn,
        ColumnCount,
    };
    enum DataRole {
        TicketIdRole = Qt::UserRole + 1,  ///< qint64
        AssigneeIdRole,                   ///< qint64, 0 = nobody
        UrgencyLevelRole,                 ///< int (TicketUrgency::Level)
        CodeValueRole,                    ///< the raw code of the state, priority and urgency columns
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxTickets = 2000;

    TicketListModel(Connection& connection, Scope scope, TicketCategories* categories = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    /// Drag and drop to an engineer: the dragged tickets' ids and versions.
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    static constexpr const char* kTicketMimeType = "application/x-laoke-tickets";

    Scope scope() const { return m_scope; }
    /// Loads every open ticket of the scope again.
    void refresh();
    bool isLoading() const { return m_loading; }
    /// True once the first complete load has arrived.
    bool isLoaded() const { return m_loaded; }
    /// More open tickets exist than kMaxTickets: the list shows the most urgent of those loaded.
    bool isTruncated() const { return m_truncated; }

    const protocol::Ticket& ticketAt(int row) const { return m_tickets.at(static_cast<std::size_t>(row)).ticket; }
    int rowOfTicket(qint64 ticketId) const;
    /// Puts a ticket the user just changed or created in place (or takes it out), without
    /// waiting for its event.
    void applyTicket(const protocol::Ticket& ticket);
    /// Judges every row's urgency against the clock now and re-sorts (also every 30 s).
    void reevaluate();
    /// How many tickets are at risk or breached now.
    int atRiskCount() const;
    /// Announces all header and cell texts as changed, for a new UI language.
    void retranslate();

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const laoke::client::ClientError& error);
    /// Rows came, went or changed (a load, an event, the clock): counts shown beside the list
    /// may have changed.
    void contentsChanged();
    /// A ticket was updated, added or removed because of a pushed event (after the fetch).
    void ticketRefreshed(qint64 ticketId);

private:
    struct Row {
        protocol::Ticket ticket;
        TicketUrgency urgency;
    };
    bool belongs(const protocol::Ticket& ticket) const;
    void loadPage(quint64 generation, qint64 beforeId, std::vector<protocol::Ticket> collected);
    void onEvent(const protocol::Event& event);
    void fetchTicket(qint64 ticketId);
    void setRows(std::vector<protocol::Ticket> tickets);
    void sortRows();
    void setLoading(bool loading);

    Connection& m_connection;
    Scope m_scope;
    TicketCategories* m_categories;
    LiveEvents* m_events;
    QTimer* m_clock;
    std::vector<Row> m_tickets;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_truncated = false;
};

}  // namespace laoke::client
