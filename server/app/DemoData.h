#pragma once
// Demo customers from the command line: `laoke-server demo-data --customers N [--seed S]
// [--append]`, and the modest set a first start with --demo loads (server/demo/ does the work).

#include "app/Config.h"

#include <string>

namespace laoke::app {

/// The demo-data command: with --demo, or when the database has no branch at all, makes sure
/// the demo branches and users exist first; then loads config.demoCustomers customers.
/// Returns the process exit code (2 when the database already holds customers and --append
/// was not given).
int runDemoData(const Config& config, const std::string& databaseUrl);

/// With --demo: loads config.demoCustomers customers if the database holds none yet (so
/// only the first start does), and does nothing otherwise.
void loadDemoCustomersOnFirstStart(const Config& config, const std::string& databaseUrl);

}  // namespace laoke::app
