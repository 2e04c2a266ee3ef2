#include "ComplaintsPanel.h"

#include "CallbackNames.h"
#include "ComplaintListModel.h"
#include "InlineErrorLabel.h"
#include "Theme.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace laoke::ui {

ComplaintsPanel::ComplaintsPanel(client::ComplaintListModel& model, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_table(new QTableView(this)),
      m_details(new QLabel(this)),
      m_handle(new QPushButton(this)),
      m_resolutionLabel(new QLabel(this)),
      m_resolution(new QPlainTextEdit(this)),
      m_resolve(new QPushButton(this)),
      m_error(new InlineErrorLabel(this)),
      m_openLabel(new QLabel(this)),
      m_openTicket(new QLineEdit(this)),
      m_openSummary(new QLineEdit(this)),
      m_open(new QPushButton(this)) {
    setObjectName(QStringLiteral("complaintsPanel"));
    m_table->setObjectName(QStringLiteral("complaintsTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details->setObjectName(QStringLiteral("complaintDetails"));
    m_details->setWordWrap(true);
    m_handle->setObjectName(QStringLiteral("handleComplaintButton"));
    m_resolution->setObjectName(QStringLiteral("complaintResolution"));
    m_resolution->setMaximumHeight(70);
    m_resolve->setObjectName(QStringLiteral("resolveComplaintButton"));
    Theme::makePrimary(m_resolve);

    auto* actions = new QVBoxLayout;
    actions->addWidget(m_details);
    auto* handleRow = new QHBoxLayout;
    handleRow->addWidget(m_handle);
    handleRow->addStretch(1);
    actions->addLayout(handleRow);
    actions->addWidget(m_resolutionLabel);
    auto* resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_resolution, 1);
    resolveRow->addWidget(m_resolve, 0, Qt::AlignBottom);
    actions->addLayout(resolveRow);
    actions->addWidget(m_error);
    m_openTicket->setObjectName(QStringLiteral("complaintTicketEdit"));
    m_openTicket->setMaximumWidth(170);
    m_openSummary->setObjectName(QStringLiteral("complaintSummaryEdit"));
    m_open->setObjectName(QStringLiteral("openComplaintButton"));
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_openLabel);
    openRow->addWidget(m_openTicket);
    openRow->addWidget(m_openSummary, 1);
    openRow->addWidget(m_open);
    actions->addSpacing(8);
    actions->addLayout(openRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int row = selectedRow();
        const qint64 id = row < 0 ? 0 : m_model.complaintAt(row).id();
        // A reload selects the same case again: what the last action said stays.
        if (id != m_selectedId) m_error->clearError();
        m_selectedId = id;
        updateActions();
    });
    connect(&m_model, &client::ComplaintListModel::loaded, this, [this] {
        // The list was reloaded: select the same case again, else the first.
        const int row = m_model.rowOfComplaint(m_selectedId);
        if (row >= 0) m_table->selectRow(row);
        else if (m_model.rowCount() > 0) m_table->selectRow(0);
        updateActions();
        m_table->resizeColumnsToContents();
    });
    connect(m_handle, &QPushButton::clicked, this, [this] { act(QStringLiteral("handle")); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { act(QStringLiteral("resolve")); });
    connect(m_open, &QPushButton::clicked, this, &ComplaintsPanel::openByHand);
    retranslate();
}

int ComplaintsPanel::selectedRow() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ComplaintsPanel::selectComplaint(qint64 complaintId) {
    m_selectedId = complaintId;
    const int row = m_model.rowOfComplaint(complaintId);
    if (row >= 0) m_table->selectRow(row);
}

void ComplaintsPanel::retranslate() {
    m_handle->setText(tr("Take the case"));
    m_resolutionLabel->setText(tr("How was it resolved?"));
    m_resolution->setPlaceholderText(tr("e.g. visited the customer, tuned the database; the customer accepted"));
    m_resolve->setText(tr("Resolve complaint"));
    m_openLabel->setText(tr("A customer calls to complain:"));
    m_openTicket->setPlaceholderText(tr("Ticket number"));
    m_openSummary->setPlaceholderText(tr("What the customer complains about"));
    m_open->setText(tr("Register complaint"));
    updateActions();
}

void ComplaintsPanel::updateActions() {
    const int row = selectedRow();
    if (row < 0) {
        m_details->setText(m_model.rowCount() == 0 ? tr("No open complaints.") : tr("Choose a complaint."));
        m_handle->setEnabled(false);
        m_resolve->setEnabled(false);
        return;
    }
    const protocol::Complaint& c = m_model.complaintAt(row);
    QString details = tr("%1 · %2 · contact %3 %4 · engineer %5")
                          .arg(QString::fromStdString(c.ticket_number()), QString::fromStdString(c.customer_name()),
                               QString::fromStdString(c.contact_name()), QString::fromStdString(c.contact_phone()),
                               QString::fromStdString(c.engineer_name()));
    details += QLatin1Char('\n') + tr("Opened %1 by %2")
                                       .arg(QDateTime::fromSecsSinceEpoch(c.opened_at_unix()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                            QString::fromStdString(c.opened_by_name()));
    m_details->setText(details);
    m_handle->setEnabled(c.state() == "open");
    m_resolve->setEnabled(c.state() != "resolved");
}

void ComplaintsPanel::act(const QString& action) {
    const int row = selectedRow();
    if (row < 0) return;
    const QString note = m_resolution->toPlainText().trimmed();
    if (action == QLatin1String("resolve") && note.isEmpty()) {
        m_error->setError(tr("Write down how the complaint was resolved."));
        return;
    }
    m_error->clearError();
    m_handle->setEnabled(false);
    m_resolve->setEnabled(false);
    m_model.act(m_model.complaintAt(row), action, note, [this, action](const client::Reply& reply) {
        if (!reply.ok()) {
            m_error->setError(reply.error().userMessage());
            updateActions();
            return;
        }
        if (action == QLatin1String("resolve")) m_resolution->clear();
    });
}

void ComplaintsPanel::openByHand() {
    const QString number = m_openTicket->text().trimmed();
    const QString summary = m_openSummary->text().trimmed();
    if (number.isEmpty() || summary.isEmpty()) {
        m_error->setError(tr("Give the ticket number and what the customer complains about."));
        return;
    }
    m_error->clearError();
    m_open->setEnabled(false);
    m_model.open(number, summary, [this](const client::Reply& reply) {
        m_open->setEnabled(true);
        if (!reply.ok()) {
            // The server's reason in the user's language where the client knows it.
            const client::ClientError& error = reply.error();
            if (error.code == protocol::NOT_FOUND) m_error->setError(tr("No ticket of your branch has this number."));
            else if (error.code == protocol::VALIDATION_FAILED && error.field == QLatin1String("ticket_id"))
                m_error->setError(tr("This ticket already has a complaint being handled, or it was cancelled."));
            else m_error->setError(error.userMessage());
            return;
        }
        m_openTicket->clear();
        m_openSummary->clear();
        selectComplaint(reply.envelope().complaint_reply().complaint().id());
    });
}

void ComplaintsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
