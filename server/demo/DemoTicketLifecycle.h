#pragma once
// The history of one planned demo ticket (DemoTicketPlan.h), as the server would have written
// it had the desk worked it through the application: the ticket row, its events (opened,
// assign, start, maybe a reassign, a wait and resume, a visit, resolve, close; for a few a
// reopen and second resolution, or a cancel: DemoTicketTurns), its visit, the
// report row of its resolution (ticket_resolutions, V0019) with the business times and SLA
// results engine/TicketSla gives, the SLA warnings and breaches the SLA watch would have
// recorded, the callback with its attempts and a complaint when the score was low.
//
// Everything after `now` has not happened yet: a ticket whose resolution would come later is
// still open, a callback whose call would come later is still pending. Times are drawn in
// business time (engine/BusinessClock) so nobody works at night.

#include "db/TicketResolutionRepository.h"
#include "demo/DemoServiceStaff.h"
#include "demo/DemoTicketPlan.h"
#include "engine/BusinessClock.h"
#include "engine/ServiceLevels.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace laoke::demo {

struct TicketEventRow {
    Instant at;
    std::int64_t actorId = 0;
    std::string_view kind;    ///< opened, action, appointment
    std::string_view action;  ///< for kind action
    std::string_view fromState;
    std::string_view toState;
    std::int64_t assigneeId = 0;
    std::string note;
    std::string_view appointmentChange;  ///< for kind appointment
    Instant appointmentStarts;
};

struct AppointmentRow {
    std::int64_t id = 0;
    std::int64_t engineerId = 0;
    Instant startsAt;
    Instant endsAt;
    std::string_view state;  ///< planned, arrived, finished
    std::optional<Instant> arrivedAt;
    std::optional<Instant> finishedAt;
    std::string note;
    Instant createdAt;
    std::int64_t createdBy = 0;
    Instant updatedAt;
    std::int64_t updatedBy = 0;
    int version = 1;
};


struct SlaEventRow {
    std::string_view clock;
    std::string_view level;
    Instant crossedAt;
    std::optional<Instant> deadline;
    int round = 0;  ///< the resolution clock's: how many reopens came before (SlaWatch)
};

struct CallbackAttemptRow {
    Instant at;
    std::int64_t actorId = 0;
    std::string_view outcome;
    int satisfaction = 0;  ///< 0: none
    std::string_view comment;
    bool complaint = false;
};

struct ComplaintRow {
    std::int64_t ticketId = 0;
    std::int64_t branchId = 0;
    std::int64_t callbackId = 0;
    int satisfaction = 0;
    std::string summary;
    Instant openedAt;
    std::int64_t openedBy = 0;
    std::int64_t handlerId = 0;
    std::optional<Instant> handlingAt;
    std::optional<Instant> resolvedAt;
    std::string resolution;
};

struct CallbackRow {
    std::int64_t id = 0;
    std::string_view reason;
    Instant resolvedAt;  ///< the resolution it asks about
    Instant createdAt;
    std::int64_t createdBy = 0;
    std::vector<CallbackAttemptRow> attempts;
    bool done = false;
    std::optional<ComplaintRow> complaint;
    std::optional<Instant> cancelledAt;  ///< a reopen cancelled it before anyone called
    std::int64_t cancelledBy = 0;
};

struct DemoTicket {
    std::int64_t id = 0;
    std::string number;
    const TicketPlan* plan = nullptr;
    std::int64_t categoryId = 0;
    std::int64_t categoryGroupId = 0;  ///< the top-level category (reported by it)
    std::string_view state;
    std::int64_t ownerId = 0;
    std::int64_t assigneeId = 0;  ///< 0: nobody yet
    std::string subject;
    std::string description;
    std::string solution;  ///< written when resolved
    std::string_view kbArticle;  ///< the title of the demo article its solution follows; "" when none
    std::optional<Instant> firstResponse;
    std::optional<Instant> onsiteRequested;  ///< hotline and remote tickets that booked a visit
    std::optional<Instant> nextAppointment;
    std::optional<Instant> onsiteArrived;
    std::optional<Instant> resolved;
    std::optional<Instant> closed;
    Instant updatedAt;
    std::int64_t updatedBy = 0;
    int version = 1;
    std::vector<std::int64_t> textKeys;
    std::vector<TicketEventRow> events;
    std::optional<AppointmentRow> appointment;
    /// The report row, the same fact the server records when a ticket is resolved.
    std::optional<db::TicketResolution> resolution;
    std::vector<SlaEventRow> slaEvents;
    std::optional<CallbackRow> callback;
    /// The callback of a first resolution that a reopen cancelled before anyone called.
    std::optional<CallbackRow> cancelledCallback;
};

struct LifecycleSetup {
    Instant now;
    const engine::ServiceLevels* levels = nullptr;
    const std::vector<ServiceCategory>* categories = nullptr;  ///< the sub-categories of the plans
    const std::vector<CatalogueLine>* lines = nullptr;
    const std::vector<ServiceBranch>* branches = nullptr;
    std::vector<std::int64_t> administrators;  ///< handle complaints where a branch has no manager
    int callbackSamplePercent = 20;
    /// Tickets whose callback nobody has made yet, whenever they were resolved (the latest of
    /// each branch, so every branch's callback queue has calls to make).
    std::unordered_set<std::int64_t> pendingCallbacks;
};

/// A drawn duration in business minutes: at least one, and at most ten working days (the
/// log-normal tails would otherwise now and then run for years).
inline std::chrono::seconds demoWorkMinutes(double value)
{
    return std::chrono::seconds(std::llround(std::clamp(value, 1.0, 10.0 * 8 * 60) * 60));
}

/// Ids are handed out in the order tickets are made (the order they were opened in).
struct NextIds {
    std::int64_t ticket = 1;
    std::int64_t ticketNumber = 1;
    std::int64_t appointment = 1;
    std::int64_t callback = 1;
};

class DemoTicketLifecycle {
public:
    explicit DemoTicketLifecycle(LifecycleSetup setup);

    /// The ticket of `plan` with everything until now; nullopt when its branch has nobody to
    /// work it. Takes the ids it uses from `ids`.
    std::optional<DemoTicket> make(const TicketPlan& plan, NextIds& ids) const;

private:
    LifecycleSetup m_setup;
    engine::BusinessClock m_clock;
};

}  // namespace laoke::demo
