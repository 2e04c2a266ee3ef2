#include "demo/BinaryCopy.h"

#include <bit>
#include <stdexcept>

namespace laoke::demo {
namespace {

constexpr std::size_t kFlushBytes = 1 << 20;
constexpr std::uint32_t kInt8Oid = 20;  // pg_type.oid of int8: the element type of int8[]
constexpr std::chrono::sys_days kPostgresEpoch{std::chrono::year{2000} / 1 / 1};

std::string quotedName(std::string_view name)
{
    std::string quoted = "\"";
    for (const char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string serverError(PGconn* connection, const char* what)
{
    return std::string(what) + ": " + PQerrorMessage(connection);
}

}  // namespace

BinaryCopy::BinaryCopy(PGconn* connection, std::string_view table, const std::vector<std::string>& columns)
    : m_connection(connection)
{
    std::string sql = "COPY " + quotedName(table) + " (";
    for (std::size_t i = 0; i < columns.size(); ++i) sql += (i > 0 ? ", " : "") + quotedName(columns[i]);
    sql += ") FROM STDIN (FORMAT binary)";
    PGresult* result = PQexec(m_connection, sql.c_str());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!started) throw std::runtime_error(serverError(m_connection, "COPY could not start"));
    m_buffer.reserve(kFlushBytes + 65536);
    m_buffer.append("PGCOPY\n\377\r\n\0", 11);  // signature
    put32(0);                                    // flags
    put32(0);                                    // header extension length
}

BinaryCopy& BinaryCopy::row(int fields)
{
    flushIfFull();
    put16(static_cast<std::uint16_t>(fields));
    return *this;
}

BinaryCopy& BinaryCopy::int8(std::int64_t value)
{
    put32(8);
    put64(static_cast<std::uint64_t>(value));
    return *this;
}

BinaryCopy& BinaryCopy::float8(double value)
{
    // PostgreSQL's binary float8 is the IEEE 754 bits in network order, like an int8.
    put32(8);
    put64(std::bit_cast<std::uint64_t>(value));
    return *this;
}

BinaryCopy& BinaryCopy::int4(std::int32_t value)
{
    put32(4);
    put32(static_cast<std::uint32_t>(value));
    return *this;
}

BinaryCopy& BinaryCopy::int2(std::int16_t value)
{
    put32(2);
    put16(static_cast<std::uint16_t>(value));
    return *this;
}

BinaryCopy& BinaryCopy::boolean(bool value)
{
    put32(1);
    m_buffer.push_back(value ? 1 : 0);
    return *this;
}

BinaryCopy& BinaryCopy::text(std::string_view value)
{
    put32(static_cast<std::uint32_t>(value.size()));
    m_buffer.append(value);
    return *this;
}

BinaryCopy& BinaryCopy::null()
{
    put32(0xFFFFFFFFu);  // length -1
    return *this;
}

BinaryCopy& BinaryCopy::date(std::chrono::sys_days day)
{
    return int4(static_cast<std::int32_t>((day - kPostgresEpoch).count()));
}

BinaryCopy& BinaryCopy::timestamp(std::chrono::sys_seconds at)
{
    // Microseconds since 2000-01-01 00:00 UTC.
    return int8(std::chrono::duration_cast<std::chrono::microseconds>(at - kPostgresEpoch).count());
}

BinaryCopy& BinaryCopy::int8Array(const std::vector<std::int64_t>& values)
{
    // ndim, has-nulls flag, element type; then per dimension its length and lower bound;
    // then each element as a length and a value. An empty array has no dimensions.
    const bool empty = values.empty();
    put32(static_cast<std::uint32_t>(empty ? 12 : 20 + values.size() * 12));
    put32(empty ? 0 : 1);
    put32(0);
    put32(kInt8Oid);
    if (!empty) {
        put32(static_cast<std::uint32_t>(values.size()));
        put32(1);
        for (const auto value : values) {
            put32(8);
            put64(static_cast<std::uint64_t>(value));
        }
    }
    return *this;
}

void BinaryCopy::complete()
{
    put16(0xFFFFu);  // trailer: a field count of -1
    send(m_buffer);
    m_buffer.clear();
    if (PQputCopyEnd(m_connection, nullptr) != 1) throw std::runtime_error(serverError(m_connection, "COPY could not end"));
    std::string error;
    while (PGresult* result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.empty()) {
            error = serverError(m_connection, "COPY failed");
        }
        PQclear(result);
    }
    if (!error.empty()) throw std::runtime_error(error);
}

void BinaryCopy::put16(std::uint16_t value)
{
    const char bytes[2] = {static_cast<char>(value >> 8), static_cast<char>(value)};
    m_buffer.append(bytes, 2);
}

void BinaryCopy::put32(std::uint32_t value)
{
    const char bytes[4] = {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
                           static_cast<char>(value)};
    m_buffer.append(bytes, 4);
}

void BinaryCopy::put64(std::uint64_t value)
{
    put32(static_cast<std::uint32_t>(value >> 32));
    put32(static_cast<std::uint32_t>(value));
}

void BinaryCopy::flushIfFull()
{
    if (m_buffer.size() < kFlushBytes) return;
    send(m_buffer);
    m_buffer.clear();
}

void BinaryCopy::send(const std::string& bytes)
{
    if (PQputCopyData(m_connection, bytes.data(), static_cast<int>(bytes.size())) != 1) {
        throw std::runtime_error(serverError(m_connection, "COPY data could not be sent"));
    }
}

}  // namespace laoke::demo
