#pragma once
// The administrators' page for how the service desk is measured: SLA targets, working hours
// and close periods on one tab, the working calendar per year on the other. A bar says when
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

class ServiceLevelsView : public QWidget {
    Q_OBJECT
public:
    explicit ServiceLevelsView(client::SessionModel& session, QWidget* parent = nullptr);

    client::ServiceLevelsModel& model() const { return *m_model; }
    SlaSettingsPanel& settingsPanel() const { return *m_settings; }
    CalendarYearPanel& calendarPanel() const { return *m_calendar; }
    MessageBar& messages() const { return *m_messages; }
    void showCalendar(int year);

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
};

}  // namespace laoke::ui
