#pragma once
// Keeps the reports' facts (db/TicketResolutionRepository, V0019) in step with the ticket: a
// resolve records how long each clock ran, whether it met its target and whether the ticket
// was solved at first contact; a reopen removes the fact until the next resolve. Both run in
// the action's own transaction, so the reports never count a resolution that did not happen.

#include "db/UnitOfWork.h"
#include "engine/ServiceLevels.h"
#include "engine/TicketWorkflow.h"
#include "laoke.pb.h"

namespace laoke::handlers {

/// `reply` is the action's ticket reply (the ticket after the action, its events and clocks).
void updateResolutionFacts(db::UnitOfWork& work, const protocol::TicketReply& reply, engine::TicketAction action,
                           const engine::ServiceLevels& levels);

}  // namespace laoke::handlers
