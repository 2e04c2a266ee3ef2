#include "CallbackQueueModel.h"

#include "CallbackNames.h"
#include "LiveEvents.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace laoke::client {

CallbackQueueModel::CallbackQueueModel(Connection& connection, QObject* parent)
    : QAbstractTableModel(parent), m_connection(connection), m_events(new LiveEvents(connection, this)),
      m_debounce(new QTimer(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &CallbackQueueModel::refresh);
    connect(m_events, &LiveEvents::callbackChanged, this, [this] {
        if (!m_debounce->isActive()) m_debounce->start();
    });
    connect(m_events, &LiveEvents::resynced, this, &CallbackQueueModel::refresh);
}

int CallbackQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_callbacks.size());
}

int CallbackQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CallbackQueueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::Callback& c = m_callbacks[static_cast<std::size_t>(index.row())];
    if (role == CallbackIdRole) return QVariant::fromValue<qint64>(c.id());
    if (role == Qt::ToolTipRole && index.column() == SubjectColumn) return QString::fromStdString(c.solution());
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case TicketColumn:
        return QString::fromStdString(c.ticket_number());
    case ResolvedColumn:
        return QDateTime::fromSecsSinceEpoch(c.resolved_at_unix()).toString(QStringLiteral("MM-dd HH:mm"));
    case CustomerColumn:
        return c.customer_grade().empty()
                   ? QString::fromStdString(c.customer_name())
                   : tr("%1 (%2)").arg(QString::fromStdString(c.customer_name()), QString::fromStdString(c.customer_grade()));
    case ContactColumn:
        if (c.contact_name().empty()) return tr("no contact");
        return QStringLiteral("%1 %2").arg(QString::fromStdString(c.contact_name()), QString::fromStdString(c.contact_phone()));
    case SubjectColumn:
        return QString::fromStdString(c.ticket_subject());
    case EngineerColumn:
        return QString::fromStdString(c.engineer_name());
    case AttemptsColumn:
        if (c.attempts() == 0) return tr("not called yet");
        return tr("%n call(s), last: %1", nullptr, c.attempts()).arg(CallbackNames::outcome(QString::fromStdString(c.last_outcome())));
    default:
        return {};
    }
}

QVariant CallbackQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TicketColumn: return tr("Ticket");
    case ResolvedColumn: return tr("Resolved at");
    case CustomerColumn: return tr("Customer");
    case ContactColumn: return tr("Contact");
    case SubjectColumn: return tr("Subject");
    case EngineerColumn: return tr("Engineer");
    case AttemptsColumn: return tr("Calls");
    default: return {};
    }
}

int CallbackQueueModel::rowOfCallback(qint64 id) const {
    for (std::size_t i = 0; i < m_callbacks.size(); ++i) {
        if (m_callbacks[i].id() == id) return static_cast<int>(i);
    }
    return -1;
}

int CallbackQueueModel::rowOfTicket(const QString& number) const {
    for (std::size_t i = 0; i < m_callbacks.size(); ++i) {
        if (QString::fromStdString(m_callbacks[i].ticket_number()) == number) return static_cast<int>(i);
    }
    return -1;
}

void CallbackQueueModel::refresh() {
    if (m_loading) {
        m_debounce->start();  // ask again once this answer is in
        return;
    }
    m_loading = true;
    protocol::Envelope request;
    request.mutable_list_callbacks();
    QPointer<CallbackQueueModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        self->m_loading = false;
        if (!reply.ok() || !reply.envelope().has_list_callbacks_reply()) return;
        const protocol::Envelope envelope = reply.envelope();  // a copy: the reply's fields must outlive the loop
        self->beginResetModel();
        self->m_callbacks.assign(envelope.list_callbacks_reply().callbacks().begin(),
                                 envelope.list_callbacks_reply().callbacks().end());
        self->endResetModel();
        self->m_loaded = true;
        emit self->loaded();
    });
}

void CallbackQueueModel::record(const protocol::RecordCallbackRequest& call, std::function<void(const Reply&)> done) {
    protocol::Envelope request;
    *request.mutable_record_callback() = call;
    QPointer<CallbackQueueModel> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (!self) return;
        // Whatever happened (also a conflict), the queue shows what the server has now.
        self->refresh();
        done(reply);
    });
}

}  // namespace laoke::client
