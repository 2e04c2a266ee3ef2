#include "handlers/EventsHandler.h"

namespace laoke::handlers {

protocol::Envelope handleWatchEvents(RequestContext& context, const protocol::WatchEventsRequest&)
{
    context.connection().watchingEvents = true;
    protocol::Envelope reply;
    reply.mutable_ok();
    return reply;
}

}  // namespace laoke::handlers
