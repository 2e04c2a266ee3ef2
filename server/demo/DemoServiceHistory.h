#pragma once
// The demo's service history: months of past tickets with their events, visits, report rows,
// SLA events, callbacks and complaints, today's open tickets and visits, the engineers'
// dispatch profiles, the knowledge articles linked to the tickets they solved (DemoKbLinks)
// and the branches' duty rosters (DemoRoster). Built inside the demo load's transaction from
// the customers as they stream in (DemoTicketPlanner keeps a small plan per ticket), then
// written in the order the tickets were opened, so ids and GD numbers run with time and the
// server numbers on from them.

#include "demo/CustomerGenerator.h"
#include "demo/DemoServiceRows.h"
#include "demo/DemoServiceStaff.h"
#include "demo/DemoTicketLifecycle.h"
#include "demo/DemoTicketPlanner.h"

#include <pqxx/pqxx>

#include <libpq-fe.h>

#include <memory>
#include <unordered_set>
#include <vector>

namespace laoke::demo {

struct ServiceHistorySettings {
    std::uint64_t seed = 1;
    Date today;
    Instant now;          ///< what has happened by then is history; the rest has not happened
    int months = 6;
    double rate = 1.0;    ///< scales the tickets per customer
};

class DemoServiceHistory {
public:
    /// Reads the categories, the branches' service people and the callback sample; `lines` is
    /// the catalogue the customers were generated from.
    DemoServiceHistory(pqxx::work& tx, ServiceHistorySettings settings, std::vector<CatalogueLine> lines,
                       std::vector<std::int64_t> administrators);
    ~DemoServiceHistory();

    void addCustomers(const std::vector<DemoCustomer>& batch);

    /// Writes everything (the customers must be in) and moves the id and ticket number
    /// sequences past what it used; also gives the engineers their dispatch profiles.
    ServiceRowCounts write(pqxx::work& tx, PGconn* connection);

private:
    /// The tickets whose callbacks are left waiting (DemoServiceHistory.cpp says why).
    std::unordered_set<std::int64_t> latestCallbacks(const LifecycleSetup& setup, const NextIds& first) const;

    ServiceHistorySettings m_settings;
    std::vector<CatalogueLine> m_lines;
    std::vector<std::int64_t> m_administrators;
    std::vector<ServiceCategory> m_categories;
    std::vector<ServiceBranch> m_branches;
    int m_samplePercent = 20;
    engine::ServiceLevels m_levels;
    std::unique_ptr<DemoTicketPlanner> m_planner;
    std::vector<TicketPlan> m_plans;
};

}  // namespace laoke::demo
