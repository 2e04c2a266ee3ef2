#pragma once
// The engineer's workbench: the tickets they own (首问) or work on, most urgent first, live;
// the selected ticket beside the list with its clocks, actions and work log; and a button
// (F2) for logging a new ticket while the customer is on the line.

#include <QWidget>

class QLabel;
class QPushButton;

namespace laoke::client {
class AssigneeListModel;
class SessionModel;
class TicketCategories;
class TicketListModel;
}  // namespace laoke::client

namespace laoke::ui {

class MessageBar;
class TicketFormDialog;
class TicketPane;
class TodayRoutePanel;
class TicketTableView;

class WorkbenchView : public QWidget {
    Q_OBJECT
public:
    explicit WorkbenchView(client::SessionModel& session, QWidget* parent = nullptr);

    client::TicketListModel& model() const { return *m_model; }
    TicketPane& pane() const { return *m_pane; }
    TicketTableView& table() const { return *m_table; }
    /// Opens the new-ticket form (non-modal; returned for tests).
    TicketFormDialog* newTicket();

signals:
    void openCustomerRequested(qint64 customerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateSummary();

    client::SessionModel& m_session;
    client::TicketCategories* m_categories;
    client::AssigneeListModel* m_assignees;
    client::TicketListModel* m_model;
    QLabel* m_heading;
    QLabel* m_summary;
    QPushButton* m_newButton;
    MessageBar* m_messages;
    TicketTableView* m_table;
    TicketPane* m_pane;
    TodayRoutePanel* m_route;
};

}  // namespace laoke::ui
