// The frame codec: every message round-trips; oversized, garbage and truncated input is
// recognised so the server can close that connection and nothing else.

#include "protocol/FrameCodec.h"

#include <gtest/gtest.h>

#include <google/protobuf/descriptor.h>

namespace proto = laoke::protocol;
using Status = proto::FrameDecoder::Status;

namespace {

proto::Envelope decodeOne(const std::string& bytes)
{
    proto::FrameDecoder decoder;
    decoder.feed(bytes.data(), bytes.size());
    auto result = decoder.next();
    EXPECT_EQ(result.status, Status::Frame) << result.reason;
    EXPECT_EQ(decoder.buffered(), 0u);
    return result.envelope;
}

std::string header(std::uint32_t length)
{
    return {static_cast<char>(length >> 24), static_cast<char>((length >> 16) & 0xff),
            static_cast<char>((length >> 8) & 0xff), static_cast<char>(length & 0xff)};
}

}  // namespace

TEST(FrameCodec, EveryPayloadKindRoundTrips)
{
    // Sets each oneof case in turn (with its default-valued message) plus one field, so a
    // message added to the .proto is covered without touching this test.
    const auto* descriptor = proto::Envelope::descriptor();
    const auto* oneof = descriptor->FindOneofByName("payload");
    ASSERT_NE(oneof, nullptr);
    ASSERT_GT(oneof->field_count(), 20);
    for (int i = 0; i < oneof->field_count(); ++i) {
        const auto* field = oneof->field(i);
        proto::Envelope envelope;
        envelope.set_request_id(1000 + i);
        envelope.GetReflection()->MutableMessage(&envelope, field);
        const proto::Envelope decoded = decodeOne(proto::encodeFrame(envelope));
        EXPECT_EQ(decoded.request_id(), 1000u + i) << field->name();
        EXPECT_EQ(decoded.payload_case(), envelope.payload_case()) << field->name();
    }
}

TEST(FrameCodec, ContentSurvivesIncludingChinese)
{
    proto::Envelope envelope;
    envelope.set_request_id(7);
    auto* create = envelope.mutable_create_user();
    create->set_username("zhangwei");
    create->set_display_name("张伟");
    create->set_role(proto::ENGINEER);
    create->set_branch_id(3);
    const proto::Envelope decoded = decodeOne(proto::encodeFrame(envelope));
    EXPECT_EQ(decoded.create_user().display_name(), "张伟");
    EXPECT_EQ(decoded.create_user().role(), proto::ENGINEER);
    EXPECT_EQ(decoded.create_user().branch_id(), 3);
}

TEST(FrameCodec, FramesSplitAtEveryByteAndBackToBack)
{
    proto::Envelope a;
    a.set_request_id(1);
    a.mutable_login()->set_username("admin");
    proto::Envelope b;
    b.set_request_id(2);
    b.mutable_ping();
    const std::string stream = proto::encodeFrame(a) + proto::encodeFrame(b);

    proto::FrameDecoder decoder;
    std::vector<std::uint64_t> ids;
    for (char c : stream) {
        decoder.feed(&c, 1);
        for (auto result = decoder.next(); result.status == Status::Frame; result = decoder.next()) {
            ids.push_back(result.envelope.request_id());
        }
    }
    EXPECT_EQ(ids, (std::vector<std::uint64_t>{1, 2}));
}

TEST(FrameCodec, TruncatedFrameWaitsForMore)
{
    proto::Envelope envelope;
    envelope.mutable_login()->set_username("admin");
    const std::string frame = proto::encodeFrame(envelope);
    proto::FrameDecoder decoder;
    decoder.feed(frame.data(), frame.size() - 1);
    EXPECT_EQ(decoder.next().status, Status::NeedMore);
    EXPECT_EQ(decoder.buffered(), frame.size() - 1);
    decoder.feed(frame.data() + frame.size() - 1, 1);
    EXPECT_EQ(decoder.next().status, Status::Frame);
}

TEST(FrameCodec, OversizedFrameIsRejectedBeforeItsBodyArrives)
{
    proto::FrameDecoder decoder(1024);
    const std::string bytes = header(1025);
    decoder.feed(bytes.data(), bytes.size());
    const auto result = decoder.next();
    EXPECT_EQ(result.status, Status::Oversized);
    EXPECT_NE(result.reason.find("1025"), std::string::npos);
    // The stream cannot be resynchronised: it stays failed.
    proto::Envelope ok;
    ok.mutable_ping();
    const std::string more = proto::encodeFrame(ok);
    decoder.feed(more.data(), more.size());
    EXPECT_EQ(decoder.next().status, Status::Oversized);
}

TEST(FrameCodec, GarbageBodyIsMalformed)
{
    const std::string body = "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff";
    const std::string bytes = header(static_cast<std::uint32_t>(body.size())) + body;
    proto::FrameDecoder decoder;
    decoder.feed(bytes.data(), bytes.size());
    EXPECT_EQ(decoder.next().status, Status::Malformed);
}

TEST(FrameCodec, HttpRequestIsRejectedAsOversized)
{
    // "GET " read as a length is about 1.2 GB.
    const std::string bytes = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
    proto::FrameDecoder decoder;
    decoder.feed(bytes.data(), bytes.size());
    EXPECT_EQ(decoder.next().status, Status::Oversized);
}

TEST(FrameCodec, UnknownFieldsFromANewerPeerParseAsNoPayload)
{
    // Field 999, varint 1: what a newer client's unknown request looks like.
    const std::string body = std::string("\xb8\x3e\x01", 3);
    const std::string bytes = header(static_cast<std::uint32_t>(body.size())) + body;
    proto::FrameDecoder decoder;
    decoder.feed(bytes.data(), bytes.size());
    const auto result = decoder.next();
    ASSERT_EQ(result.status, Status::Frame);
    EXPECT_EQ(result.envelope.payload_case(), proto::Envelope::PAYLOAD_NOT_SET);
}

TEST(FrameCodec, EmptyFrameIsAnEmptyEnvelope)
{
    const std::string bytes = header(0);
    proto::FrameDecoder decoder;
    decoder.feed(bytes.data(), bytes.size());
    const auto result = decoder.next();
    ASSERT_EQ(result.status, Status::Frame);
    EXPECT_EQ(result.envelope.payload_case(), proto::Envelope::PAYLOAD_NOT_SET);
}
