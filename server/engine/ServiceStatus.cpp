#include "engine/ServiceStatus.h"

#include <algorithm>

namespace laoke::engine {

using std::chrono::sys_days;

std::string_view serviceStateName(ServiceState state)
{
    switch (state) {
    case ServiceState::InService: return "in_service";
    case ServiceState::ExpiringSoon: return "expiring_soon";
    case ServiceState::Expired: return "expired";
    case ServiceState::NoService: return "no_service";
    }
    return "no_service";  // not reached: every enumerator is handled above
}

std::optional<ServiceState> parseServiceState(std::string_view name)
{
    for (auto state : {ServiceState::InService, ServiceState::ExpiringSoon, ServiceState::Expired,
                       ServiceState::NoService}) {
        if (serviceStateName(state) == name) return state;
    }
    return std::nullopt;
}

int serviceDaysLeft(sys_days serviceEnd, sys_days today)
{
    return static_cast<int>((serviceEnd - today).count());
}

ServiceStatus serviceStatusOn(std::optional<sys_days> serviceEnd, sys_days today, int expiringSoonDays)
{
    if (!serviceEnd) return ServiceStatus{ServiceState::NoService, std::nullopt};
    const int left = serviceDaysLeft(*serviceEnd, today);
    if (left < 0) return ServiceStatus{ServiceState::Expired, left};
    if (left <= std::max(expiringSoonDays, 0)) return ServiceStatus{ServiceState::ExpiringSoon, left};
    return ServiceStatus{ServiceState::InService, left};
}

}  // namespace laoke::engine
