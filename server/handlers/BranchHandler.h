#pragma once
// Branches: everyone logged in may list them; admins create them.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleListBranches(RequestContext& context, const protocol::ListBranchesRequest& request);
protocol::Envelope handleCreateBranch(RequestContext& context, const protocol::CreateBranchRequest& request);

}  // namespace laoke::handlers
