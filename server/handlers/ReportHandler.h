#pragma once
// The service desk's reports: SLA compliance by branch, engineer, category group and grade,
// first-contact resolution, the business-time distributions of first response and
// resolution, satisfaction from the callbacks over time, and the complaint cases of a period.
//
// Branch managers read their own branch's; administrators one branch's or every branch's.
// Reading only; nothing is written, so nothing is audited.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleServiceReport(RequestContext& context, const protocol::ServiceReportRequest& request);

}  // namespace laoke::handlers
