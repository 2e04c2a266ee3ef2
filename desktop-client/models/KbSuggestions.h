#pragma once
// The knowledge articles suggested for a ticket (suggest_kb_articles: by its category,
// product and wording, each with the reasons). The ticket form feeds it as the engineer types
// (a short pause restarts with every key, only the answer to the latest input is shown); the
// ticket pane asks once for the ticket shown.

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>
#include <QString>

#include <vector>

class QTimer;

namespace laoke::client {

class KbSuggestions : public QObject {
    Q_OBJECT
public:
    static constexpr int kPauseMs = 400;

    struct Input {
        qint64 categoryId = 0;
        qint64 installedProductId = 0;
        QString subject;
        QString description;
        bool operator==(const Input&) const = default;
    };

    explicit KbSuggestions(Connection& connection, QObject* parent = nullptr);

    /// Asks again after the pause (at once with `now`); an unchanged input is not asked again.
    void setInput(const Input& input, bool now = false);
    /// At most this many suggestions (1..20; default 5).
    void setLimit(int limit) { m_limit = limit; }
    const std::vector<protocol::KbSuggestion>& suggestions() const { return m_suggestions; }
    /// Forgets the suggestions (e.g. another ticket is shown).
    void clear();

signals:
    void changed();

private:
    void send();

    Connection& m_connection;
    QTimer* m_pause;
    Input m_input;
    bool m_asked = false;
    int m_limit = 5;
    quint64 m_generation = 0;
    std::vector<protocol::KbSuggestion> m_suggestions;
};

}  // namespace laoke::client
