#pragma once
// The people tickets can be assigned to (list_assignees: the branch's enabled engineers and
// branch managers, with how many open tickets each has), for the dispatch board's engineer
// column and the assign dialog. The counts follow the server: every ticket event reloads the
// list (once per burst: one change can bring several events). Each person's duty today comes
// from the duty roster (list_duty_today) and follows every roster save.

#include "Connection.h"
#include "laoke.pb.h"

#include <QAbstractListModel>

#include <map>
#include <vector>

class QTimer;

namespace laoke::client {

class LiveEvents;

class AssigneeListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum DataRole {
        UserIdRole = Qt::UserRole + 1,  ///< qint64
        OpenTicketsRole,                ///< int
        NameRole,                       ///< the display name alone
        DutyRole,                       ///< today's duty code from the roster (office when none entered); "" until loaded
    };

    explicit AssigneeListModel(Connection& connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    /// Tickets dropped on a person: emits ticketsDropped (the board decides what to do).
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

    void refresh();
    /// Reloads everyone's duty today (list_duty_today); refresh() does it too.
    void refreshDuties();
    /// The board's list also says who is out on visits today and when (the branch's day plan,
    /// which only managers may read); refresh() then reloads it too.
    void showTodaysVisits();
    bool isLoaded() const { return m_loaded; }
    const protocol::Assignee& assigneeAt(int row) const { return m_assignees.at(static_cast<std::size_t>(row)); }
    int rowOfUser(qint64 userId) const;
    /// Assignees of one branch (for a ticket's branch when the user is an admin).
    std::vector<protocol::Assignee> ofBranch(qint64 branchId) const;
    /// Their product lines and modules in brief ("用友U8+ 总账/UFO报表 ✓"), ✓ when certified.
    static QString skillSummary(const protocol::Assignee& assignee);

signals:
    void loaded();
    void ticketsDropped(const QList<qint64>& ticketIds, qint64 assigneeId);
    void dutiesLoaded();

private:
    QString duty(const protocol::Assignee& assignee) const;
    void refreshVisits();

    Connection& m_connection;
    LiveEvents* m_events;
    QTimer* m_debounce;
    std::vector<protocol::Assignee> m_assignees;
    std::map<qint64, QString> m_duties;  // user -> duty code today (roster)
    bool m_dutiesLoaded = false;
    std::map<qint64, QStringList> m_visitTimes;  // user -> start times of today's visits
    bool m_visitsWanted = false;
    bool m_loaded = false;
    bool m_loading = false;
};

}  // namespace laoke::client
