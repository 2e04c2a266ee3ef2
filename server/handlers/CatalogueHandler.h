#pragma once
// The product catalogue: everyone reads it; admins add and edit lines, versions, modules.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleGetCatalogue(RequestContext& context, const protocol::GetCatalogueRequest& request);
protocol::Envelope handleSaveProductLine(RequestContext& context, const protocol::SaveProductLineRequest& request);
protocol::Envelope handleSaveProductVersion(RequestContext& context, const protocol::SaveProductVersionRequest& request);
protocol::Envelope handleSaveProductModule(RequestContext& context, const protocol::SaveProductModuleRequest& request);

}  // namespace laoke::handlers
