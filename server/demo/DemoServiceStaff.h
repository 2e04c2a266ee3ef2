#pragma once
// The people of the demo service desk. The --demo accounts give BJ one engineer and one branch
// manager and SH and GZ nobody, too few for a believable board; when the service history is
// generated into a demo database (its demo engineer exists), a few more engineers, and a
// branch manager for SH and GZ, join with the demo password. The accounts are added only with
// the history, so a --demo start without demo customers (what most tests run) keeps the four
// accounts the user-count tests expect.
//
// Engineers (and branch managers) also get a dispatch profile (V0018): home city and the
// product lines and modules they handle, some certified, so the 派工推荐 has reasons to give.

#include "demo/CustomerGenerator.h"

#include <pqxx/pqxx>

#include <cstdint>
#include <string>
#include <vector>

namespace laoke::demo {

/// Who works tickets in one branch (enabled engineers and branch managers).
struct ServiceBranch {
    std::int64_t id = 0;
    std::string code;
    std::vector<std::int64_t> engineers;
    std::vector<std::int64_t> managers;
};

/// Adds the missing demo service accounts (password: that of the demo engineer) when the demo
/// engineer exists; returns how many were added (0 for a database without demo accounts).
int addDemoServiceAccounts(pqxx::work& tx);

/// The branches with their service people, by id.
std::vector<ServiceBranch> readServiceBranches(pqxx::work& tx);

/// Gives every engineer and branch manager without a dispatch profile one (home city and
/// skills from `lines`). Returns how many profiles it wrote.
int addEngineerProfiles(pqxx::work& tx, const std::vector<CatalogueLine>& lines, std::uint64_t seed);

}  // namespace laoke::demo
