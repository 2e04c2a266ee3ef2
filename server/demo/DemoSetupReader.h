#pragma once
// Reads what the demo data generator builds on from the database, inside the load's
// transaction: branches with their users, the catalogued product lines (adding the invented
// demo versions to lines that have none yet), the names and credit codes already taken, and
// the first free id of every table the load writes.

#include "demo/CustomerGenerator.h"

#include <pqxx/pqxx>

#include <string>
#include <unordered_map>
#include <vector>

namespace laoke::demo {

/// Inserts the DEMO versions of DemoProducts.h, with demoLifecycle() dates, into every
/// catalogued line the generator knows that has no version yet. Returns how many it added.
int addDemoVersions(pqxx::work& tx);

/// The lines the generator can use: known profile, at least one version and one module.
std::vector<CatalogueLine> readCatalogue(pqxx::work& tx);

/// Branches with their enabled users; a branch's region comes from its city (北京市 -> north).
std::vector<GeneratorBranch> readBranches(pqxx::work& tx);

/// Enabled administrators (they record activities for branches without users).
std::vector<std::int64_t> readAdministrators(pqxx::work& tx);

/// Names and credit codes of the customers already there (for --append).
void readTakenIdentities(pqxx::work& tx, std::vector<std::string>& names, std::vector<std::string>& creditCodes);

/// The table whose id sequence a FirstIds member stands for.
/// The names customers carry for sorting by owner and branch (V0007), by user and branch id.
struct SortNames {
    std::unordered_map<std::int64_t, std::string> users;
    std::unordered_map<std::int64_t, std::string> branches;
};
SortNames readSortNames(pqxx::work& tx);

struct IdSequence {
    const char* table;
    std::int64_t FirstIds::*member;
};
const std::vector<IdSequence>& idSequences();

/// Takes the next value of every id sequence (and of customer_code_seq, skipping past codes
/// already used in the C0000123 form). The tables must be locked against other writers.
FirstIds reserveFirstIds(pqxx::work& tx);

/// Moves every sequence past the ids used: `next` is one past the last id used, as
/// CustomerGenerator::nextIds() reports it.
void advanceSequences(pqxx::work& tx, const FirstIds& first, const FirstIds& next);

}  // namespace laoke::demo
