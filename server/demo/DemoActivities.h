#pragma once
// The activity history of a demo customer (跟进记录 / 关怀): calls, visits, WeChat, training,
// free inspections, holiday greetings and upgrade notices over the last two years, recorded
// by the owner or a colleague in the branch, some with a next step still to do.

#include "demo/CustomerGenerator.h"
#include "demo/DemoInstalledBase.h"
#include "demo/DemoRandom.h"

#include <cstdint>
#include <vector>

namespace laoke::demo {

/// Appends activities to `customer` (its contacts and owner already set), numbering them from
/// `nextActivityId`. `recorders` are the users who may have recorded them (owner first when
/// there is one); none means no history.
void addActivities(DemoRandom& random, DemoCustomer& customer, const std::vector<InstalledPlan>& plans,
                   const std::vector<std::int64_t>& recorders, Date today, std::int64_t& nextActivityId);

}  // namespace laoke::demo
