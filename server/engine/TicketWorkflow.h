#pragma once
// The life of a service ticket: its states and which action moves it from one to the next.
//
//     new ──assign──▶ assigned ──start──▶ in_progress ──wait──▶ waiting_customer
//                        ▲  │                 │   ▲──resume──────────┘   │
//                        │  └─reassign─┐      │                          │
//                        └─reassign────┴──────┤                          │
//                                             └──resolve──▶ resolved ◀───┘ resolve
//     resolved ──close (after the callback)──▶ closed
//     resolved, closed ──reopen──▶ reopened ──start──▶ in_progress   (or reassign)
//     new, assigned, in_progress, waiting_customer, reopened ──cancel──▶ cancelled
//
// Closed and cancelled are final, except that a closed ticket can be reopened (the customer
// calls back: the problem is not solved). What each action needs (an engineer to assign to,
// a solution to resolve, a reason to cancel or reopen) is checked by the server; the SLA
// clocks read the states: waiting_customer pauses them, resolved stops the resolution clock
// until a reopen (engine/SlaClock.h).

#include <optional>
#include <string_view>
#include <vector>

namespace laoke::engine {

enum class TicketState { New, Assigned, InProgress, WaitingCustomer, Resolved, Closed, Reopened, Cancelled };

enum class TicketAction { Assign, Reassign, Start, Wait, Resume, Resolve, Close, Reopen, Cancel };

/// Stable names for storage and the protocol: "new", "assigned", "in_progress",
/// "waiting_customer", "resolved", "closed", "reopened", "cancelled".
std::string_view ticketStateName(TicketState state);
std::optional<TicketState> parseTicketState(std::string_view name);

/// "assign", "reassign", "start", "wait", "resume", "resolve", "close", "reopen", "cancel".
std::string_view ticketActionName(TicketAction action);
std::optional<TicketAction> parseTicketAction(std::string_view name);

/// The state `action` leads to from `state`; nullopt when the action is not allowed there.
std::optional<TicketState> ticketTransition(TicketState state, TicketAction action);

/// Every action allowed in `state`, in the order of TicketAction (for menus and errors).
std::vector<TicketAction> allowedTicketActions(TicketState state);

/// Open: someone still has to do something (every state but resolved, closed, cancelled).
bool isOpenTicketState(TicketState state);

}  // namespace laoke::engine
