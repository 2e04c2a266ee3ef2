#pragma once
// Callbacks after resolution (回访): the task a resolve makes (in the resolve's transaction),
// the branch's queue, recording a call (which may close the ticket and open a complaint case,
// all in one transaction), and the sample setting.
//
// Who may do what: everyone of the branch reads the queue (admins: every branch); engineers,
// branch managers and admins record calls (account managers read only); admins set the
// sample. Row-level security holds the same (V0015).

#include "db/UnitOfWork.h"
#include "engine/TicketWorkflow.h"
#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

/// After a ticket action in the same transaction: a resolve makes the callback task its
/// customer's grade or the sample calls for; a reopen cancels the pending one.
void updateCallbackAfter(db::UnitOfWork& work, const protocol::Ticket& saved, engine::TicketAction action);

protocol::Envelope handleListCallbacks(RequestContext& context, const protocol::ListCallbacksRequest& request);
protocol::Envelope handleRecordCallback(RequestContext& context, const protocol::RecordCallbackRequest& request);
protocol::Envelope handleGetCallbackSettings(RequestContext& context, const protocol::GetCallbackSettingsRequest& request);
protocol::Envelope handleSaveCallbackSettings(RequestContext& context, const protocol::SaveCallbackSettingsRequest& request);

}  // namespace laoke::handlers
