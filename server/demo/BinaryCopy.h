#pragma once
// COPY ... FROM STDIN (FORMAT binary), written through libpq inside the caller's transaction.
//
// libpqxx 6.4's stream_to writes COPY text only, and parsing text is most of what the server
// spends on a bulk load: 100,000 customers (about 200 packed search keys each, written as
// decimal text) copy in 4.3 s as text and 1.5 s in binary (docs/performance.md). Values are
// sent in PostgreSQL's binary wire formats, so each must match its column's type exactly:
// int8/int4/int2, bool, text, date, timestamptz, int8[].

#include <libpq-fe.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::demo {

class BinaryCopy {
public:
    /// Starts the COPY on `connection`, which must be inside a transaction and otherwise idle.
    /// `table` and `columns` are trusted names (constants of the loader), quoted here anyway.
    BinaryCopy(PGconn* connection, std::string_view table, const std::vector<std::string>& columns);
    BinaryCopy(const BinaryCopy&) = delete;
    BinaryCopy& operator=(const BinaryCopy&) = delete;

    /// Starts a row of `fields` values (the number of columns).
    BinaryCopy& row(int fields);
    BinaryCopy& int8(std::int64_t value);
    BinaryCopy& int4(std::int32_t value);
    BinaryCopy& int2(std::int16_t value);
    BinaryCopy& float8(double value);
    BinaryCopy& boolean(bool value);
    BinaryCopy& text(std::string_view value);
    BinaryCopy& null();
    BinaryCopy& date(std::chrono::sys_days day);
    BinaryCopy& timestamp(std::chrono::sys_seconds at);
    BinaryCopy& int8Array(const std::vector<std::int64_t>& values);

    /// Sends the trailer and checks the server's answer; throws std::runtime_error with the
    /// server's message on failure (the transaction is then aborted).
    void complete();

private:
    void put16(std::uint16_t value);
    void put32(std::uint32_t value);
    void put64(std::uint64_t value);
    void flushIfFull();
    void send(const std::string& bytes);

    PGconn* m_connection;
    std::string m_buffer;
};

}  // namespace laoke::demo
