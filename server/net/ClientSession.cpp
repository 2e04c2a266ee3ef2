#include "net/ClientSession.h"

#include "handlers/Dispatcher.h"
#include "net/LogContext.h"
#include "net/WorkerPool.h"

#include <spdlog/spdlog.h>

namespace laoke::net {

namespace proto = laoke::protocol;

ClientSession::ClientSession(Stream stream, std::string connectionId, handlers::Dispatcher& dispatcher, WorkerPool& pool,
                             SessionLimits limits, std::function<void(const ClientSession*)> onFinished)
    : m_stream(std::move(stream)),
      m_strand(m_stream.get_executor()),
      m_dispatcher(dispatcher),
      m_pool(pool),
      m_limits(limits),
      m_onFinished(std::move(onFinished)),
      m_decoder(limits.maxFrameBytes),
      m_watchdog(m_stream.get_executor())
{
    m_state.connectionId = std::move(connectionId);
    asio::error_code ec;
    const auto endpoint = m_stream.lowest_layer().remote_endpoint(ec);
    m_state.peer = ec ? "unknown" : endpoint.address().to_string() + ":" + std::to_string(endpoint.port());
}

ClientSession::~ClientSession()
{
    if (m_onFinished) m_onFinished(this);
}

void ClientSession::log(int level, const std::string& message) const
{
    LogScope scope(m_state.connectionId, 0);
    spdlog::log(static_cast<spdlog::level::level_enum>(level), "{}", message);
}

void ClientSession::start()
{
    m_startedAt = m_lastRead = std::chrono::steady_clock::now();
    log(spdlog::level::info, "connection from " + m_state.peer);
    armWatchdog();
    m_stream.async_handshake(asio::ssl::stream_base::server,
                             asio::bind_executor(m_strand, [self = shared_from_this()](const asio::error_code& error) {
                                 if (error) {
                                     self->closeNow("TLS handshake failed: " + error.message());
                                     return;
                                 }
                                 self->m_handshakeDone = true;
                                 self->log(spdlog::level::debug,
                                           std::string("TLS established: ") + SSL_get_version(self->m_stream.native_handle()));
                                 self->readMore();
                             }));
}

void ClientSession::requestShutdown()
{
    asio::post(m_strand, [self = shared_from_this()]() {
        self->m_shutdownRequested = true;
        if (self->m_busy) return;  // onReply finishes the job
        if (self->m_state.phase == handlers::ConnectionState::Phase::AwaitingHello || !self->m_writing) {
            self->closeNow("server shutting down");
        } else {
            self->m_closeAfterFlush = true;
        }
    });
}

void ClientSession::closeNow(const std::string& reason)
{
    if (m_closed) return;
    m_closed = true;
    log(spdlog::level::info, "closing connection: " + reason);
    asio::error_code ignored;
    m_stream.lowest_layer().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    m_stream.lowest_layer().close(ignored);
    m_watchdog.cancel();
}

void ClientSession::readMore()
{
    if (m_closed || m_busy) return;
    m_stream.async_read_some(asio::buffer(m_readBuffer),
                             asio::bind_executor(m_strand, [self = shared_from_this()](const asio::error_code& error,
                                                                                       std::size_t bytes) {
                                 self->onRead(error, bytes);
                             }));
}

void ClientSession::onRead(const asio::error_code& error, std::size_t bytes)
{
    if (m_closed) return;
    if (error) {
        const std::size_t partial = m_decoder.buffered();
        closeNow(partial > 0 ? "connection ended inside a frame (" + std::to_string(partial) + " bytes of a truncated frame)"
                             : "peer closed the connection (" + error.message() + ")");
        return;
    }
    m_lastRead = std::chrono::steady_clock::now();
    m_decoder.feed(m_readBuffer.data(), bytes);
    handleBufferedFrames();
}

void ClientSession::handleBufferedFrames()
{
    auto result = m_decoder.next();
    if (result.status == proto::FrameDecoder::Status::NeedMore) {
        readMore();
        return;
    }
    if (result.status != proto::FrameDecoder::Status::Frame) {
        log(spdlog::level::warn, "protocol error: " + result.reason);
        closeNow("protocol error");
        return;
    }
    m_busy = true;
    auto self = shared_from_this();
    const proto::Envelope request = std::move(result.envelope);
    const bool queued = m_pool.tryPost([self, request]() {
        proto::Envelope reply;
        {
            LogScope scope(self->m_state.connectionId, request.request_id());
            reply = self->m_dispatcher.dispatch(self->m_state, request);
        }
        asio::post(self->m_strand, [self, reply = std::move(reply)]() mutable { self->onReply(std::move(reply)); });
    });
    if (!queued) {
        {
            LogScope scope(m_state.connectionId, request.request_id());
            spdlog::warn("worker queue full; answering BUSY");
        }
        asio::post(m_strand, [self, id = request.request_id()]() {
            self->onReply(handlers::errorEnvelope(id, proto::BUSY, "the server is busy; try again shortly", {}, 1));
        });
    }
}

ClientSession::Audience ClientSession::audience() const
{
    std::lock_guard lock(m_audienceMutex);
    return m_audience;
}

void ClientSession::push(std::string frame)
{
    asio::post(m_strand, [self = shared_from_this(), frame = std::move(frame)]() mutable { self->enqueue(std::move(frame)); });
}

void ClientSession::onReply(proto::Envelope reply)
{
    m_busy = false;
    {
        // The worker is done with m_state: publish who this connection is for pushes.
        std::lock_guard lock(m_audienceMutex);
        m_audience.watching = m_state.watchingEvents && m_state.user.has_value();
        m_audience.role = m_state.user ? m_state.user->role : std::string();
        m_audience.branchId = m_state.user ? m_state.user->branchId : 0;
    }
    if (m_closed) return;
    enqueue(proto::encodeFrame(reply));
    if (m_state.closeAfterReply || m_shutdownRequested) {
        m_closeAfterFlush = true;
        if (!m_writing && m_outbox.empty()) closeNow(m_shutdownRequested ? "server shutting down" : "connection finished");
        return;
    }
    handleBufferedFrames();
}

void ClientSession::enqueue(std::string frame)
{
    if (m_closed) return;
    m_outboxBytes += frame.size();
    m_outbox.push_back(std::move(frame));
    if (m_outboxBytes > m_limits.maxOutboxBytes) {
        closeNow("client is not reading; " + std::to_string(m_outboxBytes) + " bytes waiting");
        return;
    }
    if (!m_writing) writeNext();
}

void ClientSession::writeNext()
{
    if (m_closed) return;
    if (m_outbox.empty()) {
        m_writing = false;
        if (m_closeAfterFlush) closeNow(m_shutdownRequested ? "server shutting down" : "connection finished");
        return;
    }
    m_writing = true;
    asio::async_write(m_stream, asio::buffer(m_outbox.front()),
                      asio::bind_executor(m_strand, [self = shared_from_this()](const asio::error_code& error, std::size_t) {
                          if (self->m_closed) return;
                          if (error) {
                              self->closeNow("write failed: " + error.message());
                              return;
                          }
                          self->m_outboxBytes -= self->m_outbox.front().size();
                          self->m_outbox.pop_front();
                          self->writeNext();
                      }));
}

void ClientSession::armWatchdog()
{
    m_watchdog.expires_after(std::chrono::seconds(1));
    m_watchdog.async_wait(asio::bind_executor(m_strand, [self = shared_from_this()](const asio::error_code& error) {
        if (error || self->m_closed) return;
        const auto now = std::chrono::steady_clock::now();
        if (self->m_state.phase == handlers::ConnectionState::Phase::AwaitingHello && !self->m_busy &&
            now - self->m_startedAt > self->m_limits.handshakeTimeout) {
            self->closeNow("no TLS handshake and Hello within " + std::to_string(self->m_limits.handshakeTimeout.count()) + " s");
            return;
        }
        if (self->m_decoder.buffered() > 0 && !self->m_busy && now - self->m_lastRead > self->m_limits.partialFrameTimeout) {
            self->closeNow("a frame stayed incomplete for " + std::to_string(self->m_limits.partialFrameTimeout.count()) + " s");
            return;
        }
        self->armWatchdog();
    }));
}

}  // namespace laoke::net
