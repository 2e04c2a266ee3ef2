#pragma once
// Service status of an installed product or a service contract (SPS / 年度服务费), from its
// service end date and today: in service, expiring soon (a renewal to work on), expired
// (shown in red), or no service at all. Pure calendar arithmetic on whole days; the caller
// decides what "today" is.
//
// The service end date is the last day of service, inclusive: a contract ending on
// 2025-06-30 still covers 2025-06-30 (daysLeft 0) and has expired from 2025-07-01
// (daysLeft -1, "expired 1 day ago").

#include <chrono>
#include <optional>
#include <string_view>

namespace laoke::engine {

enum class ServiceState {
    InService,     ///< end date more than the window away
    ExpiringSoon,  ///< still in service, end date within the window (0 <= daysLeft <= window)
    Expired,       ///< the end date has passed (daysLeft < 0)
    NoService,     ///< no service end date: never bought, or not recorded
};

/// Stable text name: "in_service", "expiring_soon", "expired", "no_service".
std::string_view serviceStateName(ServiceState state);

/// Inverse of serviceStateName (exact, case-sensitive); nullopt for anything else.
std::optional<ServiceState> parseServiceState(std::string_view name);

/// The default "expiring soon" window in days.
inline constexpr int kDefaultExpiringSoonDays = 60;

/// Days from `today` to the last day of service: 0 on the end date itself (still in
/// service), positive before it, negative after it (-12 = "expired 12 days ago").
int serviceDaysLeft(std::chrono::sys_days serviceEnd, std::chrono::sys_days today);

struct ServiceStatus {
    ServiceState state = ServiceState::NoService;
    std::optional<int> daysLeft;  ///< serviceDaysLeft(); nullopt for NoService

    /// In service on the day asked about (InService or ExpiringSoon).
    bool covered() const { return state == ServiceState::InService || state == ServiceState::ExpiringSoon; }

    friend bool operator==(const ServiceStatus&, const ServiceStatus&) = default;
};

/// The status on `today`. `serviceEnd` nullopt gives NoService. ExpiringSoon covers the
/// last `expiringSoonDays` + 1 days of service, the end date included: with the default 60,
/// a contract ending on 30 June is expiring soon from 1 May (60 days left) and in service
/// on 30 April (61 days left). A negative window is treated as 0 (only the end date itself
/// is then "expiring soon").
ServiceStatus serviceStatusOn(std::optional<std::chrono::sys_days> serviceEnd, std::chrono::sys_days today,
                              int expiringSoonDays = kDefaultExpiringSoonDays);

}  // namespace laoke::engine
