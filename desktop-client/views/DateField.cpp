#include "DateField.h"

#include <QCalendarWidget>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

namespace laoke::ui {

DateField::DateField(QWidget* parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_pick(new QToolButton(this)) {
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_edit->setMaxLength(10);
    m_edit->setClearButtonEnabled(true);
    m_pick->setObjectName(QStringLiteral("datePickButton"));
    m_pick->setArrowType(Qt::DownArrow);
    m_pick->setAutoRaise(true);
    setFocusProxy(m_edit);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_pick);

    connect(m_edit, &QLineEdit::textEdited, this, &DateField::edited);
    connect(m_pick, &QToolButton::clicked, this, &DateField::openCalendar);
    retranslate();
}

std::string DateField::isoText() const {
    return m_edit->text().trimmed().toStdString();
}

void DateField::setIsoText(const std::string& text) {
    m_edit->setText(QString::fromStdString(text));
}

void DateField::openCalendar() {
    QMenu menu(this);
    auto* calendar = new QCalendarWidget(&menu);
    calendar->setGridVisible(false);
    calendar->setFirstDayOfWeek(Qt::Monday);
    const QDate current = QDate::fromString(m_edit->text().trimmed(), Qt::ISODate);
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    auto* action = new QWidgetAction(&menu);
    action->setDefaultWidget(calendar);
    menu.addAction(action);
    connect(calendar, &QCalendarWidget::clicked, &menu, [this, &menu](const QDate& date) {
        m_edit->setText(date.toString(Qt::ISODate));
        menu.close();
        emit edited();
    });
    menu.exec(m_pick->mapToGlobal(QPoint(0, m_pick->height())));
}

void DateField::retranslate() {
    m_pick->setToolTip(tr("Pick a date"));
}

void DateField::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
