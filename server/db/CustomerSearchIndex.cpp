#include "db/CustomerSearchIndex.h"

#include "db/Database.h"
#include "db/UnitOfWork.h"

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <stdexcept>

namespace laoke::db {
namespace {

using Clock = std::chrono::steady_clock;

// After a day without a look the log may have been trimmed (it keeps a week, trimLog), so the
// index is read again instead of caught up.
constexpr auto kLongestCatchUp = std::chrono::hours(24);
constexpr auto kTrimEvery = std::chrono::hours(1);

// Changes pile up as slots outside the name order (CustomerTextIndex): read everything again
// once they are more than this share of the customers (or 20,000).
constexpr std::size_t kRebuildShare = 20;
constexpr std::size_t kRebuildAtLeast = 20000;

constexpr std::size_t kFetchRows = 20000;

// The changes that committed after the snapshot $1, with the customers as they are now (one
// statement: one snapshot, which the first row reports). A change whose customer is gone
// has no id; a change without a customer asks for a full read.
constexpr const char* kChangesSql =
    "WITH changed AS ("
    "  SELECT DISTINCT customer_id FROM customer_search_changes"
    "  WHERE xid >= pg_snapshot_xmin($1::pg_snapshot) AND NOT pg_visible_in_snapshot(xid, $1::pg_snapshot)) "
    "SELECT pg_current_snapshot()::text AS snapshot, false AS changed, NULL::bigint AS customer_id, NULL::bigint AS id, "
    "       NULL::bigint AS branch_id, NULL::boolean AS archived, NULL::text AS name, NULL::text AS search_text "
    "UNION ALL "
    "SELECT NULL, true, ch.customer_id, c.id, c.branch_id, c.archived_at IS NOT NULL, c.name, c.search_text "
    "FROM changed ch LEFT JOIN customers c ON c.id = ch.customer_id";

engine::IndexedCustomer indexedCustomer(const pqxx::row& row)
{
    return {row["id"].as<std::int64_t>(), row["branch_id"].as<std::int64_t>(), row["archived"].as<bool>(),
            row["name"].c_str(), row["search_text"].c_str()};
}

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

CustomerSearchIndex::~CustomerSearchIndex()
{
    m_stopping = true;
    std::lock_guard lock(m_rebuildMutex);
    if (m_rebuild.joinable()) m_rebuild.join();
}

CustomerSearchIndex::Built CustomerSearchIndex::load()
{
    Built built;
    std::vector<engine::IndexedCustomer> customers;
    m_database.transact(Actor::system(), [&](UnitOfWork& work) {
        pqxx::transaction_base& tx = work.transaction();
        customers.clear();
        // Taken before the rows are read: changes that commit in between are both in the rows
        // and applied again by the first catch-up, which is harmless.
        built.snapshot = tx.exec("SELECT pg_current_snapshot()::text")[0][0].c_str();
        tx.exec("DECLARE search_index_rows NO SCROLL CURSOR FOR SELECT id, branch_id, archived_at IS NOT NULL AS archived, "
                "name, search_text FROM customers ORDER BY name, id");
        for (;;) {
            const pqxx::result rows = tx.exec("FETCH " + std::to_string(kFetchRows) + " FROM search_index_rows");
            if (rows.empty()) break;
            if (m_stopping) throw std::runtime_error("the server is stopping");
            for (const auto& row : rows) customers.push_back(indexedCustomer(row));
        }
    });
    built.index = std::make_unique<engine::CustomerTextIndex>(std::move(customers));
    return built;
}

void CustomerSearchIndex::build()
{
    const auto start = Clock::now();
    try {
        Built built = load();
        const std::size_t count = built.index->customers();
        const std::size_t bytes = built.index->memoryBytes();
        {
            std::lock_guard catchUpLock(m_catchUpMutex);
            std::unique_lock indexLock(m_indexMutex);
            m_index = std::move(built.index);
            m_snapshot = std::move(built.snapshot);
            m_lastLook = Clock::now();
        }
        spdlog::info("customer search index: {} customers in {:.1f} s, about {} MB of memory", count, secondsSince(start),
                     bytes >> 20);
    } catch (const std::exception& e) {
        spdlog::error("customer search index not available, searches use PostgreSQL's indexes: {}", e.what());
    }
}

bool CustomerSearchIndex::ready() const
{
    std::shared_lock lock(m_indexMutex);
    return m_index != nullptr;
}

bool CustomerSearchIndex::catchUp(UnitOfWork& work)
{
    if (Clock::now() - m_lastLook > kLongestCatchUp) return false;
    pqxx::transaction_base& tx = work.transaction();
    const pqxx::result rows = tx.exec_params(kChangesSql, m_snapshot);
    std::string snapshot;
    std::vector<engine::IndexedCustomer> changed;
    std::vector<std::int64_t> gone;
    for (const auto& row : rows) {
        if (!row["changed"].as<bool>()) {
            snapshot = row["snapshot"].c_str();
        } else if (row["customer_id"].is_null()) {
            return false;  // a bulk load
        } else if (row["id"].is_null()) {
            gone.push_back(row["customer_id"].as<std::int64_t>());
        } else {
            changed.push_back(indexedCustomer(row));
        }
    }
    if (!changed.empty() || !gone.empty()) {
        std::unique_lock indexLock(m_indexMutex);
        for (auto& customer : changed) m_index->put(std::move(customer));
        for (const std::int64_t id : gone) m_index->remove(id);
    }
    m_snapshot = std::move(snapshot);
    m_lastLook = Clock::now();
    if (Clock::now() - m_lastTrim > kTrimEvery) trimLog(work);
    return true;
}

void CustomerSearchIndex::trimLog(UnitOfWork& work)
{
    m_lastTrim = Clock::now();
    work.transaction().exec("DELETE FROM customer_search_changes WHERE changed_at < now() - interval '7 days'");
}

std::optional<std::vector<engine::TextMatch>> CustomerSearchIndex::find(UnitOfWork& work, const engine::TextSearch& search)
{
    bool current = false;
    {
        std::lock_guard catchUpLock(m_catchUpMutex);
        if (!m_index) return std::nullopt;
        current = catchUp(work);
    }
    if (!current) {
        rebuildInBackground(true);
        return std::nullopt;
    }
    std::vector<engine::TextMatch> matches;
    bool crowded = false;
    {
        std::shared_lock indexLock(m_indexMutex);
        if (!m_index) return std::nullopt;
        matches = m_index->find(search);
        crowded = m_index->changedSinceBuild() > std::max(kRebuildAtLeast, m_index->customers() / kRebuildShare);
    }
    if (crowded) rebuildInBackground(false);
    return matches;
}

void CustomerSearchIndex::rebuildInBackground(bool stale)
{
    std::lock_guard lock(m_rebuildMutex);
    if (m_stopping) return;
    if (stale) {
        // Until the new build is done the old index would miss changes: nobody uses it.
        std::lock_guard catchUpLock(m_catchUpMutex);
        std::unique_lock indexLock(m_indexMutex);
        m_index.reset();
    }
    if (m_rebuilding) return;
    if (m_rebuild.joinable()) m_rebuild.join();  // the previous rebuild, finished
    m_rebuilding = true;
    spdlog::info("customer search index: reading every customer again ({})", stale ? "after a bulk change" : "many changes");
    m_rebuild = std::thread([this] {
        if (!m_stopping) build();
        m_rebuilding = false;
    });
}

}  // namespace laoke::db
