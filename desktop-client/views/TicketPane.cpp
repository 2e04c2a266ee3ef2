#include "TicketPane.h"

#include "AssigneeListModel.h"
#include "CustomerFormats.h"
#include "InlineErrorLabel.h"
#include "MessageBar.h"
#include "TicketCategories.h"
#include "TicketEditDialog.h"
#include "TicketKbSection.h"
#include "TicketNames.h"
#include "TicketUrgency.h"
#include "Theme.h"
#include "VisitNames.h"
#include "VisitSection.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

using client::TicketNames;

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

bool needsAssignee(const QString& action) {
    return action == QLatin1String("assign") || action == QLatin1String("reassign");
}

bool needsText(const QString& action) {
    return action == QLatin1String("resolve") || action == QLatin1String("cancel") || action == QLatin1String("reopen");
}

// As tall as its contents when there is room (a plain QScrollArea asks for at most 24 lines).
class FittingScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override {
        if (!widget()) return QScrollArea::sizeHint();
        const int frame = 2 * frameWidth();
        const int width = viewport()->width() > 0 ? viewport()->width() : widget()->sizeHint().width();
        const int height = widget()->hasHeightForWidth() ? widget()->heightForWidth(width) : widget()->sizeHint().height();
        return {widget()->sizeHint().width() + frame, height + frame};
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        // The ticket's contents changed (articles arrived, an editor opened): ask for room again.
        if (watched == widget() && event->type() == QEvent::LayoutRequest) updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }
};

QString hours(qint64 seconds) {
    return QString::number(static_cast<double>(seconds) / 3600.0, 'f', 1);
}

}  // namespace

TicketPane::TicketPane(client::Connection& connection, client::TicketCategories& categories,
                       client::AssigneeListModel& assignees, QWidget* parent)
    : QWidget(parent),
      m_model(connection),
      m_categories(categories),
      m_assignees(assignees),
      m_empty(new QLabel(this)),
      m_body(new QWidget(this)),
      m_number(new QLabel(m_body)),
      m_subject(new QLabel(m_body)),
      m_stateBadge(new QLabel(m_body)),
      m_priorityBadge(new QLabel(m_body)),
      m_billableBadge(new QLabel(m_body)),
      m_clocks(new QLabel(m_body)),
      m_facts(new QLabel(m_body)),
      m_customerButton(new QPushButton(m_body)),
      m_description(new QLabel(m_body)),
      m_solutionTitle(new QLabel(m_body)),
      m_solution(new QLabel(m_body)),
      m_actionRow(new QHBoxLayout),
      m_visits(new VisitSection(connection, assignees, m_body)),
      m_editor(new QFrame(m_body)),
      m_editorTitle(new QLabel(m_editor)),
      m_assigneeCombo(new QComboBox(m_editor)),
      m_editorText(new QPlainTextEdit(m_editor)),
      m_editorError(new InlineErrorLabel(m_editor)),
      m_editorConfirm(new QPushButton(m_editor)),
      m_editorCancel(new QPushButton(m_editor)),
      m_kb(new TicketKbSection(connection, categories, m_body)),
      m_logTitle(new QLabel(m_body)),
      m_log(new QListWidget(m_body)),
      m_noteEdit(new QLineEdit(m_body)),
      m_noteButton(new QPushButton(m_body)),
      m_messages(new MessageBar(m_body)) {
    setObjectName(QStringLiteral("ticketPane"));
    m_empty->setObjectName(QStringLiteral("ticketPaneEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    Theme::makeHint(m_empty);
    m_number->setObjectName(QStringLiteral("ticketNumberLabel"));
    m_number->setProperty("laokeRole", QStringLiteral("hint"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setObjectName(QStringLiteral("ticketSubjectLabel"));
    m_subject->setStyleSheet(QStringLiteral("font-size:14pt; font-weight:600; color:#1f2530;"));
    m_subject->setWordWrap(true);
    m_stateBadge->setObjectName(QStringLiteral("ticketStateBadge"));
    m_priorityBadge->setObjectName(QStringLiteral("ticketPriorityBadge"));
    m_billableBadge->setObjectName(QStringLiteral("ticketBillableBadge"));
    m_clocks->setObjectName(QStringLiteral("ticketClocksLabel"));
    m_clocks->setTextFormat(Qt::RichText);
    m_facts->setObjectName(QStringLiteral("ticketFactsLabel"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_customerButton->setObjectName(QStringLiteral("openCustomerButton"));
    m_customerButton->setFlat(true);
    m_customerButton->setCursor(Qt::PointingHandCursor);
    m_customerButton->setStyleSheet(QStringLiteral("QPushButton { color:#1d4ea8; text-align:left; font-weight:600; }"));
    m_description->setObjectName(QStringLiteral("ticketDescriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_solutionTitle->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_solution->setObjectName(QStringLiteral("ticketSolutionLabel"));
    m_solution->setWordWrap(true);
    m_solution->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_editor->setObjectName(QStringLiteral("ticketActionEditor"));
    m_editor->setStyleSheet(QStringLiteral("QFrame#ticketActionEditor { background:#f6f8fb; border:1px solid #dfe3ea; border-radius:6px; }"));
    m_editorTitle->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_assigneeCombo->setObjectName(QStringLiteral("assigneeCombo"));
    m_editorText->setObjectName(QStringLiteral("actionTextEdit"));
    m_editorError->setObjectName(QStringLiteral("actionEditorError"));
    m_editorText->setTabChangesFocus(true);
    m_editorText->setFixedHeight(90);
    m_editorConfirm->setObjectName(QStringLiteral("confirmActionButton"));
    Theme::makePrimary(m_editorConfirm);
    m_editorCancel->setObjectName(QStringLiteral("cancelActionButton"));
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_editorCancel);
    editorButtons->addWidget(m_editorConfirm);
    auto* editorLayout = new QVBoxLayout(m_editor);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addWidget(m_assigneeCombo);
    editorLayout->addWidget(m_editorText);
    editorLayout->addWidget(m_editorError);
    editorLayout->addLayout(editorButtons);
    m_editor->hide();

    m_logTitle->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_log->setObjectName(QStringLiteral("ticketLog"));
    m_log->setWordWrap(true);
    m_log->setMinimumHeight(80);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteButton->setObjectName(QStringLiteral("addNoteButton"));
    m_messages->setObjectName(QStringLiteral("ticketMessages"));

    auto* badges = new QHBoxLayout;
    badges->setSpacing(8);
    badges->addWidget(m_number);
    badges->addWidget(m_stateBadge);
    badges->addWidget(m_priorityBadge);
    badges->addWidget(m_billableBadge);
    badges->addStretch(1);
    m_actionRow->setSpacing(6);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_noteButton);

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(18, 14, 18, 0);
    bodyLayout->setSpacing(8);
    bodyLayout->addWidget(m_messages);
    bodyLayout->addLayout(badges);
    bodyLayout->addWidget(m_subject);
    bodyLayout->addWidget(m_clocks);
    bodyLayout->addWidget(m_customerButton, 0, Qt::AlignLeft);
    bodyLayout->addWidget(m_facts);
    bodyLayout->addWidget(m_description);
    bodyLayout->addWidget(m_solutionTitle);
    bodyLayout->addWidget(m_solution);
    bodyLayout->addLayout(m_actionRow);
    bodyLayout->addWidget(m_editor);
    bodyLayout->addWidget(m_visits);
    bodyLayout->addWidget(m_kb);
    bodyLayout->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty, 1);
    // The ticket scrolls rather than forcing its height on the window (with the clocks, the
    // action editor and the articles it can be taller than a laptop screen); the work log and
    // the note box stay below it, the log taking the height left over.
    m_scroll = new FittingScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("ticketPaneScroll"));
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(m_page);
    pageLayout->setContentsMargins(0, 0, 0, 14);
    pageLayout->setSpacing(8);
    pageLayout->addWidget(m_scroll);
    auto* logLayout = new QVBoxLayout;
    logLayout->setContentsMargins(18, 0, 18, 0);
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_log, 1);
    logLayout->addLayout(noteRow);
    pageLayout->addLayout(logLayout, 1);
    layout->addWidget(m_page, 1);
    m_page->hide();

    connect(&m_model, &client::TicketModel::loaded, this, &TicketPane::render);
    connect(&m_model, &client::TicketModel::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error, error.userMessage());
    });
    connect(&m_model, &client::TicketModel::changedElsewhere, this, [this] {
        const QString who = str(m_model.ticket().updated_by_name());
        m_messages->showMessage(MessageBar::Level::Information,
                                who.isEmpty() ? tr("The ticket was just changed.") : tr("%1 just changed this ticket.").arg(who));
    });
    connect(m_customerButton, &QPushButton::clicked, this, [this] {
        if (m_model.isLoaded()) emit openCustomerRequested(m_model.ticket().customer_id());
    });
    connect(m_editorCancel, &QPushButton::clicked, this, &TicketPane::closeEditor);
    connect(m_editorConfirm, &QPushButton::clicked, this, &TicketPane::confirmAction);
    // A visit's change moves the ticket (clocks, history); show the server's version of it.
    connect(m_visits, &VisitSection::visitChanged, this, [this] {
        m_messages->hideMessage();
        m_model.reload();
    });
    connect(m_visits, &VisitSection::failed, this, [this](const QString& message) {
        m_messages->showMessage(MessageBar::Level::Error, message);
    });
    connect(m_noteButton, &QPushButton::clicked, this, &TicketPane::submitNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &TicketPane::submitNote);
    connect(&m_categories, &client::TicketCategories::changed, this, &TicketPane::render);
    retranslate();
}

void TicketPane::showTicket(qint64 ticketId) {
    if (ticketId == m_model.ticketId() && m_model.isLoaded()) return;
    closeEditor();
    m_messages->hideMessage();
    m_noteEdit->clear();
    m_model.load(ticketId);
    render();
}

QPushButton* TicketPane::actionButton(const QString& action) const {
    for (QPushButton* button : m_actionButtons) {
        if (button->objectName() == QStringLiteral("action_") + action) return button;
    }
    return nullptr;
}

void TicketPane::retranslate() {
    m_empty->setText(tr("Choose a ticket to see it here."));
    m_editorCancel->setText(tr("Cancel"));
    m_logTitle->setText(tr("Work log"));
    m_noteEdit->setPlaceholderText(tr("What was done or agreed (Enter adds it to the log)"));
    m_noteButton->setText(tr("Add to log"));
    m_solutionTitle->setText(tr("Solution"));
    render();
}

void TicketPane::render() {
    const bool shown = m_model.isLoaded();
    m_empty->setVisible(!shown);
    m_page->setVisible(shown);
    if (!shown) return;
    renderHeader();
    renderFacts();
    renderActions();
    m_visits->showTicket(m_model.ticket());
    renderLog();
    m_kb->showTicket(m_model.ticket());
}

void TicketPane::renderHeader() {
    const protocol::Ticket& t = m_model.ticket();
    m_number->setText(str(t.number()));
    m_subject->setText(str(t.subject()));
    Theme::styleBadge(m_stateBadge, TicketNames::stateColor(str(t.state())), TicketNames::state(str(t.state())));
    QString priority = TicketNames::priority(str(t.effective_priority()));
    if (t.effective_priority() != t.priority()) priority = tr("%1 (raised: close period)").arg(priority);
    Theme::styleBadge(m_priorityBadge, TicketNames::priorityColor(str(t.effective_priority())), priority);
    Theme::styleBadge(m_billableBadge, TicketNames::priorityColor(QStringLiteral("high")), t.billable() ? tr("Billable") : QString());
    m_billableBadge->setToolTip(tr("The customer's service had ended when the ticket was opened."));

    QStringList lines;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const protocol::SlaClockStatus& clock : t.sla()) {
        protocol::Ticket single;
        *single.add_sla() = clock;
        const client::TicketUrgency urgency = client::TicketUrgency::of(single, now);
        const QString state = urgency.level == client::TicketUrgency::Level::None ? str(clock.state()) : urgency.stateCode();
        QString text = urgency.level == client::TicketUrgency::Level::None ? TicketNames::slaState(state) : urgency.text();
        if (text.isEmpty()) text = TicketNames::slaState(state);
        const QString colour = TicketNames::slaStateColor(state.isEmpty() ? QStringLiteral("paused") : state).name();
        lines << tr("%1: <span style='color:%2; font-weight:600'>%3</span> · %4 of %5 working hours used")
                     .arg(TicketNames::clockKind(str(clock.kind())), colour, text.toHtmlEscaped(), hours(clock.used_seconds()),
                          hours(clock.target_seconds()));
    }
    m_clocks->setText(lines.join(QStringLiteral("<br>")));
    m_clocks->setVisible(!lines.isEmpty());
}

void TicketPane::renderFacts() {
    const protocol::Ticket& t = m_model.ticket();
    m_customerButton->setText(tr("%1 · open 360 view").arg(str(t.customer_name())));
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='color:#667085; padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    if (!t.contact_name().empty()) html += row(tr("Contact"), str(t.contact_name()));
    html += row(tr("Channel"), TicketNames::channel(str(t.channel())));
    if (!t.product_name().empty()) {
        html += row(tr("Product"), t.module_name().empty() ? str(t.product_name())
                                                         : tr("%1 · %2").arg(str(t.product_name()), str(t.module_name())));
    }
    html += row(tr("Category"), t.category_id() == 0 ? tr("Not categorised") : m_categories.fullName(t.category_id()));
    html += row(tr("First responder"), str(t.owner_name()));
    html += row(tr("Engineer"), t.assignee_id() == 0 ? tr("Unassigned") : str(t.assignee_name()));
    html += row(tr("Opened"), client::CustomerFormats::dateTime(t.opened_at_unix()));
    html += QStringLiteral("</table>");
    m_facts->setText(html);
    m_description->setText(str(t.description()));
    m_description->setVisible(!t.description().empty());
    m_solutionTitle->setVisible(!t.solution().empty());
    m_solution->setText(str(t.solution()));
    m_solution->setVisible(!t.solution().empty());
}

void TicketPane::renderActions() {
    for (QPushButton* button : m_actionButtons) {
        m_actionRow->removeWidget(button);
        button->deleteLater();
    }
    m_actionButtons.clear();
    while (m_actionRow->count() > 0) delete m_actionRow->takeAt(0);
    for (const QString& action : m_model.allowedActions()) {
        auto* button = new QPushButton(TicketNames::action(action), m_body);
        button->setObjectName(QStringLiteral("action_") + action);
        if (action == QLatin1String("start") || action == QLatin1String("resolve") || action == QLatin1String("assign"))
            Theme::makePrimary(button);
        connect(button, &QPushButton::clicked, this, [this, action] { beginAction(action); });
        m_actionRow->addWidget(button);
        m_actionButtons.append(button);
    }
    if (!m_model.editableFields().isEmpty()) {
        auto* edit = new QPushButton(tr("Correct…"), m_body);
        edit->setObjectName(QStringLiteral("editTicketButton"));
        edit->setToolTip(tr("Correct the subject, contact, product, category or description"));
        connect(edit, &QPushButton::clicked, this, &TicketPane::openEditor);
        m_actionRow->addWidget(edit);
        m_actionButtons.append(edit);
    }
    m_actionRow->addStretch(1);
    const bool open = m_model.ticket().state() != "closed" && m_model.ticket().state() != "cancelled";
    m_noteEdit->setEnabled(open);
    m_noteButton->setEnabled(open);
}

void TicketPane::renderLog() {
    m_log->clear();
    const auto& events = m_model.reply().events();
    for (int i = events.size() - 1; i >= 0; --i) {  // newest first: what happened last matters most
        const protocol::TicketEvent& e = events.Get(i);
        QString what;
        if (e.kind() == "opened") {
            what = tr("opened the ticket");
        } else if (e.kind() == "note") {
            what = tr("noted: %1").arg(str(e.note()));
        } else if (e.kind() == "appointment") {
            what = client::VisitNames::change(e);
        } else if (e.kind() == "edited") {
            what = describeEdit(e);
        } else {
            what = tr("%1 → %2").arg(TicketNames::state(str(e.from_state())), TicketNames::state(str(e.to_state())));
            if (!e.assignee_name().empty()) what += tr(" (engineer: %1)").arg(str(e.assignee_name()));
            if (!e.note().empty()) what += QStringLiteral(" · ") + str(e.note());
        }
        // No actor: the server did it (a settled ticket closed three days after its resolution).
        const QString who = e.actor_name().empty() ? tr("System") : str(e.actor_name());
        m_log->addItem(QStringLiteral("%1  %2  %3").arg(client::CustomerFormats::dateTime(e.at_unix()), who, what));
    }
}

QString TicketPane::describeEdit(const protocol::TicketEvent& event) const {
    QStringList parts;
    const auto named = [](const std::string& name) { return name.empty() ? tr("none") : str(name); };
    const auto category = [this](qint64 id) { return id == 0 ? tr("not categorised") : m_categories.fullName(id); };
    for (const protocol::TicketFieldChange& c : event.changes()) {
        const QString field = str(c.field());
        if (field == QLatin1String("subject")) {
            parts << tr("subject “%1” → “%2”").arg(str(c.from()), str(c.to()));
        } else if (field == QLatin1String("description")) {
            parts << tr("description rewritten");
        } else if (field == QLatin1String("contact")) {
            parts << tr("contact %1 → %2").arg(named(c.from()), named(c.to()));
        } else if (field == QLatin1String("product")) {
            parts << tr("product %1 → %2").arg(named(c.from()), named(c.to()));
        } else if (field == QLatin1String("module")) {
            parts << tr("module %1 → %2").arg(named(c.from()), named(c.to()));
        } else if (field == QLatin1String("category")) {
            parts << tr("category %1 → %2").arg(category(c.from_id()), category(c.to_id()));
        } else if (field == QLatin1String("priority")) {
            parts << tr("priority %1 → %2").arg(TicketNames::priority(str(c.from())), TicketNames::priority(str(c.to())));
        }
    }
    return tr("corrected the ticket: %1").arg(parts.join(tr("; ")));
}

TicketEditDialog* TicketPane::editDialog() const { return m_editDialog.data(); }

void TicketPane::openEditor() {
    if (!m_model.isLoaded()) return;
    auto* dialog = new TicketEditDialog(m_model, m_categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TicketEditDialog::saved, this, [this] {
        m_messages->hideMessage();
        emit ticketChanged(m_model.ticket());
    });
    connect(dialog, &TicketEditDialog::conflicted, this, [this] {
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("Someone else changed this ticket a moment ago. It now shows their change; "
                                   "check it and try again."));
        m_model.reload();
    });
    m_editDialog = dialog;
    dialog->open();
}

void TicketPane::beginAction(const QString& action) {
    if (!needsAssignee(action) && !needsText(action)) {
        m_pendingAction = action;
        confirmAction();
        return;
    }
    m_pendingAction = action;
    m_editorError->clearError();
    m_assigneeCombo->setVisible(needsAssignee(action));
    m_editorText->setVisible(needsText(action));
    m_editorText->clear();
    if (needsAssignee(action)) {
        m_editorTitle->setText(tr("Who works on this ticket?"));
        m_assigneeCombo->clear();
        const qint64 branch = m_model.ticket().branch_id();
        for (const protocol::Assignee& a : m_assignees.ofBranch(branch)) {
            if (a.user().id() == m_model.ticket().assignee_id()) continue;
            m_assigneeCombo->addItem(tr("%1 · %n open", nullptr, a.open_tickets()).arg(str(a.user().display_name())),
                                     QVariant::fromValue<qint64>(a.user().id()));
        }
        m_editorConfirm->setText(tr("Assign"));
        m_assigneeCombo->setFocus();
    } else {
        m_editorTitle->setText(action == QLatin1String("resolve") ? tr("Solution: what fixed it, so the next engineer can reuse it")
                                                                   : tr("Reason"));
        m_editorConfirm->setText(TicketNames::action(action).remove(QStringLiteral("…")));
        m_editorText->setFocus();
    }
    m_editor->show();
}

void TicketPane::confirmAction() {
    const QString action = m_pendingAction;
    if (action.isEmpty()) return;
    const qint64 assignee = needsAssignee(action) ? m_assigneeCombo->currentData().toLongLong() : 0;
    if (needsAssignee(action) && assignee == 0) {
        m_editorError->setError(tr("Choose an engineer."));
        return;
    }
    const QString note = needsText(action) ? m_editorText->toPlainText().trimmed() : QString();
    if (needsText(action) && note.isEmpty()) {
        m_editorError->setError(action == QLatin1String("resolve") ? tr("Write down the solution.") : tr("Write down the reason."));
        return;
    }
    m_editorConfirm->setEnabled(false);
    m_model.act(action, assignee, note, [this, action](const client::Reply& reply) {
        m_editorConfirm->setEnabled(true);
        if (!reply.ok()) {
            showFailure(reply.error(), action);
            return;
        }
        closeEditor();
        m_messages->hideMessage();
        emit ticketChanged(m_model.ticket());
    });
}

void TicketPane::closeEditor() {
    m_pendingAction.clear();
    m_editor->hide();
}

void TicketPane::submitNote() {
    const QString note = m_noteEdit->text().trimmed();
    if (note.isEmpty() || !m_model.isLoaded()) return;
    m_noteButton->setEnabled(false);
    m_model.addNote(note, [this](const client::Reply& reply) {
        m_noteButton->setEnabled(true);
        if (!reply.ok()) {
            showFailure(reply.error(), QString());
            return;
        }
        m_noteEdit->clear();
        emit ticketChanged(m_model.ticket());
    });
}

void TicketPane::showFailure(const client::ClientError& error, const QString& action) {
    if (error.code == protocol::CONFLICT) {
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("Someone else changed this ticket a moment ago. It now shows their change; "
                                   "check it and try again."));
        closeEditor();
        m_model.reload();
        return;
    }
    if (!action.isEmpty() && m_editor->isVisible() && error.code == protocol::VALIDATION_FAILED) {
        m_editorError->setError(error.userMessage());
        return;
    }
    m_messages->showMessage(MessageBar::Level::Error, error.userMessage());
}

void TicketPane::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
