#pragma once
// Fields computed from stored data and today's date, never stored or typed in: the
// lifecycle stage of an installed product (from its catalogue version's dates), and the
// service state and days left of installed products and service contracts.

#include "db/InstalledProductRepository.h"
#include "laoke.pb.h"

#include <chrono>

namespace laoke::handlers {

/// The "expiring soon" window of the service states, in days.
inline constexpr int kExpiringSoonDays = 60;

/// The record's product with lifecycle_stage, service_state and service_days_left filled in.
protocol::InstalledProduct withComputedFields(const db::InstalledProductRecord& record, std::chrono::sys_days today);

/// Service state and days left for contracts that grant service (annual service, SaaS
/// subscription) from their end date; other kinds get "" (no service state).
void computeServiceFields(protocol::Contract& contract, std::chrono::sys_days today);

/// lifecycle_stage of a catalogue version.
void computeLifecycleStage(protocol::ProductVersion& version, std::chrono::sys_days today);

}  // namespace laoke::handlers
