#pragma once
// A value read from PostgreSQL's statistics, kept per database for a few minutes: ANALYZE
// (autovacuum) refreshes pg_stats only every so often, and reading them costs a query.
// Per database because tests run several in one process.

#include "db/UnitOfWork.h"

#include <pqxx/pqxx>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace laoke::db {

template <typename T>
class StatisticsCache {
public:
    static constexpr auto kMaxAge = std::chrono::minutes(5);

    /// The cached value of the database `work` runs in, or `read(work)`'s when there is none
    /// or it is older than kMaxAge. `read` may return nullptr (no statistics yet).
    template <typename Read>
    std::shared_ptr<const T> get(UnitOfWork& work, Read read)
    {
        auto& connection = work.transaction().conn();
        const std::string database = std::string(connection.hostname() ? connection.hostname() : "") + ":" +
                                     (connection.port() ? connection.port() : "") + "/" + connection.dbname();
        const auto now = std::chrono::steady_clock::now();
        {
            std::lock_guard lock(m_mutex);
            const auto found = m_entries.find(database);
            if (found != m_entries.end() && now - found->second.readAt < kMaxAge) return found->second.value;
        }
        std::shared_ptr<const T> value = read(work);  // outside the lock: a slow read must not hold others
        std::lock_guard lock(m_mutex);
        m_entries[database] = Entry{now, value};
        return value;
    }

private:
    struct Entry {
        std::chrono::steady_clock::time_point readAt;
        std::shared_ptr<const T> value;
    };
    std::mutex m_mutex;
    std::map<std::string, Entry> m_entries;
};

}  // namespace laoke::db
