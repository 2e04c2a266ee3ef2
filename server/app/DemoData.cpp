#include "app/DemoData.h"

#include "app/Bootstrap.h"
#include "db/Database.h"
#include "demo/DemoKnowledgeBase.h"
#include "demo/DemoLoader.h"
#include "engine/PasswordHasher.h"

#include <spdlog/spdlog.h>

namespace laoke::app {
namespace {

demo::DemoDataResult load(const Config& config, const std::string& databaseUrl, bool append)
{
    demo::DemoDataOptions options;
    options.customers = config.demoCustomers;
    options.seed = config.demoSeed;
    options.append = append;
    options.serviceHistory = config.demoServiceHistory;
    spdlog::info("demo data: generating {} customers (seed {})", options.customers, options.seed);
    const auto result = demo::loadDemoData(databaseUrl, options);
    spdlog::info("demo data: {} customers, {} contacts, {} installed products, {} contracts, {} activities ({} rows) "
                 "in {:.1f} s (COPY {:.1f} s, generating {:.1f} s alongside, indexes and checks {:.1f} s{})",
                 result.customers, result.contacts, result.installedProducts, result.contracts, result.activities,
                 result.rows, result.totalSeconds, result.loadSeconds, result.generateSeconds, result.indexSeconds,
                 result.rebuiltIndexes ? ", rebuilt" : ", kept in place");
    if (result.tickets > 0) {
        spdlog::info("demo data: service history of {} tickets, {} callbacks, {} complaints, {} knowledge links, "
                     "{} roster days in {:.1f} s{}",
                     result.tickets, result.callbacks, result.complaints, result.kbLinks, result.rosterEntries,
                     result.historySeconds,
                     result.serviceAccountsAdded > 0
                         ? fmt::format(" ({} demo engineers and managers added, password as the other demo users)",
                                       result.serviceAccountsAdded)
                         : std::string());
    }
    if (result.versionsAdded > 0) {
        spdlog::info("demo data: added {} DEMO product versions with invented release dates to the catalogue",
                     result.versionsAdded);
    }
    return result;
}

}  // namespace

int runDemoData(const Config& config, const std::string& databaseUrl)
{
    // Demo customers need branches to belong to: a database without any gets the demo ones.
    if (config.demo || demo::countBranches(databaseUrl) == 0) {
        const engine::PasswordHasher passwords(config.insecureFastPasswordHash ? engine::PasswordHasher::Cost::InsecureFast
                                                                               : engine::PasswordHasher::Cost::Interactive);
        db::Database database(databaseUrl, 1);
        ensureDemoAccounts(database, passwords);
        // As a --demo start has it: the history links the articles its engineers used.
        demo::ensureDemoKnowledgeBase(database);
    }
    try {
        load(config, databaseUrl, config.demoAppend);
    } catch (const demo::DemoDataRefused& e) {
        spdlog::error("demo data refused: {}", e.what());
        return 2;
    }
    return 0;
}

void loadDemoCustomersOnFirstStart(const Config& config, const std::string& databaseUrl)
{
    if (!config.demo || config.demoCustomers <= 0) return;
    if (demo::countCustomers(databaseUrl) > 0) return;
    try {
        load(config, databaseUrl, false);
    } catch (const demo::DemoDataRefused&) {
        // Another instance loaded them first; nothing to do.
    }
}

}  // namespace laoke::app
