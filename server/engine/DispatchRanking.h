#pragma once
// Who should take a ticket: the branch's engineers ranked for it, each with the reasons in
// points, so the dispatcher sees why ("熟悉 U8+ 总账模块 +45, 手上 3 张 −18, 同城 +15") and can
// overrule it knowingly.
//
// What counts, and why:
// - skill: the ticket's product line and module against the engineer's skills; a module
//   match counts most, a certification a little more (A/B customers get certified people);
// - load: open tickets in hand, weighing more when the ticket is urgent or its SLA at risk;
// - duty: someone on leave is never suggested; hotline duty suits a hotline/remote ticket,
//   field duty (外勤) an onsite one;
// - travel, for tickets that need a visit: the same city, else the road estimate between the
//   engineer's home city and the customer's (engine/CityCoordinates); where the customer's own
//   coordinates were entered, the estimate runs to them (so a county-level city missing from
//   the table, or the far end of a large city, counts too); unknown places say nothing;
// - served before: who already knows this customer's system.
// The weights are plain numbers here, not settings: a dispatcher reads the reasons, and the
// order only has to be sensible, not tuned.

#include "engine/CityCoordinates.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace laoke::engine {

struct DispatchTicket {
    std::int64_t productLineId = 0;  ///< 0: no product named
    std::int64_t moduleId = 0;       ///< 0: no module named
    std::string customerGrade;       ///< "A".."E" or ""
    std::string customerCity;
    bool urgent = false;             ///< urgent priority, or an SLA clock at risk or breached
    bool needsVisit = false;         ///< an onsite ticket, or onsite service asked for
    std::optional<GeoPoint> customerLocation;  ///< the customer's own coordinates, when entered
};

struct EngineerSkill {
    std::int64_t productLineId = 0;
    std::int64_t moduleId = 0;  ///< 0: the whole product line
    bool certified = false;
};

struct DispatchCandidate {
    std::int64_t userId = 0;
    std::string homeCity;  ///< where the engineer starts from (their own, else the branch's city)
    int openTickets = 0;
    std::vector<EngineerSkill> skills;
    std::optional<std::string> dutyToday;  ///< "hotline", "onsite", "office", "leave"; nullopt: no roster
    int servedCustomer = 0;                ///< this customer's tickets they worked in the last year
};

struct DispatchReason {
    std::string code;  ///< skill_module, skill_product, certified, certified_top_grade (A/B customer), no_skill,
                       ///< idle, load, load_urgent (urgent or SLA at risk: weighs more), on_leave,
                       ///< hotline_duty, field_duty, same_city, travel, served_before
    int points = 0;
    long long value = 0;  ///< open tickets, road km (travel; same_city to the customer's own place), tickets served ...
    long long minutes = 0;  ///< travel and same_city with road km
};

struct DispatchRecommendation {
    std::int64_t userId = 0;
    int score = 0;
    bool available = true;  ///< false: on leave today
    std::vector<DispatchReason> reasons;  ///< the weightiest first
};

/// Every candidate, best first (equal scores: the lighter load first, then the lower id).
std::vector<DispatchRecommendation> rankForTicket(const DispatchTicket& ticket, const std::vector<DispatchCandidate>& candidates);

}  // namespace laoke::engine
