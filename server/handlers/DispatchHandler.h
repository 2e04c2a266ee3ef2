#pragma once
// What the ticket form and the dispatch board decide with: the likely categories of a new
// ticket (from similar past tickets, engine/CategorySuggester) and who tickets can be
// assigned to, with how many open tickets each already has.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleSuggestTicketCategories(RequestContext& context,
                                                 const protocol::SuggestTicketCategoriesRequest& request);
protocol::Envelope handleListAssignees(RequestContext& context, const protocol::ListAssigneesRequest& request);

}  // namespace laoke::handlers
