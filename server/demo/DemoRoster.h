#pragma once
// The demo's duty roster (值班表, V0017): for every branch, the weeks of the service history,
// the current week and the next, as its manager would have planned them on the roster page.
//
// - Hotline duty (热线值班) every working day of the calendar (make-up working days included),
//   as many people as the roster page's own suggestion asks for (engine/StaffingForecast, from
//   the branch's hotline, remote and WeChat tickets of the weeks before, raised at month-end
//   and year-end), at least one and at most the people free that day; a fair rota (whoever
//   had the fewest hotline days so far takes the next), one person at least kept off the
//   hotline for visits. Engineers answer the hotline; the branch manager only in a branch with
//   fewer than two engineers. Who has the fewest visits that day goes on the hotline first:
//   on a big demo (20,000 customers for a dozen engineers) everyone has visits every day, and
//   then a hotline person has one too.
// - Onsite (外勤) for the others who had a visit booked that day (the history's appointments
//   and today's); in the days still ahead, a few planned visits (installations, training).
// - Leave (休假) now and then: a day or two in about one week of six per person, never on a
//   day the person had a visit or worked a ticket, never leaving the hotline without cover.
// - Office (坐班) has no row, and days off have none.
// - The page's capacity (roster_settings: hotline tickets per person a day) is set where the
//   manager has none, from the desk's ordinary days shared by all but one of its people (12
//   to 40), so a big demo's forecast asks for about the people the branch has and is short at
//   month-end, instead of being short every day.
//
// Deterministic: the draws come from the seed, the branch and the day. Weeks a manager already
// planned in the database are left as they are.

#include "demo/DemoServiceStaff.h"
#include "demo/DemoTicketLifecycle.h"
#include "engine/ServiceLevels.h"

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <cstdint>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace laoke::demo {

struct RosterSetup {
    std::uint64_t seed = 1;
    Date today;
    Instant now;
    int months = 6;
    const engine::ServiceLevels* levels = nullptr;
    const std::vector<ServiceBranch>* branches = nullptr;
};

class DemoRoster {
public:
    explicit DemoRoster(RosterSetup setup);

    /// Notes what the ticket tells about the days: a hotline-desk request, who worked on it
    /// on which day, who went on site on which day.
    void add(const DemoTicket& ticket);

    /// Writes the weeks and their entries; returns how many entries.
    std::int64_t write(pqxx::work& tx, PGconn* connection) const;

private:
    struct Entry {
        std::int64_t userId = 0;
        Date day;
        const char* duty = "";
        const char* note = "";
    };

    /// The entries of one branch's week from `monday`.
    std::vector<Entry> planWeek(const ServiceBranch& branch, Date monday, int ticketsPerPerson,
                                std::map<std::int64_t, int>& hotlineDays) const;
    /// The branch's hotline capacity (roster_settings) where its manager has set none.
    int ticketsPerPerson(const ServiceBranch& branch) const;
    bool busy(std::int64_t userId, Date day) const;
    int visits(std::int64_t userId, Date day) const;

    RosterSetup m_setup;
    std::map<std::int64_t, std::map<Date, int>> m_deskTickets;  ///< by branch: hotline-desk tickets per day
    std::map<std::int64_t, Date> m_firstTicket;                 ///< by branch
    std::unordered_set<std::uint64_t> m_worked;                 ///< (user, day) with ticket work
    std::unordered_map<std::uint64_t, int> m_visits;            ///< visits per (user, day)
};

}  // namespace laoke::demo
