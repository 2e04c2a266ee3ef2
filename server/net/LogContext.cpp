#include "net/LogContext.h"

namespace laoke::net {

LogContext& LogContext::current()
{
    thread_local LogContext context;
    return context;
}

LogScope::LogScope(const std::string& connectionId, std::uint64_t requestId)
    : m_saved(LogContext::current())
{
    LogContext::current() = LogContext{connectionId, requestId};
}

LogScope::~LogScope()
{
    LogContext::current() = std::move(m_saved);
}

}  // namespace laoke::net
