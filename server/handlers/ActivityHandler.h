#pragma once
// A customer's activity timeline: log, edit, archive, page back through history.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleSaveActivity(RequestContext& context, const protocol::SaveActivityRequest& request);
protocol::Envelope handleArchiveActivity(RequestContext& context, const protocol::ArchiveRequest& request);
protocol::Envelope handleListActivities(RequestContext& context, const protocol::ListActivitiesRequest& request);

}  // namespace laoke::handlers
