#pragma once
// Onsite appointments (上门预约): booking, moving, arriving, finishing and cancelling an
// engineer's visit to a customer for a ticket, and the lists behind the engineer's route of
// the day and the branch's day plan.
//
// Managers book any engineer or branch manager of the ticket's branch; engineers book
// themselves, for tickets they own or work on. Visits of one engineer never overlap (checked
// under a per-engineer lock, so two managers booking at once cannot both win). Every change
// is audited and written to the ticket's history; the ticket's version moves, so every board
// refetches it.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleSaveAppointment(RequestContext& context, const protocol::SaveAppointmentRequest& request);
protocol::Envelope handleAppointmentAction(RequestContext& context, const protocol::AppointmentActionRequest& request);
protocol::Envelope handleListAppointments(RequestContext& context, const protocol::ListAppointmentsRequest& request);

}  // namespace laoke::handlers
