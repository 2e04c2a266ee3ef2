#pragma once
// The activity timeline of a customer: one card per visit, call, WeChat message, training
// and so on, newest first, with who logged it, the contact, the summary and the next step;
// older activities load with "Show older" (list_activities). The menu of each card the user
// may change (their own, or any for managers) edits or archives it.

#include "laoke.pb.h"

#include <QScrollArea>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace laoke::client {
class Customer360Model;
class SessionModel;
}  // namespace laoke::client

namespace laoke::ui {

class ActivityTimeline : public QScrollArea {
    Q_OBJECT
public:
    /// `session` tells whose activities this user may edit or archive.
    ActivityTimeline(client::Customer360Model& model, const client::SessionModel& session, QWidget* parent = nullptr);

    /// The number of cards shown, for tests.
    int cardCount() const;

signals:
    void editRequested(const laoke::protocol::Activity& activity);
    void archiveRequested(const laoke::protocol::Activity& activity);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QWidget* makeCard(const protocol::Activity& activity);

    client::Customer360Model& m_model;
    const client::SessionModel& m_session;
    QWidget* m_content;
    QVBoxLayout* m_cards;
    QPushButton* m_more;
};

}  // namespace laoke::ui
