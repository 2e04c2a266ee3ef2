#include "ActivityTimeline.h"

#include "Customer360Model.h"
#include "CustomerFormats.h"
#include "CustomerPermissions.h"
#include "SessionModel.h"
#include "CustomerValueNames.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

using Names = client::CustomerValueNames;

QString str(const std::string& value) {
    return QString::fromStdString(value);
}

// Each kind keeps its colour, so a scan of the timeline tells visits from calls.
QColor kindColour(const std::string& kind) {
    if (kind == "visit") return QColor(0x2f, 0x6f, 0xde);
    if (kind == "call") return QColor(0x1e, 0x8e, 0x4e);
    if (kind == "wechat") return QColor(0x07, 0xa3, 0x5a);
    if (kind == "training") return QColor(0x7b, 0x4f, 0xc9);
    if (kind == "free_inspection") return QColor(0x0f, 0x7c, 0x86);
    if (kind == "greeting") return QColor(0xc7, 0x77, 0x00);
    return QColor(0x5b, 0x64, 0x72);
}

}  // namespace

ActivityTimeline::ActivityTimeline(client::Customer360Model& model, const client::SessionModel& session, QWidget* parent)
    : QScrollArea(parent), m_model(model), m_session(session), m_content(new QWidget), m_cards(new QVBoxLayout), m_more(new QPushButton) {
    setObjectName(QStringLiteral("activityTimeline"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_content->setObjectName(QStringLiteral("timelineContent"));
    m_content->setStyleSheet(QStringLiteral("QWidget#timelineContent { background:white; }"));
    m_more->setObjectName(QStringLiteral("moreActivitiesButton"));
    m_more->setFlat(true);
    m_more->setCursor(Qt::PointingHandCursor);
    m_more->setStyleSheet(QStringLiteral("QPushButton { color:#2f6fde; padding:6px; border:none; }"
                                         "QPushButton:disabled { color:#8a8f98; }"));
    m_cards->setContentsMargins(12, 4, 12, 8);
    m_cards->setSpacing(0);

    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(m_cards);
    layout->addWidget(m_more, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    setWidget(m_content);

    connect(m_more, &QPushButton::clicked, &m_model, &client::Customer360Model::loadMoreActivities);
    connect(&m_model, &client::Customer360Model::activitiesChanged, this, &ActivityTimeline::rebuild);
    rebuild();
}

int ActivityTimeline::cardCount() const {
    return m_cards->count();
}

void ActivityTimeline::rebuild() {
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto& activity : m_model.activities()) m_cards->addWidget(makeCard(activity));
    const int remaining = m_model.activityCount() - static_cast<int>(m_model.activities().size());
    m_more->setVisible(m_model.hasMoreActivities());
    m_more->setEnabled(!m_model.isLoadingActivities());
    m_more->setText(m_model.isLoadingActivities() ? tr("Loading…") : tr("Show older (%n more)", nullptr, remaining));
}

QWidget* ActivityTimeline::makeCard(const protocol::Activity& activity) {
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("activityCard"));
    card->setStyleSheet(QStringLiteral("QFrame#activityCard { border:none; border-bottom:1px solid #eef0f3; }"));
    const QColor colour = kindColour(activity.kind());

    auto* dot = new QLabel(QStringLiteral("●"), card);
    dot->setStyleSheet(QStringLiteral("color:%1; font-size:11pt;").arg(colour.name()));
    auto* kind = new QLabel(Names::activityKind(str(activity.kind())), card);
    kind->setStyleSheet(QStringLiteral("color:%1; font-weight:600;").arg(colour.name()));
    auto* when = new QLabel(client::CustomerFormats::dateTime(activity.occurred_at_unix()), card);
    when->setProperty("laokeRole", QStringLiteral("hint"));
    auto* menuButton = new QToolButton(card);
    menuButton->setObjectName(QStringLiteral("activityMenuButton"));
    menuButton->setText(QStringLiteral("⋯"));
    menuButton->setAutoRaise(true);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    menuButton->setStyleSheet(QStringLiteral("QToolButton { color:#667085; padding:0 6px; border:none; }"
                                             "QToolButton::menu-indicator { image:none; width:0; }"));
    auto* menu = new QMenu(menuButton);
    menu->addAction(tr("Edit…"), this, [this, activity] { emit editRequested(activity); });
    menu->addAction(tr("Archive…"), this, [this, activity] { emit archiveRequested(activity); });
    menuButton->setMenu(menu);
    menuButton->setVisible(client::CustomerPermissions::canChangeActivity(m_session.user(), activity));

    auto* top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(dot);
    top->addWidget(kind);
    top->addWidget(when);
    top->addStretch(1);
    top->addWidget(menuButton);

    auto* summary = new QLabel(str(activity.summary()), card);
    summary->setObjectName(QStringLiteral("activitySummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(2, 10, 2, 10);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(summary);
    if (!activity.next_step().empty()) {
        const QString next = activity.next_step_on().empty()
                                 ? tr("Next: %1").arg(str(activity.next_step()))
                                 : tr("Next: %1 (by %2)").arg(str(activity.next_step()), str(activity.next_step_on()));
        auto* nextStep = new QLabel(next, card);
        nextStep->setObjectName(QStringLiteral("activityNextStep"));
        nextStep->setWordWrap(true);
        nextStep->setTextFormat(Qt::PlainText);
        nextStep->setStyleSheet(QStringLiteral("color:#1d4ea8;"));
        layout->addWidget(nextStep);
    }
    QStringList footer;
    if (!activity.by_user_name().empty()) footer.append(tr("Logged by %1").arg(str(activity.by_user_name())));
    if (!activity.contact_name().empty()) footer.append(tr("with %1").arg(str(activity.contact_name())));
    if (!footer.isEmpty()) {
        auto* by = new QLabel(footer.join(QStringLiteral(" · ")), card);
        by->setProperty("laokeRole", QStringLiteral("hint"));
        layout->addWidget(by);
    }
    return card;
}

void ActivityTimeline::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) rebuild();
    QScrollArea::changeEvent(event);
}

}  // namespace laoke::ui
