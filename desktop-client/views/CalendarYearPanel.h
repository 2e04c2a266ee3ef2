#pragma once
// The administrator's editor of one year's working calendar: the public holidays (days off)
// and the make-up working days (调休, a Saturday or Sunday worked), as the State Council
// publishes them each November. Every other day follows the week, Monday to Friday.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace laoke::client {
class ServiceLevelsModel;
}

namespace laoke::ui {

class InlineErrorLabel;
class MessageBar;

class CalendarYearPanel : public QWidget {
    Q_OBJECT
public:
    CalendarYearPanel(client::ServiceLevelsModel& model, MessageBar& messages, QWidget* parent = nullptr);

    /// Shows (and loads) this year.
    void showYear(int year);
    int shownYear() const;
    /// Adds a row for `date` ("YYYY-MM-DD"), as the Add day button does for the next free day.
    void addDay(const QString& date, const QString& kind, const QString& name);
    void save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillYears();
    void showDays();

    client::ServiceLevelsModel& m_model;
    MessageBar& m_messages;
    QLabel* m_yearLabel;
    QComboBox* m_year;
    QLabel* m_hint;
    QLabel* m_summary;
    QTableWidget* m_days;
    QPushButton* m_addDay;
    QPushButton* m_removeDay;
    InlineErrorLabel* m_error;
    QPushButton* m_save;
};

}  // namespace laoke::ui
