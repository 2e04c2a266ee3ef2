#pragma once
// A minimal blocking protocol client for server tests: TLS without verification (tests
// check the fingerprint separately), framed envelopes, and raw bytes for abuse tests.
// Deliberately independent of the Qt client library, so server tests do not rely on it.

#include "laoke.pb.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace laoke::test {

class RawClient {
public:
    /// Connects and completes the TLS handshake; throws std::runtime_error on failure.
    RawClient(const std::string& host, std::uint16_t port);
    ~RawClient();

    void sendEnvelope(const protocol::Envelope& envelope);
    void sendBytes(const std::string& bytes);
    /// The next envelope, or nullopt if the server closed the connection or the timeout passed.
    std::optional<protocol::Envelope> receive(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /// True if the server closes the connection within the timeout (any data is discarded).
    bool waitForClose(std::chrono::milliseconds timeout = std::chrono::seconds(10));

    /// Sends `request` with the next request id and returns the reply; throws if none comes.
    protocol::Envelope call(protocol::Envelope request);

    /// Hello with the current protocol version; throws unless HelloReply comes back.
    void hello();
    /// Hello + login; returns the reply (login_reply or error).
    protocol::Envelope login(const std::string& username, const std::string& password);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::uint64_t m_nextRequestId = 1;
};

}  // namespace laoke::test
