#include "db/TicketAutoClose.h"

#include "db/AuditLog.h"
#include "db/Sql.h"

#include <vector>

namespace laoke::db {
namespace {

// SKIP LOCKED: a ticket someone is acting on right now (a callback being recorded, a reopen)
// is left to the next sweep.
const Statement kClose{
    "ticket_auto_close",
    "WITH due AS (SELECT t.id FROM tickets t WHERE t.state = 'resolved' "
    "AND t.resolved_at < now() - make_interval(hours => $1) "
    "AND NOT EXISTS (SELECT 1 FROM callbacks c WHERE c.ticket_id = t.id AND c.state = 'pending') "
    "ORDER BY t.resolved_at LIMIT 500 FOR UPDATE SKIP LOCKED) "
    "UPDATE tickets t SET state = 'closed', closed_at = now(), updated_by = NULL, updated_at = now(), "
    "version = version + 1 FROM due WHERE t.id = due.id RETURNING t.id"};
const Statement kEvents{
    "ticket_auto_close_events",
    "INSERT INTO ticket_events (ticket_id, actor_id, kind, action, from_state, to_state) "
    "SELECT unnest($1::bigint[]), NULL, 'action', 'close', 'resolved', 'closed'"};

}  // namespace

std::size_t closeSettledTickets(UnitOfWork& work, std::chrono::hours after)
{
    std::vector<std::int64_t> closed;
    for (const auto& row : exec(work, kClose, static_cast<int>(after.count()))) closed.push_back(row[0].as<std::int64_t>());
    if (closed.empty()) return 0;
    exec(work, kEvents, toBigintArrayLiteral(closed));
    AuditLog audit(work);
    for (const std::int64_t id : closed) {
        audit.record("ticket.close", "ticket", id, {{"reason", "settled: resolved with no callback pending"}});
    }
    return closed.size();
}

}  // namespace laoke::db
