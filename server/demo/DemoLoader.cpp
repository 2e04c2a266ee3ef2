#include "demo/DemoLoader.h"

#include "demo/BulkLoadTables.h"
#include "demo/CustomerGenerator.h"
#include "demo/DemoRowWriter.h"
#include "demo/DemoServiceHistory.h"
#include "demo/DemoServiceStaff.h"
#include "demo/LoaderConnection.h"
#include "demo/DemoSetupReader.h"
#include "engine/BusinessDate.h"

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace laoke::demo {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::int64_t kBatchCustomers = 10000;
constexpr std::size_t kBatchesAhead = 2;

// Parents before children, as the foreign keys require.
const std::vector<std::string> kTables{"customers", "contacts", "customer_events", "installed_products",
                                       "installed_product_modules", "contracts", "contract_products", "activities"};

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// The history runs until now when the demo is generated for today; a demo for another day
// (tests, screenshots) stops at 15:00 China time that day, in the middle of a working day.
std::chrono::sys_seconds historyNow(std::chrono::sys_days today)
{
    if (today == engine::chinaToday()) return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return std::chrono::sys_seconds(today) + std::chrono::hours(15 - 8);
}

// Loads of more than 100,000 customers are benchmarks of the customer tables: they get the
// history at a rate that keeps it to about as many tickets as a 100,000-customer demo's
// (the planner keeps every ticket's plan in memory until it writes them, about 150 bytes each).
double defaultHistoryRate(std::int64_t customers)
{
    constexpr double kFullRateCustomers = 100000;
    return customers <= kFullRateCustomers ? 1.0 : kFullRateCustomers / static_cast<double>(customers);
}

/// Batches made on a generator thread, handed over through a short queue.
class BatchProducer {
public:
    BatchProducer(CustomerGenerator& generator, std::int64_t customers) : m_generator(generator), m_remaining(customers)
    {
        m_thread = std::thread([this] { run(); });
    }

    ~BatchProducer()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    /// The next batch; empty when all are done. Rethrows the generator's exception.
    std::vector<DemoCustomer> next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_error) std::rethrow_exception(m_error);
        if (m_ready.empty()) return {};
        auto batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }

    double busySeconds() const { return m_busySeconds; }

private:
    void run()
    {
        try {
            while (m_remaining > 0) {
                const auto start = Clock::now();
                const std::int64_t count = std::min(m_remaining, kBatchCustomers);
                std::vector<DemoCustomer> batch;
                batch.reserve(static_cast<std::size_t>(count));
                for (std::int64_t i = 0; i < count; ++i) batch.push_back(m_generator.next());
                m_remaining -= count;
                m_busySeconds += secondsSince(start);
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_stopped; });
                if (m_stopped) return;
                m_ready.push_back(std::move(batch));
                m_changed.notify_all();
            }
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    CustomerGenerator& m_generator;
    std::int64_t m_remaining;
    double m_busySeconds = 0;  // written by the generator thread, read after it finished
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<DemoCustomer>> m_ready;
    bool m_finished = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace

std::int64_t countCustomers(const std::string& databaseUrl)
{
    pqxx::connection connection(databaseUrl);
    pqxx::read_transaction tx(connection);
    return tx.exec("SELECT count(*) FROM customers")[0][0].as<std::int64_t>();
}

std::int64_t countBranches(const std::string& databaseUrl)
{
    pqxx::connection connection(databaseUrl);
    pqxx::read_transaction tx(connection);
    return tx.exec("SELECT count(*) FROM branches")[0][0].as<std::int64_t>();
}

DemoDataResult loadDemoData(const std::string& databaseUrl, const DemoDataOptions& options)
{
    const auto started = Clock::now();
    DemoDataResult result;
    LoaderConnection connection(databaseUrl);
    pqxx::work tx(connection);
    // Losing the last moments of a demo load to a crash costs nothing; waiting for WAL flushes does.
    tx.exec("SET LOCAL synchronous_commit = off");
    // The GIN index of search keys is built from about 200 keys per customer: give it memory.
    tx.exec("SET LOCAL maintenance_work_mem = '1GB'");
    // search_keys (about 2 KB a row) is compressed on the way in; pglz spends more time on it
    // than the rest of the row costs. lz4 is 2-3 times faster (values are read back whatever
    // method wrote them), where the server was built with it.
    if (tx.exec("SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)").size() == 1) {
        tx.exec("SET LOCAL default_toast_compression = 'lz4'");
    }

    // Writers wait for the load; readers go on until the indexes are dropped.
    std::string lock = "LOCK TABLE product_versions";
    for (const auto& table : kTables) lock += ", " + table;
    tx.exec(lock + " IN SHARE ROW EXCLUSIVE MODE");

    const auto existing = tx.exec("SELECT count(*) FROM customers")[0][0].as<std::int64_t>();
    if (existing > 0 && !options.append) {
        throw DemoDataRefused("the database already holds " + std::to_string(existing) +
                              " customers; add demo customers to them only with --append");
    }
    if (existing == 0) {
        // The tables are empty (customers is, and the others hang off it). Truncating them in
        // this transaction lets PostgreSQL skip writing the COPY to its WAL when the cluster
        // runs with wal_level = minimal (it syncs the new files at commit instead).
        // Tickets hang off customers too (no demo tickets yet, so they are empty as well), and
        // knowledge articles' uses, SLA events, callbacks and complaints off tickets (the
        // articles and the callback sample setting stay).
        std::string truncate =
            "TRUNCATE ticket_resolution_days, ticket_resolutions, kb_article_uses, ticket_sla_events, complaint_events, "
            "complaints, callback_attempts, callbacks, "
            "ticket_events, ticket_appointments, tickets";
        for (const auto& table : kTables) truncate += ", " + tx.quote_name(table);
        tx.exec(truncate);
    }

    // The service history goes only into a fresh demo database (its tickets were truncated
    // above); its extra demo engineers join before the branches are read, so the customers'
    // activities may be theirs too.
    const bool history = options.serviceHistory && existing == 0;
    if (history) result.serviceAccountsAdded = addDemoServiceAccounts(tx);

    GeneratorSetup setup;
    setup.seed = options.seed;
    setup.today = options.today.value_or(engine::chinaToday());
    result.versionsAdded = addDemoVersions(tx);
    setup.lines = readCatalogue(tx);
    setup.branches = readBranches(tx);
    setup.administrators = readAdministrators(tx);
    const SortNames sortNames = readSortNames(tx);
    if (setup.branches.empty()) throw std::runtime_error("demo data needs a branch: create one first (or start with --demo)");
    if (setup.lines.empty()) throw std::runtime_error("demo data needs the product catalogue of migration V0003");
    if (existing > 0) readTakenIdentities(tx, setup.takenNames, setup.takenCreditCodes);

    std::unique_ptr<DemoServiceHistory> serviceHistory;
    if (history) {
        ServiceHistorySettings settings;
        settings.seed = options.seed;
        settings.today = setup.today;
        settings.now = options.now.value_or(historyNow(setup.today));
        settings.months = options.historyMonths;
        settings.rate = options.historyRate.value_or(defaultHistoryRate(options.customers));
        serviceHistory = std::make_unique<DemoServiceHistory>(tx, settings, setup.lines, setup.administrators);
    }

    const FirstIds first = reserveFirstIds(tx);
    CustomerGenerator generator(std::move(setup), first);

    result.rebuiltIndexes = options.rebuildIndexes.value_or(options.customers > 10000 && options.customers >= existing);
    BulkLoadTables tables(tx, kTables, result.rebuiltIndexes);

    DemoRowCounts counts;
    {
        BatchProducer producer(generator, options.customers);
        const auto loadStart = Clock::now();
        auto lastReport = loadStart;
        for (auto batch = producer.next(); !batch.empty(); batch = producer.next()) {
            writeBatch(connection.handle(), batch, sortNames, counts);
            if (serviceHistory) serviceHistory->addCustomers(batch);
            if (secondsSince(lastReport) >= 10 || counts.customers == options.customers) {
                spdlog::info("demo data: {} of {} customers written ({:.0f} s)", counts.customers, options.customers,
                             secondsSince(loadStart));
                lastReport = Clock::now();
            }
        }
        result.loadSeconds = secondsSince(loadStart);
        result.generateSeconds = producer.busySeconds();
    }

    const auto indexStart = Clock::now();
    tables.restore();
    tables.checkConsistency();
    advanceSequences(tx, first, generator.nextIds());
    // The COPY ran with triggers off, so no change was logged: tell a running server to read
    // every customer again (V0008).
    tx.exec("INSERT INTO customer_search_changes (customer_id) VALUES (NULL)");
    for (const auto& table : kTables) tx.exec("ANALYZE " + tx.quote_name(table));
    result.indexSeconds = secondsSince(indexStart);
    std::int64_t historyRows = 0;
    if (serviceHistory) {
        const auto historyStart = Clock::now();
        const ServiceRowCounts written = serviceHistory->write(tx, connection.handle());
        serviceHistory.reset();
        result.tickets = written.tickets;
        result.callbacks = written.callbacks;
        result.complaints = written.complaints;
        result.kbLinks = written.kbLinks;
        result.rosterEntries = written.rosterEntries;
        historyRows = written.tickets + written.events + written.appointments + written.resolutions + written.slaEvents +
                        written.callbacks + written.callbackAttempts + written.complaints + written.kbLinks +
                        written.rosterEntries;
        result.historySeconds = secondsSince(historyStart);
    }
    tx.commit();
    // The search walks a name index that carries the search text; it reads only the index once
    // VACUUM has marked the new pages all-visible, which autovacuum would do only later.
    {
        pqxx::nontransaction vacuum(connection);
        vacuum.exec("VACUUM customers");
    }

    result.customers = counts.customers;
    result.contacts = counts.contacts;
    result.installedProducts = counts.installedProducts;
    result.contracts = counts.contracts;
    result.activities = counts.activities;
    result.rows = counts.total() + historyRows;
    result.totalSeconds = secondsSince(started);
    return result;
}

}  // namespace laoke::demo
