#pragma once
// A demo ticket as planned from its customer, before it is given its id and its history: who
// asked, when, about what, on which channel. Plans are small (the 1M-customer bench keeps
// millions of them while the customers stream in); the history is drawn from `seed` only when
// the plans are written in the order they were opened (DemoTicketLifecycle).

#include "demo/DemoCustomer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::demo {

using Instant = std::chrono::sys_seconds;

/// A ticket category of V0009 as the generator uses it.
struct ServiceCategory {
    std::int64_t id = 0;
    std::int64_t groupId = 0;  ///< the top-level category (itself for a group)
    std::string code;          ///< month_end.cannot_close
    std::string nameZh;
};

enum class PlanKind : std::uint8_t {
    Past,        ///< opened in the months before today; worked on until now
    TodayOpen,   ///< opened today, still open in `targetState`
    TodayVisit,  ///< opened the working day before, a visit booked for today
};

struct TicketPlan {
    Instant opened;
    std::uint64_t seed = 0;
    std::int64_t customerId = 0;
    std::int64_t branchId = 0;
    std::int64_t contactId = 0;           ///< 0: none
    std::int64_t installedProductId = 0;  ///< 0: none
    std::int64_t moduleId = 0;            ///< 0: none
    std::int32_t category = -1;           ///< index into the sub-categories
    std::int16_t line = -1;               ///< index into the catalogue lines; -1: none
    char grade = 0;                       ///< the customer's manual_grade; 0: unrated
    std::uint8_t channel = 0;             ///< index into kChannels
    std::uint8_t priority = 3;            ///< engine::TicketPriority as asked for
    std::uint8_t effectivePriority = 3;   ///< as the SLA applies it (close periods)
    bool billable = false;
    bool visit = false;  ///< someone goes on site (onsite tickets, and a few that remote did not solve)
    PlanKind kind = PlanKind::Past;
    std::uint8_t targetState = 0;  ///< TodayOpen: 0 new, 1 assigned, 2 in progress, 3 waiting
    std::int64_t visitEngineer = 0;      ///< TodayVisit: who goes
    Instant visitStarts;                 ///< TodayVisit: when
    std::string address;  ///< the customer's address, kept only for plans with a visit
};

inline constexpr std::string_view kChannels[] = {"hotline", "remote", "onsite", "wechat", "walk_in"};
inline constexpr std::uint8_t kOnsiteChannel = 2;

}  // namespace laoke::demo
