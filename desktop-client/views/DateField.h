#pragma once
// A date that may be left empty, as the protocol's "YYYY-MM-DD" text: typed, or picked from
// a calendar that drops down from the button beside it. QDateEdit cannot be empty, and most
// dates on a customer record (go-live, service end, date left) are often unknown.

#include <QWidget>

#include <string>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace laoke::ui {

class DateField : public QWidget {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    /// The text as typed, trimmed ("" when empty; may not be a valid date).
    std::string isoText() const;
    void setIsoText(const std::string& text);
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    /// The user typed or picked a date.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void openCalendar();
    void retranslate();

    QLineEdit* m_edit;
    QToolButton* m_pick;
};

}  // namespace laoke::ui
