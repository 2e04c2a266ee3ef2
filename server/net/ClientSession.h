#pragma once
// One client connection: TLS handshake, then frames in and out. Requests are handled one
// at a time per connection on the worker pool (reading pauses until each reply is queued),
// which keeps a connection's state free of races and gives natural back-pressure. Replies
// and, later, pushes go through a bounded outbox: a client that does not read is cut off.
//
// Written with completion handlers rather than C++20 coroutines: GCC 12 (Debian 12's
// compiler) releases shared_ptr parameters of asio coroutine frames twice, which corrupts
// the heap under load.

#include "handlers/ConnectionState.h"
#include "protocol/FrameCodec.h"

#include <asio.hpp>
#include <asio/ssl.hpp>

#include <array>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace laoke::handlers { class Dispatcher; }

namespace laoke::net {

class WorkerPool;

struct SessionLimits {
    std::size_t maxFrameBytes = protocol::kDefaultMaxFrameBytes;
    std::size_t maxOutboxBytes = 16 * 1024 * 1024;
    std::chrono::seconds handshakeTimeout{15};     ///< TLS handshake and Hello must finish by then
    std::chrono::seconds partialFrameTimeout{30};  ///< a started frame must complete by then
};

class ClientSession : public std::enable_shared_from_this<ClientSession> {
public:
    using Stream = asio::ssl::stream<asio::ip::tcp::socket>;

    /// `onFinished` runs once, from the destructor, when the last handler has let go.
    ClientSession(Stream stream, std::string connectionId, handlers::Dispatcher& dispatcher, WorkerPool& pool,
                  SessionLimits limits, std::function<void(const ClientSession*)> onFinished);
    ~ClientSession();

    void start();

    /// Thread-safe. Lets the request in flight finish and its reply go out, then closes.
    void requestShutdown();

    const std::string& connectionId() const { return m_state.connectionId; }

    /// Who receives this connection's pushes: set when it asked for live updates while
    /// logged in. Thread-safe; refreshed after every reply.
    struct Audience {
        bool watching = false;
        std::string role;
        std::int64_t branchId = 0;
    };
    Audience audience() const;

    /// Thread-safe. Queues a push (a frame with request_id 0) behind what is being written.
    void push(std::string frame);

private:
    void readMore();
    void onRead(const asio::error_code& error, std::size_t bytes);
    void handleBufferedFrames();
    void onReply(protocol::Envelope reply);
    void enqueue(std::string frame);
    void writeNext();
    void armWatchdog();
    void closeNow(const std::string& reason);
    void log(int level, const std::string& message) const;

    Stream m_stream;
    asio::strand<asio::any_io_executor> m_strand;
    handlers::Dispatcher& m_dispatcher;
    WorkerPool& m_pool;
    SessionLimits m_limits;
    std::function<void(const ClientSession*)> m_onFinished;

    handlers::ConnectionState m_state;
    protocol::FrameDecoder m_decoder;
    std::array<char, 16 * 1024> m_readBuffer;
    std::deque<std::string> m_outbox;
    std::size_t m_outboxBytes = 0;
    asio::steady_timer m_watchdog;
    std::chrono::steady_clock::time_point m_startedAt;
    std::chrono::steady_clock::time_point m_lastRead;
    bool m_handshakeDone = false;
    bool m_busy = false;      ///< a request is on the worker pool
    bool m_writing = false;   ///< an async_write is in progress
    bool m_shutdownRequested = false;
    bool m_closeAfterFlush = false;
    bool m_closed = false;

    mutable std::mutex m_audienceMutex;
    Audience m_audience;
};

}  // namespace laoke::net
