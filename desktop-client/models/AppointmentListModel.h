#pragma once
// Onsite visits (上门) as a table: one ticket's visits (its detail pane), one engineer's day
// (the workbench's route, in the order of the visits), or a branch's day (the dispatch board).
// Kept current by the server's pushes: a visit's change moves its ticket's version, so any
// ticket event of the branch makes a day list refetch (debounced), and a ticket list refetch
// when it is its ticket. Booking, moving and recording a visit go through here too.

#include "Connection.h"
#include "laoke.pb.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

class QTimer;

namespace laoke::client {

class LiveEvents;

class AppointmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, RoadColumn, CustomerColumn, AddressColumn, ContactColumn, TicketColumn, EngineerColumn, StateColumn, ColumnCount };
    enum DataRole {
        AppointmentIdRole = Qt::UserRole + 1,  ///< qint64
        TicketIdRole,                          ///< qint64
        StateRole,                             ///< the state code
    };

    explicit AppointmentListModel(Connection& connection, QObject* parent = nullptr);

    /// What the list shows; each loads at once. `engineerId` 0 is the signed-in user.
    void showTicket(qint64 ticketId);
    void showEngineerDay(qint64 engineerId, const QDate& day);
    void showBranchDay(const QDate& day);
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isLoaded() const { return m_loaded; }
    const std::vector<protocol::OnsiteAppointment>& visits() const { return m_visits; }
    const protocol::OnsiteAppointment* visitAt(int row) const;
    /// Minutes the engineer arrives late at this visit: the visit before it that day ends, plus
    /// the road (leg_minutes), after this one starts. 0 when the day can be driven or unknown.
    int minutesLate(int row) const;
    int rowOfVisit(qint64 appointmentId) const;

    /// Books (id 0) or moves the visit; `done` gets the reply; the list refreshes on success.
    void save(const protocol::OnsiteAppointment& visit, Connection::Callback done);
    /// arrive, finish or cancel (with the reason) at the version shown.
    void act(const protocol::OnsiteAppointment& visit, const QString& action, const QString& reason, Connection::Callback done);
    /// The engineer's visits of one day, for the booking editor's overlap hint (not shown in
    /// this model): `done` gets them, or nothing on an error.
    void fetchEngineerDay(qint64 engineerId, const QDate& day,
                          std::function<void(const std::vector<protocol::OnsiteAppointment>&)> done);

    void retranslate();

signals:
    void loaded();
    void loadFailed(const laoke::client::ClientError& error);

private:
    enum class Mode { None, Ticket, EngineerDay, BranchDay };
    static protocol::ListAppointmentsRequest dayRequest(const QDate& day);
    void setVisits(std::vector<protocol::OnsiteAppointment> visits);

    Connection& m_connection;
    LiveEvents* m_events;
    QTimer* m_debounce;
    Mode m_mode = Mode::None;
    qint64 m_ticketId = 0;
    qint64 m_engineerId = 0;
    QDate m_day;
    std::vector<protocol::OnsiteAppointment> m_visits;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

}  // namespace laoke::client
