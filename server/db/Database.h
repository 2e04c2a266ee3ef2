#pragma once
// The server's access to PostgreSQL: a fixed pool of connections and one transaction per
// request. Serialization failures and deadlocks are retried a bounded number of times;
// PostgreSQL errors become ServiceErrors with safe messages (details go to the log only).

#include "db/Actor.h"

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace laoke::db {

class UnitOfWork;

class Database {
public:
    /// Opens `poolSize` connections lazily (the first use of each slot connects).
    Database(std::string connectionUrl, std::size_t poolSize);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs `work` in one transaction and commits it. If `work` throws, the transaction
    /// rolls back and the exception propagates (PostgreSQL errors mapped to ServiceError).
    void transact(const Actor& actor, const std::function<void(UnitOfWork&)>& work);

    /// Opens one connection and runs `SELECT 1`; throws std::runtime_error with the reason.
    void checkReachable();

    const std::string& connectionUrl() const { return m_connectionUrl; }

private:
    struct PooledConnection;
    class Lease;

    std::unique_ptr<PooledConnection> acquire();
    void release(std::unique_ptr<PooledConnection> connection);

    std::string m_connectionUrl;
    std::size_t m_poolSize;
    std::size_t m_created = 0;
    std::vector<std::unique_ptr<PooledConnection>> m_idle;
    std::mutex m_mutex;
    std::condition_variable m_available;
};

}  // namespace laoke::db
