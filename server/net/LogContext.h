#pragma once
// The connection id and request id that every log line carries. Held per thread and set
// around each piece of work (a session's I/O step, a request on the worker pool); the log
// pattern's %* flag prints it (see app/Logging.cpp).

#include <cstdint>
#include <string>

namespace laoke::net {

struct LogContext {
    std::string connectionId;  ///< "c17"; empty outside a connection
    std::uint64_t requestId = 0;

    /// The calling thread's current context.
    static LogContext& current();
};

/// Sets the thread's log context for one scope and restores the previous one after it.
class LogScope {
public:
    LogScope(const std::string& connectionId, std::uint64_t requestId);
    ~LogScope();
    LogScope(const LogScope&) = delete;
    LogScope& operator=(const LogScope&) = delete;

private:
    LogContext m_saved;
};

}  // namespace laoke::net
