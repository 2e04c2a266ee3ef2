#include "RawClient.h"

#include "protocol/FrameCodec.h"

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace laoke::test {

struct RawClient::Impl {
    int fd = -1;
    SSL_CTX* context = nullptr;
    SSL* ssl = nullptr;
    protocol::FrameDecoder decoder{64 * 1024 * 1024};

    ~Impl()
    {
        if (ssl) SSL_free(ssl);
        if (context) SSL_CTX_free(context);
        if (fd >= 0) ::close(fd);
    }

    // Reads once, waiting up to `timeout`; false on close, error or timeout.
    bool readSome(std::chrono::milliseconds timeout)
    {
        if (SSL_pending(ssl) == 0) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return false;
        }
        char buffer[16384];
        const int n = SSL_read(ssl, buffer, sizeof buffer);
        if (n <= 0) {
            const int error = SSL_get_error(ssl, n);
            return error == SSL_ERROR_WANT_READ;  // TLS 1.3 tickets: no application data yet
        }
        decoder.feed(buffer, static_cast<std::size_t>(n));
        return true;
    }
};

RawClient::RawClient(const std::string& host, std::uint16_t port)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (::inet_pton(AF_INET, host.c_str(), &address.sin_addr) != 1 ||
        ::connect(m_impl->fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        throw std::runtime_error("cannot connect to " + host + ":" + std::to_string(port));
    }
    m_impl->context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_verify(m_impl->context, SSL_VERIFY_NONE, nullptr);
    m_impl->ssl = SSL_new(m_impl->context);
    SSL_set_fd(m_impl->ssl, m_impl->fd);
    if (SSL_connect(m_impl->ssl) != 1) {
        throw std::runtime_error("TLS handshake failed");
    }
}

RawClient::~RawClient() = default;

void RawClient::sendBytes(const std::string& bytes)
{
    if (bytes.empty()) return;
    if (SSL_write(m_impl->ssl, bytes.data(), static_cast<int>(bytes.size())) <= 0) {
        throw std::runtime_error("write failed: the server closed the connection");
    }
}

void RawClient::sendEnvelope(const protocol::Envelope& envelope)
{
    sendBytes(protocol::encodeFrame(envelope));
}

std::optional<protocol::Envelope> RawClient::receive(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto result = m_impl->decoder.next();
        if (result.status == protocol::FrameDecoder::Status::Frame) return std::move(result.envelope);
        if (result.status != protocol::FrameDecoder::Status::NeedMore) {
            throw std::runtime_error("the server sent a bad frame: " + result.reason);
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !m_impl->readSome(left)) return std::nullopt;
    }
}

bool RawClient::waitForClose(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd p{m_impl->fd, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0) continue;
        char buffer[4096];
        const int n = SSL_read(m_impl->ssl, buffer, sizeof buffer);
        if (n <= 0 && SSL_get_error(m_impl->ssl, n) != SSL_ERROR_WANT_READ) return true;
    }
    return false;
}

protocol::Envelope RawClient::call(protocol::Envelope request)
{
    const std::uint64_t id = m_nextRequestId++;
    request.set_request_id(id);
    sendEnvelope(request);
    auto reply = receive();
    if (!reply) throw std::runtime_error("no reply to request " + std::to_string(id));
    if (reply->request_id() != id) {
        throw std::runtime_error("reply carries request id " + std::to_string(reply->request_id()) + ", expected " +
                                 std::to_string(id));
    }
    return *reply;
}

void RawClient::hello()
{
    protocol::Envelope request;
    request.mutable_hello()->set_protocol_version(protocol::kProtocolVersion);
    request.mutable_hello()->set_client_name("laoke-tests");
    const auto reply = call(request);
    if (!reply.has_hello_reply()) throw std::runtime_error("Hello refused: " + reply.DebugString());
}

protocol::Envelope RawClient::login(const std::string& username, const std::string& password)
{
    hello();
    protocol::Envelope request;
    request.mutable_login()->set_username(username);
    request.mutable_login()->set_password(password);
    return call(request);
}

}  // namespace laoke::test
