#pragma once
// Repository helpers: run a named prepared statement with bound parameters. Values are
// always parameters, never spliced into SQL text. Include only from db/*.cpp.

#include "db/UnitOfWork.h"

#include <pqxx/pqxx>

#include <utility>

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

}  // namespace laoke::db
