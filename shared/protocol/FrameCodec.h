#pragma once
// Framing of the Laoke protocol: 4-byte big-endian length, then one serialized Envelope.
// Pure byte handling: no sockets, no threads, so both the asio server and the Qt client
// use exactly this code and the codec tests cover both.

#include "laoke.pb.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace laoke::protocol {

/// Version of the message set; a peer with another version is refused at Hello.
inline constexpr std::uint32_t kProtocolVersion = 1;

/// Largest frame body accepted by default (the server may configure another bound).
inline constexpr std::size_t kDefaultMaxFrameBytes = 1024 * 1024;

inline constexpr std::size_t kFrameHeaderBytes = 4;

/// Serializes an envelope into one frame (header + body).
std::string encodeFrame(const Envelope& envelope);

/// Accumulates received bytes and cuts them into envelopes.
class FrameDecoder {
public:
    enum class Status {
        NeedMore,   ///< no complete frame buffered yet
        Frame,      ///< `envelope` holds the next message
        Oversized,  ///< the announced length exceeds the bound: close the connection
        Malformed,  ///< the body is not a valid Envelope: close the connection
    };

    struct Result {
        Status status = Status::NeedMore;
        Envelope envelope;
        std::string reason;  ///< for logs, when status is Oversized or Malformed
    };

    explicit FrameDecoder(std::size_t maxFrameBytes = kDefaultMaxFrameBytes);

    void feed(const char* data, std::size_t size);

    /// Takes the next complete frame out of the buffer. After Oversized or Malformed the
    /// decoder stays in that state: the stream cannot be resynchronised.
    Result next();

    /// Bytes received but not yet returned as frames (a truncated frame stays here).
    std::size_t buffered() const { return m_buffer.size() - m_offset; }

private:
    std::string m_buffer;
    std::size_t m_offset = 0;
    std::size_t m_maxFrameBytes;
    Status m_failed = Status::NeedMore;
    std::string m_failReason;
};

}  // namespace laoke::protocol
