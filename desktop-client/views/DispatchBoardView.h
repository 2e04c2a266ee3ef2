#pragma once
// The branch manager's dispatch board: every open ticket of the branch, live. On the left the
// tickets nobody works on yet and, below, those being worked, each most urgent first (at
// risk and overdue on top). On the right the engineers with their open tickets: drag a ticket
// onto an engineer, or select both and press Assign, to give it to them; the selected
// ticket's details and actions are below. When two managers assign the same ticket at once,
// the second is told who was first and nothing is overwritten.

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace laoke::client {
class AssigneeListModel;
class SessionModel;
class TicketBoardFilter;
class TicketCategories;
class TicketListModel;
}  // namespace laoke::client

namespace laoke::ui {

class MessageBar;
class RecommendationPanel;
class TicketFormDialog;
class TicketPane;
class TicketTableView;

class DispatchBoardView : public QWidget {
    Q_OBJECT
public:
    explicit DispatchBoardView(client::SessionModel& session, QWidget* parent = nullptr);

    client::TicketListModel& model() const { return *m_model; }
    client::AssigneeListModel& assignees() const { return *m_assignees; }
    TicketTableView& unassignedTable() const { return *m_unassignedTable; }
    TicketTableView& assignedTable() const { return *m_assignedTable; }
    QListView& engineerList() const { return *m_engineers; }
    TicketPane& pane() const { return *m_pane; }
    MessageBar& messages() const { return *m_messages; }
    RecommendationPanel& recommendations() const { return *m_recommendations; }

    /// Assigns the tickets to the engineer, each at the version the board shows.
    void assign(const QList<qint64>& ticketIds, qint64 assigneeId);
    TicketFormDialog* newTicket();

signals:
    void openCustomerRequested(qint64 customerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateSummary();
    void assignSelected();
    /// The selected engineer's home city and skills, in a dialog.
    void editSkills();

    client::SessionModel& m_session;
    client::TicketCategories* m_categories;
    client::AssigneeListModel* m_assignees;
    client::TicketListModel* m_model;
    client::TicketBoardFilter* m_unassigned;
    client::TicketBoardFilter* m_assigned;
    QLabel* m_heading;
    QLabel* m_summary;
    QPushButton* m_newButton;
    MessageBar* m_messages;
    QLabel* m_unassignedTitle;
    TicketTableView* m_unassignedTable;
    QLabel* m_assignedTitle;
    TicketTableView* m_assignedTable;
    QLabel* m_engineersTitle;
    QListView* m_engineers;
    QPushButton* m_assignButton;
    TicketPane* m_pane;
    RecommendationPanel* m_recommendations;
    QPushButton* m_skillsButton;
    qint64 m_selectedTicket = 0;
};

}  // namespace laoke::ui
