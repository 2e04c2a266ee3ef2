#pragma once
// Dispatch by skill: the engineers' profiles (home city, product lines and modules, with
// certificates) that the branch's managers keep, and the ranked recommendation of the
// branch's engineers for a ticket, with the reasons in points (engine/DispatchRanking).

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleGetEngineerProfile(RequestContext& context, const protocol::GetEngineerProfileRequest& request);
protocol::Envelope handleSaveEngineerProfile(RequestContext& context, const protocol::SaveEngineerProfileRequest& request);
protocol::Envelope handleRecommendAssignees(RequestContext& context, const protocol::RecommendAssigneesRequest& request);

}  // namespace laoke::handlers
