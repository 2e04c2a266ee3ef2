#include "RecommendationPanel.h"

#include "DispatchRecommendations.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {
constexpr int kShown = 3;
}

RecommendationPanel::RecommendationPanel(client::Connection& connection, QWidget* parent)
    : QWidget(parent),
      m_model(new client::DispatchRecommendations(connection, this)),
      m_title(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_rows(new QWidget(this)),
      m_rowsLayout(new QVBoxLayout(m_rows))
{
    setObjectName(QStringLiteral("recommendationPanel"));
    m_title->setStyleSheet(QStringLiteral("font-weight:600; color:#1f2530;"));
    m_empty->setObjectName(QStringLiteral("recommendationEmpty"));
    Theme::makeHint(m_empty);
    m_empty->setWordWrap(true);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_rows);
    connect(m_model, &client::DispatchRecommendations::loaded, this, &RecommendationPanel::render);
    m_title->setText(tr("Recommended for this ticket"));
    render();
}

void RecommendationPanel::showTicket(qint64 ticketId, qint64 currentAssigneeId)
{
    m_currentAssignee = currentAssigneeId;
    m_model->showTicket(ticketId);
    render();
}

void RecommendationPanel::render()
{
    while (QLayoutItem* item = m_rowsLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) w->deleteLater();
        delete item;
    }
    const qint64 ticket = m_model->ticketId();
    if (ticket == 0) {
        m_empty->setText(tr("Choose a ticket to see who suits it best."));
        m_empty->show();
        return;
    }
    if (!m_model->isLoaded()) {
        m_empty->setText(tr("Ranking the engineers…"));
        m_empty->show();
        return;
    }
    int shown = 0;
    for (const protocol::AssigneeRecommendation& r : m_model->ranked()) {
        if (r.user_id() == m_currentAssignee || shown >= kShown) continue;
        auto* row = new QFrame(m_rows);
        row->setObjectName(QStringLiteral("recommendation%1").arg(shown));
        row->setStyleSheet(QStringLiteral("QFrame#%1 { background:#f6f8fb; border:1px solid #e4e7ec; border-radius:6px; }")
                               .arg(row->objectName()));
        auto* name = new QLabel(QString::fromStdString(r.display_name()), row);
        name->setStyleSheet(r.available() ? QStringLiteral("font-weight:600;") : QStringLiteral("font-weight:600; color:#98a2b3;"));
        auto* reasons = new QLabel(client::DispatchRecommendations::reasonsText(r), row);
        reasons->setObjectName(QStringLiteral("recommendationReasons"));
        reasons->setWordWrap(true);
        Theme::makeHint(reasons);
        auto* text = new QVBoxLayout;
        text->setSpacing(1);
        text->addWidget(name);
        text->addWidget(reasons);
        auto* line = new QHBoxLayout(row);
        line->setContentsMargins(8, 5, 8, 5);
        line->addLayout(text, 1);
        if (r.available()) {
            auto* assign = new QPushButton(tr("Assign"), row);
            assign->setObjectName(QStringLiteral("recommendAssign%1").arg(shown));
            if (shown == 0) Theme::makePrimary(assign);
            const qint64 user = r.user_id();
            connect(assign, &QPushButton::clicked, this, [this, ticket, user] { emit assignRequested(ticket, user); });
            line->addWidget(assign, 0, Qt::AlignVCenter);
        }
        m_rowsLayout->addWidget(row);
        ++shown;
    }
    m_empty->setText(tr("Nobody else in the branch takes tickets."));
    m_empty->setVisible(shown == 0);
}

void RecommendationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_title->setText(tr("Recommended for this ticket"));
        render();
    }
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
