#pragma once
// Customers: search the list, the 360 view in one round trip, create/update, archive.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleSearchCustomers(RequestContext& context, const protocol::SearchCustomersRequest& request);
protocol::Envelope handleGetCustomer(RequestContext& context, const protocol::GetCustomerRequest& request);
protocol::Envelope handleSaveCustomer(RequestContext& context, const protocol::SaveCustomerRequest& request);
protocol::Envelope handleArchiveCustomer(RequestContext& context, const protocol::ArchiveRequest& request);

}  // namespace laoke::handlers
