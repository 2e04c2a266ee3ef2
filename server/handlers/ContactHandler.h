#pragma once
// A customer's contacts: add, edit (including marking someone as left), archive.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleSaveContact(RequestContext& context, const protocol::SaveContactRequest& request);
protocol::Envelope handleArchiveContact(RequestContext& context, const protocol::ArchiveRequest& request);

}  // namespace laoke::handlers
