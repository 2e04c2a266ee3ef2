#pragma once
// Loads generated demo customers into a Laoke database: `laoke-server demo-data` and the
// first start with --demo. One transaction as the connecting role, which must own the tables
// (the migrating role; row-level security does not apply to it): all or nothing.
//
// Generation runs on its own thread, a batch ahead of the COPY streams, so the generator and
// PostgreSQL each keep a core busy.

#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace laoke::demo {

struct DemoDataOptions {
    std::int64_t customers = 20000;
    std::uint64_t seed = 1;
    /// Add to a database that already holds customers (refused otherwise).
    bool append = false;
    /// The day the data is generated around; default: today in China.
    std::optional<std::chrono::sys_days> today;
    /// Drop indexes and foreign keys during the load and rebuild them after. Default: when
    /// the load at least doubles the customers table and is over 10,000 customers.
    std::optional<bool> rebuildIndexes;
    /// Tickets, visits, callbacks, complaints and engineer skills around the customers
    /// (DemoServiceHistory.h), and the extra demo service accounts they need; only into a
    /// database without customers (not with append).
    bool serviceHistory = true;
    /// Months of past tickets.
    int historyMonths = 6;
    /// Scales the tickets per customer; default: 1, and less for loads over 100,000 customers
    /// (see DemoLoader.cpp).
    std::optional<double> historyRate;
    /// The moment the history runs until; default: now when `today` is today, else 15:00
    /// China time on `today`.
    std::optional<std::chrono::sys_seconds> now;
};

struct DemoDataResult {
    std::int64_t customers = 0;
    std::int64_t contacts = 0;
    std::int64_t installedProducts = 0;
    std::int64_t contracts = 0;
    std::int64_t activities = 0;
    std::int64_t tickets = 0;
    std::int64_t callbacks = 0;
    std::int64_t complaints = 0;
    std::int64_t kbLinks = 0;        ///< knowledge articles linked to the tickets they solved
    std::int64_t rosterEntries = 0;  ///< duty roster days planned
    int serviceAccountsAdded = 0;    ///< demo engineers and managers added for the history
    std::int64_t rows = 0;           ///< all rows written, link tables included
    int versionsAdded = 0;           ///< demo versions added to the catalogue
    bool rebuiltIndexes = false;
    double generateSeconds = 0;      ///< spent on the generator thread
    double loadSeconds = 0;          ///< COPY until the last batch was written
    double indexSeconds = 0;         ///< rebuilding indexes and keys, checks, ANALYZE
    double historySeconds = 0;       ///< making and writing the service history (planning runs during the COPY)
    double totalSeconds = 0;         ///< including the commit
};

/// The database already holds customers and DemoDataOptions::append was not given.
class DemoDataRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Generates and loads options.customers customers with everything that hangs from them.
/// Throws DemoDataRefused, or std::exception on any database error (nothing is written then).
DemoDataResult loadDemoData(const std::string& databaseUrl, const DemoDataOptions& options);

/// The number of customers in the database (including archived ones).
std::int64_t countCustomers(const std::string& databaseUrl);

/// The number of branches in the database.
std::int64_t countBranches(const std::string& databaseUrl);

}  // namespace laoke::demo
