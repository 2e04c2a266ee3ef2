#pragma once
// Accepts TLS connections and keeps track of the live sessions, so shutdown can stop
// accepting, let every session finish its request in flight, and wait for them to close.

#include "net/ClientSession.h"

#include <asio.hpp>
#include <asio/ssl.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <unordered_map>

namespace laoke::net {

class Listener {
public:
    /// Binds and listens at once, so a port in use fails here with a clear message.
    Listener(asio::io_context& io, asio::ssl::context& tls, const asio::ip::tcp::endpoint& endpoint,
             handlers::Dispatcher& dispatcher, WorkerPool& pool, SessionLimits limits);

    asio::ip::tcp::endpoint localEndpoint() const { return m_acceptor.local_endpoint(); }

    void start();
    /// Thread-safe: stops accepting and asks every session to finish and close.
    void shutdown();
    /// Waits until every session has closed; false on timeout.
    bool waitForSessions(std::chrono::milliseconds timeout);
    /// Thread-safe: calls `visit` with every live session (for pushes).
    void forEachSession(const std::function<void(ClientSession&)>& visit);

private:
    void acceptNext();

    asio::io_context& m_io;
    asio::ssl::context& m_tls;
    asio::ip::tcp::acceptor m_acceptor;
    handlers::Dispatcher& m_dispatcher;
    WorkerPool& m_pool;
    SessionLimits m_limits;
    std::atomic<std::uint64_t> m_nextConnection{1};

    std::mutex m_mutex;
    std::condition_variable m_sessionsGone;
    std::unordered_map<const ClientSession*, std::weak_ptr<ClientSession>> m_sessions;
};

}  // namespace laoke::net
