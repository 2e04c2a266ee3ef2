#pragma once
// The SLA warnings and breaches this user must hear about at once (pushed as they are
// recorded at the server): those of tickets they opened (首问负责人) or work on, and for
// branch managers and administrators every ticket they oversee. Keeps the latest first.

#include "Connection.h"
#include "laoke.pb.h"

#include <QCoreApplication>
#include <QObject>

#include <deque>

namespace laoke::client {

class LiveEvents;

class SlaAlerts : public QObject {
    Q_OBJECT
public:
    static constexpr std::size_t kKept = 50;

    explicit SlaAlerts(Connection& connection, QObject* parent = nullptr);

    const std::deque<protocol::Event>& alerts() const { return m_alerts; }
    /// "GD2026-000123: resolution at risk (due today 17:30)" / "... breached" (translated).
    static QString text(const protocol::Event& alert);

signals:
    void alerted(const laoke::protocol::Event& alert);

private:
    bool concernsMe(const protocol::Event& alert) const;

    Connection& m_connection;
    LiveEvents* m_events;
    std::deque<protocol::Event> m_alerts;
};

}  // namespace laoke::client
