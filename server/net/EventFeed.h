#pragma once
// Live updates to clients: listens on PostgreSQL's channel laoke_events (V0010's triggers
// announce every committed ticket change there, to every server on the database) and pushes
// each event to the connections that asked for them (watch_events) and may see it: the
// event's branch, or every branch for admins. Its own database connection, on its own
// thread; a lost connection is opened again after a second (events meanwhile are missed:
// clients refetch when they reconnect).

#include <atomic>
#include <string>
#include <thread>

namespace laoke::net {

class Listener;

class EventFeed {
public:
    EventFeed(std::string databaseUrl, Listener& listener) : m_databaseUrl(std::move(databaseUrl)), m_listener(listener) {}
    ~EventFeed() { stop(); }

    EventFeed(const EventFeed&) = delete;
    EventFeed& operator=(const EventFeed&) = delete;

    void start();
    void stop();

    /// Pushes one notification payload (JSON, as V0010 writes it) to its audience.
    void deliver(const std::string& payload);

private:
    void run();

    std::string m_databaseUrl;
    Listener& m_listener;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
};

}  // namespace laoke::net
