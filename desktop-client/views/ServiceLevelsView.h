#pragma once
// The administrators' page for how the service desk is measured: SLA targets, working hours
// and close periods on one tab, the working calendar per year on the next, and the ticket
// category tree on the third. A bar says when
// this year's or next year's calendar is missing (clocks then count Monday to Friday), with
// a button that opens that year.

#include <QWidget>

class QLabel;
class QTabWidget;

namespace laoke::client {
class ServiceLevelsModel;
class SessionModel;
}  // namespace laoke::client

namespace laoke::ui {

class CalendarYearPanel;
class MessageBar;
class SlaSettingsPanel;
class TicketCategoryPanel;

class ServiceLevelsView : public QWidget {
    Q_OBJECT
public:
    explicit ServiceLevelsView(client::SessionModel& session, QWidget* parent = nullptr);

    client::ServiceLevelsModel& model() const { return *m_model; }
    SlaSettingsPanel& settingsPanel() const { return *m_settings; }
    CalendarYearPanel& calendarPanel() const { return *m_calendar; }
    TicketCategoryPanel& categoryPanel() const { return *m_categories; }
    MessageBar& messages() const { return *m_messages; }
    void showCalendar(int year);
    void showCategories();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void warnAboutMissingYears();

    client::ServiceLevelsModel* m_model;
    QLabel* m_heading;
    MessageBar* m_messages;
    QTabWidget* m_tabs;
    SlaSettingsPanel* m_settings;
    CalendarYearPanel* m_calendar;
    TicketCategoryPanel* m_categories;
};

}  // namespace laoke::ui
