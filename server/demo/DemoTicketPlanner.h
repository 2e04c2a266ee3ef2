#pragma once
// Plans the demo's tickets from its customers (shared/domain-research.md §6.2 and §3.1):
//
// - how many: per customer and year, Poisson with mean 3 for micro-firm software (T3, KIS
//   标准, SaaS), 6 for small-firm (T+, KIS 专业), 14 for mid-market (U8+, K/3, 星空), with a
//   heavy tail and a share of customers that never call;
// - when: over the last `months` months, January ×2.5 (年结), December ×1.4, days 25-5 of a
//   month ×1.5 (月结), days 6-15 ×1.2 (申报期), days off ×0.2, in office hours;
// - what: the §3.1 category weights (January is 60% 年结), the channel mix 热线 45 / 远程 35 /
//   现场 12 / 微信 8, priorities, the product and module concerned, the caller;
// - and a handful of tickets per branch open today, some with visits booked for today.
//
// Deterministic: each customer's tickets come from its own random stream.

#include "demo/CustomerGenerator.h"
#include "demo/DemoRandom.h"
#include "demo/DemoServiceStaff.h"
#include "demo/DemoTicketPlan.h"
#include "engine/ServiceLevels.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace laoke::demo {

struct PlannerSetup {
    std::uint64_t seed = 1;
    Date today;
    Instant now;
    int months = 6;
    double rate = 1.0;  ///< scales every customer's ticket rate (the big bench loads less)
    const engine::ServiceLevels* levels = nullptr;
    const std::vector<CatalogueLine>* lines = nullptr;
    const std::vector<ServiceCategory>* categories = nullptr;  ///< sub-categories only
    const std::vector<ServiceBranch>* branches = nullptr;
};

class DemoTicketPlanner {
public:
    explicit DemoTicketPlanner(PlannerSetup setup);

    /// Appends the customer's past tickets to `out`, and remembers a few customers per branch
    /// for today's tickets.
    void addCustomer(const DemoCustomer& customer, std::vector<TicketPlan>& out);

    /// Appends today's open tickets and visits of every branch with service people.
    void addToday(std::vector<TicketPlan>& out);

private:
    struct Group {
        std::int64_t id = 0;
        std::string code;
        double weight = 0;
        std::vector<std::int32_t> subs;  ///< indexes into the sub-categories
    };

    /// A customer's facts for a ticket on `day`; false when it has nothing to ask about.
    bool fillCustomerFacts(DemoRandom& random, const DemoCustomer& customer, Date day, std::int32_t category, TicketPlan& plan) const;
    std::int32_t drawCategory(DemoRandom& random, Date day) const;
    double yearlyRate(DemoRandom& random, const DemoCustomer& customer) const;

    PlannerSetup m_setup;
    std::vector<Date> m_days;
    std::vector<double> m_cumulative;  ///< of the day weights, for drawing a day
    double m_windowWeight = 0;         ///< the days' weights over the year's: the share of a year's tickets
    std::vector<Group> m_groups;
    std::unordered_map<std::int64_t, const CatalogueLine*> m_lineOfVersion;
    std::unordered_map<std::int64_t, std::int16_t> m_lineIndex;
    std::unordered_map<std::int64_t, std::vector<TicketPlan>> m_todayCandidates;  ///< by branch
};

}  // namespace laoke::demo
