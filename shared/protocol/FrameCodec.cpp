#include "FrameCodec.h"

#include <stdexcept>

namespace laoke::protocol {

std::string encodeFrame(const Envelope& envelope)
{
    const std::size_t size = envelope.ByteSizeLong();
    if (size > 0xffffffffu) {
        throw std::length_error("envelope too large for a frame");
    }
    std::string frame;
    frame.resize(kFrameHeaderBytes + size);
    frame[0] = static_cast<char>((size >> 24) & 0xff);
    frame[1] = static_cast<char>((size >> 16) & 0xff);
    frame[2] = static_cast<char>((size >> 8) & 0xff);
    frame[3] = static_cast<char>(size & 0xff);
    envelope.SerializeWithCachedSizesToArray(reinterpret_cast<std::uint8_t*>(frame.data() + kFrameHeaderBytes));
    return frame;
}

FrameDecoder::FrameDecoder(std::size_t maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{
}

void FrameDecoder::feed(const char* data, std::size_t size)
{
    if (m_failed != Status::NeedMore) {
        return;
    }
    // Drop consumed bytes before growing, so a long-lived connection does not keep them.
    if (m_offset > 0 && m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 64 * 1024) {
        m_buffer.erase(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(data, size);
}

FrameDecoder::Result FrameDecoder::next()
{
    Result result;
    if (m_failed != Status::NeedMore) {
        result.status = m_failed;
        result.reason = m_failReason;
        return result;
    }
    if (buffered() < kFrameHeaderBytes) {
        return result;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(m_buffer.data() + m_offset);
    const std::size_t length = (std::size_t{p[0]} << 24) | (std::size_t{p[1]} << 16) | (std::size_t{p[2]} << 8) | std::size_t{p[3]};
    if (length > m_maxFrameBytes) {
        m_failed = Status::Oversized;
        m_failReason = "frame of " + std::to_string(length) + " bytes exceeds the limit of " + std::to_string(m_maxFrameBytes);
        result.status = m_failed;
        result.reason = m_failReason;
        return result;
    }
    if (buffered() < kFrameHeaderBytes + length) {
        return result;
    }
    const char* body = m_buffer.data() + m_offset + kFrameHeaderBytes;
    if (!result.envelope.ParseFromArray(body, static_cast<int>(length))) {
        m_failed = Status::Malformed;
        m_failReason = "frame body of " + std::to_string(length) + " bytes is not a valid Envelope";
        result.status = m_failed;
        result.reason = m_failReason;
        return result;
    }
    m_offset += kFrameHeaderBytes + length;
    result.status = Status::Frame;
    return result;
}

}  // namespace laoke::protocol
