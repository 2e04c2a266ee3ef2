#include "TodayRoutePanel.h"

#include "Theme.h"
#include "VisitNames.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace laoke::ui {

using client::AppointmentListModel;

TodayRoutePanel::TodayRoutePanel(client::Connection& connection, QWidget* parent)
    : QWidget(parent),
      m_model(connection),
      m_day(QDate::currentDate()),
      m_title(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this)),
      m_arriveButton(new QPushButton(this)),
      m_finishButton(new QPushButton(this)),
      m_dayWatch(new QTimer(this))
{
    setObjectName(QStringLiteral("todayRoutePanel"));
    m_title->setStyleSheet(QStringLiteral("font-weight:600;"));
    m_summary->setObjectName(QStringLiteral("todayRouteSummary"));
    Theme::makeHint(m_summary);
    m_table->setObjectName(QStringLiteral("todayRouteTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->hideColumn(AppointmentListModel::EngineerColumn);  // all of them are the user's
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AppointmentListModel::AddressColumn, QHeaderView::Stretch);
    m_arriveButton->setObjectName(QStringLiteral("routeArriveButton"));
    Theme::makePrimary(m_arriveButton);
    m_finishButton->setObjectName(QStringLiteral("routeFinishButton"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_summary, 1);
    header->addWidget(m_arriveButton);
    header->addWidget(m_finishButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);

    connect(&m_model, &AppointmentListModel::loaded, this, &TodayRoutePanel::updateState);
    connect(&m_model, &AppointmentListModel::loadFailed, this,
            [this](const client::ClientError& error) { emit failed(error.userMessage()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateState();
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty()) emit ticketChosen(m_model.visitAt(rows.first().row())->ticket_id());
    });
    connect(m_arriveButton, &QPushButton::clicked, this, [this] { record(QStringLiteral("arrive")); });
    connect(m_finishButton, &QPushButton::clicked, this, [this] { record(QStringLiteral("finish")); });
    // The route is today's: after midnight it is the new day's.
    m_dayWatch->setInterval(60 * 1000);
    connect(m_dayWatch, &QTimer::timeout, this, [this] {
        if (QDate::currentDate() == m_day) return;
        m_day = QDate::currentDate();
        m_model.showEngineerDay(0, m_day);
    });
    m_dayWatch->start();
    m_model.showEngineerDay(0, m_day);
    retranslate();
}

void TodayRoutePanel::updateState()
{
    int left = 0;
    for (const auto& visit : m_model.visits()) left += visit.state() == "planned" || visit.state() == "arrived" ? 1 : 0;
    if (!m_model.isLoaded()) {
        m_summary->setText(tr("Loading…"));
    } else if (m_model.rowCount() == 0) {
        m_summary->setText(tr("No onsite visit today."));
    } else if (left == 0) {
        m_summary->setText(tr("All of today's visits are done."));
    } else {
        QString summary = tr("%n visit(s) to go, in this order", nullptr, left);
        int roadKm = 0;
        int late = 0;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            if (m_model.visitAt(row)->state() == "cancelled") continue;
            roadKm += m_model.visitAt(row)->leg_km();
            late += m_model.minutesLate(row) > 0 ? 1 : 0;
        }
        if (roadKm > 0) summary += tr("; about %n km of road today", nullptr, roadKm);
        if (late > 0) summary += tr("; %n visit(s) cannot be reached on time", nullptr, late);
        m_summary->setText(summary);
    }
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const protocol::OnsiteAppointment* visit = rows.isEmpty() ? nullptr : m_model.visitAt(rows.first().row());
    m_arriveButton->setVisible(visit && visit->state() == "planned");
    m_finishButton->setVisible(visit && visit->state() == "arrived");
    m_table->setVisible(m_model.rowCount() > 0);
}

void TodayRoutePanel::record(const QString& action)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    const protocol::OnsiteAppointment visit = *m_model.visitAt(rows.first().row());
    const int row = rows.first().row();
    m_model.act(visit, action, QString(), [this, row](const client::Reply& reply) {
        if (!reply.ok()) {
            emit failed(reply.error().code == protocol::CONFLICT
                            ? tr("Someone else changed this visit a moment ago; the route shows it as it is now.")
                            : reply.error().userMessage());
            return;
        }
        connect(&m_model, &AppointmentListModel::loaded, this, [this, row] {
            if (row < m_model.rowCount()) m_table->selectRow(row);
        }, Qt::SingleShotConnection);
    });
}

void TodayRoutePanel::retranslate()
{
    m_title->setText(tr("Today's onsite route"));
    m_arriveButton->setText(tr("Arrived"));
    m_finishButton->setText(tr("Visit done"));
    m_model.retranslate();
    updateState();
}

void TodayRoutePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
