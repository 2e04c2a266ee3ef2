#include "db/TicketResolutionRepository.h"

#include "db/Sql.h"

namespace laoke::db {

namespace {

const Statement kForget{"ticket_resolution_forget", "DELETE FROM ticket_resolutions WHERE ticket_id = $1"};
// The category group is the top of the two-level tree: the parent, or the category itself.
const Statement kRecord{
    "ticket_resolution_record",
    "INSERT INTO ticket_resolutions (ticket_id, branch_id, resolved_at, assignee_id, owner_id, category_group_id, grade, "
    "channel, priority, response_seconds, resolution_seconds, onsite_seconds, response_met, resolution_met, onsite_met, "
    "first_contact, satisfaction, complaints) "
    "SELECT $1, $2, to_timestamp($3), $4, $5, (SELECT coalesce(c.parent_id, c.id) FROM ticket_categories c WHERE c.id = $6), "
    "$7, $8, $9, $10, $11, $12, $13, $14, $15, $16, "
    "(SELECT b.satisfaction FROM callbacks b WHERE b.ticket_id = $1 AND b.satisfaction IS NOT NULL ORDER BY b.id DESC LIMIT 1), "
    "(SELECT count(*) FROM complaints p WHERE p.ticket_id = $1)"};
const Statement kSatisfaction{"ticket_resolution_satisfaction",
                              "UPDATE ticket_resolutions SET satisfaction = $2 WHERE ticket_id = $1"};
const Statement kComplaint{"ticket_resolution_complaint",
                           "UPDATE ticket_resolutions SET complaints = complaints + 1 WHERE ticket_id = $1"};

}  // namespace

void TicketResolutionRepository::record(const TicketResolution& r)
{
    exec(m_work, kForget, r.ticketId);
    exec(m_work, kRecord, r.ticketId, r.branchId, r.resolvedAtUnix, r.assigneeId, r.ownerId, r.categoryId, r.grade,
         r.channel, r.priority, r.responseSeconds, r.resolutionSeconds, r.onsiteSeconds, r.responseMet, r.resolutionMet,
         r.onsiteMet, r.firstContact);
}

void TicketResolutionRepository::forget(std::int64_t ticketId)
{
    exec(m_work, kForget, ticketId);
}

void TicketResolutionRepository::setSatisfaction(std::int64_t ticketId, int score)
{
    exec(m_work, kSatisfaction, ticketId, score);
}

void TicketResolutionRepository::countComplaint(std::int64_t ticketId)
{
    exec(m_work, kComplaint, ticketId);
}

}  // namespace laoke::db
