#pragma once
// The service levels as stored and sent (protocol ServiceSettings, CalendarYear) and as the
// engine measures with (engine::ServiceLevels), both ways. Reading checks everything the
// engine checks, so a save that would make clocks impossible is refused with the reason.

#include "engine/ServiceLevels.h"
#include "laoke.pb.h"

#include <vector>

namespace laoke::db {

/// Throws std::invalid_argument with a sentence a person can act on (English): a bad time,
/// overlapping periods, an unknown coverage, a rule for an unknown grade or priority, two
/// rules for one grade and priority, a calendar day outside its year, a make-up working day
/// on a weekday, a day listed twice.
engine::ServiceLevels toServiceLevels(const protocol::ServiceSettings& settings, const std::vector<protocol::CalendarYear>& years);

/// The settings (periods, coverage, close periods, rules) of `levels`; version and the read
/// only fields are left empty.
protocol::ServiceSettings toSettingsRecord(const engine::ServiceLevels& levels);
std::vector<protocol::CalendarYear> toYearRecords(const std::vector<engine::CalendarYear>& years);

}  // namespace laoke::db
