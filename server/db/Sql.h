#pragma once
// Repository helpers: run a named prepared statement with bound parameters. Values are
// always parameters, never spliced into SQL text. Include only from db/*.cpp.

#include "db/UnitOfWork.h"

#include <pqxx/pqxx>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace laoke::db {

template <typename... Args>
pqxx::result exec(UnitOfWork& work, const Statement& statement, Args&&... args)
{
    work.ensurePrepared(statement);
    return work.transaction().exec_prepared(statement.name, std::forward<Args>(args)...);
}

/// Seconds since the Unix epoch of a timestamptz column read as `extract(epoch from x)::bigint`;
/// 0 for NULL.
inline long long epochOrZero(const pqxx::field& field)
{
    return field.is_null() ? 0 : field.as<long long>();
}

/// A PostgreSQL array literal for one bound text[] parameter: every element double-quoted,
/// with backslash and quote escaped, so no element can break out of it.
inline std::string toTextArrayLiteral(const std::vector<std::string>& values)
{
    std::string literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) literal += ',';
        literal += '"';
        for (char c : values[i]) {
            if (c == '"' || c == '\\') literal += '\\';
            literal += c;
        }
        literal += '"';
    }
    literal += '}';
    return literal;
}

/// The same for bigint[].
inline std::string toBigintArrayLiteral(const std::vector<std::int64_t>& values)
{
    std::string literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) literal += ',';
        literal += std::to_string(values[i]);
    }
    literal += '}';
    return literal;
}

}  // namespace laoke::db
