#pragma once
// A customer's installed products and contracts.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleSaveInstalledProduct(RequestContext& context, const protocol::SaveInstalledProductRequest& request);
protocol::Envelope handleArchiveInstalledProduct(RequestContext& context, const protocol::ArchiveRequest& request);
protocol::Envelope handleSaveContract(RequestContext& context, const protocol::SaveContractRequest& request);
protocol::Envelope handleArchiveContract(RequestContext& context, const protocol::ArchiveRequest& request);

}  // namespace laoke::handlers
