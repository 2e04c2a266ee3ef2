#pragma once
// The server's error vocabulary. Repositories and handlers throw ServiceError with a
// protocol ErrorCode; the dispatcher is the only place that turns it into an ErrorReply.
// `message` must be safe to show a client (no SQL, no internal detail).

#include "laoke.pb.h"

#include <stdexcept>
#include <string>

namespace laoke::engine {

class ServiceError : public std::runtime_error {
public:
    ServiceError(protocol::ErrorCode code, const std::string& message, std::string field = {},
                 long long retryAfterSeconds = 0)
        : std::runtime_error(message), m_code(code), m_field(std::move(field)), m_retryAfterSeconds(retryAfterSeconds)
    {
    }

    protocol::ErrorCode code() const { return m_code; }
    const std::string& field() const { return m_field; }
    long long retryAfterSeconds() const { return m_retryAfterSeconds; }

private:
    protocol::ErrorCode m_code;
    std::string m_field;
    long long m_retryAfterSeconds;
};

}  // namespace laoke::engine
