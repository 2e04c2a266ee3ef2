#pragma once
// Live updates: a connection asks for the pushes of its user's branch (net/EventFeed sends
// them).

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleWatchEvents(RequestContext& context, const protocol::WatchEventsRequest& request);

}  // namespace laoke::handlers
