#pragma once
// The engineer's onsite route of the day (今日上门路线) on the workbench: today's visits in the
// order they are booked, each with the hours, the customer, the address, whom to call and the
// ticket; "Arrived" and "Visit done" for the one selected. Choosing a visit shows its ticket
// beside the list. At midnight the list moves on to the new day.

#include "AppointmentListModel.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace laoke::ui {

class TodayRoutePanel : public QWidget {
    Q_OBJECT
public:
    explicit TodayRoutePanel(client::Connection& connection, QWidget* parent = nullptr);

    client::AppointmentListModel& model() { return m_model; }
    QTableView* table() const { return m_table; }

signals:
    void ticketChosen(qint64 ticketId);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void record(const QString& action);

    client::AppointmentListModel m_model;
    QDate m_day;
    QLabel* m_title;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_arriveButton;
    QPushButton* m_finishButton;
    QTimer* m_dayWatch;
};

}  // namespace laoke::ui
