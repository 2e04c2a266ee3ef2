#pragma once
// The categories the ticket form suggests while the user describes the problem
// (suggest_ticket_categories: from the most similar past tickets, above all this customer's).
// Typing restarts a short pause; only the answer to the latest text is shown.

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>
#include <QString>

#include <vector>

class QTimer;

namespace laoke::client {

class CategorySuggestions : public QObject {
    Q_OBJECT
public:
    static constexpr int kPauseMs = 400;

    explicit CategorySuggestions(Connection& connection, QObject* parent = nullptr);

    /// Asks again for this customer, subject and description after the pause (at once with `now`).
    void setInput(qint64 customerId, const QString& subject, const QString& description, bool now = false);
    const std::vector<protocol::CategorySuggestion>& suggestions() const { return m_suggestions; }
    /// True when the suggestions shown came from the subject and description (similar past
    /// tickets); false when there was no text yet (the customer's own usual categories).
    bool basedOnText() const { return m_basedOnText; }

signals:
    void changed();

private:
    void send();

    Connection& m_connection;
    QTimer* m_pause;
    qint64 m_customerId = 0;
    QString m_subject;
    QString m_description;
    quint64 m_generation = 0;
    std::vector<protocol::CategorySuggestion> m_suggestions;
    bool m_basedOnText = false;
};

}  // namespace laoke::client
