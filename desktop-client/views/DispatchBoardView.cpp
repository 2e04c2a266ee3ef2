#include "DispatchBoardView.h"

#include "AssigneeListModel.h"
#include "DispatchRecommendations.h"
#include "EngineerProfileDialog.h"
#include "MessageBar.h"
#include "RecommendationPanel.h"
#include "SessionModel.h"
#include "TicketBoardFilter.h"
#include "TicketCategories.h"
#include "TicketFormDialog.h"
#include "TicketListModel.h"
#include "TicketPane.h"
#include "TicketTableView.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace laoke::ui {

using Column = client::TicketListModel::Column;

namespace {

QWidget* titled(QLabel* title, QWidget* content, QWidget* parent) {
    auto* box = new QWidget(parent);
    title->setStyleSheet(QStringLiteral("font-weight:600; color:#1f2530;"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return box;
}

}  // namespace

DispatchBoardView::DispatchBoardView(client::SessionModel& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_categories(new client::TicketCategories(session.connection(), this)),
      m_assignees(new client::AssigneeListModel(session.connection(), this)),
      m_model(new client::TicketListModel(session.connection(), client::TicketListModel::Scope::Open, m_categories, this)),
      m_unassigned(new client::TicketBoardFilter(client::TicketBoardFilter::Show::Unassigned, this)),
      m_assigned(new client::TicketBoardFilter(client::TicketBoardFilter::Show::Assigned, this)),
      m_heading(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_newButton(new QPushButton(this)),
      m_messages(new MessageBar(this)),
      m_unassignedTitle(new QLabel(this)),
      m_unassignedTable(nullptr),
      m_assignedTitle(new QLabel(this)),
      m_assignedTable(nullptr),
      m_engineersTitle(new QLabel(this)),
      m_engineers(new QListView(this)),
      m_assignButton(new QPushButton(this)),
      m_pane(new TicketPane(session.connection(), *m_categories, *m_assignees, this)),
      m_recommendations(new RecommendationPanel(session.connection(), this)),
      m_skillsButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("dispatchBoardView"));
    m_unassigned->setSourceModel(m_model);
    m_assigned->setSourceModel(m_model);
    m_unassignedTable = new TicketTableView(m_unassigned,
                                            {Column::UrgencyColumn, Column::NumberColumn, Column::PriorityColumn,
                                             Column::CustomerColumn, Column::SubjectColumn, Column::CategoryColumn,
                                             Column::OwnerColumn},
                                            this);
    m_unassignedTable->setObjectName(QStringLiteral("unassignedTable"));
    m_assignedTable = new TicketTableView(m_assigned,
                                          {Column::UrgencyColumn, Column::NumberColumn, Column::StateColumn,
                                           Column::PriorityColumn, Column::CustomerColumn, Column::SubjectColumn,
                                           Column::AssigneeColumn},
                                          this);
    m_assignedTable->setObjectName(QStringLiteral("assignedTable"));

    Theme::makeHeading(m_heading);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    Theme::makeHint(m_summary);
    m_newButton->setObjectName(QStringLiteral("newTicketButton"));
    m_engineers->setObjectName(QStringLiteral("engineerList"));
    m_engineers->setModel(m_assignees);
    m_assignees->showTodaysVisits();  // the board is the managers': who is out, and when
    m_engineers->setAcceptDrops(true);
    m_engineers->setDropIndicatorShown(true);
    m_engineers->setDragDropMode(QAbstractItemView::DropOnly);
    m_engineers->setSpacing(2);
    m_assignButton->setObjectName(QStringLiteral("assignButton"));
    Theme::makePrimary(m_assignButton);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_newButton);

    auto* tickets = new QSplitter(Qt::Vertical, this);
    tickets->addWidget(titled(m_unassignedTitle, m_unassignedTable, this));
    tickets->addWidget(titled(m_assignedTitle, m_assignedTable, this));
    tickets->setChildrenCollapsible(false);

    auto* engineerBox = new QWidget(this);
    auto* engineerLayout = new QVBoxLayout(engineerBox);
    engineerLayout->setContentsMargins(0, 0, 0, 0);
    engineerLayout->setSpacing(4);
    engineerLayout->addWidget(m_engineersTitle);
    engineerLayout->addWidget(m_engineers, 1);
    auto* engineerButtons = new QHBoxLayout;
    engineerButtons->addWidget(m_assignButton, 1);
    engineerButtons->addWidget(m_skillsButton);
    engineerLayout->addLayout(engineerButtons);
    engineerLayout->addWidget(m_recommendations);
    m_skillsButton->setObjectName(QStringLiteral("editSkillsButton"));
    m_engineersTitle->setStyleSheet(QStringLiteral("font-weight:600; color:#1f2530;"));

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(engineerBox);
    right->addWidget(m_pane);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 3);
    right->setChildrenCollapsible(false);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(tickets);
    main->addWidget(right);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    main->setSizes({620, 380});
    main->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(main, 1);

    for (TicketTableView* table : {m_unassignedTable, m_assignedTable}) {
        connect(table, &TicketTableView::ticketSelected, this, [this, table](qint64 id) {
            if (id == 0) return;
            m_selectedTicket = id;
            TicketTableView* other = table == m_unassignedTable ? m_assignedTable : m_unassignedTable;
            other->clearSelection();
            m_pane->showTicket(id);
            const int row = m_model->rowOfTicket(id);
            m_recommendations->showTicket(id, row < 0 ? 0 : m_model->ticketAt(row).assignee_id());
        });
    }
    connect(m_assignees, &client::AssigneeListModel::ticketsDropped, this, &DispatchBoardView::assign);
    connect(m_assignButton, &QPushButton::clicked, this, &DispatchBoardView::assignSelected);
    connect(m_recommendations, &RecommendationPanel::assignRequested, this,
            [this](qint64 ticketId, qint64 userId) { assign({ticketId}, userId); });
    // The ranking leaves out whoever works on the ticket now: follow its assignments.
    connect(&m_pane->model(), &client::TicketModel::loaded, this, [this] {
        const protocol::Ticket& t = m_pane->model().ticket();
        if (t.id() != 0 && t.id() == m_recommendations->model().ticketId()) m_recommendations->showTicket(t.id(), t.assignee_id());
    });
    connect(m_skillsButton, &QPushButton::clicked, this, &DispatchBoardView::editSkills);
    connect(m_engineers, &QListView::doubleClicked, this, &DispatchBoardView::assignSelected);
    connect(m_newButton, &QPushButton::clicked, this, &DispatchBoardView::newTicket);
    connect(m_pane, &TicketPane::ticketChanged, m_model, &client::TicketListModel::applyTicket);
    connect(m_pane, &TicketPane::openCustomerRequested, this, &DispatchBoardView::openCustomerRequested);
    connect(m_model, &client::TicketListModel::loaded, this, &DispatchBoardView::updateSummary);
    connect(m_model, &client::TicketListModel::contentsChanged, this, &DispatchBoardView::updateSummary);
    connect(m_model, &client::TicketListModel::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error, error.userMessage(), tr("Try again"), [this] { m_model->refresh(); });
    });

    m_categories->load();
    m_assignees->refresh();
    m_model->refresh();
    retranslate();
}

void DispatchBoardView::assignSelected() {
    const qint64 assignee = m_engineers->currentIndex().data(client::AssigneeListModel::UserIdRole).toLongLong();
    if (m_selectedTicket == 0 || m_model->rowOfTicket(m_selectedTicket) < 0) {
        m_messages->showMessage(MessageBar::Level::Warning, tr("Choose a ticket first."));
        return;
    }
    if (assignee == 0) {
        m_messages->showMessage(MessageBar::Level::Warning, tr("Choose the engineer on the right."));
        return;
    }
    assign({m_selectedTicket}, assignee);
}

void DispatchBoardView::assign(const QList<qint64>& ticketIds, qint64 assigneeId) {
    const int assigneeRow = m_assignees->rowOfUser(assigneeId);
    const QString assigneeName =
        assigneeRow < 0 ? QString() : m_assignees->index(assigneeRow).data(client::AssigneeListModel::NameRole).toString();
    for (const qint64 id : ticketIds) {
        const int row = m_model->rowOfTicket(id);
        if (row < 0) continue;
        const protocol::Ticket& ticket = m_model->ticketAt(row);
        if (ticket.assignee_id() == assigneeId) continue;
        const bool reassign = ticket.assignee_id() != 0;
        protocol::Envelope request;
        auto* act = request.mutable_ticket_action();
        act->set_ticket_id(id);
        act->set_expected_version(ticket.version());
        act->set_action(reassign ? "reassign" : "assign");
        act->set_assignee_id(assigneeId);
        const QString number = QString::fromStdString(ticket.number());
        QPointer<DispatchBoardView> self(this);
        m_session.connection().send(std::move(request), [self, id, number, assigneeName](const client::Reply& reply) {
            if (!self) return;
            if (reply.ok() && reply.envelope().has_ticket_reply()) {
                const protocol::Envelope envelope = reply.envelope();
                self->m_model->applyTicket(envelope.ticket_reply().ticket());
                self->m_messages->showMessage(MessageBar::Level::Information, tr("%1 assigned to %2.").arg(number, assigneeName));
                if (self->m_pane->model().ticketId() == id) self->m_pane->model().reload();
                return;
            }
            if (!reply.ok() && reply.error().code == protocol::CONFLICT) {
                self->m_messages->showMessage(MessageBar::Level::Warning,
                                              tr("%1 was not assigned: %2 The board now shows the ticket as it is.")
                                                  .arg(number, reply.error().userMessage()));
                self->m_model->refresh();
                return;
            }
            self->m_messages->showMessage(MessageBar::Level::Error,
                                          tr("%1 could not be assigned: %2").arg(number, reply.ok() ? QString() : reply.error().userMessage()));
        });
    }
}

TicketFormDialog* DispatchBoardView::newTicket() {
    auto* dialog = new TicketFormDialog(m_session.connection(), *m_categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TicketFormDialog::ticketCreated, this,
            [this](const protocol::TicketReply& reply) { m_model->applyTicket(reply.ticket()); });
    dialog->open();
    return dialog;
}

void DispatchBoardView::editSkills() {
    const qint64 user = m_engineers->currentIndex().data(client::AssigneeListModel::UserIdRole).toLongLong();
    if (user == 0) {
        m_messages->showMessage(MessageBar::Level::Warning, tr("Choose the engineer on the right."));
        return;
    }
    auto* dialog = new EngineerProfileDialog(m_session.connection(), user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EngineerProfileDialog::saved, this, [this] {
        m_assignees->refresh();
        m_recommendations->model().refresh();
    });
    dialog->open();
}

void DispatchBoardView::retranslate() {
    m_heading->setText(tr("Dispatch board"));
    m_newButton->setText(tr("New ticket"));
    m_unassignedTitle->setText(tr("Waiting for an engineer"));
    m_assignedTitle->setText(tr("Being worked on"));
    m_engineersTitle->setText(tr("Engineers (drag a ticket onto one)"));
    m_assignButton->setText(tr("Assign selected ticket"));
    m_skillsButton->setText(tr("Skills…"));
    m_skillsButton->setToolTip(tr("The selected engineer's product lines, modules, certificates and home city"));
    m_model->retranslate();
    updateSummary();
}

void DispatchBoardView::updateSummary() {
    if (!m_model->isLoaded()) {
        m_summary->setText(tr("Loading…"));
        return;
    }
    QString text = tr("%n open", nullptr, m_model->rowCount());
    text += tr(" · %n waiting for an engineer", nullptr, m_unassigned->rowCount());
    const int atRisk = m_model->atRiskCount();
    if (atRisk > 0) text += tr(" · %n at risk or overdue", nullptr, atRisk);
    if (m_model->isTruncated()) text += tr(" · showing the %n most recent", nullptr, m_model->rowCount());
    m_summary->setText(text);
}

void DispatchBoardView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
