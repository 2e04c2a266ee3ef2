#include "AssigneeListModel.h"

#include "DutyNames.h"
#include "LiveEvents.h"
#include "RoleNames.h"
#include "TicketListModel.h"

#include <QDataStream>
#include <QDate>
#include <QDateTime>
#include <QMimeData>
#include <QPointer>
#include <QTimer>

namespace laoke::client {

AssigneeListModel::AssigneeListModel(Connection& connection, QObject* parent)
    : QAbstractListModel(parent), m_connection(connection), m_events(new LiveEvents(connection, this)), m_debounce(new QTimer(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AssigneeListModel::refresh);
    connect(m_events, &LiveEvents::ticketChanged, this, [this] {
        if (!m_debounce->isActive()) m_debounce->start();
    });
    connect(m_events, &LiveEvents::resynced, this, &AssigneeListModel::refresh);
    connect(m_events, &LiveEvents::rosterChanged, this, &AssigneeListModel::refreshDuties);
}

QString AssigneeListModel::duty(const protocol::Assignee& assignee) const {
    const auto found = m_duties.find(assignee.user().id());
    return found == m_duties.end() ? QStringLiteral("office") : found->second;
}

int AssigneeListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_assignees.size());
}

QString AssigneeListModel::skillSummary(const protocol::Assignee& assignee) {
    // "U8+ 总账/UFO报表 ✓, T+": each product line once, its modules after it, ✓ when certified.
    QStringList lines;
    QString currentLine;
    QStringList modules;
    bool certified = false;
    const auto flush = [&] {
        if (currentLine.isEmpty()) return;
        QString text = modules.isEmpty() ? currentLine : QStringLiteral("%1 %2").arg(currentLine, modules.join(QLatin1Char('/')));
        if (certified) text += QStringLiteral(" ✓");
        lines << text;
    };
    for (const protocol::EngineerSkill& skill : assignee.skills()) {
        const QString line = QString::fromStdString(skill.product_line_name());
        if (line != currentLine) {
            flush();
            currentLine = line;
            modules.clear();
            certified = false;
        }
        if (skill.module_id() != 0) modules << QString::fromStdString(skill.module_name());
        certified = certified || skill.certified();
    }
    flush();
    return lines.join(tr(", "));
}

QVariant AssigneeListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::Assignee& a = m_assignees[static_cast<std::size_t>(index.row())];
    const QString name = QString::fromStdString(a.user().display_name());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = m_dutiesLoaded ? tr("%1 · %2 · %n open", nullptr, a.open_tickets()).arg(name, DutyNames::duty(duty(a)))
                                      : tr("%1 · %n open", nullptr, a.open_tickets()).arg(name);
        if (const QString skills = skillSummary(a); !skills.isEmpty()) text += QStringLiteral(" · ") + skills;
        if (const auto visits = m_visitTimes.find(a.user().id()); visits != m_visitTimes.end()) {
            text += QStringLiteral(" · ") + tr("%n visit(s) today: %1", nullptr, static_cast<int>(visits->second.size()))
                                               .arg(visits->second.join(tr(", ")));
        }
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 · %2 · %3")
                          .arg(name, RoleNames::displayName(a.user().role()), QString::fromStdString(a.user().branch_name()));
        if (!a.home_city().empty()) tip += QStringLiteral("\n") + tr("Starts from %1").arg(QString::fromStdString(a.home_city()));
        return tip;
    }
    case UserIdRole:
        return QVariant::fromValue<qint64>(a.user().id());
    case OpenTicketsRole:
        return a.open_tickets();
    case NameRole:
        return name;
    case DutyRole:
        return m_dutiesLoaded ? duty(a) : QString();
    default:
        return {};
    }
}

Qt::ItemFlags AssigneeListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid()) flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList AssigneeListModel::mimeTypes() const {
    return {QString::fromLatin1(TicketListModel::kTicketMimeType)};
}

Qt::DropActions AssigneeListModel::supportedDropActions() const {
    return Qt::CopyAction | Qt::MoveAction;
}

bool AssigneeListModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const {
    return parent.isValid() && data && data->hasFormat(QString::fromLatin1(TicketListModel::kTicketMimeType));
}

bool AssigneeListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                     const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent)) return false;
    QList<qint64> ids;
    QDataStream stream(data->data(QString::fromLatin1(TicketListModel::kTicketMimeType)));
    stream >> ids;
    if (ids.isEmpty()) return false;
    emit ticketsDropped(ids, parent.data(UserIdRole).toLongLong());
    return false;  // nothing moves in this list; the assignment is the board's business
}

int AssigneeListModel::rowOfUser(qint64 userId) const {
    for (std::size_t i = 0; i < m_assignees.size(); ++i) {
        if (m_assignees[i].user().id() == userId) return static_cast<int>(i);
    }
    return -1;
}

std::vector<protocol::Assignee> AssigneeListModel::ofBranch(qint64 branchId) const {
    std::vector<protocol::Assignee> out;
    for (const auto& a : m_assignees) {
        if (a.user().branch_id() == branchId) out.push_back(a);
    }
    return out;
}

void AssigneeListModel::refreshDuties() {
    protocol::Envelope request;
    request.mutable_list_duty_today();
    QPointer<AssigneeListModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self || !reply.ok() || !reply.envelope().has_list_duty_today_reply()) return;
        const protocol::Envelope envelope = reply.envelope();
        self->m_duties.clear();
        for (const auto& cell : envelope.list_duty_today_reply().duties()) {
            self->m_duties[cell.user_id()] = QString::fromStdString(cell.duty());
        }
        self->m_dutiesLoaded = true;
        if (!self->m_assignees.empty()) emit self->dataChanged(self->index(0), self->index(self->rowCount() - 1));
        emit self->dutiesLoaded();
    });
}

void AssigneeListModel::showTodaysVisits() {
    m_visitsWanted = true;
    refreshVisits();
}

void AssigneeListModel::refreshVisits() {
    if (!m_visitsWanted) return;
    protocol::Envelope request;
    auto* list = request.mutable_list_appointments();
    list->set_whole_branch(true);
    const QDate today = QDate::currentDate();
    list->set_from_unix(today.startOfDay().toSecsSinceEpoch());
    list->set_to_unix(today.addDays(1).startOfDay().toSecsSinceEpoch());
    QPointer<AssigneeListModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self || !reply.ok() || !reply.envelope().has_list_appointments_reply()) return;
        const protocol::Envelope envelope = reply.envelope();
        self->m_visitTimes.clear();
        for (const auto& visit : envelope.list_appointments_reply().appointments()) {  // in start order
            const QString at = QDateTime::fromSecsSinceEpoch(visit.starts_at_unix()).toString(QStringLiteral("HH:mm"));
            self->m_visitTimes[visit.engineer_id()] << at;
        }
        if (!self->m_assignees.empty()) emit self->dataChanged(self->index(0), self->index(self->rowCount() - 1));
    });
}

void AssigneeListModel::refresh() {
    refreshDuties();
    refreshVisits();
    if (m_loading) {
        m_debounce->start();  // ask again once this answer is in
        return;
    }
    m_loading = true;
    protocol::Envelope request;
    request.mutable_list_assignees();
    QPointer<AssigneeListModel> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        self->m_loading = false;
        if (!reply.ok() || !reply.envelope().has_list_assignees_reply()) return;
        const protocol::Envelope envelope = reply.envelope();
        self->beginResetModel();
        self->m_assignees.assign(envelope.list_assignees_reply().assignees().begin(),
                                 envelope.list_assignees_reply().assignees().end());
        self->endResetModel();
        self->m_loaded = true;
        emit self->loaded();
    });
}

}  // namespace laoke::client
