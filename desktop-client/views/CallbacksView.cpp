#include "CallbacksView.h"

#include "CallbackNames.h"
#include "CallbackQueueModel.h"
#include "CallbackRecordPanel.h"
#include "CallbackSettingsModel.h"
#include "ComplaintListModel.h"
#include "ComplaintsPanel.h"
#include "MessageBar.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace laoke::ui {

CallbacksView::CallbacksView(client::SessionModel& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_queue(new client::CallbackQueueModel(session.connection(), this)),
      m_heading(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_messages(new MessageBar(this)),
      m_tabs(new QTabWidget(this)),
      m_table(new QTableView(this)),
      m_panel(new CallbackRecordPanel(this)) {
    setObjectName(QStringLiteral("callbacksView"));
    Theme::makeHeading(m_heading);
    m_summary->setObjectName(QStringLiteral("callbacksSummary"));
    Theme::makeHint(m_summary);
    m_tabs->setObjectName(QStringLiteral("callbacksTabs"));
    m_table->setObjectName(QStringLiteral("callbackQueueTable"));
    m_table->setModel(m_queue);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    if (session.user().role() == protocol::ADMIN) {
        m_settings = new client::CallbackSettingsModel(session.connection(), this);
        m_sampleLabel = new QLabel(this);
        m_sample = new QSpinBox(this);
        m_sample->setObjectName(QStringLiteral("callbackSampleSpin"));
        m_sample->setRange(0, 100);
        m_sample->setSuffix(QStringLiteral(" %"));
        m_sample->setEnabled(false);
        m_saveSample = new QPushButton(this);
        m_saveSample->setObjectName(QStringLiteral("saveCallbackSampleButton"));
        top->addWidget(m_sampleLabel);
        top->addWidget(m_sample);
        top->addWidget(m_saveSample);
        connect(m_settings, &client::CallbackSettingsModel::loaded, this, [this] {
            m_sample->setValue(m_settings->samplePercent());
            m_sample->setEnabled(true);
        });
        connect(m_saveSample, &QPushButton::clicked, this, &CallbacksView::saveSample);
        m_settings->load();
    }

    // The form scrolls rather than squeezing its buttons in a small window.
    auto* panelScroll = new QScrollArea(this);
    panelScroll->setWidget(m_panel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setMinimumWidth(380);
    panelScroll->setMaximumWidth(560);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(panelScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_tabs->addTab(splitter, QString());

    const protocol::Role role = session.user().role();
    if (role == protocol::BRANCH_MANAGER || role == protocol::ADMIN) {
        m_complaints = new client::ComplaintListModel(session.connection(), this);
        m_complaintsPanel = new ComplaintsPanel(*m_complaints, this);
        m_tabs->addTab(m_complaintsPanel, QString());
        connect(m_complaints, &client::ComplaintListModel::loaded, this, &CallbacksView::retranslate);
        m_complaints->refresh();
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CallbacksView::showSelected);
    connect(m_queue, &client::CallbackQueueModel::loaded, this, [this] {
        // Keep the callback being worked on selected; it may have left the queue.
        const int row = m_queue->rowOfCallback(m_panel->callbackId());
        if (row >= 0) m_table->selectRow(row);
        else if (m_queue->rowCount() > 0) m_table->selectRow(0);
        else m_panel->resetTo(nullptr);
        m_table->resizeColumnsToContents();
        updateSummary();
    });
    connect(m_panel, &CallbackRecordPanel::recordRequested, this, &CallbacksView::record);

    m_queue->refresh();
    retranslate();
}

void CallbacksView::showSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    m_panel->showCallback(&m_queue->callbackAt(rows.first().row()));
}

void CallbacksView::record(const protocol::RecordCallbackRequest& call) {
    m_panel->setBusy(true);
    const qint64 id = call.callback_id();
    m_queue->record(call, [this, id](const client::Reply& reply) {
        m_panel->setBusy(false);
        if (!reply.ok()) {
            if (reply.error().code == protocol::CONFLICT) {
                m_messages->showMessage(MessageBar::Level::Warning,
                                        tr("Someone else recorded a call for this callback meanwhile; "
                                           "the queue shows it as it is now."));
                const int row = m_queue->rowOfCallback(id);
                m_panel->resetTo(row >= 0 ? &m_queue->callbackAt(row) : nullptr);
            } else {
                m_panel->showError(reply.error().userMessage());
            }
            return;
        }
        const protocol::RecordCallbackReply recorded = reply.envelope().record_callback_reply();
        const protocol::Callback& c = recorded.callback();
        const QString number = QString::fromStdString(c.ticket_number());
        QString text = tr("%1: %2 recorded.").arg(number, client::CallbackNames::outcome(QString::fromStdString(c.last_outcome())));
        if (recorded.ticket_closed()) text += QLatin1Char(' ') + tr("The ticket is closed.");
        if (c.state() == "pending") text += QLatin1Char(' ') + tr("The callback stays in the queue for another call.");
        MessageBar::Level level = MessageBar::Level::Information;
        if (recorded.complaint_id() != 0) {
            text += QLatin1Char(' ') + tr("A complaint case was opened for the branch manager.");
            level = MessageBar::Level::Warning;
        }
        m_messages->showMessage(level, text);
        m_panel->resetTo(c.state() == "pending" ? &c : nullptr);
    });
}

void CallbacksView::saveSample() {
    if (!m_settings || !m_settings->isLoaded()) return;
    const int percent = m_sample->value();
    m_saveSample->setEnabled(false);
    m_settings->save(percent, [this, percent](const client::Reply& reply) {
        m_saveSample->setEnabled(true);
        if (!reply.ok()) {
            m_messages->showMessage(MessageBar::Level::Error,
                                    reply.error().code == protocol::CONFLICT
                                        ? tr("Another administrator changed the sample meanwhile; it shows theirs now.")
                                        : reply.error().userMessage());
            return;
        }
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("From now on %1% of the other customers' resolved tickets get a callback.").arg(percent));
    });
}

void CallbacksView::showComplaint(qint64 complaintId) {
    if (!m_complaintsPanel) return;
    m_tabs->setCurrentWidget(m_complaintsPanel);
    m_complaintsPanel->selectComplaint(complaintId);
}

void CallbacksView::retranslate() {
    m_heading->setText(tr("Callbacks"));
    if (m_sampleLabel) {
        m_sampleLabel->setText(tr("Call back A/B customers always, the others:"));
        m_sample->setToolTip(tr("The share of resolved tickets of customers graded C, D, E or not graded that get a callback"));
        m_saveSample->setText(tr("Save"));
    }
    m_tabs->setTabText(0, tr("Callback queue (%1)").arg(m_queue->rowCount()));
    if (m_complaintsPanel) m_tabs->setTabText(1, tr("Complaints (%1)").arg(m_complaints->rowCount()));
    updateSummary();
}

void CallbacksView::updateSummary() {
    if (!m_queue->isLoaded()) {
        m_summary->setText(tr("Loading…"));
        return;
    }
    const int waiting = m_queue->rowCount();
    m_summary->setText(waiting == 0 ? tr("No callback is waiting: every resolved ticket has been called back.")
                                    : tr("%n resolved ticket(s) waiting for a callback, oldest first", nullptr, waiting));
    m_tabs->setTabText(0, tr("Callback queue (%1)").arg(waiting));
}

void CallbacksView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
