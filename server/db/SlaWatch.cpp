#include "db/SlaWatch.h"

#include "db/Actor.h"
#include "db/Database.h"
#include "db/ServiceLevelCache.h"
#include "db/Sql.h"
#include "db/TicketAutoClose.h"
#include "engine/BusinessClock.h"
#include "engine/TicketSla.h"

#include <spdlog/spdlog.h>

#include <map>

namespace laoke::db {

namespace {

using engine::Instant;

// One sweep at a time across server instances (the key is arbitrary but fixed).
const Statement kLock{"sla_watch_lock", "SELECT pg_try_advisory_xact_lock(7041862500131)"};
// The open tickets, and those resolved in the last day: a ticket resolved after its deadline
// but before a sweep saw it open missed all the same, and the reports count that breach.
#define LAOKE_WATCHED                                                                                  \
    "(t.state IN ('new', 'assigned', 'in_progress', 'waiting_customer', 'reopened') "                  \
    "OR (t.state IN ('resolved', 'closed') AND t.resolved_at > now() - interval '1 day'))"
const Statement kOpenTickets{
    "sla_watch_open",
    "SELECT t.id, t.branch_id, c.manual_grade, t.effective_priority, extract(epoch FROM t.opened_at)::bigint AS opened, "
    "coalesce(extract(epoch FROM t.first_response_at)::bigint, 0) AS first_response, "
    "extract(epoch FROM coalesce(t.onsite_requested_at, CASE WHEN t.channel = 'onsite' THEN t.opened_at END))::bigint "
    "AS onsite_requested, extract(epoch FROM t.onsite_arrived_at)::bigint AS onsite_arrived, "
    "extract(epoch FROM t.resolved_at)::bigint AS resolved "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id WHERE " LAOKE_WATCHED};
const Statement kChanges{
    "sla_watch_changes",
    "SELECT e.ticket_id, extract(epoch FROM e.at)::bigint AS at, e.from_state, e.to_state FROM ticket_events e "
    "JOIN tickets t ON t.id = e.ticket_id WHERE e.kind = 'action' AND " LAOKE_WATCHED " ORDER BY e.ticket_id, e.at, e.id"};
#undef LAOKE_WATCHED
const Statement kRecord{
    "sla_watch_record",
    "INSERT INTO ticket_sla_events (ticket_id, branch_id, clock, level, round, crossed_at, deadline_at) "
    "VALUES ($1, $2, $3, $4, $5, to_timestamp($6), to_timestamp(nullif($7, 0))) "
    "ON CONFLICT (ticket_id, clock, level, round) DO NOTHING"};

Instant instantOf(long long unix) { return Instant(std::chrono::seconds(unix)); }
long long unixOf(const std::optional<Instant>& instant) { return instant ? instant->time_since_epoch().count() : 0; }

}  // namespace

void SlaWatch::start()
{
    m_thread = std::thread([this] { run(); });
}

void SlaWatch::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void SlaWatch::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        lock.unlock();
        try {
            if (const std::size_t recorded = sweep(); recorded > 0) spdlog::info("SLA watch: {} warnings or breaches recorded", recorded);
            if (const std::size_t closed = closeSettled(); closed > 0) spdlog::info("SLA watch: {} settled tickets closed", closed);
        } catch (const std::exception& e) {
            spdlog::warn("SLA watch: sweep failed ({}); trying again next time", e.what());
        }
        lock.lock();
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
    }
}

std::size_t SlaWatch::closeSettled()
{
    std::size_t closed = 0;
    m_database.transact(Actor::system(), [&](UnitOfWork& work) { closed = closeSettledTickets(work); });
    return closed;
}

std::size_t SlaWatch::sweep()
{
    std::size_t recorded = 0;
    m_database.transact(Actor::system(), [&](UnitOfWork& work) {
        recorded = 0;
        if (!exec(work, kLock)[0][0].as<bool>()) return;
        const auto levels = m_levels.current(work);
        const engine::BusinessClock clock(levels->calendar);
        const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());

        std::map<long long, std::vector<engine::TicketStateChange>> changes;
        for (const auto& row : exec(work, kChanges)) {
            changes[row["ticket_id"].as<long long>()].push_back(
                {instantOf(row["at"].as<long long>()), row["from_state"].c_str(), row["to_state"].c_str()});
        }
        for (const auto& row : exec(work, kOpenTickets)) {
            const auto priority = engine::parsePriority(row["effective_priority"].c_str());
            if (!priority) continue;
            const auto targets = levels->policy.targetsFor(row["manual_grade"].c_str(), *priority);
            if (!targets) continue;
            const long long id = row["id"].as<long long>();
            engine::TicketTimes times;
            times.opened = instantOf(row["opened"].as<long long>());
            if (const long long answered = row["first_response"].as<long long>(); answered != 0) times.firstResponse = instantOf(answered);
            if (const long long asked = epochOrZero(row["onsite_requested"]); asked != 0) times.onsiteRequested = instantOf(asked);
            if (const long long arrived = epochOrZero(row["onsite_arrived"]); arrived != 0) times.onsiteArrived = instantOf(arrived);
            if (const long long resolved = epochOrZero(row["resolved"]); resolved != 0) times.resolved = instantOf(resolved);
            int reopens = 0;
            if (const auto found = changes.find(id); found != changes.end()) {
                times.changes = found->second;
                for (const auto& change : found->second) reopens += change.toState == "reopened" ? 1 : 0;
            }
            for (const auto& [kind, status] : engine::ticketSlaClocks(clock, *targets, times, now)) {
                // A clock stopped after its deadline between two sweeps breached all the same.
                const bool breached = status.state == engine::SlaState::Breached || status.state == engine::SlaState::Missed;
                const bool warned = breached || status.state == engine::SlaState::AtRisk;
                if (!warned) continue;
                const int round = kind == "resolution" ? reopens : 0;
                const long long branch = row["branch_id"].as<long long>();
                const long long deadline = unixOf(status.deadline);
                recorded += exec(work, kRecord, id, branch, kind, "warning", round, unixOf(status.warningAt), deadline).affected_rows();
                if (breached) recorded += exec(work, kRecord, id, branch, kind, "breach", round, deadline, deadline).affected_rows();
            }
        }
    });
    return recorded;
}

}  // namespace laoke::db
