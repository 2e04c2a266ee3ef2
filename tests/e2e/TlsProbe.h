#pragma once
// Raw TLS probes for the end-to-end tests: they talk to a running laoke-server with nothing
// but OpenSSL and POSIX sockets, so the tests can check what the listener accepts (protocol
// floor, certificate fingerprint) and that misbehaving connections stay isolated, without
// going through the client library whose behaviour is itself under test.
// Certificates are never verified here; callers compare peerFingerprint themselves.
// Every call is bounded by its timeout (connect, handshake, reads and writes together), and
// SIGPIPE from a peer that closed first is suppressed for the calling thread only.

#include <chrono>
#include <cstdint>
#include <string>

namespace laoke::net {

struct TlsProbeResult {
    bool handshakeOk = false;
    std::string protocol;         ///< negotiated version as OpenSSL names it, e.g. "TLSv1.3"
    std::string peerFingerprint;  ///< SHA-256 of the server certificate's DER, "AB:CD:..."
    std::string error;            ///< why the connection or handshake failed; empty on success
};

/// Connects to host:port and attempts a TLS handshake. A non-zero `maxProtocolVersion`
/// (TLS1_1_VERSION, TLS1_2_VERSION, ...) caps what the probe offers and lowers its own floor
/// and security level, so that a failure shows the server refused, not the probe; 0 offers
/// OpenSSL's defaults like an ordinary client.
TlsProbeResult probeTls(const std::string& host, uint16_t port, int maxProtocolVersion,
                        std::chrono::milliseconds timeout);

/// Completes a handshake with default settings, then writes `bytes` as application data (for
/// example a malformed frame). Returns whether the handshake and the whole write succeeded.
bool sendRawBytes(const std::string& host, uint16_t port, const std::string& bytes,
                  std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));

struct RawExchangeResult {
    bool handshakeOk = false;
    bool writeOk = false;
    bool closedByPeer = false;  ///< the server ended the connection before the timeout
    std::string received;       ///< application data read before the end
    std::string error;          ///< connection, handshake or write failure; how the read ended
};

/// Like sendRawBytes, then reads until the server closes the connection or the timeout
/// passes, to show that the server cut off a connection (or kept it open).
RawExchangeResult readUntilClosed(const std::string& host, uint16_t port, const std::string& bytes,
                                  std::chrono::milliseconds timeout);

}  // namespace laoke::net
