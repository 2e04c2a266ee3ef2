#include "engine/DispatchRanking.h"

#include "engine/CityCoordinates.h"

#include <algorithm>
#include <cstdlib>

namespace laoke::engine {

namespace {

constexpr int kModuleSkill = 45;
constexpr int kProductSkill = 25;
constexpr int kCertified = 10;
constexpr int kCertifiedForTopGrade = 10;
constexpr int kNoSkill = -20;
constexpr int kIdle = 5;
constexpr int kPerOpenTicket = -6;
constexpr int kPerOpenTicketUrgent = -10;
constexpr int kOnLeave = -1000;
constexpr int kMatchingDuty = 10;
constexpr int kFieldDutyForDeskTicket = -10;
constexpr int kSameCity = 15;
constexpr int kTravelPointsPerTenKm = -1;
constexpr int kMostTravelPoints = -40;
constexpr int kPerServedTicket = 8;
constexpr int kServedTicketsCounted = 3;

void add(DispatchRecommendation& out, std::string code, int points, long long value = 0, long long minutes = 0)
{
    out.score += points;
    out.reasons.push_back({std::move(code), points, value, minutes});
}

void skillReasons(const DispatchTicket& ticket, const DispatchCandidate& candidate, DispatchRecommendation& out)
{
    if (ticket.productLineId == 0) return;
    bool line = false;
    bool module = false;
    bool certified = false;
    for (const EngineerSkill& skill : candidate.skills) {
        if (skill.productLineId != ticket.productLineId) continue;
        if (skill.moduleId == 0 || skill.moduleId == ticket.moduleId) line = true;
        if (ticket.moduleId != 0 && skill.moduleId == ticket.moduleId) module = true;
        certified = certified || skill.certified;
    }
    if (module) {
        add(out, "skill_module", kModuleSkill);
    } else if (line) {
        add(out, "skill_product", kProductSkill);
    } else {
        add(out, "no_skill", kNoSkill);
    }
    if (certified) {
        const bool topGrade = ticket.customerGrade == "A" || ticket.customerGrade == "B";
        // The reason says why it weighs more, so the dispatcher sees the grade counted.
        add(out, topGrade ? "certified_top_grade" : "certified", kCertified + (topGrade ? kCertifiedForTopGrade : 0));
    }
}

int travelPoints(const TravelEstimate& travel)
{
    return std::max(kMostTravelPoints, kTravelPointsPerTenKm * (travel.roadKm / 10));
}

void travelReasons(const DispatchTicket& ticket, const DispatchCandidate& candidate, DispatchRecommendation& out)
{
    if (!ticket.needsVisit) return;
    const bool together = sameCity(candidate.homeCity, ticket.customerCity);
    // The customer's own place: the distance counts even within the city (Beijing's
    // 延庆 is 80 km from the centre), and a city missing from the table is no longer unknown.
    if (ticket.customerLocation) {
        if (const auto travel = travelTo(candidate.homeCity, *ticket.customerLocation)) {
            if (together) {
                add(out, "same_city", kSameCity + travelPoints(*travel), travel->roadKm, travel->minutes);
            } else {
                add(out, "travel", travelPoints(*travel), travel->roadKm, travel->minutes);
            }
            return;
        }
    }
    if (together) {
        add(out, "same_city", kSameCity);
        return;
    }
    if (const auto travel = travelBetween(candidate.homeCity, ticket.customerCity)) {
        add(out, "travel", travelPoints(*travel), travel->roadKm, travel->minutes);
    }
}

}  // namespace

std::vector<DispatchRecommendation> rankForTicket(const DispatchTicket& ticket, const std::vector<DispatchCandidate>& candidates)
{
    std::vector<DispatchRecommendation> ranked;
    std::vector<int> loads;
    for (const DispatchCandidate& candidate : candidates) {
        DispatchRecommendation out;
        out.userId = candidate.userId;
        if (candidate.dutyToday && *candidate.dutyToday == "leave") {
            out.available = false;
            add(out, "on_leave", kOnLeave);
        }
        skillReasons(ticket, candidate, out);
        if (candidate.openTickets == 0) {
            add(out, "idle", kIdle);
        } else {
            // On an urgent ticket (or one whose SLA is at risk) every ticket in hand weighs more,
            // and the reason says so.
            add(out, ticket.urgent ? "load_urgent" : "load",
                candidate.openTickets * (ticket.urgent ? kPerOpenTicketUrgent : kPerOpenTicket), candidate.openTickets);
        }
        if (candidate.dutyToday) {
            const std::string& duty = *candidate.dutyToday;
            if (duty == "hotline" && !ticket.needsVisit) add(out, "hotline_duty", kMatchingDuty);
            if (duty == "onsite") add(out, "field_duty", ticket.needsVisit ? kMatchingDuty : kFieldDutyForDeskTicket);
        }
        travelReasons(ticket, candidate, out);
        if (candidate.servedCustomer > 0) {
            add(out, "served_before", kPerServedTicket * std::min(candidate.servedCustomer, kServedTicketsCounted),
                candidate.servedCustomer);
        }
        std::stable_sort(out.reasons.begin(), out.reasons.end(),
                         [](const DispatchReason& a, const DispatchReason& b) { return std::abs(a.points) > std::abs(b.points); });
        ranked.push_back(std::move(out));
        loads.push_back(candidate.openTickets);
    }
    std::vector<std::size_t> order(ranked.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (ranked[a].score != ranked[b].score) return ranked[a].score > ranked[b].score;
        if (loads[a] != loads[b]) return loads[a] < loads[b];
        return ranked[a].userId < ranked[b].userId;
    });
    std::vector<DispatchRecommendation> sorted;
    sorted.reserve(ranked.size());
    for (const std::size_t i : order) sorted.push_back(std::move(ranked[i]));
    return sorted;
}

}  // namespace laoke::engine
