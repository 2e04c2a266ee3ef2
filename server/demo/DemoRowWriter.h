#pragma once
// Streams generated customers into their tables with COPY (pqxx::stream_to), one table at a
// time per batch, parents before children so foreign keys hold at every step.

#include "demo/DemoCustomer.h"

#include <pqxx/pqxx>

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
void writeBatch(pqxx::work& tx, const std::vector<DemoCustomer>& batch, DemoRowCounts& counts);

/// {1,2,3}: a bigint[] literal as COPY text (no quoting needed), for search_keys.
std::string bigintArrayLiteral(const std::vector<std::int64_t>& values);

}  // namespace laoke::demo
