#include "TlsProbe.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <memory>

namespace laoke::net {
namespace {

using Clock = std::chrono::steady_clock;

template <auto FreeFunction>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T* object) const { FreeFunction(object); }
};
using SslContextPtr = std::unique_ptr<SSL_CTX, OpenSslDeleter<SSL_CTX_free>>;
using SslPtr = std::unique_ptr<SSL, OpenSslDeleter<SSL_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;

// OpenSSL writes to the socket with write(), so a server that already closed the connection
// would raise SIGPIPE and kill the whole test program. The signal is thread-directed: block
// it here, then swallow whatever became pending before restoring the mask.
class SigpipeBlock {
public:
    SigpipeBlock() {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_previous);
    }
    ~SigpipeBlock() {
        const timespec noWait{};
        while (sigtimedwait(&m_pipe, nullptr, &noWait) > 0) {
        }
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    SigpipeBlock(const SigpipeBlock&) = delete;
    SigpipeBlock& operator=(const SigpipeBlock&) = delete;

private:
    sigset_t m_pipe{};
    sigset_t m_previous{};
};

std::string openSslErrors() {
    std::string text;
    while (unsigned long code = ERR_get_error()) {
        std::array<char, 256> buffer{};
        ERR_error_string_n(code, buffer.data(), buffer.size());
        if (!text.empty()) text += "; ";
        text += buffer.data();
    }
    return text;
}

std::string fingerprintOf(const X509* certificate) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest.data(), &length) != 1) return {};
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string text;
    for (unsigned int i = 0; i < length; ++i) {
        if (i != 0) text += ':';
        text += kHex[digest[i] >> 4];
        text += kHex[digest[i] & 0x0F];
    }
    return text;
}

bool isIpLiteral(const std::string& host) {
    std::array<unsigned char, 16> address{};
    return inet_pton(AF_INET, host.c_str(), address.data()) == 1 || inet_pton(AF_INET6, host.c_str(), address.data()) == 1;
}

int remainingMilliseconds(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? static_cast<int>(left) : 0;
}

bool waitFor(int fd, short events, Clock::time_point deadline) {
    while (true) {
        pollfd entry{fd, events, 0};
        const int ready = ::poll(&entry, 1, remainingMilliseconds(deadline));
        if (ready > 0) return true;
        if (ready == 0) return false;
        if (errno != EINTR) return false;
    }
}

enum class ReadEnd { ClosedByPeer, TimedOut };

// Non-blocking socket plus a deadline: every OpenSSL call is retried after poll() says the
// socket is ready, so no step can block past the caller's timeout.
class TlsConnection {
public:
    TlsConnection(const std::string& host, uint16_t port, int maxProtocolVersion, Clock::time_point deadline)
        : m_deadline(deadline) {
        if (!connectSocket(host, port)) return;
        m_context.reset(SSL_CTX_new(TLS_client_method()));
        if (!m_context) {
            m_error = "SSL_CTX_new: " + openSslErrors();
            return;
        }
        SSL_CTX_set_verify(m_context.get(), SSL_VERIFY_NONE, nullptr);
        // A server that just drops the TCP connection counts as closing it, not as an error.
        SSL_CTX_set_options(m_context.get(), SSL_OP_IGNORE_UNEXPECTED_EOF);
        if (maxProtocolVersion != 0) {
            SSL_CTX_set_min_proto_version(m_context.get(), TLS1_VERSION);
            SSL_CTX_set_max_proto_version(m_context.get(), maxProtocolVersion);
            SSL_CTX_set_cipher_list(m_context.get(), "DEFAULT:@SECLEVEL=0");
        }
        m_ssl.reset(SSL_new(m_context.get()));
        if (!m_ssl || SSL_set_fd(m_ssl.get(), m_fd) != 1) {
            m_error = "SSL_new: " + openSslErrors();
            m_ssl.reset();
            return;
        }
        if (!isIpLiteral(host)) SSL_set_tlsext_host_name(m_ssl.get(), host.c_str());
    }

    ~TlsConnection() {
        // OpenSSL forbids a shutdown after a fatal error on the connection.
        if (m_ssl && m_handshakeDone && !m_failed) {
            ERR_clear_error();
            SSL_shutdown(m_ssl.get());
        }
        if (m_fd >= 0) ::close(m_fd);
    }

    TlsConnection(const TlsConnection&) = delete;
    TlsConnection& operator=(const TlsConnection&) = delete;

    bool handshake() {
        if (!m_ssl) return false;
        m_handshakeDone = drive("handshake", [this] { return SSL_connect(m_ssl.get()); }) > 0;
        return m_handshakeDone;
    }

    bool writeAll(const std::string& bytes) {
        std::size_t written = 0;
        while (written < bytes.size()) {
            const int n = drive("write", [&] {
                return SSL_write(m_ssl.get(), bytes.data() + written, static_cast<int>(bytes.size() - written));
            });
            if (n <= 0) return false;
            written += static_cast<std::size_t>(n);
        }
        return true;
    }

    ReadEnd readAll(std::string& received) {
        std::array<char, 4096> buffer{};
        while (true) {
            ERR_clear_error();
            const int n = SSL_read(m_ssl.get(), buffer.data(), static_cast<int>(buffer.size()));
            if (n > 0) {
                received.append(buffer.data(), static_cast<std::size_t>(n));
                continue;
            }
            const int reason = SSL_get_error(m_ssl.get(), n);
            if (reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE) {
                if (!waitFor(m_fd, reason == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, m_deadline)) {
                    m_error = "read: timed out with the connection still open";
                    m_timedOut = true;
                    return ReadEnd::TimedOut;
                }
                continue;
            }
            m_error = "read: " + describe(reason);
            m_failed = reason != SSL_ERROR_ZERO_RETURN;
            return ReadEnd::ClosedByPeer;
        }
    }

    SSL* ssl() const { return m_ssl.get(); }
    const std::string& error() const { return m_error; }
    bool timedOut() const { return m_timedOut; }

private:
    bool connectSocket(const std::string& host, uint16_t port) {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_NUMERICSERV;
        addrinfo* found = nullptr;
        const int status = ::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found);
        if (status != 0) {
            m_error = "resolve " + host + ": " + gai_strerror(status);
            return false;
        }
        std::unique_ptr<addrinfo, void (*)(addrinfo*)> addresses(found, &::freeaddrinfo);
        m_error = "connect " + host + ":" + std::to_string(port) + ": no address";
        for (const addrinfo* address = addresses.get(); address; address = address->ai_next) {
            const int fd = ::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                    address->ai_protocol);
            if (fd < 0) continue;
            int error = 0;
            if (::connect(fd, address->ai_addr, address->ai_addrlen) != 0) {
                error = errno;
                if (error == EINPROGRESS) {
                    socklen_t length = sizeof error;
                    if (!waitFor(fd, POLLOUT, m_deadline)) {
                        error = ETIMEDOUT;
                    } else if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0) {
                        error = errno;
                    }
                }
            }
            if (error == 0) {
                m_fd = fd;
                m_error.clear();
                return true;
            }
            m_error = "connect " + host + ":" + std::to_string(port) + ": " + std::strerror(error);
            ::close(fd);
        }
        return false;
    }

    template <typename Operation>
    int drive(const char* step, Operation operation) {
        while (true) {
            ERR_clear_error();
            const int result = operation();
            if (result > 0) return result;
            const int reason = SSL_get_error(m_ssl.get(), result);
            if (reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE) {
                if (waitFor(m_fd, reason == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, m_deadline)) continue;
                m_error = std::string(step) + ": timed out";
                m_timedOut = true;
                return -1;
            }
            m_error = std::string(step) + ": " + describe(reason);
            m_failed = true;
            return -1;
        }
    }

    std::string describe(int reason) const {
        const int savedErrno = errno;
        const std::string queued = openSslErrors();
        switch (reason) {
        case SSL_ERROR_ZERO_RETURN:
            return "connection closed by the server";
        case SSL_ERROR_SYSCALL:
            if (!queued.empty()) return queued;
            return savedErrno != 0 ? std::strerror(savedErrno) : "connection closed by the server";
        default:
            return queued.empty() ? "SSL error " + std::to_string(reason) : queued;
        }
    }

    Clock::time_point m_deadline;
    int m_fd = -1;
    SslContextPtr m_context;
    SslPtr m_ssl;
    bool m_handshakeDone = false;
    bool m_failed = false;
    bool m_timedOut = false;
    std::string m_error;
};

}  // namespace

TlsProbeResult probeTls(const std::string& host, uint16_t port, int maxProtocolVersion,
                        std::chrono::milliseconds timeout) {
    SigpipeBlock sigpipeBlock;
    TlsConnection connection(host, port, maxProtocolVersion, Clock::now() + timeout);
    TlsProbeResult result;
    result.handshakeOk = connection.handshake();
    if (!result.handshakeOk) {
        result.error = connection.error();
        return result;
    }
    result.protocol = SSL_get_version(connection.ssl());
    if (X509Ptr peer{SSL_get1_peer_certificate(connection.ssl())}) result.peerFingerprint = fingerprintOf(peer.get());
    return result;
}

bool sendRawBytes(const std::string& host, uint16_t port, const std::string& bytes, std::chrono::milliseconds timeout) {
    SigpipeBlock sigpipeBlock;
    TlsConnection connection(host, port, 0, Clock::now() + timeout);
    return connection.handshake() && connection.writeAll(bytes);
}

RawExchangeResult readUntilClosed(const std::string& host, uint16_t port, const std::string& bytes,
                                  std::chrono::milliseconds timeout) {
    SigpipeBlock sigpipeBlock;
    TlsConnection connection(host, port, 0, Clock::now() + timeout);
    RawExchangeResult result;
    result.handshakeOk = connection.handshake();
    if (!result.handshakeOk) {
        result.error = connection.error();
        return result;
    }
    result.writeOk = connection.writeAll(bytes);
    if (!result.writeOk) {
        // A server that cuts the connection while the bytes are still arriving makes the
        // write fail with a reset or broken pipe: that is the peer closing, not a probe fault.
        result.closedByPeer = !connection.timedOut();
        result.error = connection.error();
        return result;
    }
    result.closedByPeer = connection.readAll(result.received) == ReadEnd::ClosedByPeer;
    result.error = connection.error();
    return result;
}

}  // namespace laoke::net
