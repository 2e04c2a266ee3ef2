#pragma once
// The onsite visits (上门) of the ticket a TicketPane shows: its visits with their state, the
// buttons to record arrival and finish, to move or cancel a visit, and "Book a visit…" which
// opens a small editor in place (engineer, day and time, how long, address, note). Before it
// sends, the editor checks the engineer's other visits of that day, so a clash is named in
// the user's language rather than refused by the server.

#include "AppointmentListModel.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace laoke::client {
class AssigneeListModel;
}

namespace laoke::ui {

class InlineErrorLabel;

class VisitSection : public QWidget {
    Q_OBJECT
public:
    VisitSection(client::Connection& connection, client::AssigneeListModel& assignees, QWidget* parent = nullptr);

    /// Shows the visits of `ticket` (an empty ticket hides the section's content).
    void showTicket(const protocol::Ticket& ticket);
    client::AppointmentListModel& model() { return m_model; }
    QTableView* table() const { return m_table; }

signals:
    /// A visit was booked, moved or recorded here (the ticket changed on the server too).
    void visitChanged();
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class EditorMode { Closed, Book, Move, Cancel };
    void retranslate();
    void updateButtons();
    bool mayBook() const;
    bool mayRecord(const protocol::OnsiteAppointment& visit) const;
    const protocol::OnsiteAppointment* selectedVisit() const;
    void openEditor(EditorMode mode);
    void closeEditor();
    void fillEngineers(qint64 selected);
    void refreshDayHint();
    void confirm();
    void record(const QString& action);
    QString describe(const client::ClientError& error) const;

    client::Connection& m_connection;
    client::AssigneeListModel& m_assignees;
    client::AppointmentListModel m_model;
    protocol::Ticket m_ticket;
    EditorMode m_mode = EditorMode::Closed;
    std::vector<protocol::OnsiteAppointment> m_engineerDay;

    QLabel* m_title;
    QLabel* m_summary;
    QPushButton* m_bookButton;
    QTableView* m_table;
    QPushButton* m_arriveButton;
    QPushButton* m_finishButton;
    QPushButton* m_moveButton;
    QPushButton* m_cancelButton;
    QFrame* m_editor;
    QLabel* m_editorTitle;
    QLabel* m_engineerLabel;
    QComboBox* m_engineerCombo;
    QLabel* m_startLabel;
    QDateTimeEdit* m_startEdit;
    QLabel* m_durationLabel;
    QComboBox* m_durationCombo;
    QLabel* m_addressLabel;
    QLineEdit* m_addressEdit;
    QLabel* m_noteLabel;
    QLineEdit* m_noteEdit;
    QLabel* m_dayHint;
    InlineErrorLabel* m_error;
    QPushButton* m_confirmButton;
    QPushButton* m_closeButton;
};

}  // namespace laoke::ui
