#include "handlers/RecommendationHandler.h"

#include "db/AuditLog.h"
#include "db/CatalogueRepository.h"
#include "db/EngineerProfileRepository.h"
#include "db/RosterRepository.h"
#include "db/TicketRepository.h"
#include "db/UserRepository.h"
#include "domain/AccountRules.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"
#include "engine/DispatchRanking.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"
#include "handlers/TicketClocks.h"

#include <map>
#include <set>
#include <utility>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr std::size_t kMaxPlace = 32;
constexpr int kMaxSkills = 60;

std::size_t characters(const std::string& utf8) { return domain::utf8Length(utf8).value_or(SIZE_MAX); }

// The profile belongs to an enabled engineer or branch manager the caller may see: their own
// branch's (admins: any). Returns the user's branch.
std::int64_t requireDispatchable(db::UnitOfWork& work, const AuthenticatedUser& caller, std::int64_t userId)
{
    const auto user = db::UserRepository(work).find(userId);
    if (!user || (caller.role != "admin" && user->branch_id() != caller.branchId)) throw ServiceError(proto::NOT_FOUND, "no such user");
    if (user->role() != proto::ENGINEER && user->role() != proto::BRANCH_MANAGER) {
        throw ServiceError(proto::VALIDATION_FAILED, "skills are kept for engineers and branch managers", "user_id");
    }
    return user->branch_id();
}

void validateSkills(db::UnitOfWork& work, const proto::EngineerProfile& profile)
{
    if (profile.skills_size() > kMaxSkills) throw ServiceError(proto::VALIDATION_FAILED, "at most 60 skills", "skills");
    db::CatalogueRepository catalogue(work);
    std::set<std::int64_t> lines;
    for (const proto::ProductLine& line : catalogue.lines()) lines.insert(line.id());
    std::set<std::pair<std::int64_t, std::int64_t>> seen;
    for (const proto::EngineerSkill& skill : profile.skills()) {
        if (lines.count(skill.product_line_id()) == 0) throw ServiceError(proto::VALIDATION_FAILED, "unknown product line", "skills");
        if (skill.module_id() != 0 && catalogue.moduleIdsOfLine(skill.product_line_id()).count(skill.module_id()) == 0) {
            throw ServiceError(proto::VALIDATION_FAILED, "the module is not one of the product line's", "skills");
        }
        if (!seen.insert({skill.product_line_id(), skill.module_id()}).second) {
            throw ServiceError(proto::VALIDATION_FAILED, "a skill is listed twice", "skills");
        }
    }
}

bool isUrgent(const proto::Ticket& ticket)
{
    if (ticket.effective_priority() == "urgent") return true;
    for (const proto::SlaClockStatus& clock : ticket.sla()) {
        if (clock.state() == "at_risk" || clock.state() == "breached") return true;
    }
    return false;
}

}  // namespace

proto::Envelope handleGetEngineerProfile(RequestContext& context, const proto::GetEngineerProfileRequest& request)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        requireDispatchable(work, context.user(), request.user_id());
        *reply.mutable_engineer_profile_reply()->mutable_profile() = db::EngineerProfileRepository(work).get(request.user_id());
    });
    return reply;
}

proto::Envelope handleSaveEngineerProfile(RequestContext& context, const proto::SaveEngineerProfileRequest& request)
{
    proto::EngineerProfile profile = request.profile();
    profile.set_home_city(domain::trimmed(profile.home_city()));
    profile.set_home_district(domain::trimmed(profile.home_district()));
    if (characters(profile.home_city()) > kMaxPlace) throw ServiceError(proto::VALIDATION_FAILED, "the city is at most 32 characters", "home_city");
    if (characters(profile.home_district()) > kMaxPlace) {
        throw ServiceError(proto::VALIDATION_FAILED, "the district is at most 32 characters", "home_district");
    }
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        const std::int64_t branch = requireDispatchable(work, context.user(), profile.user_id());
        validateSkills(work, profile);
        db::EngineerProfileRepository profiles(work);
        const proto::EngineerProfile before = profiles.get(profile.user_id());
        if (before.version() != request.expected_version()) {
            throw ServiceError(proto::CONFLICT, "someone else saved this engineer's profile since you opened it");
        }
        const proto::EngineerProfile saved = profiles.save(profile, branch, request.expected_version());
        db::AuditLog(work).record("engineer_profile.save", "user", saved.user_id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
        *reply.mutable_engineer_profile_reply()->mutable_profile() = saved;
    });
    return reply;
}

proto::Envelope handleRecommendAssignees(RequestContext& context, const proto::RecommendAssigneesRequest& request)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::TicketRepository tickets(work);
        proto::Ticket ticket = tickets.get(request.ticket_id());
        fillSlaClocks(ticket, tickets.events(ticket.id()), *context.services().serviceLevels->current(work));
        db::EngineerProfileRepository profiles(work);
        const db::TicketPlace place = profiles.placeOf(ticket.id());
        engine::DispatchTicket facts;
        facts.productLineId = place.productLineId;
        facts.moduleId = ticket.module_id();
        facts.customerGrade = ticket.customer_grade();
        facts.customerCity = place.customerCity;
        facts.customerLocation = place.customerLocation;
        facts.urgent = isUrgent(ticket);
        facts.needsVisit = ticket.channel() == "onsite" || ticket.onsite_requested_at_unix() != 0;

        const std::vector<db::RankingCandidate> candidates = profiles.candidates(ticket.branch_id(), ticket.customer_id());
        // Today's duties from the roster; a day with nothing entered is office (坐班).
        std::map<std::int64_t, std::string> duties;
        for (const proto::RosterCell& cell : db::RosterRepository(work).dutiesOn(ticket.branch_id(), engine::chinaToday())) {
            duties[cell.user_id()] = cell.duty();
        }
        std::vector<engine::DispatchCandidate> input;
        for (const auto& candidate : candidates) {
            input.push_back(candidate.facts);
            const auto duty = duties.find(candidate.facts.userId);
            input.back().dutyToday = duty == duties.end() ? std::string("office") : duty->second;
        }
        auto* out = reply.mutable_recommend_assignees_reply();
        for (const engine::DispatchRecommendation& ranked : engine::rankForTicket(facts, input)) {
            auto* recommendation = out->add_recommendations();
            recommendation->set_user_id(ranked.userId);
            recommendation->set_score(ranked.score);
            recommendation->set_available(ranked.available);
            for (const auto& candidate : candidates) {
                if (candidate.facts.userId != ranked.userId) continue;
                recommendation->set_display_name(candidate.displayName);
                recommendation->set_open_tickets(candidate.facts.openTickets);
            }
            for (const engine::DispatchReason& why : ranked.reasons) {
                auto* reason = recommendation->add_reasons();
                reason->set_code(why.code);
                reason->set_points(why.points);
                reason->set_value(why.value);
                reason->set_minutes(why.minutes);
            }
        }
    });
    return reply;
}

}  // namespace laoke::handlers
