#pragma once
// The ranked engineers for the ticket a dispatch board has selected (recommend_assignees),
// each with the reasons in words, ready for one-click assignment. Fetched again when the
// ticket changes (a push) or the people do (their load moves with every assignment).

#include "Connection.h"
#include "laoke.pb.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

class QTimer;

namespace laoke::client {

class LiveEvents;

class DispatchRecommendations : public QObject {
    Q_OBJECT
public:
    explicit DispatchRecommendations(Connection& connection, QObject* parent = nullptr);

    /// The ticket to rank for (0: none).
    void showTicket(qint64 ticketId);
    void refresh();
    qint64 ticketId() const { return m_ticketId; }
    bool isLoaded() const { return m_loaded; }
    const std::vector<protocol::AssigneeRecommendation>& ranked() const { return m_ranked; }

    /// One reason as the dispatcher reads it: "熟悉该模块", "手上 3 张", "车程约 110 公里（约 2 小时）".
    static QString reasonText(const protocol::DispatchReason& reason);
    /// The reasons of a recommendation, weightiest first, joined.
    static QString reasonsText(const protocol::AssigneeRecommendation& recommendation);

signals:
    void loaded();

private:
    Connection& m_connection;
    LiveEvents* m_events;
    QTimer* m_debounce;
    qint64 m_ticketId = 0;
    std::vector<protocol::AssigneeRecommendation> m_ranked;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

}  // namespace laoke::client
