#include "engine/TicketWorkflow.h"

#include <array>

namespace laoke::engine {

namespace {

constexpr std::array kStates{TicketState::New,      TicketState::Assigned, TicketState::InProgress,
                             TicketState::WaitingCustomer, TicketState::Resolved, TicketState::Closed,
                             TicketState::Reopened, TicketState::Cancelled};

constexpr std::array kActions{TicketAction::Assign, TicketAction::Reassign, TicketAction::Start,
                              TicketAction::Wait,   TicketAction::Resume,   TicketAction::Resolve,
                              TicketAction::Close,  TicketAction::Reopen,   TicketAction::Cancel};

}  // namespace

std::string_view ticketStateName(TicketState state)
{
    switch (state) {
    case TicketState::New: return "new";
    case TicketState::Assigned: return "assigned";
    case TicketState::InProgress: return "in_progress";
    case TicketState::WaitingCustomer: return "waiting_customer";
    case TicketState::Resolved: return "resolved";
    case TicketState::Closed: return "closed";
    case TicketState::Reopened: return "reopened";
    case TicketState::Cancelled: return "cancelled";
    }
    return "new";
}

std::optional<TicketState> parseTicketState(std::string_view name)
{
    for (const TicketState state : kStates) {
        if (ticketStateName(state) == name) return state;
    }
    return std::nullopt;
}

std::string_view ticketActionName(TicketAction action)
{
    switch (action) {
    case TicketAction::Assign: return "assign";
    case TicketAction::Reassign: return "reassign";
    case TicketAction::Start: return "start";
    case TicketAction::Wait: return "wait";
    case TicketAction::Resume: return "resume";
    case TicketAction::Resolve: return "resolve";
    case TicketAction::Close: return "close";
    case TicketAction::Reopen: return "reopen";
    case TicketAction::Cancel: return "cancel";
    }
    return "assign";
}

std::optional<TicketAction> parseTicketAction(std::string_view name)
{
    for (const TicketAction action : kActions) {
        if (ticketActionName(action) == name) return action;
    }
    return std::nullopt;
}

std::optional<TicketState> ticketTransition(TicketState state, TicketAction action)
{
    using S = TicketState;
    using A = TicketAction;
    switch (action) {
    case A::Assign:
        if (state == S::New) return S::Assigned;
        break;
    case A::Reassign:
        if (state == S::Assigned || state == S::InProgress || state == S::WaitingCustomer || state == S::Reopened) {
            return S::Assigned;
        }
        break;
    case A::Start:
        if (state == S::Assigned || state == S::Reopened) return S::InProgress;
        break;
    case A::Wait:
        if (state == S::InProgress) return S::WaitingCustomer;
        break;
    case A::Resume:
        if (state == S::WaitingCustomer) return S::InProgress;
        break;
    case A::Resolve:
        if (state == S::InProgress || state == S::WaitingCustomer) return S::Resolved;
        break;
    case A::Close:
        if (state == S::Resolved) return S::Closed;
        break;
    case A::Reopen:
        if (state == S::Resolved || state == S::Closed) return S::Reopened;
        break;
    case A::Cancel:
        if (isOpenTicketState(state)) return S::Cancelled;
        break;
    }
    return std::nullopt;
}

std::vector<TicketAction> allowedTicketActions(TicketState state)
{
    std::vector<TicketAction> allowed;
    for (const TicketAction action : kActions) {
        if (ticketTransition(state, action)) allowed.push_back(action);
    }
    return allowed;
}

bool isOpenTicketState(TicketState state)
{
    return state != TicketState::Resolved && state != TicketState::Closed && state != TicketState::Cancelled;
}

}  // namespace laoke::engine
