#pragma once
// One week of a branch's duty roster as the roster page edits it (get_roster_week,
// save_roster): a row per person and a last row with the hotline staffing suggestion, a
// column per day, Monday first. Edits stay here until saved, at the version loaded; the
// suggestion row counts the edited hotline duties at once. When another manager saved the
// week first, the save is refused (CONFLICT): the model loads their plan and keeps the
// unsaved edits on top, so nothing is lost and the manager decides again.

#include "Connection.h"
#include "laoke.pb.h"

#include <QAbstractTableModel>
#include <QDate>

#include <map>
#include <utility>

namespace laoke::client {

class LiveEvents;

class RosterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum DataRole {
        DutyRole = Qt::UserRole + 1,  ///< the duty code of a person's cell
        NoteRole,                     ///< the note of a person's cell
        ChangedRole,                  ///< bool: edited, not yet saved
        ShortStaffedRole,             ///< bool, on the suggestion row
        ReasonRole,                   ///< the suggestion in words, on the suggestion row
    };

    explicit RosterModel(Connection& connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// EditRole: a duty code; NoteRole: the note. Only on person rows of an editable week.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Loads the week of `anyDay` (invalid: this week) of `branchId` (0: the user's own).
    /// Unsaved edits are dropped.
    void load(const QDate& anyDay, qint64 branchId = 0);
    void reload();
    /// Saves the edits (and the tickets-per-person setting when changed) at the version loaded.
    void save();

    bool isLoaded() const { return m_loaded; }
    bool isEditable() const { return m_loaded && m_week.editable(); }
    bool hasChanges() const { return !m_pending.empty() || m_ticketsPerPerson != 0; }
    const protocol::RosterWeek& week() const { return m_week; }
    QDate monday() const;
    qint64 branchId() const { return m_week.branch_id(); }
    int suggestionRow() const { return static_cast<int>(m_week.people_size()); }
    int rowOfUser(qint64 userId) const;
    /// The branch's hotline capacity as shown (the edit when there is one).
    int ticketsPerPerson() const;
    void setTicketsPerPerson(int tickets);

signals:
    void loaded();
    void loadFailed(const laoke::client::ClientError& error);
    void saved();
    /// The save was refused; on CONFLICT the model reloads with the edits kept on top.
    void saveFailed(const laoke::client::ClientError& error);
    /// Someone saved this week while the page holds unsaved edits.
    void changedElsewhere();
    void changesChanged();

private:
    using CellKey = std::pair<qint64, QString>;  // user, "YYYY-MM-DD"
    void request(const QDate& anyDay, qint64 branchId, bool keepPending);
    void applyWeek(const protocol::RosterWeek& week, bool keepPending);
    protocol::RosterCell cellAt(int row, int column) const;
    int rosteredOn(int column) const;
    protocol::RosterDay dayWithEdits(int column) const;

    Connection& m_connection;
    LiveEvents* m_events;
    protocol::RosterWeek m_week;
    std::map<CellKey, protocol::RosterCell> m_saved;    // as loaded
    std::map<CellKey, protocol::RosterCell> m_pending;  // edits
    int m_ticketsPerPerson = 0;                         // an edit of the setting; 0 none
    bool m_loaded = false;
    bool m_saving = false;
    quint64 m_generation = 0;
};

}  // namespace laoke::client
