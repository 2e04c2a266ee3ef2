#pragma once
// On the dispatch board, under the people: who the server recommends for the selected ticket,
// best first, each with the reasons in words and a button that assigns the ticket to them at
// once. Someone on leave is shown greyed without a button; the current assignee is left out.

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace laoke::client {
class Connection;
class DispatchRecommendations;
}  // namespace laoke::client

namespace laoke::ui {

class RecommendationPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecommendationPanel(client::Connection& connection, QWidget* parent = nullptr);

    /// Ranks for this ticket (0: none), leaving out whoever works on it now.
    void showTicket(qint64 ticketId, qint64 currentAssigneeId);
    client::DispatchRecommendations& model() const { return *m_model; }

signals:
    void assignRequested(qint64 ticketId, qint64 userId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    client::DispatchRecommendations* m_model;
    qint64 m_currentAssignee = 0;
    QLabel* m_title;
    QLabel* m_empty;
    QWidget* m_rows;
    QVBoxLayout* m_rowsLayout;
};

}  // namespace laoke::ui
