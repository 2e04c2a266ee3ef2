#pragma once
// One ticket, as the workbench and the dispatch board show it beside their lists: number,
// subject, state, priority and SLA clocks at the top; who, what and for which customer; the
// description and solution; the actions this user may take now; the work log with a box
// for a new note. Actions that need more (an engineer, a solution, a reason) open a small
// editor inside the pane rather than a dialog, so the ticket stays in view. Below them, the
// ticket's knowledge articles (TicketKbSection).

#include "TicketModel.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QHBoxLayout;
class QScrollArea;

namespace laoke::client {
class AssigneeListModel;
class TicketCategories;
}  // namespace laoke::client

namespace laoke::ui {

class InlineErrorLabel;
class MessageBar;
class TicketEditDialog;
class VisitSection;
class TicketKbSection;

class TicketPane : public QWidget {
    Q_OBJECT
public:
    TicketPane(client::Connection& connection, client::TicketCategories& categories,
               client::AssigneeListModel& assignees, QWidget* parent = nullptr);

    void showTicket(qint64 ticketId);
    client::TicketModel& model() { return m_model; }
    /// The action button of an allowed action (objectName "action_<code>"), or nullptr.
    QPushButton* actionButton(const QString& action) const;
    VisitSection* visits() const { return m_visits; }
    /// The correction dialog the "Correct…" button opened (nullptr when none is open).
    TicketEditDialog* editDialog() const;
    /// The ticket's knowledge articles: linked, suggested, and writing one from the ticket.
    TicketKbSection& knowledge() const { return *m_kb; }

signals:
    /// The user changed the ticket here; `ticket` is the server's answer.
    void ticketChanged(const laoke::protocol::Ticket& ticket);
    void openCustomerRequested(qint64 customerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void renderHeader();
    void renderFacts();
    void renderActions();
    void renderLog();
    void beginAction(const QString& action);
    void confirmAction();
    void closeEditor();
    void submitNote();
    void openEditor();
    QString describeEdit(const protocol::TicketEvent& event) const;
    void showFailure(const client::ClientError& error, const QString& action);

    client::TicketModel m_model;
    client::TicketCategories& m_categories;
    client::AssigneeListModel& m_assignees;
    QString m_pendingAction;

    QLabel* m_empty;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_page = nullptr;  ///< the scrolling ticket above, the work log below
    QWidget* m_body;
    QLabel* m_number;
    QLabel* m_subject;
    QLabel* m_stateBadge;
    QLabel* m_priorityBadge;
    QLabel* m_billableBadge;
    QLabel* m_clocks;
    QLabel* m_facts;
    QPushButton* m_customerButton;
    QLabel* m_description;
    QLabel* m_solutionTitle;
    QLabel* m_solution;
    QHBoxLayout* m_actionRow;
    VisitSection* m_visits;
    QList<QPushButton*> m_actionButtons;
    QWidget* m_editor;
    QLabel* m_editorTitle;
    QComboBox* m_assigneeCombo;
    QPlainTextEdit* m_editorText;
    InlineErrorLabel* m_editorError;
    QPushButton* m_editorConfirm;
    QPushButton* m_editorCancel;
    TicketKbSection* m_kb;
    QLabel* m_logTitle;
    QListWidget* m_log;
    QLineEdit* m_noteEdit;
    QPushButton* m_noteButton;
    MessageBar* m_messages;
    QPointer<TicketEditDialog> m_editDialog;
};

}  // namespace laoke::ui
