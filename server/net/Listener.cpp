#include "net/Listener.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace laoke::net {

Listener::Listener(asio::io_context& io, asio::ssl::context& tls, const asio::ip::tcp::endpoint& endpoint,
                   handlers::Dispatcher& dispatcher, WorkerPool& pool, SessionLimits limits)
    : m_io(io), m_tls(tls), m_acceptor(io), m_dispatcher(dispatcher), m_pool(pool), m_limits(limits)
{
    try {
        m_acceptor.open(endpoint.protocol());
        m_acceptor.set_option(asio::ip::tcp::acceptor::reuse_address(true));
        m_acceptor.bind(endpoint);
        m_acceptor.listen();
    } catch (const std::system_error& e) {
        throw std::runtime_error("cannot listen on " + endpoint.address().to_string() + ":" +
                                 std::to_string(endpoint.port()) + ": " + e.code().message());
    }
}

void Listener::start()
{
    acceptNext();
}

void Listener::acceptNext()
{
    m_acceptor.async_accept(asio::make_strand(m_io), [this](const asio::error_code& error, asio::ip::tcp::socket socket) {
        if (error) {
            if (error == asio::error::operation_aborted || !m_acceptor.is_open()) return;
            spdlog::warn("accept failed: {}", error.message());
            acceptNext();
            return;
        }
        asio::error_code ignored;
        socket.set_option(asio::ip::tcp::no_delay(true), ignored);
        const std::string id = fmt::format("c{}", m_nextConnection++);
        auto session = std::make_shared<ClientSession>(
            ClientSession::Stream(std::move(socket), m_tls), id, m_dispatcher, m_pool, m_limits,
            [this](const ClientSession* finished) {
                std::lock_guard lock(m_mutex);
                m_sessions.erase(finished);
                m_sessionsGone.notify_all();
            });
        {
            std::lock_guard lock(m_mutex);
            m_sessions.emplace(session.get(), session);
        }
        session->start();
        acceptNext();
    });
}

void Listener::shutdown()
{
    asio::post(m_acceptor.get_executor(), [this]() {
        asio::error_code ignored;
        m_acceptor.close(ignored);
    });
    // Collect first: dropping the last reference to a session runs its finish callback,
    // which takes m_mutex.
    std::vector<std::shared_ptr<ClientSession>> live;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [key, weak] : m_sessions) {
            if (auto session = weak.lock()) live.push_back(std::move(session));
        }
    }
    for (auto& session : live) {
        session->requestShutdown();
    }
}

bool Listener::waitForSessions(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_sessionsGone.wait_for(lock, timeout, [this] { return m_sessions.empty(); });
}

void Listener::forEachSession(const std::function<void(ClientSession&)>& visit)
{
    std::vector<std::shared_ptr<ClientSession>> sessions;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [key, weak] : m_sessions) {
            if (auto session = weak.lock()) sessions.push_back(std::move(session));
        }
    }
    for (const auto& session : sessions) visit(*session);
}

}  // namespace laoke::net
