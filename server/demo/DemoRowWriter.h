#pragma once
// Streams generated customers into their tables with binary COPY (BinaryCopy), one table at
// a time per batch, parents before children so foreign keys hold at every step.

#include "demo/DemoCustomer.h"
#include "demo/DemoSetupReader.h"

#include <libpq-fe.h>

#include <cstdint>
#include <string>
#include <vector>

namespace laoke::demo {

struct DemoRowCounts {
    std::int64_t customers = 0;
    std::int64_t contacts = 0;
    std::int64_t events = 0;
    std::int64_t installedProducts = 0;
    std::int64_t installedModules = 0;
    std::int64_t contracts = 0;
    std::int64_t contractProducts = 0;
    std::int64_t activities = 0;

    std::int64_t total() const
    {
        return customers + contacts + events + installedProducts + installedModules + contracts + contractProducts + activities;
    }
};

/// Writes the batch into customers, contacts, customer_events, installed_products,
/// installed_product_modules, contracts, contract_products and activities.
/// `connection`: libpq's handle of the loader's connection, inside its transaction.
/// `names`: the owner and branch names customers carry for sorting.
void writeBatch(PGconn* connection, const std::vector<DemoCustomer>& batch, const SortNames& names, DemoRowCounts& counts);


}  // namespace laoke::demo
