#include "handlers/TicketResolutionFacts.h"

#include "db/TicketResolutionRepository.h"
#include "engine/BusinessClock.h"
#include "engine/TicketSla.h"
#include "handlers/TicketClocks.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>

namespace laoke::handlers {

namespace proto = laoke::protocol;

namespace {

// Met or missed as the reply's clocks say; no clock: the policy set no target for it.
std::optional<bool> metOf(const proto::Ticket& ticket, const std::string& kind)
{
    for (const auto& sla : ticket.sla()) {
        if (sla.kind() == kind) return sla.state() == "met";
    }
    return std::nullopt;
}

// 一次解决: the person who took the request solved it, without handing it on, reopening it
// or anyone going on site.
bool solvedAtFirstContact(const proto::Ticket& ticket, const google::protobuf::RepeatedPtrField<proto::TicketEvent>& events)
{
    if (ticket.assignee_id() != ticket.owner_id()) return false;
    if (ticket.channel() == "onsite" || ticket.onsite_requested_at_unix() != 0) return false;
    return std::none_of(events.begin(), events.end(), [](const proto::TicketEvent& event) {
        return event.action() == "reassign" || event.to_state() == "reopened";
    });
}

}  // namespace

void updateResolutionFacts(db::UnitOfWork& work, const proto::TicketReply& reply, engine::TicketAction action,
                           const engine::ServiceLevels& levels)
{
    db::TicketResolutionRepository facts(work);
    if (action == engine::TicketAction::Reopen) {
        facts.forget(reply.ticket().id());
        return;
    }
    if (action != engine::TicketAction::Resolve) return;
    const proto::Ticket& ticket = reply.ticket();
    const engine::BusinessClock clock(levels.calendar);
    const engine::Instant resolved{std::chrono::seconds(ticket.resolved_at_unix())};
    const auto spent = engine::ticketServiceTimes(clock, ticketTimes(ticket, reply.events()), resolved);

    db::TicketResolution fact;
    fact.ticketId = ticket.id();
    fact.branchId = ticket.branch_id();
    fact.resolvedAtUnix = ticket.resolved_at_unix();
    fact.assigneeId = ticket.assignee_id();
    fact.ownerId = ticket.owner_id();
    fact.categoryId = ticket.category_id();
    fact.grade = ticket.customer_grade();
    fact.channel = ticket.channel();
    fact.priority = ticket.effective_priority();
    fact.responseSeconds = spent.firstResponse.count();
    fact.resolutionSeconds = spent.resolution.count();
    if (spent.onsiteArrival) fact.onsiteSeconds = spent.onsiteArrival->count();
    fact.responseMet = metOf(ticket, "first_response");
    fact.resolutionMet = metOf(ticket, "resolution");
    if (fact.onsiteSeconds) fact.onsiteMet = metOf(ticket, "onsite_arrival");
    fact.firstContact = solvedAtFirstContact(ticket, reply.events());
    facts.record(fact);
}

}  // namespace laoke::handlers
