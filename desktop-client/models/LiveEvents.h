#pragma once
// The server's live updates for one screen: asks the connection for them (watch_events) as
// soon as it is logged in, and again after every reconnect (a new connection starts without
// them), and hands on every ticket event. Each reconnect also emits resynced, since changes
// made while the link was down were never pushed: screens then load what they show again.

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>

namespace laoke::client {

class LiveEvents : public QObject {
    Q_OBJECT
public:
    explicit LiveEvents(Connection& connection, QObject* parent = nullptr);

    /// True once the server acknowledged watch_events on the current connection.
    bool isWatching() const { return m_watching; }

signals:
    void ticketChanged(const laoke::protocol::Event& event);
    /// A ticket's SLA clock passed 75% of its target or all of it (recorded at the server).
    void slaAlert(const laoke::protocol::Event& event);
    /// A callback task was made (a resolve), recorded or cancelled (a reopen).
    void callbackChanged(const laoke::protocol::Event& event);
    /// A complaint case was opened, taken or resolved.
    void complaintChanged(const laoke::protocol::Event& event);
    /// A branch's duty roster was saved (branch_id, version): boards show today's duties.
    void rosterChanged(const laoke::protocol::Event& event);
    /// An administrator changed the ticket category tree (for every branch).
    void categoriesChanged(const laoke::protocol::Event& event);
    /// Watching again after a reconnect: reload what is shown.
    void resynced();
    /// The server acknowledged watch_events (first time and after each reconnect).
    void watching();

private:
    void watch(bool afterReconnect);

    Connection& m_connection;
    bool m_watching = false;
    bool m_requested = false;
};

}  // namespace laoke::client
