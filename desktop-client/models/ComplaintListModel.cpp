#include "ComplaintListModel.h"

#include "CallbackNames.h"
#include "LiveEvents.h"
#include "TicketNames.h"

#include <QBrush>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace laoke::client {

namespace {

// Only open and handled cases are listed: resolved ones belong to the reports.
constexpr bool kOpenOnly = true;

QString clockState(const protocol::SlaClockStatus& clock) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString state = QString::fromStdString(clock.state());
    if (state == QLatin1String("met") || state == QLatin1String("missed")) return state;
    if (clock.deadline_unix() != 0 && now >= clock.deadline_unix()) return QStringLiteral("breached");
    if (clock.warning_at_unix() != 0 && now >= clock.warning_at_unix()) return QStringLiteral("at_risk");
    return QStringLiteral("on_track");
}

}  // namespace

ComplaintListModel::ComplaintListModel(Connection& connection, QObject* parent)
    : QAbstractTableModel(parent), m_connection(connection), m_events(new LiveEvents(connection, this)),
      m_debounce(new QTimer(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ComplaintListModel::refresh);
    connect(m_events, &LiveEvents::complaintChanged, this, [this] {
        if (!m_debounce->isActive()) m_debounce->start();
    });
    connect(m_events, &LiveEvents::resynced, this, &ComplaintListModel::refresh);
}

int ComplaintListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_complaints.size());
}

int ComplaintListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ComplaintListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::Complaint& c = m_complaints[static_cast<std::size_t>(index.row())];
    const int clockIndex = index.column() == ResponseColumn ? 0 : 1;
    const bool clockColumn = index.column() == ResponseColumn || index.column() == ResolutionColumn;
    if (role == Qt::ForegroundRole && clockColumn && clockIndex < c.sla_size()) {
        return QBrush(TicketNames::slaStateColor(clockState(c.sla(clockIndex))));
    }
    if (role == Qt::ToolTipRole && index.column() == ComplaintColumn) return QString::fromStdString(c.summary());
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case TicketColumn:
        return QString::fromStdString(c.ticket_number());
    case OpenedColumn:
        return QDateTime::fromSecsSinceEpoch(c.opened_at_unix()).toString(QStringLiteral("MM-dd HH:mm"));
    case CustomerColumn:
        return QString::fromStdString(c.customer_name());
    case ComplaintColumn: {
        QString text = QString::fromStdString(c.summary());
        if (c.satisfaction() > 0) {
            const QString score = tr("Satisfaction %1/5").arg(c.satisfaction());
            text = text.isEmpty() ? score : score + QStringLiteral(" · ") + text;
        }
        return text.isEmpty() ? tr("Opened by hand") : text;
    }
    case StateColumn: {
        QString state = CallbackNames::complaintState(QString::fromStdString(c.state()));
        if (!c.handler_name().empty()) state += QStringLiteral(" · ") + QString::fromStdString(c.handler_name());
        return state;
    }
    case ResponseColumn:
    case ResolutionColumn:
        return clockIndex < c.sla_size() ? CallbackNames::clockText(c.sla(clockIndex)) : QString();
    default:
        return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TicketColumn: return tr("Ticket");
    case OpenedColumn: return tr("Opened");
    case CustomerColumn: return tr("Customer");
    case ComplaintColumn: return tr("Complaint");
    case StateColumn: return tr("State");
    case ResponseColumn: return tr("Taking (2 working hours)");
    case ResolutionColumn: return tr("Resolving (2 working days)");
    default: return {};
    }
}

int ComplaintListModel::rowOfComplaint(qint64 id) const {
    for (std::size_t i = 0; i < m_complaints.size(); ++i) {
        if (m_complaints[i].id() == id) return static_cast<int>(i);
    }
    return -1;
}

void ComplaintListModel::refresh() {
    if (m_loading) {
        m_debounce->start();
        return;
    }
    m_loading = true;
    protocol::Envelope request;
    request.mutable_list_complaints()->set_open_only(kOpenOnly);
    QPointer<ComplaintListModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        self->m_loading = false;
        if (!reply.ok() || !reply.envelope().has_list_complaints_reply()) return;
        const protocol::Envelope envelope = reply.envelope();
        self->beginResetModel();
        self->m_complaints.assign(envelope.list_complaints_reply().complaints().begin(),
                                  envelope.list_complaints_reply().complaints().end());
        self->endResetModel();
        self->m_loaded = true;
        emit self->loaded();
    });
}

void ComplaintListModel::act(const protocol::Complaint& complaint, const QString& action, const QString& note,
                             std::function<void(const Reply&)> done) {
    protocol::Envelope request;
    auto* a = request.mutable_complaint_action();
    a->set_complaint_id(complaint.id());
    a->set_expected_version(complaint.version());
    a->set_action(action.toStdString());
    a->set_note(note.toStdString());
    QPointer<ComplaintListModel> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (!self) return;
        self->refresh();
        done(reply);
    });
}

void ComplaintListModel::open(const QString& ticketNumber, const QString& summary, std::function<void(const Reply&)> done) {
    protocol::Envelope request;
    request.mutable_open_complaint()->set_ticket_number(ticketNumber.trimmed().toUpper().toStdString());
    request.mutable_open_complaint()->set_summary(summary.toStdString());
    QPointer<ComplaintListModel> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (!self) return;
        self->refresh();
        done(reply);
    });
}

}  // namespace laoke::client
