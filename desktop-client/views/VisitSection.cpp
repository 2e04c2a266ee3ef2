#include "VisitSection.h"

#include "AssigneeListModel.h"
#include "InlineErrorLabel.h"
#include "Theme.h"
#include "VisitNames.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

using client::AppointmentListModel;
using client::VisitNames;

QString str(const std::string& text) { return QString::fromStdString(text); }

bool isOpenState(const std::string& state)
{
    return state == "new" || state == "assigned" || state == "in_progress" || state == "waiting_customer" || state == "reopened";
}

// The next quarter hour at least an hour from now, inside working hours: a visit is rarely
// booked for the next few minutes.
QDateTime suggestedStart()
{
    QDateTime start = QDateTime::currentDateTime().addSecs(3600);
    start.setTime(QTime(start.time().hour(), (start.time().minute() / 15) * 15));
    if (start.time() < QTime(9, 0)) start.setTime(QTime(9, 0));
    if (start.time() > QTime(16, 0)) start = QDateTime(start.date().addDays(1), QTime(9, 0));
    return start;
}

}  // namespace

VisitSection::VisitSection(client::Connection& connection, client::AssigneeListModel& assignees, QWidget* parent)
    : QWidget(parent),
      m_connection(connection),
      m_assignees(assignees),
      m_model(connection),
      m_title(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_bookButton(new QPushButton(this)),
      m_table(new QTableView(this)),
      m_arriveButton(new QPushButton(this)),
      m_finishButton(new QPushButton(this)),
      m_moveButton(new QPushButton(this)),
      m_cancelButton(new QPushButton(this)),
      m_editor(new QFrame(this)),
      m_editorTitle(new QLabel(m_editor)),
      m_engineerLabel(new QLabel(m_editor)),
      m_engineerCombo(new QComboBox(m_editor)),
      m_startLabel(new QLabel(m_editor)),
      m_startEdit(new QDateTimeEdit(m_editor)),
      m_durationLabel(new QLabel(m_editor)),
      m_durationCombo(new QComboBox(m_editor)),
      m_addressLabel(new QLabel(m_editor)),
      m_addressEdit(new QLineEdit(m_editor)),
      m_noteLabel(new QLabel(m_editor)),
      m_noteEdit(new QLineEdit(m_editor)),
      m_dayHint(new QLabel(m_editor)),
      m_error(new InlineErrorLabel(m_editor)),
      m_confirmButton(new QPushButton(m_editor)),
      m_closeButton(new QPushButton(m_editor))
{
    setObjectName(QStringLiteral("visitSection"));
    m_title->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_summary->setObjectName(QStringLiteral("visitSummary"));
    Theme::makeHint(m_summary);
    m_bookButton->setObjectName(QStringLiteral("bookVisitButton"));
    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AppointmentListModel::AddressColumn, QHeaderView::Stretch);
    for (const int hidden : {AppointmentListModel::RoadColumn, AppointmentListModel::CustomerColumn, AppointmentListModel::ContactColumn,
                             AppointmentListModel::TicketColumn}) {
        m_table->hideColumn(hidden);
    }
    m_arriveButton->setObjectName(QStringLiteral("arriveVisitButton"));
    m_finishButton->setObjectName(QStringLiteral("finishVisitButton"));
    m_moveButton->setObjectName(QStringLiteral("moveVisitButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelVisitButton"));

    m_editor->setObjectName(QStringLiteral("visitEditor"));
    m_editor->setStyleSheet(QStringLiteral("QFrame#visitEditor { background:#f6f8fb; border:1px solid #dfe3ea; border-radius:6px; }"));
    m_editorTitle->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_engineerCombo->setObjectName(QStringLiteral("visitEngineerCombo"));
    m_startEdit->setObjectName(QStringLiteral("visitStartEdit"));
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_durationCombo->setObjectName(QStringLiteral("visitDurationCombo"));
    m_addressEdit->setObjectName(QStringLiteral("visitAddressEdit"));
    m_addressEdit->setMaxLength(200);
    m_noteEdit->setObjectName(QStringLiteral("visitNoteEdit"));
    m_noteEdit->setMaxLength(500);
    m_dayHint->setObjectName(QStringLiteral("visitDayHint"));
    m_error->setObjectName(QStringLiteral("visitEditorError"));
    m_dayHint->setWordWrap(true);
    Theme::makeHint(m_dayHint);
    m_confirmButton->setObjectName(QStringLiteral("confirmVisitButton"));
    Theme::makePrimary(m_confirmButton);
    m_closeButton->setObjectName(QStringLiteral("closeVisitEditorButton"));

    auto* form = new QFormLayout;
    form->addRow(m_engineerLabel, m_engineerCombo);
    form->addRow(m_startLabel, m_startEdit);
    form->addRow(m_durationLabel, m_durationCombo);
    form->addRow(m_addressLabel, m_addressEdit);
    form->addRow(m_noteLabel, m_noteEdit);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_closeButton);
    editorButtons->addWidget(m_confirmButton);
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_dayHint);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(editorButtons);
    m_editor->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_summary, 1);
    header->addWidget(m_bookButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_arriveButton);
    buttons->addWidget(m_finishButton);
    buttons->addWidget(m_moveButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_editor);

    connect(&m_model, &AppointmentListModel::loaded, this, [this] {
        if (m_model.rowCount() > 0 && !m_table->selectionModel()->hasSelection()) {
            // The visit that matters now: the first one not yet finished or cancelled.
            int row = 0;
            for (int i = 0; i < m_model.rowCount(); ++i) {
                const std::string& state = m_model.visitAt(i)->state();
                if (state == "planned" || state == "arrived") {
                    row = i;
                    break;
                }
            }
            m_table->selectRow(row);
        }
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VisitSection::updateButtons);
    connect(m_bookButton, &QPushButton::clicked, this, [this] { openEditor(EditorMode::Book); });
    connect(m_moveButton, &QPushButton::clicked, this, [this] { openEditor(EditorMode::Move); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { openEditor(EditorMode::Cancel); });
    connect(m_arriveButton, &QPushButton::clicked, this, [this] { record(QStringLiteral("arrive")); });
    connect(m_finishButton, &QPushButton::clicked, this, [this] { record(QStringLiteral("finish")); });
    connect(m_closeButton, &QPushButton::clicked, this, &VisitSection::closeEditor);
    connect(m_confirmButton, &QPushButton::clicked, this, &VisitSection::confirm);
    connect(m_engineerCombo, &QComboBox::currentIndexChanged, this, &VisitSection::refreshDayHint);
    connect(m_startEdit, &QDateTimeEdit::dateChanged, this, &VisitSection::refreshDayHint);
    connect(m_startEdit, &QDateTimeEdit::timeChanged, this, [this] { m_error->clearError(); });
    retranslate();
}

void VisitSection::showTicket(const protocol::Ticket& ticket)
{
    const bool sameTicket = ticket.id() == m_ticket.id();
    m_ticket = ticket;
    if (!sameTicket) {
        closeEditor();
        m_table->clearSelection();
        m_model.showTicket(ticket.id());
    }
    updateButtons();
}

bool VisitSection::mayBook() const
{
    const protocol::User& me = m_connection.currentUser();
    if (m_ticket.id() == 0 || !isOpenState(m_ticket.state())) return false;
    if (me.role() == protocol::ADMIN || me.role() == protocol::BRANCH_MANAGER) return true;
    return me.role() == protocol::ENGINEER && (m_ticket.owner_id() == me.id() || m_ticket.assignee_id() == me.id());
}

bool VisitSection::mayRecord(const protocol::OnsiteAppointment& visit) const
{
    const protocol::User& me = m_connection.currentUser();
    return me.role() == protocol::ADMIN || me.role() == protocol::BRANCH_MANAGER || visit.engineer_id() == me.id();
}

const protocol::OnsiteAppointment* VisitSection::selectedVisit() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model.visitAt(rows.first().row());
}

void VisitSection::updateButtons()
{
    const protocol::OnsiteAppointment* visit = selectedVisit();
    const bool mine = visit && mayRecord(*visit);
    const std::string state = visit ? visit->state() : std::string();
    m_arriveButton->setVisible(mine && state == "planned");
    m_finishButton->setVisible(mine && state == "arrived");
    m_moveButton->setVisible(mine && state == "planned" && isOpenState(m_ticket.state()));
    m_cancelButton->setVisible(mine && state == "planned");
    m_bookButton->setVisible(mayBook());
    m_table->setVisible(m_model.rowCount() > 0);
    // As tall as its visits (up to four), so the work log below keeps the room.
    const int rows = std::min(m_model.rowCount(), 4);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());

    int planned = 0;
    for (const auto& v : m_model.visits()) planned += v.state() == "planned" ? 1 : 0;
    QString summary;
    if (m_model.rowCount() == 0) {
        summary = m_ticket.onsite_requested_at_unix() != 0 ? tr("Onsite service needed: no visit booked yet.")
                                                           : tr("No visit booked.");
    } else if (planned > 0) {
        summary = tr("%n visit(s) booked", nullptr, planned);
    }
    m_summary->setText(summary);
}

void VisitSection::fillEngineers(qint64 selected)
{
    m_engineerCombo->blockSignals(true);
    m_engineerCombo->clear();
    const protocol::User& me = m_connection.currentUser();
    const bool manager = me.role() == protocol::ADMIN || me.role() == protocol::BRANCH_MANAGER;
    if (manager) {
        for (const protocol::Assignee& a : m_assignees.ofBranch(m_ticket.branch_id())) {
            m_engineerCombo->addItem(str(a.user().display_name()), QVariant::fromValue<qint64>(a.user().id()));
        }
    } else {
        m_engineerCombo->addItem(str(me.display_name()), QVariant::fromValue<qint64>(me.id()));
    }
    const int index = m_engineerCombo->findData(QVariant::fromValue<qint64>(selected));
    m_engineerCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_engineerCombo->blockSignals(false);
}

void VisitSection::openEditor(EditorMode mode)
{
    const protocol::OnsiteAppointment* visit = selectedVisit();
    if (mode != EditorMode::Book && !visit) return;
    m_mode = mode;
    m_error->clearError();
    const bool cancel = mode == EditorMode::Cancel;
    for (QWidget* w : std::initializer_list<QWidget*>{m_engineerLabel, m_engineerCombo, m_startLabel, m_startEdit, m_durationLabel,
                                                      m_durationCombo, m_addressLabel, m_addressEdit, m_dayHint}) {
        w->setVisible(!cancel);
    }
    m_noteEdit->clear();
    if (mode == EditorMode::Book) {
        m_editorTitle->setText(tr("Book a visit to %1").arg(str(m_ticket.customer_name())));
        fillEngineers(m_ticket.assignee_id() != 0 ? m_ticket.assignee_id() : m_connection.currentUser().id());
        m_startEdit->setDateTime(suggestedStart());
        m_durationCombo->setCurrentIndex(m_durationCombo->findData(120));
        m_addressEdit->clear();
        m_confirmButton->setText(tr("Book visit"));
    } else if (mode == EditorMode::Move) {
        m_editorTitle->setText(tr("Move the visit"));
        fillEngineers(visit->engineer_id());
        m_startEdit->setDateTime(QDateTime::fromSecsSinceEpoch(visit->starts_at_unix()));
        const int duration = m_durationCombo->findData(visit->duration_minutes());
        if (duration < 0) m_durationCombo->addItem(tr("%n min", nullptr, visit->duration_minutes()), visit->duration_minutes());
        m_durationCombo->setCurrentIndex(m_durationCombo->findData(visit->duration_minutes()));
        m_addressEdit->setText(str(visit->address()));
        m_noteEdit->setText(str(visit->note()));
        m_confirmButton->setText(tr("Move visit"));
    } else {
        m_editorTitle->setText(tr("Cancel the visit of %1: why?").arg(VisitNames::span(*visit)));
        m_confirmButton->setText(tr("Cancel visit"));
    }
    m_noteLabel->setText(cancel ? tr("Reason") : tr("Note"));
    m_noteEdit->setPlaceholderText(cancel ? tr("e.g. the customer solved it with remote help")
                                          : tr("Whom to ask for, what to bring"));
    m_editor->show();
    refreshDayHint();
    (cancel ? static_cast<QWidget*>(m_noteEdit) : static_cast<QWidget*>(m_startEdit))->setFocus();
}

void VisitSection::closeEditor()
{
    m_mode = EditorMode::Closed;
    m_editor->hide();
}

void VisitSection::refreshDayHint()
{
    m_engineerDay.clear();
    m_dayHint->clear();
    if (m_mode != EditorMode::Book && m_mode != EditorMode::Move) return;
    const qint64 engineer = m_engineerCombo->currentData().toLongLong();
    const QDate day = m_startEdit->date();
    if (engineer == 0) return;
    m_model.fetchEngineerDay(engineer, day, [this, engineer, day](const std::vector<protocol::OnsiteAppointment>& visits) {
        if (m_engineerCombo->currentData().toLongLong() != engineer || m_startEdit->date() != day) return;  // moved on
        m_engineerDay = visits;
        QStringList busy;
        const protocol::OnsiteAppointment* editing = m_mode == EditorMode::Move ? selectedVisit() : nullptr;
        for (const auto& v : visits) {
            if (editing && v.id() == editing->id()) continue;
            busy << tr("%1 %2").arg(VisitNames::span(v, false), str(v.customer_name()));
        }
        m_dayHint->setText(busy.isEmpty() ? tr("%1 has no other visit that day.").arg(m_engineerCombo->currentText())
                                          : tr("%1 that day: %2").arg(m_engineerCombo->currentText(), busy.join(tr("; "))));
    });
}

void VisitSection::confirm()
{
    const protocol::OnsiteAppointment* selected = selectedVisit();
    if (m_mode == EditorMode::Cancel) {
        const QString reason = m_noteEdit->text().trimmed();
        if (reason.isEmpty()) {
            m_error->setError(tr("Write down why the visit is cancelled."));
            return;
        }
        if (!selected) return;
        m_confirmButton->setEnabled(false);
        m_model.act(*selected, QStringLiteral("cancel"), reason, [this](const client::Reply& reply) {
            m_confirmButton->setEnabled(true);
            if (!reply.ok()) {
                m_error->setError(describe(reply.error()));
                return;
            }
            closeEditor();
            emit visitChanged();
        });
        return;
    }
    protocol::OnsiteAppointment visit;
    if (m_mode == EditorMode::Move && selected) visit = *selected;
    visit.set_ticket_id(m_ticket.id());
    visit.set_engineer_id(m_engineerCombo->currentData().toLongLong());
    if (visit.engineer_id() == 0) {
        m_error->setError(tr("Choose who goes."));
        return;
    }
    const qint64 start = m_startEdit->dateTime().toSecsSinceEpoch();
    const int minutes = m_durationCombo->currentData().toInt();
    visit.set_starts_at_unix(start);
    visit.set_duration_minutes(minutes);
    visit.set_address(m_addressEdit->text().trimmed().toStdString());
    visit.set_note(m_noteEdit->text().trimmed().toStdString());
    for (const auto& other : m_engineerDay) {
        if (other.id() == visit.id() || (other.state() != "planned" && other.state() != "arrived")) continue;
        const qint64 otherEnd = other.starts_at_unix() + other.duration_minutes() * 60LL;
        if (start < otherEnd && other.starts_at_unix() < start + minutes * 60LL) {
            m_error->setError(tr("%1 is already at %2 then (%3, %4).")
                                  .arg(m_engineerCombo->currentText(), str(other.customer_name()), VisitNames::span(other, false),
                                       str(other.ticket_number())));
            return;
        }
    }
    m_confirmButton->setEnabled(false);
    m_model.save(visit, [this](const client::Reply& reply) {
        m_confirmButton->setEnabled(true);
        if (!reply.ok()) {
            m_error->setError(describe(reply.error()));
            refreshDayHint();
            return;
        }
        closeEditor();
        emit visitChanged();
    });
}

void VisitSection::record(const QString& action)
{
    const protocol::OnsiteAppointment* visit = selectedVisit();
    if (!visit) return;
    m_model.act(*visit, action, QString(), [this](const client::Reply& reply) {
        if (!reply.ok()) {
            emit failed(describe(reply.error()));
            return;
        }
        emit visitChanged();
    });
}

QString VisitSection::describe(const client::ClientError& error) const
{
    if (error.code == protocol::CONFLICT) return tr("Someone else changed this visit a moment ago; it now shows their change.");
    if (error.code == protocol::VALIDATION_FAILED && error.field == QLatin1String("starts_at_unix")) {
        return tr("The engineer is already booked then, or the time is out of range (at most a day back, three months ahead).");
    }
    return error.userMessage();
}

void VisitSection::retranslate()
{
    m_title->setText(tr("Onsite visits"));
    m_bookButton->setText(tr("Book a visit…"));
    m_arriveButton->setText(tr("Arrived"));
    m_finishButton->setText(tr("Visit done"));
    m_moveButton->setText(tr("Move…"));
    m_cancelButton->setText(tr("Cancel visit…"));
    m_engineerLabel->setText(tr("Engineer"));
    m_startLabel->setText(tr("Starts"));
    m_durationLabel->setText(tr("Takes"));
    m_addressLabel->setText(tr("Address"));
    m_addressEdit->setPlaceholderText(tr("Empty: the customer's address on file"));
    m_closeButton->setText(tr("Close"));
    const int duration = m_durationCombo->currentData().toInt();
    m_durationCombo->clear();
    for (const int minutes : {30, 60, 90, 120, 180, 240, 480}) {
        m_durationCombo->addItem(minutes < 60 ? tr("%n min", nullptr, minutes) : tr("%n hour(s)", nullptr, minutes / 60), minutes);
    }
    m_durationCombo->setItemText(2, tr("1.5 hours"));
    m_durationCombo->setCurrentIndex(std::max(0, m_durationCombo->findData(duration == 0 ? 120 : duration)));
    m_model.retranslate();
    updateButtons();
}

void VisitSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
