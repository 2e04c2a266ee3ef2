#include "TicketListModel.h"

#include "CustomerFormats.h"
#include "LiveEvents.h"
#include "TicketCategories.h"
#include "TicketNames.h"

#include <QDataStream>
#include <QIODevice>
#include <QDateTime>
#include <QMimeData>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace laoke::client {

namespace {

constexpr int kReevaluateMs = 30 * 1000;

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

bool isOpenState(const std::string& state) {
    return state == "new" || state == "assigned" || state == "in_progress" || state == "waiting_customer" ||
           state == "reopened";
}

qint64 nowUnix() {
    return QDateTime::currentSecsSinceEpoch();
}

}  // namespace

TicketListModel::TicketListModel(Connection& connection, Scope scope, TicketCategories* categories, QObject* parent)
    : QAbstractTableModel(parent),
      m_connection(connection),
      m_scope(scope),
      m_categories(categories),
      m_events(new LiveEvents(connection, this)),
      m_clock(new QTimer(this)) {
    connect(m_events, &LiveEvents::ticketChanged, this, &TicketListModel::onEvent);
    connect(m_events, &LiveEvents::resynced, this, &TicketListModel::refresh);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &TicketListModel::contentsChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &TicketListModel::contentsChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TicketListModel::contentsChanged);
    m_clock->setInterval(kReevaluateMs);
    connect(m_clock, &QTimer::timeout, this, &TicketListModel::reevaluate);
    m_clock->start();
    if (m_categories) {
        connect(m_categories, &TicketCategories::changed, this, [this] {
            if (!m_tickets.empty()) emit dataChanged(index(0, CategoryColumn), index(rowCount() - 1, CategoryColumn));
        });
    }
}

int TicketListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_tickets[static_cast<std::size_t>(index.row())];
    const protocol::Ticket& t = row.ticket;
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case TicketIdRole:
        return QVariant::fromValue<qint64>(t.id());
    case AssigneeIdRole:
        return QVariant::fromValue<qint64>(t.assignee_id());
    case UrgencyLevelRole:
        return static_cast<int>(row.urgency.level);
    case CodeValueRole:
        if (column == StateColumn) return str(t.state());
        if (column == PriorityColumn) return str(t.effective_priority());
        if (column == UrgencyColumn) return row.urgency.stateCode();
        return {};
    case Qt::ForegroundRole:
        if (column == StateColumn) return TicketNames::stateColor(str(t.state()));
        if (column == PriorityColumn) return TicketNames::priorityColor(str(t.effective_priority()));
        if (column == UrgencyColumn) return TicketNames::slaStateColor(row.urgency.stateCode());
        return {};
    case Qt::ToolTipRole:
        if (column == UrgencyColumn && !row.urgency.clockKind.isEmpty()) return TicketNames::clockKind(row.urgency.clockKind);
        if (column == PriorityColumn && t.effective_priority() != t.priority())
            return tr("Raised from %1: accounting close period").arg(TicketNames::priority(str(t.priority())));
        if (column == SubjectColumn && !t.description().empty()) return str(t.description()).left(300);
        if (column == CustomerColumn && t.billable()) return tr("Billable: the customer's service had ended");
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (column) {
    case NumberColumn:
        return str(t.number());
    case UrgencyColumn:
        return row.urgency.text();
    case StateColumn:
        return TicketNames::state(str(t.state()));
    case PriorityColumn:
        return TicketNames::priority(str(t.effective_priority()));
    case CustomerColumn:
        return str(t.customer_name());
    case SubjectColumn:
        return str(t.subject());
    case CategoryColumn:
        return m_categories ? m_categories->fullName(t.category_id()) : QString();
    case AssigneeColumn:
        return t.assignee_id() == 0 ? tr("Unassigned") : str(t.assignee_name());
    case OwnerColumn:
        return str(t.owner_name());
    case OpenedColumn:
        return CustomerFormats::dateTime(t.opened_at_unix());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
    case NumberColumn:
        return tr("Ticket");
    case UrgencyColumn:
        return tr("SLA");
    case StateColumn:
        return tr("State");
    case PriorityColumn:
        return tr("Priority");
    case CustomerColumn:
        return tr("Customer");
    case SubjectColumn:
        return tr("Subject");
    case CategoryColumn:
        return tr("Category");
    case AssigneeColumn:
        return tr("Engineer");
    case OwnerColumn:
        return tr("First responder");
    case OpenedColumn:
        return tr("Opened");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags TicketListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid()) flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList TicketListModel::mimeTypes() const {
    return {QString::fromLatin1(kTicketMimeType)};
}

QMimeData* TicketListModel::mimeData(const QModelIndexList& indexes) const {
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        const qint64 id = index.data(TicketIdRole).toLongLong();
        if (id != 0 && !ids.contains(id)) ids.append(id);
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kTicketMimeType), bytes);
    return mime;
}

int TicketListModel::rowOfTicket(qint64 ticketId) const {
    for (std::size_t i = 0; i < m_tickets.size(); ++i) {
        if (m_tickets[i].ticket.id() == ticketId) return static_cast<int>(i);
    }
    return -1;
}

bool TicketListModel::belongs(const protocol::Ticket& ticket) const {
    const qint64 me = m_connection.currentUser().id();
    if (m_scope == Scope::Open) return isOpenState(ticket.state());
    // A resolved ticket stays with its first responder until they close it after the callback.
    if (ticket.state() == "resolved") return ticket.owner_id() == me;
    return isOpenState(ticket.state()) && (ticket.owner_id() == me || ticket.assignee_id() == me);
}

void TicketListModel::refresh() {
    ++m_generation;
    setLoading(true);
    loadPage(m_generation, 0, {});
}

void TicketListModel::loadPage(quint64 generation, qint64 beforeId, std::vector<protocol::Ticket> collected) {
    protocol::Envelope request;
    auto* list = request.mutable_list_tickets();
    list->set_open_only(true);
    list->set_mine(m_scope == Scope::Mine);
    list->set_include_resolved(m_scope == Scope::Mine);
    list->set_limit(kPageSize);
    list->set_before_id(beforeId);
    QPointer<TicketListModel> self(this);
    m_connection.send(std::move(request), [self, generation, collected = std::move(collected)](const Reply& reply) mutable {
        if (!self || generation != self->m_generation) return;
        if (!reply.ok() || !reply.envelope().has_list_tickets_reply()) {
            self->setLoading(false);
            emit self->loadFailed(reply.ok() ? ClientError{ClientError::Kind::Server, protocol::BAD_REQUEST,
                                                           QStringLiteral("unexpected reply to list_tickets"), {}}
                                             : reply.error());
            return;
        }
        const protocol::Envelope envelope = reply.envelope();
        const auto& page = envelope.list_tickets_reply().tickets();
        for (const protocol::Ticket& ticket : page) collected.push_back(ticket);
        const bool more = page.size() == kPageSize;
        if (more && static_cast<int>(collected.size()) < kMaxTickets) {
            self->loadPage(generation, page.Get(page.size() - 1).id(), std::move(collected));
            return;
        }
        self->m_truncated = more;
        self->setRows(std::move(collected));
        self->m_loaded = true;
        self->setLoading(false);
        emit self->loaded();
    });
}

void TicketListModel::setRows(std::vector<protocol::Ticket> tickets) {
    beginResetModel();
    m_tickets.clear();
    const qint64 now = nowUnix();
    for (auto& ticket : tickets) {
        if (!belongs(ticket)) continue;
        Row row{std::move(ticket), {}};
        row.urgency = TicketUrgency::of(row.ticket, now);
        m_tickets.push_back(std::move(row));
    }
    std::stable_sort(m_tickets.begin(), m_tickets.end(), [](const Row& a, const Row& b) {
        if (TicketUrgency::before(a.urgency, b.urgency)) return true;
        if (TicketUrgency::before(b.urgency, a.urgency)) return false;
        return a.ticket.id() < b.ticket.id();
    });
    endResetModel();
}

void TicketListModel::onEvent(const protocol::Event& event) {
    // Another person's ticket that was never on this list and still is not: nothing to do.
    if (m_scope == Scope::Mine && rowOfTicket(event.ticket_id()) < 0) {
        const qint64 me = m_connection.currentUser().id();
        if (event.owner_id() != me && event.assignee_id() != me) return;
    }
    const int row = rowOfTicket(event.ticket_id());
    if (row >= 0 && m_tickets[static_cast<std::size_t>(row)].ticket.version() >= event.version()) return;
    fetchTicket(event.ticket_id());
}

void TicketListModel::fetchTicket(qint64 ticketId) {
    protocol::Envelope request;
    request.mutable_get_ticket()->set_ticket_id(ticketId);
    QPointer<TicketListModel> self(this);
    const quint64 generation = m_generation;
    m_connection.send(std::move(request), [self, ticketId, generation](const Reply& reply) {
        if (!self) return;
        if (self->m_loading && generation != self->m_generation) {
            // A full load started since; it may have read the ticket before this change.
            self->fetchTicket(ticketId);
            return;
        }
        if (reply.ok() && reply.envelope().has_ticket_reply()) {
            const protocol::Envelope envelope = reply.envelope();
            self->applyTicket(envelope.ticket_reply().ticket());
        } else if (!reply.ok() && reply.error().code == protocol::NOT_FOUND) {
            const int row = self->rowOfTicket(ticketId);  // moved to a branch this user cannot see
            if (row >= 0) {
                self->beginRemoveRows({}, row, row);
                self->m_tickets.erase(self->m_tickets.begin() + row);
                self->endRemoveRows();
            }
        }
        emit self->ticketRefreshed(ticketId);
    });
}

void TicketListModel::applyTicket(const protocol::Ticket& ticket) {
    const int row = rowOfTicket(ticket.id());
    if (row >= 0 && m_tickets[static_cast<std::size_t>(row)].ticket.version() > ticket.version()) return;  // older news
    if (!belongs(ticket)) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_tickets.erase(m_tickets.begin() + row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        Row& existing = m_tickets[static_cast<std::size_t>(row)];
        existing.ticket = ticket;
        existing.urgency = TicketUrgency::of(ticket, nowUnix());
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        const int at = rowCount();
        beginInsertRows({}, at, at);
        m_tickets.push_back(Row{ticket, TicketUrgency::of(ticket, nowUnix())});
        endInsertRows();
    }
    sortRows();
}

void TicketListModel::sortRows() {
    const auto less = [](const Row& a, const Row& b) {
        if (TicketUrgency::before(a.urgency, b.urgency)) return true;
        if (TicketUrgency::before(b.urgency, a.urgency)) return false;
        return a.ticket.id() < b.ticket.id();
    };
    if (std::is_sorted(m_tickets.begin(), m_tickets.end(), less)) return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    for (const QModelIndex& index : before) ids.push_back(m_tickets[static_cast<std::size_t>(index.row())].ticket.id());
    std::stable_sort(m_tickets.begin(), m_tickets.end(), less);
    QModelIndexList after;
    for (std::size_t i = 0; i < ids.size(); ++i) after.append(index(rowOfTicket(ids[i]), before[static_cast<int>(i)].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TicketListModel::reevaluate() {
    if (m_tickets.empty()) return;
    const qint64 now = nowUnix();
    for (Row& row : m_tickets) row.urgency = TicketUrgency::of(row.ticket, now);
    emit dataChanged(index(0, UrgencyColumn), index(rowCount() - 1, UrgencyColumn));
    sortRows();
}

int TicketListModel::atRiskCount() const {
    return static_cast<int>(std::count_if(m_tickets.begin(), m_tickets.end(), [](const Row& row) {
        return row.urgency.level == TicketUrgency::Level::Breached || row.urgency.level == TicketUrgency::Level::AtRisk;
    }));
}

void TicketListModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_tickets.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TicketListModel::setLoading(bool loading) {
    if (m_loading == loading) return;
    m_loading = loading;
    emit loadingChanged(loading);
}

}  // namespace laoke::client
