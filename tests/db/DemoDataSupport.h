#pragma once
// What the demo data tests share: a migrated database with the --demo branches and accounts
// (BJ, SH, GZ; one user of each role in BJ), a suite that loads one demo for all its tests,
// and one-value and one-column queries run as the test.

#include "TestDatabase.h"
#include "app/Bootstrap.h"
#include "db/Database.h"
#include "demo/DemoKnowledgeBase.h"
#include "demo/DemoLoader.h"
#include "engine/PasswordHasher.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace laoke::test {

inline std::unique_ptr<TestDatabase> demoDatabase()
{
    auto database = std::make_unique<TestDatabase>();
    database->migrate();
    db::Database pool(database->url(), 1);
    app::ensureDemoAccounts(pool, engine::PasswordHasher(engine::PasswordHasher::Cost::InsecureFast));
    demo::ensureDemoKnowledgeBase(pool);  // as a --demo start: the history links its articles
    return database;
}

/// What to load: `customers` from `seed`, generated around `today`.
inline demo::DemoDataOptions demoOptions(std::int64_t customers, std::uint64_t seed, std::chrono::sys_days today)
{
    demo::DemoDataOptions options;
    options.customers = customers;
    options.seed = seed;
    options.today = today;
    return options;
}

inline long long scalar(const std::string& url, const std::string& sql)
{
    pqxx::connection connection(url);
    pqxx::nontransaction tx(connection);
    return tx.exec(sql)[0][0].as<long long>();
}

inline std::vector<std::string> column(const std::string& url, const std::string& sql)
{
    pqxx::connection connection(url);
    pqxx::nontransaction tx(connection);
    std::vector<std::string> values;
    for (const auto& row : tx.exec(sql)) values.emplace_back(row[0].c_str());
    return values;
}

/// A test suite whose tests all read one demo, loaded once: `Options()` says what to load.
template <demo::DemoDataOptions (*Options)()>
class LoadedDemoSuite : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_database = demoDatabase().release();
        s_result = demo::loadDemoData(s_database->url(), Options());
    }
    static void TearDownTestSuite()
    {
        delete s_database;
        s_database = nullptr;
    }

    static std::string url() { return s_database->url(); }

    static inline TestDatabase* s_database = nullptr;
    static inline demo::DemoDataResult s_result;
};

}  // namespace laoke::test
