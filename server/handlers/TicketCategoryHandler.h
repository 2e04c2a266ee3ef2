#pragma once
// The ticket category tree: everyone reads it (retired categories flagged, so old tickets keep
// their names); administrators add, rename, reorder, retire and restore categories. Two
// levels: groups and their sub-types. A category never moves to another group, since the
// reports count resolved tickets by group.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleListTicketCategories(RequestContext& context, const protocol::ListTicketCategoriesRequest& request);
protocol::Envelope handleSaveTicketCategory(RequestContext& context, const protocol::SaveTicketCategoryRequest& request);

}  // namespace laoke::handlers
