#include "AppointmentListModel.h"

#include "LiveEvents.h"
#include "VisitNames.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace laoke::client {

namespace {

QString str(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

AppointmentListModel::AppointmentListModel(Connection& connection, QObject* parent)
    : QAbstractTableModel(parent), m_connection(connection), m_events(new LiveEvents(connection, this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AppointmentListModel::refresh);
    connect(m_events, &LiveEvents::ticketChanged, this, [this](const protocol::Event& event) {
        if (m_mode == Mode::None) return;
        if (m_mode == Mode::Ticket && event.ticket_id() != m_ticketId) return;
        m_debounce->start();
    });
    connect(m_events, &LiveEvents::resynced, this, &AppointmentListModel::refresh);
}

void AppointmentListModel::showTicket(qint64 ticketId)
{
    m_mode = ticketId == 0 ? Mode::None : Mode::Ticket;
    m_ticketId = ticketId;
    if (m_mode == Mode::None) {
        ++m_generation;
        setVisits({});
        return;
    }
    refresh();
}

void AppointmentListModel::showEngineerDay(qint64 engineerId, const QDate& day)
{
    m_mode = Mode::EngineerDay;
    m_engineerId = engineerId;
    m_day = day;
    refresh();
}

void AppointmentListModel::showBranchDay(const QDate& day)
{
    m_mode = Mode::BranchDay;
    m_day = day;
    refresh();
}

protocol::ListAppointmentsRequest AppointmentListModel::dayRequest(const QDate& day)
{
    protocol::ListAppointmentsRequest request;
    request.set_from_unix(QDateTime(day, QTime(0, 0)).toSecsSinceEpoch());
    request.set_to_unix(QDateTime(day.addDays(1), QTime(0, 0)).toSecsSinceEpoch());
    return request;
}

void AppointmentListModel::refresh()
{
    protocol::Envelope envelope;
    switch (m_mode) {
    case Mode::None:
        return;
    case Mode::Ticket:
        envelope.mutable_list_appointments()->set_ticket_id(m_ticketId);
        envelope.mutable_list_appointments()->set_include_cancelled(true);
        break;
    case Mode::EngineerDay:
        *envelope.mutable_list_appointments() = dayRequest(m_day);
        envelope.mutable_list_appointments()->set_engineer_id(m_engineerId);
        break;
    case Mode::BranchDay:
        *envelope.mutable_list_appointments() = dayRequest(m_day);
        envelope.mutable_list_appointments()->set_whole_branch(true);
        break;
    }
    const quint64 generation = ++m_generation;
    QPointer<AppointmentListModel> self(this);
    m_connection.send(std::move(envelope), [self, generation](const Reply& reply) {
        if (!self || generation != self->m_generation) return;
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        const protocol::Envelope answer = reply.envelope();  // copied: the reply owns its envelope
        const auto& listed = answer.list_appointments_reply().appointments();
        self->setVisits({listed.begin(), listed.end()});
    });
}

void AppointmentListModel::setVisits(std::vector<protocol::OnsiteAppointment> visits)
{
    beginResetModel();
    m_visits = std::move(visits);
    m_loaded = true;
    endResetModel();
    emit loaded();
}

int AppointmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visits.size());
}

int AppointmentListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const protocol::OnsiteAppointment* AppointmentListModel::visitAt(int row) const
{
    if (row < 0 || row >= rowCount()) return nullptr;
    return &m_visits[static_cast<std::size_t>(row)];
}

int AppointmentListModel::minutesLate(int row) const
{
    const protocol::OnsiteAppointment* visit = visitAt(row);
    if (!visit || visit->leg_minutes() <= 0 || visit->state() == "cancelled") return 0;
    // The list is in start order: the engineer's visit before this one, if on the same day.
    for (int before = row - 1; before >= 0; --before) {
        const protocol::OnsiteAppointment& previous = m_visits[static_cast<std::size_t>(before)];
        if (previous.engineer_id() != visit->engineer_id() || previous.state() == "cancelled") continue;
        if (VisitNames::day(previous.starts_at_unix()) != VisitNames::day(visit->starts_at_unix())) return 0;
        const qint64 reachable = previous.starts_at_unix() + 60LL * (previous.duration_minutes() + visit->leg_minutes());
        return reachable > visit->starts_at_unix() ? static_cast<int>((reachable - visit->starts_at_unix() + 59) / 60) : 0;
    }
    return 0;
}

int AppointmentListModel::rowOfVisit(qint64 appointmentId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_visits[static_cast<std::size_t>(row)].id() == appointmentId) return row;
    }
    return -1;
}

QVariant AppointmentListModel::data(const QModelIndex& index, int role) const
{
    const protocol::OnsiteAppointment* visit = visitAt(index.row());
    if (!visit) return {};
    switch (role) {
    case AppointmentIdRole:
        return QVariant::fromValue<qint64>(visit->id());
    case TicketIdRole:
        return QVariant::fromValue<qint64>(visit->ticket_id());
    case StateRole:
        return str(visit->state());
    case Qt::ForegroundRole:
        if (index.column() == StateColumn) return VisitNames::stateColor(str(visit->state()));
        if (index.column() == RoadColumn && minutesLate(index.row()) > 0) return QColor(0xd9, 0x2d, 0x20);
        if (visit->state() == "cancelled") return QColor(0x98, 0xa2, 0xb3);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AddressColumn && !visit->note().empty()) return str(visit->note());
        if (index.column() == RoadColumn && minutesLate(index.row()) > 0) {
            return tr("The visit before ends too late: with the road, the engineer arrives about %1 late.")
                .arg(VisitNames::duration(minutesLate(index.row())));
        }
        if (visit->state() == "cancelled") return str(visit->cancel_reason());
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        // A day list shows the hours; a ticket's visits may be on any day.
        return VisitNames::span(*visit, m_mode == Mode::Ticket);
    case RoadColumn:
        if (minutesLate(index.row()) > 0) {
            return tr("%1 (late %2)").arg(VisitNames::road(visit->leg_km(), visit->leg_minutes()),
                                          VisitNames::duration(minutesLate(index.row())));
        }
        return VisitNames::road(visit->leg_km(), visit->leg_minutes());
    case CustomerColumn:
        return str(visit->customer_name());
    case AddressColumn:
        return str(visit->address());
    case ContactColumn:
        return visit->contact_phone().empty() ? str(visit->contact_name())
                                              : QStringLiteral("%1 %2").arg(str(visit->contact_name()), str(visit->contact_phone()));
    case TicketColumn:
        return QStringLiteral("%1 %2").arg(str(visit->ticket_number()), str(visit->ticket_subject()));
    case EngineerColumn:
        return str(visit->engineer_name());
    case StateColumn:
        return VisitNames::state(str(visit->state()));
    default:
        return {};
    }
}

QVariant AppointmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RoadColumn:
        return tr("Road there");
    case CustomerColumn:
        return tr("Customer");
    case AddressColumn:
        return tr("Address");
    case ContactColumn:
        return tr("Contact");
    case TicketColumn:
        return tr("Ticket");
    case EngineerColumn:
        return tr("Engineer");
    case StateColumn:
        return tr("Visit");
    default:
        return {};
    }
}

void AppointmentListModel::save(const protocol::OnsiteAppointment& visit, Connection::Callback done)
{
    protocol::Envelope envelope;
    *envelope.mutable_save_appointment()->mutable_appointment() = visit;
    envelope.mutable_save_appointment()->set_expected_version(visit.version());
    QPointer<AppointmentListModel> self(this);
    m_connection.send(std::move(envelope), [self, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok()) self->refresh();
        if (done) done(reply);
    });
}

void AppointmentListModel::act(const protocol::OnsiteAppointment& visit, const QString& action, const QString& reason,
                               Connection::Callback done)
{
    protocol::Envelope envelope;
    auto* request = envelope.mutable_appointment_action();
    request->set_appointment_id(visit.id());
    request->set_expected_version(visit.version());
    request->set_action(action.toStdString());
    request->set_reason(reason.toStdString());
    QPointer<AppointmentListModel> self(this);
    m_connection.send(std::move(envelope), [self, done = std::move(done)](const Reply& reply) {
        if (self && (reply.ok() || reply.error().code == protocol::CONFLICT)) self->refresh();
        if (done) done(reply);
    });
}

void AppointmentListModel::fetchEngineerDay(qint64 engineerId, const QDate& day,
                                            std::function<void(const std::vector<protocol::OnsiteAppointment>&)> done)
{
    protocol::Envelope envelope;
    *envelope.mutable_list_appointments() = dayRequest(day);
    envelope.mutable_list_appointments()->set_engineer_id(engineerId);
    QPointer<AppointmentListModel> self(this);
    m_connection.send(std::move(envelope), [self, done = std::move(done)](const Reply& reply) {
        if (!self || !reply.ok()) return;
        const protocol::Envelope answer = reply.envelope();
        const auto& listed = answer.list_appointments_reply().appointments();
        done({listed.begin(), listed.end()});
    });
}

void AppointmentListModel::retranslate()
{
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

}  // namespace laoke::client
