#pragma once
// The duty roster (V0017): a branch's planned weeks with their versions, the entered duties,
// the branch's hotline capacity, and the ticket counts the staffing suggestion is made from.
// Visibility and writing follow the branch (row-level security); the handler checks first.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

class RosterRepository {
public:
    explicit RosterRepository(UnitOfWork& work) : m_work(work) {}

    /// The branch's name; NOT_FOUND when it does not exist.
    std::string branchName(std::int64_t branchId);
    /// The enabled engineers and branch managers of the branch, by name.
    std::vector<protocol::RosterPerson> people(std::int64_t branchId);

    /// 0 when the week was never saved (or row-level security hides it).
    std::int64_t weekVersion(std::int64_t branchId, std::chrono::sys_days monday);
    /// Takes the week for saving at `expectedVersion` (0: never saved yet) and moves its
    /// version on; returns the new version. CONFLICT when someone saved it since.
    std::int64_t claimWeek(std::int64_t branchId, std::chrono::sys_days monday, std::int64_t expectedVersion);

    std::vector<protocol::RosterCell> cells(std::int64_t branchId, std::chrono::sys_days monday);
    /// Writes one cell of a claimed week; office without a note removes the entry.
    void writeCell(std::int64_t branchId, std::chrono::sys_days monday, const protocol::RosterCell& cell);

    /// The entered duties of `day`, of one branch (0: every branch the caller sees).
    std::vector<protocol::RosterCell> dutiesOn(std::int64_t branchId, std::chrono::sys_days day);

    /// Hotline tickets one person handles a day: the branch's setting, else 12.
    int ticketsPerPerson(std::int64_t branchId);
    void setTicketsPerPerson(std::int64_t branchId, int tickets);

    /// Hotline tickets (hotline, remote and WeChat channels) opened per China date in
    /// [from, to).
    std::map<std::chrono::sys_days, int> openedPerDay(std::int64_t branchId, std::chrono::sys_days from,
                                                      std::chrono::sys_days to);
    /// The China date of the branch's first ticket (any channel); nullopt when it has none.
    std::optional<std::chrono::sys_days> firstTicketDay(std::int64_t branchId);

private:
    UnitOfWork& m_work;
};

/// The default of roster_settings.tickets_per_person.
inline constexpr int kDefaultTicketsPerPerson = 12;

}  // namespace laoke::db
