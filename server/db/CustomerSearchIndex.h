#pragma once
// Keeps the in-memory customer search index (engine/CustomerTextIndex) in step with the
// customers table, and answers text searches sorted by name from it.
//
// Built once at start (every customer, in the database's name order). Before each search it
// applies what committed since its last look, read from customer_search_changes (V0008) in
// the search's own transaction: a change acknowledged to any client before the search began
// is always seen, whichever server process or connection made it. It reads everything again
// in the background when the changes pile up, when a bulk load asks for it, or after a day
// without a look (the log keeps a week). Until a build is done, find() answers nullopt and
// CustomerSearch asks PostgreSQL's indexes instead.

#include "engine/CustomerTextIndex.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

namespace laoke::db {

class Database;
class UnitOfWork;

class CustomerSearchIndex {
public:
    explicit CustomerSearchIndex(Database& database) : m_database(database) {}
    ~CustomerSearchIndex();

    CustomerSearchIndex(const CustomerSearchIndex&) = delete;
    CustomerSearchIndex& operator=(const CustomerSearchIndex&) = delete;

    /// Reads every customer and builds the index; blocks (about 10 s for 1,000,000
    /// customers). A failure is logged and leaves searches to PostgreSQL.
    void build();

    /// Catches up with committed changes in `work` (as the server's own role), then finds the
    /// page; nullopt when the index cannot answer now (not built, or being rebuilt).
    std::optional<std::vector<engine::TextMatch>> find(UnitOfWork& work, const engine::TextSearch& search);

    /// True once a build has finished and until a bulk load makes it stale.
    bool ready() const;

private:
    struct Built {
        std::unique_ptr<engine::CustomerTextIndex> index;
        std::string snapshot;  ///< pg_current_snapshot() as text: the changes it holds
    };
    Built load();
    /// False when the index must be read again from scratch (the caller starts that).
    bool catchUp(UnitOfWork& work);
    void rebuildInBackground(bool stale);
    void trimLog(UnitOfWork& work);

    Database& m_database;
    mutable std::shared_mutex m_indexMutex;  ///< m_index and m_snapshot; searches share it
    std::mutex m_catchUpMutex;               ///< one catch-up at a time, in snapshot order
    std::unique_ptr<engine::CustomerTextIndex> m_index;
    std::string m_snapshot;
    std::chrono::steady_clock::time_point m_lastLook{};
    std::chrono::steady_clock::time_point m_lastTrim{};

    std::mutex m_rebuildMutex;
    std::thread m_rebuild;
    std::atomic<bool> m_rebuilding{false};
    std::atomic<bool> m_stopping{false};
};

}  // namespace laoke::db
