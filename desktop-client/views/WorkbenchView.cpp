#include "WorkbenchView.h"

#include "AssigneeListModel.h"
#include "MessageBar.h"
#include "SessionModel.h"
#include "TicketCategories.h"
#include "TicketFormDialog.h"
#include "TicketListModel.h"
#include "TicketPane.h"
#include "TicketTableView.h"
#include "Theme.h"
#include "TodayRoutePanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace laoke::ui {

using Column = client::TicketListModel::Column;

WorkbenchView::WorkbenchView(client::SessionModel& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_categories(new client::TicketCategories(session.connection(), this)),
      m_assignees(new client::AssigneeListModel(session.connection(), this)),
      m_model(new client::TicketListModel(session.connection(), client::TicketListModel::Scope::Mine, m_categories, this)),
      m_heading(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_newButton(new QPushButton(this)),
      m_messages(new MessageBar(this)),
      m_table(new TicketTableView(m_model,
                                  {Column::UrgencyColumn, Column::NumberColumn, Column::StateColumn, Column::PriorityColumn,
                                   Column::CustomerColumn, Column::SubjectColumn},
                                  this)),
      m_pane(new TicketPane(session.connection(), *m_categories, *m_assignees, this)),
      m_route(new TodayRoutePanel(session.connection(), this)) {
    setObjectName(QStringLiteral("workbenchView"));
    Theme::makeHeading(m_heading);
    m_summary->setObjectName(QStringLiteral("workbenchSummary"));
    Theme::makeHint(m_summary);
    m_newButton->setObjectName(QStringLiteral("newTicketButton"));
    Theme::makePrimary(m_newButton);
    m_table->setObjectName(QStringLiteral("myTicketsTable"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_newButton);

    // My tickets above, today's route below: both lead to the ticket shown on the right.
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(m_route);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    connect(m_newButton, &QPushButton::clicked, this, &WorkbenchView::newTicket);
    auto* shortcut = new QShortcut(QKeySequence(Qt::Key_F2), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &WorkbenchView::newTicket);
    connect(m_table, &TicketTableView::ticketSelected, m_pane, &TicketPane::showTicket);
    connect(m_pane, &TicketPane::ticketChanged, m_model, &client::TicketListModel::applyTicket);
    connect(m_route, &TodayRoutePanel::ticketChosen, this, [this](qint64 ticketId) {
        if (!m_table->selectTicket(ticketId)) m_pane->showTicket(ticketId);
    });
    connect(m_route, &TodayRoutePanel::failed, this,
            [this](const QString& message) { m_messages->showMessage(MessageBar::Level::Error, message); });
    connect(m_pane, &TicketPane::openCustomerRequested, this, &WorkbenchView::openCustomerRequested);
    connect(m_model, &client::TicketListModel::loaded, this, [this] {
        updateSummary();
        if (m_table->selectedTicketId() == 0 && m_model->rowCount() > 0) m_table->selectRow(0);
    });
    connect(m_model, &client::TicketListModel::contentsChanged, this, &WorkbenchView::updateSummary);
    connect(m_model, &client::TicketListModel::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error, error.userMessage(), tr("Try again"), [this] { m_model->refresh(); });
    });

    m_categories->load();
    m_assignees->refresh();
    m_model->refresh();
    retranslate();
}

TicketFormDialog* WorkbenchView::newTicket() {
    auto* dialog = new TicketFormDialog(m_session.connection(), *m_categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TicketFormDialog::ticketCreated, this, [this](const protocol::TicketReply& reply) {
        m_model->applyTicket(reply.ticket());
        m_table->selectTicket(reply.ticket().id());
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("Ticket %1 is open for %2.")
                                    .arg(QString::fromStdString(reply.ticket().number()),
                                         QString::fromStdString(reply.ticket().customer_name())));
    });
    dialog->open();
    return dialog;
}

void WorkbenchView::retranslate() {
    m_heading->setText(tr("My tickets"));
    m_newButton->setText(tr("New ticket (F2)"));
    m_model->retranslate();
    updateSummary();
}

void WorkbenchView::updateSummary() {
    if (!m_model->isLoaded()) {
        m_summary->setText(tr("Loading…"));
        return;
    }
    const int open = m_model->rowCount();
    const int atRisk = m_model->atRiskCount();
    QString text = tr("%n open ticket(s) you own or work on", nullptr, open);
    if (atRisk > 0) text += tr(" · %n at risk or overdue", nullptr, atRisk);
    if (open == 0) text = tr("Nothing open: no ticket you own or work on is waiting.");
    m_summary->setText(text);
}

void WorkbenchView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
