#include "handlers/TicketClocks.h"

#include "engine/BusinessClock.h"
#include "engine/TicketSla.h"

#include <chrono>

namespace laoke::handlers {

namespace proto = laoke::protocol;

namespace {

engine::Instant instantOf(std::int64_t unix) { return engine::Instant(std::chrono::seconds(unix)); }

std::int64_t unixOf(const std::optional<engine::Instant>& instant)
{
    return instant ? instant->time_since_epoch().count() : 0;
}

template <typename Events>
engine::TicketTimes timesOf(const proto::Ticket& ticket, const Events& events)
{
    engine::TicketTimes times;
    times.opened = instantOf(ticket.opened_at_unix());
    if (ticket.first_response_at_unix() != 0) times.firstResponse = instantOf(ticket.first_response_at_unix());
    if (ticket.resolved_at_unix() != 0) times.resolved = instantOf(ticket.resolved_at_unix());
    if (ticket.onsite_requested_at_unix() != 0) times.onsiteRequested = instantOf(ticket.onsite_requested_at_unix());
    if (ticket.onsite_arrived_at_unix() != 0) times.onsiteArrived = instantOf(ticket.onsite_arrived_at_unix());
    for (const auto& event : events) {
        if (event.kind() == "action") times.changes.push_back({instantOf(event.at_unix()), event.from_state(), event.to_state()});
    }
    return times;
}

template <typename Events>
void fill(proto::Ticket& ticket, const Events& events, const engine::ServiceLevels& levels)
{
    ticket.clear_sla();
    const auto priority = engine::parsePriority(ticket.effective_priority());
    if (!priority || ticket.state() == "cancelled") return;  // a cancelled ticket has no service level
    const auto targets = levels.policy.targetsFor(ticket.customer_grade(), *priority);
    if (!targets) return;
    const engine::TicketTimes times = timesOf(ticket, events);
    const engine::BusinessClock clock(levels.calendar);
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    for (const auto& [kind, status] : engine::ticketSlaClocks(clock, *targets, times, now)) {
        auto* sla = ticket.add_sla();
        sla->set_kind(kind);
        sla->set_state(std::string(engine::slaStateName(status.state)));
        sla->set_used_seconds(status.used.count());
        sla->set_target_seconds(status.target.count());
        sla->set_paused(status.paused);
        sla->set_warning_at_unix(unixOf(status.warningAt));
        sla->set_deadline_unix(unixOf(status.deadline));
    }
}

}  // namespace

engine::TicketTimes ticketTimes(const proto::Ticket& ticket, const google::protobuf::RepeatedPtrField<proto::TicketEvent>& events)
{
    return timesOf(ticket, events);
}

void fillSlaClocks(proto::Ticket& ticket, const std::vector<proto::TicketEvent>& events, const engine::ServiceLevels& levels)
{
    fill(ticket, events, levels);
}

void fillSlaClocks(proto::Ticket& ticket, const google::protobuf::RepeatedPtrField<proto::TicketEvent>& events,
                   const engine::ServiceLevels& levels)
{
    fill(ticket, events, levels);
}

}  // namespace laoke::handlers
