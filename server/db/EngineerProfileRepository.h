#pragma once
// Engineers' home city and skills (V0018), and the facts the dispatch recommendation ranks a
// ticket's candidates by: their load, where they start from, their skills, and how many of
// the customer's tickets they worked in the last year. Row-level security keeps branches
// apart; the handler checks who may write.

#include "db/UnitOfWork.h"
#include "engine/DispatchRanking.h"
#include "laoke.pb.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

/// A candidate for a ticket, with the name the recommendation shows.
struct RankingCandidate {
    engine::DispatchCandidate facts;
    std::string displayName;
};

/// The ticket facts the ranking needs that the ticket message does not carry.
struct TicketPlace {
    std::int64_t productLineId = 0;
    std::string customerCity;
    std::optional<engine::GeoPoint> customerLocation;  ///< the customer's own coordinates, when entered
};

class EngineerProfileRepository {
public:
    explicit EngineerProfileRepository(UnitOfWork& work) : m_work(work) {}

    /// The profile (version 0 and no skills when none was saved yet).
    protocol::EngineerProfile get(std::int64_t userId);
    /// Replaces it at expectedVersion (0: the first save); CONFLICT when it changed since.
    protocol::EngineerProfile save(const protocol::EngineerProfile& profile, std::int64_t branchId, std::int64_t expectedVersion);

    /// Skills and home city of these users (those with a profile).
    std::map<std::int64_t, protocol::EngineerProfile> profilesOf(const std::vector<std::int64_t>& userIds);

    /// The enabled engineers and branch managers of the branch with their load, home city
    /// (else the branch's), skills, and this customer's tickets they worked in the last year.
    std::vector<RankingCandidate> candidates(std::int64_t branchId, std::int64_t customerId);
    TicketPlace placeOf(std::int64_t ticketId);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
