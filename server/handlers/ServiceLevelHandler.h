#pragma once
// The service levels: everyone may read the working hours, close periods, SLA targets and
// the working calendar of a year; administrators change them. A change is checked exactly as
// the clocks will use it (db/ServiceLevelRecords), saved at the version the administrator
// read, audited, and in force for the next request on every server instance.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleGetServiceSettings(RequestContext& context, const protocol::GetServiceSettingsRequest& request);
protocol::Envelope handleSaveServiceSettings(RequestContext& context, const protocol::SaveServiceSettingsRequest& request);
protocol::Envelope handleGetCalendarYear(RequestContext& context, const protocol::GetCalendarYearRequest& request);
protocol::Envelope handleSaveCalendarYear(RequestContext& context, const protocol::SaveCalendarYearRequest& request);

}  // namespace laoke::handlers
