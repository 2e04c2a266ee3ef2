#include "CalendarYearPanel.h"

#include "InlineErrorLabel.h"
#include "MessageBar.h"
#include "ServiceLevelsModel.h"
#include "Theme.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

enum DayColumn { DateColumn, KindColumn, NameColumn, DayColumns };

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace

CalendarYearPanel::CalendarYearPanel(client::ServiceLevelsModel& model, MessageBar& messages, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_messages(messages),
      m_yearLabel(new QLabel(this)),
      m_year(new QComboBox(this)),
      m_hint(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_days(new QTableWidget(0, DayColumns, this)),
      m_addDay(new QPushButton(this)),
      m_removeDay(new QPushButton(this)),
      m_error(new InlineErrorLabel(this)),
      m_save(new QPushButton(this)) {
    setObjectName(QStringLiteral("calendarYearPanel"));
    m_year->setObjectName(QStringLiteral("calendarYearCombo"));
    Theme::makeHint(m_hint);
    m_summary->setObjectName(QStringLiteral("calendarSummary"));
    m_days->setObjectName(QStringLiteral("calendarDaysTable"));
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_days->setColumnWidth(DateColumn, 170);
    m_days->setColumnWidth(KindColumn, 200);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addDay->setObjectName(QStringLiteral("addDayButton"));
    m_removeDay->setObjectName(QStringLiteral("removeDayButton"));
    m_save->setObjectName(QStringLiteral("saveYearButton"));
    Theme::makePrimary(m_save);

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addDay);
    buttons->addWidget(m_removeDay);
    buttons->addWidget(m_error, 1);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_days, 1);
    layout->addLayout(buttons);

    connect(&m_model, &client::ServiceLevelsModel::loaded, this, &CalendarYearPanel::fillYears);
    connect(&m_model, &client::ServiceLevelsModel::yearLoaded, this, &CalendarYearPanel::showDays);
    connect(m_year, &QComboBox::activated, this, [this] { showYear(m_year->currentData().toInt()); });
    connect(m_addDay, &QPushButton::clicked, this, [this] {
        // The day after the last one listed (or New Year's Day), as a holiday to adjust.
        QDate next(shownYear(), 1, 1);
        for (int row = 0; row < m_days->rowCount(); ++row) {
            const QDate listed = static_cast<QDateEdit*>(m_days->cellWidget(row, DateColumn))->date();
            if (listed >= next) next = listed.addDays(1);
        }
        if (next.year() != shownYear()) next = QDate(shownYear(), 12, 31);
        addDay(next.toString(Qt::ISODate), QStringLiteral("holiday"), QString());
    });
    connect(m_removeDay, &QPushButton::clicked, this, [this] {
        if (m_days->currentRow() >= 0) m_days->removeRow(m_days->currentRow());
    });
    connect(m_save, &QPushButton::clicked, this, &CalendarYearPanel::save);
    retranslate();
}

int CalendarYearPanel::shownYear() const {
    return m_model.year().year() != 0 ? m_model.year().year() : QDate::currentDate().year();
}

void CalendarYearPanel::retranslate() {
    m_yearLabel->setText(tr("Year"));
    m_hint->setText(tr("List the public holidays (days off) and the make-up working days (调休: a Saturday or Sunday "
                       "worked) as the State Council publishes them. Every other day follows the week: Monday to Friday."));
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name (e.g. 春节)")});
    m_addDay->setText(tr("Add day"));
    m_removeDay->setText(tr("Remove day"));
    m_save->setText(tr("Save this year"));
    fillYears();
}

void CalendarYearPanel::fillYears() {
    const int shown = m_year->currentData().isValid() ? m_year->currentData().toInt() : 0;
    QSet<int> years;
    for (const int year : m_model.settings().years()) years.insert(year);
    for (const int year : m_model.settings().missing_years()) years.insert(year);
    years.insert(QDate::currentDate().year() + 1);
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    QSet<int> missing;
    for (const int year : m_model.settings().missing_years()) missing.insert(year);
    m_year->clear();
    for (const int year : sorted) {
        const bool kept = std::find(m_model.settings().years().begin(), m_model.settings().years().end(), year) !=
                          m_model.settings().years().end();
        m_year->addItem(kept ? QString::number(year) : tr("%1 (not entered)").arg(year), year);
    }
    m_year->setCurrentIndex(qMax(0, m_year->findData(shown != 0 ? shown : shownYear())));
}

void CalendarYearPanel::showYear(int year) {
    m_error->clearError();
    m_model.loadYear(year);
}

void CalendarYearPanel::showDays() {
    m_days->setRowCount(0);
    int holidays = 0;
    int workdays = 0;
    for (const protocol::CalendarDay& day : m_model.year().days()) {
        addDay(str(day.date()), str(day.kind()), str(day.name()));
        (day.kind() == "holiday" ? holidays : workdays) += 1;
    }
    m_year->setCurrentIndex(qMax(0, m_year->findData(m_model.year().year())));
    m_summary->setText(m_model.year().version() == 0
                           ? tr("Not entered yet: clocks count Monday to Friday in %1.").arg(m_model.year().year())
                           : tr("%1 holidays, %2 make-up working days").arg(holidays).arg(workdays));
}

void CalendarYearPanel::addDay(const QString& date, const QString& kind, const QString& name) {
    const int row = m_days->rowCount();
    m_days->insertRow(row);
    auto* dateEdit = new QDateEdit(QDate::fromString(date, Qt::ISODate), m_days);
    dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    dateEdit->setCalendarPopup(true);
    auto* kindCombo = new QComboBox(m_days);
    kindCombo->addItem(tr("Holiday (day off)"), QStringLiteral("holiday"));
    kindCombo->addItem(tr("Make-up working day (调休)"), QStringLiteral("workday"));
    kindCombo->setCurrentIndex(qMax(0, kindCombo->findData(kind)));
    auto* nameEdit = new QLineEdit(name, m_days);
    nameEdit->setMaxLength(32);
    m_days->setCellWidget(row, DateColumn, dateEdit);
    m_days->setCellWidget(row, KindColumn, kindCombo);
    m_days->setCellWidget(row, NameColumn, nameEdit);
}

void CalendarYearPanel::save() {
    m_error->clearError();
    protocol::CalendarYear year;
    year.set_year(shownYear());
    QSet<QDate> seen;
    for (int row = 0; row < m_days->rowCount(); ++row) {
        const QDate date = static_cast<QDateEdit*>(m_days->cellWidget(row, DateColumn))->date();
        const QString kind = static_cast<QComboBox*>(m_days->cellWidget(row, KindColumn))->currentData().toString();
        if (date.year() != year.year()) {
            m_error->setError(tr("%1 is not in %2.").arg(date.toString(Qt::ISODate)).arg(year.year()));
            return;
        }
        if (seen.contains(date)) {
            m_error->setError(tr("%1 is listed twice.").arg(date.toString(Qt::ISODate)));
            return;
        }
        if (kind == QLatin1String("workday") && date.dayOfWeek() < 6) {
            m_error->setError(tr("%1 is a weekday: a make-up working day is a Saturday or Sunday.").arg(date.toString(Qt::ISODate)));
            return;
        }
        seen.insert(date);
        auto* day = year.add_days();
        day->set_date(date.toString(Qt::ISODate).toStdString());
        day->set_kind(kind.toStdString());
        day->set_name(static_cast<QLineEdit*>(m_days->cellWidget(row, NameColumn))->text().trimmed().toStdString());
    }
    std::sort(year.mutable_days()->begin(), year.mutable_days()->end(),
              [](const protocol::CalendarDay& a, const protocol::CalendarDay& b) { return a.date() < b.date(); });
    m_save->setEnabled(false);
    m_model.saveYear(year, [this, number = year.year()](const client::Reply& reply) {
        m_save->setEnabled(true);
        if (reply.ok()) {
            m_messages.showMessage(MessageBar::Level::Information, tr("The calendar of %1 is saved; SLA clocks use it from now on.").arg(number));
            return;
        }
        if (reply.error().code == protocol::CONFLICT) {
            m_messages.showMessage(MessageBar::Level::Warning, tr("Another administrator changed %1 meanwhile. Reload to see it.").arg(number),
                                   tr("Reload"), [this, number] { showYear(number); });
            return;
        }
        m_error->setError(reply.error().code == protocol::VALIDATION_FAILED ? tr("Not saved: %1").arg(reply.error().detail)
                                                                            : reply.error().userMessage());
    });
}

void CalendarYearPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
