#include "demo/DemoTicketLifecycle.h"

#include "demo/DemoRandom.h"
#include "demo/DemoTicketText.h"
#include "demo/DemoTicketTurns.h"
#include "engine/CallbackRules.h"
#include "engine/CategorySuggester.h"
#include "engine/TicketSla.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace laoke::demo {
namespace {

using namespace std::chrono;
using namespace std::string_view_literals;

constexpr hours kChinaOffset{8};

seconds ofMinutes(double value) { return demoWorkMinutes(value); }

// Someone spoke to the customer while opening the ticket (TicketHandler's rule): the call,
// the visit or the walk-in was the first response.
bool answeredAtOpening(std::string_view channel) { return channel == "hotline" || channel == "walk_in" || channel == "onsite"; }

std::string ticketNumber(Instant opened, std::int64_t sequence)
{
    const year_month_day date{floor<days>(opened + kChinaOffset)};
    char text[32];
    std::snprintf(text, sizeof text, "GD%04d-%06lld", static_cast<int>(date.year()), static_cast<long long>(sequence));
    return text;
}

// Half-hour steps, as people book visits (China is a whole number of hours from UTC).
Instant roundUpToHalfHour(Instant at)
{
    const seconds step = minutes(30);
    const seconds since = at.time_since_epoch();
    return Instant((since + step - seconds(1)) / step * step);
}

std::string gradeText(char grade) { return grade == 0 ? std::string() : std::string(1, grade); }

}  // namespace

DemoTicketLifecycle::DemoTicketLifecycle(LifecycleSetup setup) : m_setup(std::move(setup)), m_clock(m_setup.levels->calendar) {}

std::optional<DemoTicket> DemoTicketLifecycle::make(const TicketPlan& plan, NextIds& ids) const
{
    const auto branch = std::find_if(m_setup.branches->begin(), m_setup.branches->end(),
                                     [&](const ServiceBranch& b) { return b.id == plan.branchId; });
    if (branch == m_setup.branches->end() || (branch->engineers.empty() && branch->managers.empty())) return std::nullopt;
    const Instant now = m_setup.now;
    DemoRandom random(plan.seed);
    const ServiceCategory& category = (*m_setup.categories)[static_cast<std::size_t>(plan.category)];
    const CatalogueLine* line = plan.line >= 0 ? &(*m_setup.lines)[static_cast<std::size_t>(plan.line)] : nullptr;
    const std::string_view channel = kChannels[plan.channel];
    const std::string grade = gradeText(plan.grade);

    // People: engineers answer most calls, branch managers some.
    std::vector<std::int64_t> staff = branch->engineers;
    staff.insert(staff.end(), branch->managers.begin(), branch->managers.end());
    auto anyone = [&](std::int64_t besides) {
        std::vector<double> weights;
        for (const std::int64_t id : staff) {
            const bool engineer = std::find(branch->engineers.begin(), branch->engineers.end(), id) != branch->engineers.end();
            weights.push_back(id == besides && staff.size() > 1 ? 0.0 : engineer ? 3.0 : 1.0);
        }
        return staff[random.weighted(weights)];
    };
    const std::int64_t manager = branch->managers.empty() ? 0 : branch->managers[random.index(branch->managers.size())];

    DemoTicket ticket;
    ticket.plan = &plan;
    ticket.categoryId = category.id;
    ticket.categoryGroupId = category.groupId;
    const TicketText text = demoTicketText(random, category.code, category.nameZh, line ? std::string_view(line->code) : ""sv,
                                           line ? std::string_view(line->name) : ""sv, channel);
    ticket.subject = text.subject;
    ticket.description = text.description;
    ticket.kbArticle = text.article;
    ticket.textKeys = engine::similarityKeys(ticket.subject, ticket.description);
    ticket.ownerId = anyone(0);

    std::vector<TicketEventRow> events;  // everything that will happen, cut at `now` below
    const Instant opened = plan.opened;
    events.push_back({opened, ticket.ownerId, "opened"sv, ""sv, ""sv, "new"sv, 0, {}, ""sv, {}});
    auto action = [&](Instant at, std::int64_t actor, std::string_view name, std::string_view from, std::string_view to,
                      std::int64_t assignee = 0, std::string note = {}) {
        events.push_back({at, actor, "action"sv, name, from, to, assignee, std::move(note), ""sv, {}});
    };
    auto after = [&](Instant from, seconds amount) { return m_clock.after(from, amount); };

    std::optional<Instant> resolveAt;
    std::optional<Instant> booking;
    std::optional<Instant> arrival;
    bool reassigned = false;
    std::int64_t assignee = 0;
    const std::int64_t dispatcher = manager != 0 ? manager : ticket.ownerId;
    const TicketTurn turn = drawTicketTurn(plan);
    std::string solution = text.solution;
    std::optional<Instant> firstResolve;  // of a reopened ticket: the resolution the customer called back about
    std::optional<Instant> reopenAt;

    if (plan.kind == PlanKind::TodayOpen) {
        // Still open today: the steps so far, spread over the time since it came in (until
        // the office closed, for one still open from the afternoon before).
        const Instant closing = Instant(floor<days>(opened + kChinaOffset)) + hours(18) - kChinaOffset;
        const auto span = std::min(now, std::max(closing, opened + minutes(10))) - opened;
        // Only a branch manager gives a ticket to someone else (TicketHandler).
        assignee = manager == 0 || random.chance(0.7) ? ticket.ownerId : anyone(ticket.ownerId);
        if (plan.targetState >= 1) {
            action(opened + span / 10, assignee == ticket.ownerId ? ticket.ownerId : dispatcher, "assign"sv, "new"sv,
                   "assigned"sv, assignee);
        }
        if (plan.targetState >= 2) action(opened + span * 3 / 10, assignee, "start"sv, "assigned"sv, "in_progress"sv);
        if (plan.targetState >= 3) {
            action(opened + span / 2, assignee, "wait"sv, "in_progress"sv, "waiting_customer"sv, 0,
                   std::string(demoWaitNote(random)));
        }
    } else if (plan.kind == PlanKind::TodayVisit) {
        // Called in the afternoon before; the manager sent an engineer for this morning or afternoon.
        assignee = plan.visitEngineer;
        if (manager == 0) {
            // No manager to send anyone: the engineer took the call and books the visit.
            ticket.ownerId = assignee;
            events.front().actorId = assignee;
        }
        const std::int64_t booker = manager != 0 ? manager : assignee;
        const Instant assignAt = opened + minutes(random.between(10, 30));
        action(assignAt, booker, "assign"sv, "new"sv, "assigned"sv, assignee);
        booking = assignAt + minutes(random.between(5, 20));
        AppointmentRow visit;
        visit.id = ids.appointment++;
        visit.engineerId = assignee;
        visit.startsAt = plan.visitStarts;
        visit.endsAt = plan.visitStarts + minutes(random.chance(0.5) ? 90 : 120);
        visit.state = "planned"sv;
        visit.createdAt = *booking;
        visit.createdBy = booker;
        visit.updatedAt = *booking;
        visit.updatedBy = booker;
        visit.note = random.chance(0.5) ? "到了先找财务主管，带上加密狗驱动和补丁盘" : "";
        events.push_back({*booking, booker, "appointment"sv, ""sv, ""sv, ""sv, assignee, {}, "scheduled"sv, visit.startsAt});
        const Instant arrived = visit.startsAt + minutes(random.between(0, 15));
        if (arrived <= now) {
            arrival = arrived;
            visit.state = "arrived"sv;
            visit.arrivedAt = arrived;
            visit.updatedAt = arrived;
            visit.updatedBy = assignee;
            visit.version = 2;
            events.push_back({arrived, assignee, "appointment"sv, ""sv, ""sv, ""sv, assignee, {}, "arrived"sv, visit.startsAt});
            action(arrived + minutes(2), assignee, "start"sv, "assigned"sv, "in_progress"sv);
            if (visit.endsAt <= now) {
                visit.state = "finished"sv;
                visit.finishedAt = visit.endsAt;
                visit.updatedAt = visit.endsAt;
                visit.version = 3;
                events.push_back(
                    {visit.endsAt, assignee, "appointment"sv, ""sv, ""sv, ""sv, assignee, {}, "finished"sv, visit.startsAt});
            }
        }
        ticket.appointment = visit;
    } else if (turn == TicketTurn::Cancelled) {
        assignee = cancelSteps(random, m_clock, opened, ticket.ownerId, events);
    } else {
        // A past ticket, worked through. Most are taken by whoever answered (首问负责制); the
        // rest the branch manager dispatches to someone else.
        const bool self = manager == 0 || random.chance(0.88);
        assignee = self ? ticket.ownerId : anyone(ticket.ownerId);
        const Instant assignAt = self ? opened + seconds(random.between(30, 180)) : after(opened, ofMinutes(random.logNormal(15, 3)));
        action(assignAt, self ? ticket.ownerId : dispatcher, "assign"sv, "new"sv, "assigned"sv, assignee);
        // First response: median 25 minutes when the taker works it, 2 hours when dispatched.
        Instant cursor = std::max(assignAt + minutes(1), after(opened, ofMinutes(self ? random.logNormal(25, 3.5)
                                                                                         : random.logNormal(120, 2.5))));
        action(cursor, assignee, "start"sv, "assigned"sv, "in_progress"sv);
        if (manager != 0 && staff.size() > 1 && random.chance(0.05)) {
            // A hand-off: the manager gives it to a colleague (only managers assign others).
            const std::int64_t next = anyone(assignee);
            cursor = after(cursor, ofMinutes(random.between(20, 120)));
            action(cursor, manager, "reassign"sv, "in_progress"sv, "assigned"sv, next, std::string(demoReassignNote(random)));
            assignee = next;
            reassigned = true;
            cursor = after(cursor, ofMinutes(random.between(5, 60)));
            action(cursor, assignee, "start"sv, "assigned"sv, "in_progress"sv);
        }
        if (plan.visit) {
            // 远程优先: the visit is booked once it is clear remote help will not do.
            booking = after(cursor, ofMinutes(random.between(10, 60)));
            AppointmentRow visit;
            visit.engineerId = assignee;
            // An urgent visit goes out within the hour or two; others are booked for later that
            // day or the next.
            const double delay = plan.effectivePriority == 1   ? random.logNormal(60, 2)
                                 : plan.effectivePriority == 2 ? random.logNormal(150, 2.2)
                                                               : random.logNormal(240, 2.5);
            const double withinThreeDays = std::min(delay, 3.0 * 8 * 60);  // the desk books within three working days
            visit.startsAt = roundUpToHalfHour(after(*booking, ofMinutes(withinThreeDays)));
            // Rounded into the lunch hour or the evening: the next working half hour instead.
            if (m_clock.between(visit.startsAt, visit.startsAt + minutes(1)) == seconds(0)) {
                visit.startsAt = roundUpToHalfHour(after(visit.startsAt, minutes(1)) - minutes(1));
            }
            visit.endsAt = visit.startsAt + minutes(60 + 15 * random.between(0, 6));
            const Instant arrived = visit.startsAt + minutes(random.between(0, 20));
            const Instant finished = std::max(visit.endsAt, arrived + minutes(30));
            if (finished > now) {
                // The visit would still be ahead: this ticket is made without one, so no past
                // ticket holds a planned visit that could clash with today's bookings.
                TicketPlan withoutVisit = plan;
                withoutVisit.visit = false;
                auto made = make(withoutVisit, ids);
                if (made) made->plan = &plan;
                if (made && plan.channel != kOnsiteChannel) made->onsiteRequested.reset();
                return made;
            }
            visit.id = ids.appointment++;
            visit.state = "finished"sv;
            visit.arrivedAt = arrived;
            visit.finishedAt = finished;
            visit.createdAt = *booking;
            visit.createdBy = assignee;
            visit.updatedAt = finished;
            visit.updatedBy = assignee;
            visit.version = 3;
            events.push_back({*booking, assignee, "appointment"sv, ""sv, ""sv, ""sv, assignee, {}, "scheduled"sv, visit.startsAt});
            events.push_back({arrived, assignee, "appointment"sv, ""sv, ""sv, ""sv, assignee, {}, "arrived"sv, visit.startsAt});
            events.push_back({finished, assignee, "appointment"sv, ""sv, ""sv, ""sv, assignee, {}, "finished"sv, visit.startsAt});
            ticket.appointment = visit;
            arrival = arrived;
            cursor = finished;
        }
        if (random.chance(0.15)) {
            const Instant waitAt = after(cursor, ofMinutes(random.between(15, 90)));
            action(waitAt, assignee, "wait"sv, "in_progress"sv, "waiting_customer"sv, 0, std::string(demoWaitNote(random)));
            cursor = after(waitAt, ofMinutes(random.logNormal(240, 3)));
            action(cursor, assignee, "resume"sv, "waiting_customer"sv, "in_progress"sv);
        }
        static constexpr std::array<double, 5> kWorkMinutes{0, 60, 120, 150, 20};  // by priority
        resolveAt = plan.visit ? cursor + minutes(random.between(5, 40))
                               : after(cursor, ofMinutes(random.logNormal(kWorkMinutes[plan.priority], 5)));
        action(*resolveAt, assignee, "resolve"sv, "in_progress"sv, "resolved"sv, 0, text.solution);
        if (turn == TicketTurn::Reopened) {
            // Without a callback to wait for, the owner may have closed it before the call.
            const bool closable = !engine::callbackReason(grade, ids.ticket, m_setup.callbackSamplePercent);
            if (auto reopening = reopenSteps(plan, m_clock, *resolveAt, now, closable, ticket.ownerId, assignee, events)) {
                firstResolve = resolveAt;
                reopenAt = reopening->reopenedAt;
                resolveAt = reopening->resolvedAt;
                solution = std::move(reopening->solution);
            }
        }
    }

    // What has happened by now.
    std::stable_sort(events.begin(), events.end(), [](const TicketEventRow& a, const TicketEventRow& b) { return a.at < b.at; });
    std::erase_if(events, [&](const TicketEventRow& e) { return e.at > now; });
    ticket.state = "new"sv;
    ticket.assigneeId = 0;
    for (const auto& event : events) {
        if (event.kind == "action"sv) ticket.state = event.toState;
        if (event.assigneeId != 0 && event.kind == "action"sv) ticket.assigneeId = event.assigneeId;
    }
    if (answeredAtOpening(channel)) {
        ticket.firstResponse = opened;
    } else {
        for (const auto& event : events) {
            if (event.action == "start"sv || event.action == "resolve"sv || event.appointmentChange == "scheduled"sv) {
                ticket.firstResponse = event.at;
                break;
            }
        }
    }
    if (booking && *booking <= now && plan.channel != kOnsiteChannel) ticket.onsiteRequested = booking;
    if (arrival && *arrival <= now) ticket.onsiteArrived = arrival;
    if (ticket.appointment && ticket.appointment->state == "planned"sv) ticket.nextAppointment = ticket.appointment->startsAt;

    ticket.id = ids.ticket++;
    ticket.number = ticketNumber(opened, ids.ticketNumber++);

    // The clocks as the server reads them: state changes from the event log, until `resolved`.
    auto timesUntil = [&](Instant resolved) {
        engine::TicketTimes times;
        times.opened = opened;
        times.firstResponse = ticket.firstResponse;
        times.resolved = resolved;
        for (const auto& event : events) {
            if (event.kind == "action"sv && event.at <= resolved) {
                times.changes.push_back({event.at, std::string(event.fromState), std::string(event.toState)});
            }
        }
        if (plan.channel == kOnsiteChannel) times.onsiteRequested = opened;
        else times.onsiteRequested = ticket.onsiteRequested;
        times.onsiteArrived = ticket.onsiteArrived;
        return times;
    };
    const auto priority = static_cast<engine::TicketPriority>(plan.effectivePriority);
    const auto targets = m_setup.levels->policy.targetsFor(grade, priority).value_or(engine::SlaTargets{});
    // What the SLA watch recorded while the clocks ran: the warning at 75%, the breach at the
    // deadline; the resolution clock's records counted per reopen (`round`), and never twice.
    auto recordSla = [&](const std::vector<engine::TicketSlaClock>& clocks, int resolutionRound) {
        for (const auto& [kind, status] : clocks) {
            const std::string_view clockName = kind == "first_response" ? "first_response"sv
                                               : kind == "resolution"   ? "resolution"sv
                                                                        : "onsite_arrival"sv;
            const int round = kind == "resolution" ? resolutionRound : 0;
            auto record = [&](std::string_view level, Instant at) {
                const bool known = std::any_of(ticket.slaEvents.begin(), ticket.slaEvents.end(), [&](const SlaEventRow& e) {
                    return e.clock == clockName && e.level == level && e.round == round;
                });
                if (!known) ticket.slaEvents.push_back({clockName, level, at, status.deadline, round});
            };
            const bool warned = status.used * 100 >= status.target * engine::kWarningPercent;
            if (warned && status.warningAt) record("warning"sv, *status.warningAt);
            if (status.state != engine::SlaState::Met && status.deadline) record("breach"sv, *status.deadline);
        }
    };
    if (reopenAt) {
        // What the first resolution left behind: the watch's records of its clocks, and its
        // callback, which the reopen cancelled before anyone called (CallbackHandler).
        recordSla(engine::ticketSlaClocks(m_clock, targets, timesUntil(*firstResolve), now), 0);
        if (const auto reason = engine::callbackReason(grade, ticket.id, m_setup.callbackSamplePercent)) {
            CallbackRow cancelled;
            cancelled.id = ids.callback++;
            cancelled.reason = engine::callbackReasonName(*reason);
            cancelled.resolvedAt = *firstResolve;
            cancelled.createdAt = *firstResolve;
            cancelled.createdBy = ticket.assigneeId;
            cancelled.cancelledAt = reopenAt;
            cancelled.cancelledBy = ticket.assigneeId;
            ticket.cancelledCallback = cancelled;
        }
    }

    if (resolveAt && *resolveAt <= now) {
        ticket.resolved = resolveAt;
        ticket.solution = solution;
        const engine::TicketTimes times = timesUntil(*resolveAt);
        const auto spent = engine::ticketServiceTimes(m_clock, times, now);
        db::TicketResolution resolution;
        resolution.ticketId = ticket.id;
        resolution.branchId = plan.branchId;
        resolution.resolvedAtUnix = resolveAt->time_since_epoch().count();
        resolution.assigneeId = ticket.assigneeId;
        resolution.ownerId = ticket.ownerId;
        resolution.categoryId = category.id;
        resolution.grade = grade;
        resolution.channel = std::string(channel);
        resolution.priority = std::string(engine::priorityName(priority));
        resolution.responseSeconds = spent.firstResponse.count();
        resolution.resolutionSeconds = spent.resolution.count();
        if (spent.onsiteArrival) resolution.onsiteSeconds = spent.onsiteArrival->count();
        const auto clocks = engine::ticketSlaClocks(m_clock, targets, times, now);
        for (const auto& [kind, status] : clocks) {
            const bool met = status.state == engine::SlaState::Met;
            if (kind == "first_response") resolution.responseMet = met;
            if (kind == "resolution") resolution.resolutionMet = met;
            if (kind == "onsite_arrival") resolution.onsiteMet = met;
        }
        recordSla(clocks, reopenAt ? 1 : 0);
        // 一次解决 as the server records it (TicketResolutionFacts): the taker solved it, never
        // handed on, reopened or asked for on site.
        resolution.firstContact = !reassigned && !reopenAt && plan.channel != kOnsiteChannel && !ticket.onsiteRequested &&
                                  ticket.assigneeId == ticket.ownerId;
        ticket.resolution = resolution;

        // The callback (回访): every A/B customer's ticket, a sample of the others.
        std::optional<Instant> closeAt;
        std::int64_t closer = ticket.ownerId;
        std::string closeNote;
        if (const auto reason = engine::callbackReason(grade, ticket.id, m_setup.callbackSamplePercent)) {
            CallbackRow callback;
            callback.id = ids.callback++;
            callback.reason = engine::callbackReasonName(*reason);
            callback.resolvedAt = *resolveAt;
            callback.createdAt = *resolveAt;
            callback.createdBy = ticket.assigneeId;
            // Nobody calls back about their own work (the server refuses it): a colleague or
            // the manager calls. The draws are the same as before, so no other value moves.
            const bool managerCalls = manager != 0 && random.chance(0.6);
            const std::int64_t caller =
                managerCalls && manager != ticket.assigneeId ? manager : anyone(ticket.assigneeId);
            Instant callAt = after(*resolveAt, ofMinutes(random.logNormal(300, 2.5)));
            static constexpr std::array<std::string_view, 4> kOutcomes{"reached", "no_answer", "wrong_number", "refused"};
            // Called within the day or so; nobody there, the desk tries again, and the third
            // call gets an answer or a refusal, so only recent callbacks are still in the queue.
            const bool waiting = m_setup.pendingCallbacks.count(ticket.id) > 0;
            for (int attempt = 0; attempt < 3 && callAt <= now && !waiting; ++attempt) {
                const std::size_t outcome = attempt == 0   ? random.weighted(std::array<double, 4>{82, 12, 3, 3})
                                            : attempt == 1 ? random.weighted(std::array<double, 4>{85, 15, 0, 0})
                                                           : random.weighted(std::array<double, 4>{80, 0, 0, 20});
                CallbackAttemptRow row{callAt, caller, kOutcomes[outcome], 0, ""sv, false};
                if (outcome == 0) {
                    // §6.2 satisfaction; a missed resolution target shows in the scores.
                    const bool late = resolution.resolutionMet == false;
                    const std::array<double, 5> weights = late ? std::array<double, 5>{45, 35, 13, 5, 2}
                                                               : std::array<double, 5>{55, 33, 8, 3, 1};
                    row.satisfaction = 5 - static_cast<int>(random.weighted(weights));
                    row.comment = demoCallbackComment(random, row.satisfaction);
                    row.complaint = row.satisfaction == 3 && random.chance(0.04);
                }
                callback.attempts.push_back(row);
                if (outcome == 0 || outcome == 3) {
                    callback.done = true;
                    if (outcome == 0) {
                        // The customer confirmed the solution: the call closes the ticket.
                        closeAt = callAt;
                        closer = caller;
                        closeNote = std::string(row.comment);
                    }
                    if (outcome == 0 && engine::callbackEscalates(engine::CallbackOutcome::Reached, row.satisfaction, row.complaint)) {
                        ComplaintRow complaint;
                        complaint.ticketId = ticket.id;
                        complaint.branchId = plan.branchId;
                        complaint.callbackId = callback.id;
                        complaint.satisfaction = row.satisfaction;
                        complaint.summary = std::string(row.comment);
                        complaint.openedAt = callAt;
                        complaint.openedBy = caller;
                        complaint.handlerId = manager != 0 ? manager
                                              : m_setup.administrators.empty() ? caller
                                                                               : m_setup.administrators.front();
                        const Instant handling = after(callAt, ofMinutes(random.logNormal(60, 3)));
                        if (handling <= now) complaint.handlingAt = handling;
                        const Instant resolvedAt = after(handling, ofMinutes(random.logNormal(480, 2.5)));
                        if (resolvedAt <= now) {
                            complaint.resolvedAt = resolvedAt;
                            complaint.resolution = std::string(demoComplaintResolution(random));
                        }
                        callback.complaint = complaint;
                    }
                    break;
                }
                callAt = after(callAt, ofMinutes(random.between(120, 480)));
            }
            ticket.callback = callback;
        }
        if (!ticket.callback || (ticket.callback->done && !closeAt)) {
            // No callback, or the customer would not talk: the owner closes it after checking.
            const Instant start = ticket.callback ? ticket.callback->attempts.back().at : *resolveAt;
            closeAt = after(start, ofMinutes(random.logNormal(360, 2.5)));
        }
        if (closeAt && *closeAt <= now) {
            ticket.closed = closeAt;
            ticket.state = "closed"sv;
            events.push_back({*closeAt, closer, "action"sv, "close"sv, "resolved"sv, "closed"sv, 0, closeNote, ""sv, {}});
        }
    }

    ticket.version = 1;
    ticket.updatedAt = opened;
    ticket.updatedBy = ticket.ownerId;
    for (const auto& event : events) {
        if (event.kind == "opened"sv) continue;
        ++ticket.version;
        ticket.updatedAt = std::max(ticket.updatedAt, event.at);
        ticket.updatedBy = event.actorId;
    }
    ticket.events = std::move(events);
    return ticket;
}

}  // namespace laoke::demo
