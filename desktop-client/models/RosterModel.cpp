#include "RosterModel.h"

#include "DutyNames.h"
#include "LiveEvents.h"
#include "RoleNames.h"

#include <QFont>
#include <QPointer>

#include <algorithm>
#include <cmath>

namespace laoke::client {

namespace {

QString str(const std::string& text) { return QString::fromStdString(text); }

const QColor kShortStaffed(0xfb, 0xd9, 0xd6);
const QColor kStaffed(0xdf, 0xf1, 0xe0);
const QColor kDayOff(0xf3, 0xf4, 0xf6);

}  // namespace

RosterModel::RosterModel(Connection& connection, QObject* parent)
    : QAbstractTableModel(parent), m_connection(connection), m_events(new LiveEvents(connection, this)) {
    // Another manager's save: reload at once when nothing is being edited here, else say so
    // (the save will be refused and merged then).
    connect(m_events, &LiveEvents::rosterChanged, this, [this](const protocol::Event& event) {
        if (!m_loaded || event.branch_id() != m_week.branch_id() || event.version() == m_week.version()) return;
        if (m_saving) return;  // our own save's push can come before its answer, which brings the week anyway
        if (hasChanges()) emit changedElsewhere();
        else reload();
    });
    connect(m_events, &LiveEvents::resynced, this, [this] {
        if (m_loaded && !hasChanges()) reload();
    });
}

int RosterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_loaded ? 0 : m_week.people_size() + 1;
}

int RosterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_loaded ? 0 : m_week.days_size();
}

QDate RosterModel::monday() const {
    return QDate::fromString(str(m_week.week_start()), Qt::ISODate);
}

int RosterModel::rowOfUser(qint64 userId) const {
    for (int row = 0; row < m_week.people_size(); ++row) {
        if (m_week.people(row).user_id() == userId) return row;
    }
    return -1;
}

int RosterModel::ticketsPerPerson() const {
    return m_ticketsPerPerson != 0 ? m_ticketsPerPerson : m_week.tickets_per_person();
}

void RosterModel::setTicketsPerPerson(int tickets) {
    if (!isEditable() || tickets == ticketsPerPerson()) return;
    m_ticketsPerPerson = tickets == m_week.tickets_per_person() ? 0 : tickets;
    const int row = suggestionRow();
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit changesChanged();
}

protocol::RosterCell RosterModel::cellAt(int row, int column) const {
    const qint64 user = m_week.people(row).user_id();
    const CellKey key{user, str(m_week.days(column).date())};
    if (const auto edit = m_pending.find(key); edit != m_pending.end()) return edit->second;
    if (const auto stored = m_saved.find(key); stored != m_saved.end()) return stored->second;
    protocol::RosterCell office;
    office.set_user_id(user);
    office.set_date(m_week.days(column).date());
    office.set_duty("office");
    return office;
}

int RosterModel::rosteredOn(int column) const {
    int count = 0;
    for (int row = 0; row < m_week.people_size(); ++row) {
        if (cellAt(row, column).duty() == "hotline") ++count;
    }
    return count;
}

// The server's suggestion with what the page changed: the hotline duties edited and the
// capacity edited (people needed = ceil(expected / capacity), at least one on a working day).
protocol::RosterDay RosterModel::dayWithEdits(int column) const {
    protocol::RosterDay day = m_week.days(column);
    auto* s = day.mutable_suggestion();
    s->set_rostered(rosteredOn(column));
    if (s->basis() == "forecast") {
        const double people = std::ceil(s->expected_tickets() / ticketsPerPerson() - 1e-9);
        s->set_needed(std::max(1, static_cast<int>(people)));
        s->set_short_staffed(s->rostered() < s->needed());
    } else {
        s->set_short_staffed(false);
    }
    return day;
}

QVariant RosterModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const int column = index.column();
    if (index.row() == suggestionRow()) {
        const protocol::RosterDay day = dayWithEdits(column);
        switch (role) {
        case Qt::DisplayRole:
            return DutyNames::staffing(day);
        case Qt::ToolTipRole:
        case ReasonRole:
            return DutyNames::reason(day, m_week.history_weeks());
        case ShortStaffedRole:
            return day.suggestion().short_staffed();
        case Qt::BackgroundRole:
            if (day.suggestion().short_staffed()) return kShortStaffed;
            if (day.suggestion().basis() == "forecast") return kStaffed;
            return kDayOff;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    const protocol::RosterCell cell = cellAt(index.row(), column);
    const QString duty = str(cell.duty());
    const QString note = str(cell.note());
    const bool changed = m_pending.count({cell.user_id(), str(cell.date())}) > 0;
    switch (role) {
    case Qt::DisplayRole:
        return note.isEmpty() ? DutyNames::duty(duty) : QStringLiteral("%1 · %2").arg(DutyNames::duty(duty), note);
    case Qt::EditRole:
    case DutyRole:
        return duty;
    case NoteRole:
        return note;
    case ChangedRole:
        return changed;
    case Qt::ToolTipRole:
        return note.isEmpty() ? QVariant() : QVariant(note);
    case Qt::BackgroundRole: {
        const QColor color = DutyNames::dutyColor(duty);
        if (color.isValid()) return color;
        return m_week.days(column).workday() ? QVariant() : QVariant(kDayOff);
    }
    case Qt::ForegroundRole:
        return duty == QLatin1String("office") ? QVariant(QColor(0x66, 0x70, 0x85)) : QVariant();
    case Qt::FontRole: {
        if (!changed) return {};
        QFont font;
        font.setBold(true);
        font.setItalic(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_loaded) return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_week.days_size()) return {};
        const protocol::RosterDay& day = m_week.days(section);
        const QDate date = QDate::fromString(str(day.date()), Qt::ISODate);
        const QString marks = DutyNames::marks(day);
        if (role == Qt::DisplayRole) {
            QString text = QStringLiteral("%1 %2").arg(DutyNames::weekday(date.dayOfWeek()), DutyNames::date(date));
            if (!marks.isEmpty()) text += QLatin1Char('\n') + marks;
            return text;
        }
        if (role == Qt::ToolTipRole) return marks.isEmpty() ? QVariant() : QVariant(marks);
        if (role == Qt::ForegroundRole) {
            if (day.holiday() || !day.workday()) return QColor(0xb4, 0x23, 0x18);
            if (!day.close().empty()) return QColor(0xb5, 0x6a, 0x00);
        }
        if (role == Qt::FontRole && str(day.date()) == str(m_week.today())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    if (section == suggestionRow()) return role == Qt::DisplayRole ? tr("Hotline suggestion") : QVariant();
    if (section < 0 || section > suggestionRow()) return {};
    const protocol::RosterPerson& person = m_week.people(section);
    if (role == Qt::ToolTipRole) return RoleNames::displayName(person.role());
    return str(person.display_name());
}

Qt::ItemFlags RosterModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() < suggestionRow() && m_week.editable()) flags |= Qt::ItemIsEditable;
    return flags;
}

bool RosterModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= suggestionRow() || !m_week.editable()) return false;
    protocol::RosterCell cell = cellAt(index.row(), index.column());
    if (role == Qt::EditRole || role == DutyRole) {
        const QString duty = value.toString();
        if (!DutyNames::codes().contains(duty)) return false;
        cell.set_duty(duty.toStdString());
    } else if (role == NoteRole) {
        cell.set_note(value.toString().trimmed().left(60).toStdString());
    } else {
        return false;
    }
    const CellKey key{cell.user_id(), str(cell.date())};
    const auto stored = m_saved.find(key);
    const std::string savedDuty = stored == m_saved.end() ? "office" : stored->second.duty();
    const std::string savedNote = stored == m_saved.end() ? "" : stored->second.note();
    if (cell.duty() == savedDuty && cell.note() == savedNote) m_pending.erase(key);
    else m_pending[key] = cell;
    emit dataChanged(index, index);
    const QModelIndex suggestion = this->index(suggestionRow(), index.column());
    emit dataChanged(suggestion, suggestion);
    emit changesChanged();
    return true;
}

void RosterModel::load(const QDate& anyDay, qint64 branchId) {
    request(anyDay, branchId, false);
}

void RosterModel::reload() {
    if (m_loaded) request(monday(), m_week.branch_id(), hasChanges());
}

void RosterModel::request(const QDate& anyDay, qint64 branchId, bool keepPending) {
    protocol::Envelope envelope;
    auto* get = envelope.mutable_get_roster_week();
    if (anyDay.isValid()) get->set_week(anyDay.toString(Qt::ISODate).toStdString());
    get->set_branch_id(branchId);
    const quint64 generation = ++m_generation;
    QPointer<RosterModel> self(this);
    m_connection.send(std::move(envelope), [self, generation, keepPending](const Reply& reply) {
        if (!self || generation != self->m_generation) return;  // a newer request is on its way
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        const protocol::Envelope answer = reply.envelope();
        if (!answer.has_roster_week()) return;
        self->applyWeek(answer.roster_week(), keepPending);
    });
}

void RosterModel::applyWeek(const protocol::RosterWeek& week, bool keepPending) {
    const bool sameWeek = m_loaded && week.week_start() == m_week.week_start() && week.branch_id() == m_week.branch_id();
    beginResetModel();
    m_week = week;
    m_saved.clear();
    for (const auto& cell : m_week.cells()) m_saved[{cell.user_id(), str(cell.date())}] = cell;
    if (!keepPending || !sameWeek) {
        m_pending.clear();
        m_ticketsPerPerson = 0;
    } else {
        // Edits equal to what is now stored are no longer edits.
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            const auto stored = m_saved.find(it->first);
            const bool same = stored == m_saved.end() ? it->second.duty() == "office" && it->second.note().empty()
                                                      : stored->second.duty() == it->second.duty() &&
                                                            stored->second.note() == it->second.note();
            it = same ? m_pending.erase(it) : std::next(it);
        }
        if (m_ticketsPerPerson == m_week.tickets_per_person()) m_ticketsPerPerson = 0;
    }
    m_loaded = true;
    endResetModel();
    emit loaded();
    emit changesChanged();
}

void RosterModel::save() {
    if (!isEditable() || m_saving) return;
    protocol::Envelope envelope;
    auto* s = envelope.mutable_save_roster();
    s->set_branch_id(m_week.branch_id());
    s->set_week_start(m_week.week_start());
    s->set_expected_version(m_week.version());
    s->set_tickets_per_person(m_ticketsPerPerson);
    for (const auto& [key, cell] : m_pending) *s->add_cells() = cell;
    m_saving = true;
    const quint64 generation = ++m_generation;
    QPointer<RosterModel> self(this);
    m_connection.send(std::move(envelope), [self, generation](const Reply& reply) {
        if (!self) return;
        self->m_saving = false;
        if (!reply.ok()) {
            const ClientError error = reply.error();
            // Someone saved first: show their plan with these edits still on top.
            if (error.code == protocol::CONFLICT) self->reload();
            emit self->saveFailed(error);
            return;
        }
        const protocol::Envelope answer = reply.envelope();
        if (!answer.has_roster_week() || generation != self->m_generation) return;
        self->applyWeek(answer.roster_week(), false);
        emit self->saved();
    });
}

}  // namespace laoke::client
