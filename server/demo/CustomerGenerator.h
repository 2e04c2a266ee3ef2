#pragma once
// Generates realistic synthetic customers (shared/domain-research.md §6): names after the
// 行政区划 + 字号 + 行业 + 组织形式 pattern, the seven regions weighted to 华东/华南, the §4
// industry mix, size classes from the product bought, contacts with roles and mobiles, the
// installed base by the §6.2 product mix with modules, seats, licence types and 45-65% still
// in service, licence and annual service contracts (15%) with their products, and an activity
// history. Search text and keys come from engine::buildSearchDocument, as the server makes them.
//
// Deterministic: the same setup, seed and first ids give the same customers. Each customer
// draws from its own random stream (seed, index), so names and numbers that must be unique are
// the only thing one customer's data depends on from the ones before it.

#include "demo/DemoCustomer.h"
#include "demo/DemoProducts.h"
#include "engine/ProductLifecycle.h"

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace laoke::demo {

struct CatalogueVersion {
    std::int64_t id = 0;
    std::string name;
    engine::LifecycleDates dates;
};

/// A catalogued product line the generator can install: one it has a profile for, with at
/// least one version and one module.
struct CatalogueLine {
    std::int64_t id = 0;
    std::string code;
    std::string name;  ///< 用友U8+
    const ProductProfile* profile = nullptr;
    std::vector<CatalogueVersion> versions;  ///< by release date
    std::vector<std::int64_t> moduleIds;     ///< in catalogue order (总账 first)
    std::vector<std::string> moduleNames;    ///< parallel to moduleIds
};

struct GeneratorBranch {
    std::int64_t id = 0;
    std::string code;
    std::string region;                        ///< the region its city lies in; "" if unknown
    std::vector<std::int64_t> accountManagers; ///< enabled account managers: customer owners
    std::vector<std::int64_t> staff;           ///< every enabled user of the branch
};

struct GeneratorSetup {
    std::uint64_t seed = 1;
    Date today;
    std::vector<GeneratorBranch> branches;     ///< at least one
    std::vector<CatalogueLine> lines;          ///< at least one
    std::vector<std::int64_t> administrators;  ///< who records activities in a branch without users
    /// Names (lower case) and credit codes already in the database, never generated again.
    std::vector<std::string> takenNames;
    std::vector<std::string> takenCreditCodes;
};

/// The first id of each table (and the next customer code number) the generator may use.
struct FirstIds {
    std::int64_t customer = 1;
    std::int64_t customerCode = 1;
    std::int64_t contact = 1;
    std::int64_t installedProduct = 1;
    std::int64_t contract = 1;
    std::int64_t activity = 1;
    std::int64_t event = 1;
};

class CustomerGenerator {
public:
    CustomerGenerator(GeneratorSetup setup, FirstIds first);

    /// The next customer.
    DemoCustomer next();

    /// The ids the next customer would get: after the last call, one past the last used.
    const FirstIds& nextIds() const { return m_next; }

private:
    GeneratorSetup m_setup;
    FirstIds m_next;
    std::uint64_t m_index = 0;
    std::vector<double> m_lineWeights;  ///< §6.2 product mix over m_setup.lines
    // Hashes of what must stay unique (64-bit: a false "taken" only costs a retry).
    std::unordered_set<std::uint64_t> m_names;
    std::unordered_set<std::uint64_t> m_creditCodes;
    std::unordered_set<std::uint64_t> m_mobiles;
};

}  // namespace laoke::demo
