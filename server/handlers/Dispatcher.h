#pragma once
// The single entry point for requests: checks the connection's phase (Hello first), the
// request's access rule (login, role, pending password change), runs the handler, and is
// the only place where exceptions become ErrorReply messages. Clients get a code and a
// safe message; internal details go to the log.

#include "handlers/ConnectionState.h"
#include "handlers/Services.h"
#include "laoke.pb.h"

namespace laoke::handlers {

class Dispatcher {
public:
    explicit Dispatcher(Services& services) : m_services(services) {}

    /// Handles one request and returns the reply (request_id copied). Never throws. May set
    /// connection.closeAfterReply (incompatible version, a request before Hello).
    protocol::Envelope dispatch(ConnectionState& connection, const protocol::Envelope& request);

private:
    Services& m_services;
};

/// An ErrorReply envelope; shared with the network layer for BUSY and framing errors.
protocol::Envelope errorEnvelope(std::uint64_t requestId, protocol::ErrorCode code, const std::string& message,
                                 const std::string& field = {}, long long retryAfterSeconds = 0);

}  // namespace laoke::handlers
