#pragma once
// Complaint cases (投诉): opened from a callback (CallbackHandler) or by hand by a branch
// manager or admin (a customer calls in angry), taken (handle) and resolved (with the
// resolution) by them; read by everyone of the branch. Each reply carries the case's clocks
// (engine/ComplaintSla) by the service calendar in force.

#include "db/UnitOfWork.h"
#include "handlers/RequestContext.h"
#include "laoke.pb.h"

#include <cstdint>
#include <string>

namespace laoke::handlers {

/// Opens a complaint case for the ticket in the caller's transaction (audited); an
/// unresolved case of the same ticket is reused. Returns the case's id.
std::int64_t openComplaint(db::UnitOfWork& work, std::int64_t ticketId, std::int64_t callbackId, const std::string& summary,
                           int satisfaction);

protocol::Envelope handleListComplaints(RequestContext& context, const protocol::ListComplaintsRequest& request);
protocol::Envelope handleOpenComplaint(RequestContext& context, const protocol::OpenComplaintRequest& request);
protocol::Envelope handleComplaintAction(RequestContext& context, const protocol::ComplaintActionRequest& request);

}  // namespace laoke::handlers
