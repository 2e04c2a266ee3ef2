#pragma once
// The duty roster (值班表): a branch's week with the hotline staffing suggestion per day
// (engine/StaffingForecast.h), saving a week's changes at the version read, and everyone's
// duty today for the dispatch board.
//
// Everyone reads their own branch's roster (administrators any branch); the branch's managers
// and administrators save it. Every save is one transaction with one audit row listing each
// changed cell before and after.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleGetRosterWeek(RequestContext& context, const protocol::GetRosterWeekRequest& request);
protocol::Envelope handleSaveRoster(RequestContext& context, const protocol::SaveRosterRequest& request);
protocol::Envelope handleListDutyToday(RequestContext& context, const protocol::ListDutyTodayRequest& request);

}  // namespace laoke::handlers
