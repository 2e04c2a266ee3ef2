#include "ServiceLevelsView.h"

#include "CalendarYearPanel.h"
#include "MessageBar.h"
#include "ServiceLevelsModel.h"
#include "SessionModel.h"
#include "SlaSettingsPanel.h"
#include "TicketCategoryPanel.h"
#include "Theme.h"

#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace laoke::ui {

ServiceLevelsView::ServiceLevelsView(client::SessionModel& session, QWidget* parent)
    : QWidget(parent),
      m_model(new client::ServiceLevelsModel(session.connection(), this)),
      m_heading(new QLabel(this)),
      m_messages(new MessageBar(this)),
      m_tabs(new QTabWidget(this)),
      m_settings(new SlaSettingsPanel(*m_model, *m_messages, this)),
      m_calendar(new CalendarYearPanel(*m_model, *m_messages, this)),
      m_categories(new TicketCategoryPanel(session.connection(), *m_messages, this)) {
    setObjectName(QStringLiteral("serviceLevelsView"));
    Theme::makeHeading(m_heading);
    m_messages->setObjectName(QStringLiteral("serviceLevelsMessages"));
    m_tabs->addTab(m_settings, QString());
    m_tabs->addTab(m_calendar, QString());
    m_tabs->addTab(m_categories, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);

    connect(m_model, &client::ServiceLevelsModel::loaded, this, &ServiceLevelsView::warnAboutMissingYears);
    connect(m_model, &client::ServiceLevelsModel::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error, error.userMessage());
    });
    m_model->load();
    m_calendar->showYear(QDate::currentDate().year());
    retranslate();
}

void ServiceLevelsView::showCalendar(int year) {
    m_tabs->setCurrentWidget(m_calendar);
    m_calendar->showYear(year);
}

void ServiceLevelsView::showCategories() { m_tabs->setCurrentWidget(m_categories); }

void ServiceLevelsView::warnAboutMissingYears() {
    const auto& missing = m_model->settings().missing_years();
    if (missing.empty()) return;
    const int year = missing.Get(0);
    m_messages->showMessage(MessageBar::Level::Warning,
                            tr("The working calendar of %1 is not entered: SLA clocks count Monday to Friday that year, "
                               "without its holidays. Enter the holidays the State Council published.")
                                .arg(year),
                            tr("Enter %1").arg(year), [this, year] { showCalendar(year); });
}

void ServiceLevelsView::retranslate() {
    m_heading->setText(tr("Service levels"));
    m_tabs->setTabText(0, tr("Targets and working hours"));
    m_tabs->setTabText(1, tr("Working calendar"));
    m_tabs->setTabText(2, tr("Ticket categories"));
}

void ServiceLevelsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
