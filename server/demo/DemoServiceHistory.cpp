#include "demo/DemoServiceHistory.h"

#include "demo/BulkLoadTables.h"
#include "demo/DemoKbLinks.h"
#include "demo/DemoRoster.h"
#include "demo/DemoTicketLifecycle.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

namespace laoke::demo {
namespace {

// Tickets made and copied at a time: their events and rows stay in memory only that long.
constexpr std::size_t kChunk = 20000;

// The tables the history fills, parents first. Like the customers' tables they are loaded
// without their secondary indexes and foreign keys (per-row checks and index updates made the
// COPY five times slower) and without the triggers that announce every row to running servers
// (V0010, V0013, V0015): a bulk load announces nothing, like the customers' COPY.
const std::vector<std::string> kTables{"tickets", "ticket_appointments", "ticket_events", "ticket_resolutions",
                                       "ticket_sla_events", "callbacks", "callback_attempts", "complaints",
                                       "complaint_events", "kb_article_uses", "roster_weeks", "roster_entries"};

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

/// The first id a serial column's sequence gives next (taking it).
std::int64_t firstId(pqxx::work& tx, const char* table)
{
    return tx.exec_params("SELECT nextval(pg_get_serial_sequence($1, 'id'))", std::string(table))[0][0].as<std::int64_t>();
}

/// After the load the id sequence of `table` gives `next` next.
void continueAt(pqxx::work& tx, const char* table, std::int64_t next)
{
    tx.exec_params("SELECT setval(pg_get_serial_sequence($1, 'id'), $2, false)", std::string(table), next);
}

}  // namespace

DemoServiceHistory::DemoServiceHistory(pqxx::work& tx, ServiceHistorySettings settings, std::vector<CatalogueLine> lines,
                                       std::vector<std::int64_t> administrators)
    : m_settings(settings),
      m_lines(std::move(lines)),
      m_administrators(std::move(administrators)),
      m_levels(engine::defaultServiceLevels())
{
    // Sub-categories only: a ticket is filed under the problem, reported under its group.
    for (const auto& row : tx.exec("SELECT id, parent_id, code, name_zh FROM ticket_categories "
                                   "WHERE parent_id IS NOT NULL AND archived_at IS NULL ORDER BY parent_id, sort_order, id")) {
        m_categories.push_back(ServiceCategory{row[0].as<std::int64_t>(), row[1].as<std::int64_t>(), row[2].c_str(), row[3].c_str()});
    }
    m_branches = readServiceBranches(tx);
    const auto sample = tx.exec("SELECT sample_percent FROM callback_settings");
    if (!sample.empty()) m_samplePercent = sample[0][0].as<int>();
    if (m_categories.empty() || m_lines.empty()) return;  // nothing to file tickets under
    PlannerSetup setup;
    setup.seed = m_settings.seed;
    setup.today = m_settings.today;
    setup.now = m_settings.now;
    setup.months = m_settings.months;
    setup.rate = m_settings.rate;
    setup.levels = &m_levels;
    setup.lines = &m_lines;
    setup.categories = &m_categories;
    setup.branches = &m_branches;
    m_planner = std::make_unique<DemoTicketPlanner>(setup);
}

DemoServiceHistory::~DemoServiceHistory() = default;

void DemoServiceHistory::addCustomers(const std::vector<DemoCustomer>& batch)
{
    if (!m_planner) return;
    for (const DemoCustomer& customer : batch) m_planner->addCustomer(customer, m_plans);
}

std::unordered_set<std::int64_t> DemoServiceHistory::latestCallbacks(const LifecycleSetup& setup, const NextIds& first) const
{
    // The callback queue would often be empty on a small demo at a quiet hour. The tickets of
    // the last few hundred plans per branch are drawn once ahead (drawing is deterministic;
    // their ids follow from how many tickets come before them), and each branch's three
    // latest resolutions with a callback keep it waiting.
    auto served = [&](std::int64_t branchId) {
        return std::any_of(m_branches.begin(), m_branches.end(), [&](const ServiceBranch& b) {
            return b.id == branchId && !(b.engineers.empty() && b.managers.empty());
        });
    };
    const std::size_t tail = std::min(m_plans.size(), 300 * std::max<std::size_t>(1, m_branches.size()));
    NextIds probe = first;
    for (std::size_t i = 0; i + tail < m_plans.size(); ++i) {
        if (served(m_plans[i].branchId)) ++probe.ticket;
    }
    const DemoTicketLifecycle lifecycle(setup);
    std::map<std::int64_t, std::vector<std::pair<Instant, std::int64_t>>> byBranch;
    for (std::size_t i = m_plans.size() - tail; i < m_plans.size(); ++i) {
        const auto ticket = lifecycle.make(m_plans[i], probe);
        if (ticket && ticket->callback) byBranch[m_plans[i].branchId].emplace_back(*ticket->resolved, ticket->id);
    }
    std::unordered_set<std::int64_t> pending;
    for (auto& [branch, resolved] : byBranch) {
        std::sort(resolved.rbegin(), resolved.rend());
        for (std::size_t i = 0; i < resolved.size() && i < 3; ++i) pending.insert(resolved[i].second);
    }
    return pending;
}

ServiceRowCounts DemoServiceHistory::write(pqxx::work& tx, PGconn* connection)
{
    ServiceRowCounts counts;
    addEngineerProfiles(tx, m_lines, m_settings.seed);
    if (!m_planner) return counts;
    m_planner->addToday(m_plans);
    // Ids and numbers in the order the tickets came in; ties by customer, then the draw.
    std::stable_sort(m_plans.begin(), m_plans.end(), [](const TicketPlan& a, const TicketPlan& b) {
        return a.opened != b.opened ? a.opened < b.opened : a.customerId != b.customerId ? a.customerId < b.customerId : a.seed < b.seed;
    });

    BulkLoadTables tables(tx, kTables, true);
    NextIds ids;
    ids.ticket = firstId(tx, "tickets");
    ids.appointment = firstId(tx, "ticket_appointments");
    ids.callback = firstId(tx, "callbacks");
    ids.ticketNumber = tx.exec("SELECT nextval('ticket_number_seq')")[0][0].as<std::int64_t>();
    const std::int64_t firstComplaint = firstId(tx, "complaints");

    LifecycleSetup setup;
    setup.now = m_settings.now;
    setup.levels = &m_levels;
    setup.categories = &m_categories;
    setup.lines = &m_lines;
    setup.branches = &m_branches;
    setup.administrators = m_administrators;
    setup.callbackSamplePercent = m_samplePercent;
    setup.pendingCallbacks = latestCallbacks(setup, ids);
    const DemoTicketLifecycle lifecycle(setup);
    DemoKbLinks kbLinks(tx, m_lines);
    RosterSetup rosterSetup;
    rosterSetup.seed = m_settings.seed;
    rosterSetup.today = m_settings.today;
    rosterSetup.now = m_settings.now;
    rosterSetup.months = m_settings.months;
    rosterSetup.levels = &m_levels;
    rosterSetup.branches = &m_branches;
    DemoRoster roster(rosterSetup);

    std::vector<ComplaintRow> complaints;
    double makeSeconds = 0;
    double copySeconds = 0;
    std::vector<DemoTicket> chunk;
    chunk.reserve(kChunk);
    for (std::size_t start = 0; start < m_plans.size(); start += kChunk) {
        chunk.clear();
        const std::size_t end = std::min(m_plans.size(), start + kChunk);
        const auto makeStart = Clock::now();
        for (std::size_t i = start; i < end; ++i) {
            auto ticket = lifecycle.make(m_plans[i], ids);
            if (!ticket) continue;
            if (ticket->callback && ticket->callback->complaint) complaints.push_back(*ticket->callback->complaint);
            kbLinks.add(*ticket);
            roster.add(*ticket);
            chunk.push_back(std::move(*ticket));
        }
        const auto copyStart = Clock::now();
        makeSeconds += secondsSince(makeStart);
        writeTickets(connection, chunk, counts);
        counts.kbLinks += kbLinks.write(connection);
        copySeconds += secondsSince(copyStart);
    }
    spdlog::debug("demo data: tickets made in {:.1f} s, copied in {:.1f} s", makeSeconds, copySeconds);

    // A manager opening the complaint list finds work: in every branch the latest case is
    // still open and the one before it being handled, whatever the draw said.
    std::stable_sort(complaints.begin(), complaints.end(),
                     [](const ComplaintRow& a, const ComplaintRow& b) { return a.openedAt < b.openedAt; });
    std::map<std::int64_t, int> leftOpen;
    for (auto latest = complaints.rbegin(); latest != complaints.rend(); ++latest) {
        const int before = leftOpen[latest->branchId]++;
        if (before >= 2) continue;
        latest->resolvedAt.reset();
        latest->resolution.clear();
        if (before == 0) latest->handlingAt.reset();
        else if (!latest->handlingAt) latest->handlingAt = std::min(m_settings.now, latest->openedAt + std::chrono::minutes(40));
    }
    // Complaint ids follow their opening, as a server would have given them.
    writeComplaints(connection, complaints, firstComplaint, counts);
    const auto rosterStart = Clock::now();
    counts.rosterEntries = roster.write(tx, connection);
    spdlog::debug("demo data: {} roster days planned in {:.2f} s", counts.rosterEntries, secondsSince(rosterStart));

    continueAt(tx, "tickets", ids.ticket);
    continueAt(tx, "ticket_appointments", ids.appointment);
    continueAt(tx, "callbacks", ids.callback);
    continueAt(tx, "complaints", firstComplaint + counts.complaints);
    // The next ticket a user opens gets the next number (TicketRepository's insert).
    tx.exec_params("SELECT setval('ticket_number_seq', $1, false)", ids.ticketNumber);
    const auto restoreStart = Clock::now();
    tables.restore();
    // The articles' use counts, which the disabled trigger keeps for single links.
    DemoKbLinks::countUses(tx);
    // The reports' per-day rollup, which the disabled trigger keeps for single changes, in one
    // set-based statement (V0019).
    tx.exec("SELECT ticket_resolution_days_rebuild()");
    for (const auto& table : kTables) tx.exec("ANALYZE " + table);
    tx.exec("ANALYZE ticket_resolution_days");
    spdlog::debug("demo data: ticket indexes and keys rebuilt in {:.1f} s", secondsSince(restoreStart));
    m_plans.clear();
    m_plans.shrink_to_fit();
    return counts;
}

}  // namespace laoke::demo
