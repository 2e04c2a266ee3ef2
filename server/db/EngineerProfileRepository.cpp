#include "db/EngineerProfileRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

const Statement kProfile{
    "engineer_profile_get",
    "SELECT u.id, u.display_name, coalesce(p.home_city, '') AS home_city, coalesce(p.home_district, '') AS home_district, "
    "coalesce(p.version, 0) AS version FROM users u LEFT JOIN engineer_profiles p ON p.user_id = u.id WHERE u.id = $1"};
const Statement kSkills{
    "engineer_skills_of",
    "SELECT s.user_id, s.product_line_id, l.name AS line_name, coalesce(s.module_id, 0) AS module_id, "
    "coalesce(m.name, '') AS module_name, s.certified FROM engineer_skills s JOIN product_lines l ON l.id = s.product_line_id "
    "LEFT JOIN product_modules m ON m.id = s.module_id WHERE s.user_id = ANY($1::bigint[]) "
    "ORDER BY s.user_id, l.name, s.module_id NULLS FIRST, m.name"};
const Statement kHomes{
    "engineer_homes_of",
    "SELECT user_id, home_city, home_district, version FROM engineer_profiles WHERE user_id = ANY($1::bigint[])"};
const Statement kInsertProfile{
    "engineer_profile_insert",
    "INSERT INTO engineer_profiles (user_id, branch_id, home_city, home_district, updated_by) "
    "VALUES ($1, $2, $3, $4, current_setting('laoke.user_id')::bigint) ON CONFLICT (user_id) DO NOTHING"};
const Statement kUpdateProfile{
    "engineer_profile_update",
    "UPDATE engineer_profiles SET branch_id = $2, home_city = $3, home_district = $4, updated_at = now(), "
    "updated_by = current_setting('laoke.user_id')::bigint, version = version + 1 WHERE user_id = $1 AND version = $5"};
const Statement kClearSkills{"engineer_skills_clear", "DELETE FROM engineer_skills WHERE user_id = $1"};
const Statement kInsertSkill{
    "engineer_skill_insert",
    "INSERT INTO engineer_skills (user_id, product_line_id, module_id, certified) VALUES ($1, $2, nullif($3::bigint, 0), $4)"};
// The branch's people who take tickets, with what the ranking weighs (tickets_by_assignee,
// tickets_by_customer_assignee).
const Statement kCandidates{
    "dispatch_candidates",
    "SELECT u.id, u.display_name, coalesce(nullif(p.home_city, ''), b.city) AS home_city, "
    "(SELECT count(*) FROM tickets t WHERE t.assignee_id = u.id "
    " AND t.state IN ('assigned', 'in_progress', 'waiting_customer', 'reopened')) AS open_tickets, "
    "(SELECT count(*) FROM tickets t WHERE t.customer_id = $2 AND t.assignee_id = u.id "
    " AND t.state IN ('resolved', 'closed') AND t.opened_at > now() - interval '1 year') AS served "
    "FROM users u JOIN branches b ON b.id = u.branch_id LEFT JOIN engineer_profiles p ON p.user_id = u.id "
    "WHERE u.enabled AND u.role IN ('engineer', 'branch_manager') AND u.branch_id = $1 ORDER BY u.id"};
const Statement kPlace{
    "dispatch_ticket_place",
    "SELECT coalesce(v.product_line_id, 0) AS product_line_id, c.city, c.latitude, c.longitude "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id "
    "LEFT JOIN installed_products ip ON ip.id = t.installed_product_id LEFT JOIN product_versions v ON v.id = ip.product_version_id "
    "WHERE t.id = $1"};

proto::EngineerSkill toSkill(const pqxx::row& row)
{
    proto::EngineerSkill skill;
    skill.set_product_line_id(row["product_line_id"].as<std::int64_t>());
    skill.set_product_line_name(row["line_name"].c_str());
    skill.set_module_id(row["module_id"].as<std::int64_t>());
    skill.set_module_name(row["module_name"].c_str());
    skill.set_certified(row["certified"].as<bool>());
    return skill;
}

}  // namespace

proto::EngineerProfile EngineerProfileRepository::get(std::int64_t userId)
{
    const auto result = exec(m_work, kProfile, userId);
    if (result.empty()) throw ServiceError(proto::NOT_FOUND, "no such user");
    proto::EngineerProfile profile;
    profile.set_user_id(userId);
    profile.set_display_name(result[0]["display_name"].c_str());
    profile.set_home_city(result[0]["home_city"].c_str());
    profile.set_home_district(result[0]["home_district"].c_str());
    profile.set_version(result[0]["version"].as<std::int64_t>());
    for (const auto& row : exec(m_work, kSkills, toBigintArrayLiteral({userId}))) *profile.add_skills() = toSkill(row);
    return profile;
}

proto::EngineerProfile EngineerProfileRepository::save(const proto::EngineerProfile& profile, std::int64_t branchId,
                                                       std::int64_t expectedVersion)
{
    const std::int64_t user = profile.user_id();
    if (expectedVersion == 0) {
        if (exec(m_work, kInsertProfile, user, branchId, profile.home_city(), profile.home_district()).affected_rows() != 1) {
            throw ServiceError(proto::CONFLICT, "someone else saved this engineer's profile since you opened it");
        }
    } else if (exec(m_work, kUpdateProfile, user, branchId, profile.home_city(), profile.home_district(), expectedVersion)
                   .affected_rows() != 1) {
        throw ServiceError(proto::CONFLICT, "someone else saved this engineer's profile since you opened it");
    }
    exec(m_work, kClearSkills, user);
    for (const proto::EngineerSkill& skill : profile.skills()) {
        exec(m_work, kInsertSkill, user, skill.product_line_id(), skill.module_id(), skill.certified());
    }
    return get(user);
}

std::map<std::int64_t, proto::EngineerProfile> EngineerProfileRepository::profilesOf(const std::vector<std::int64_t>& userIds)
{
    std::map<std::int64_t, proto::EngineerProfile> out;
    const std::string ids = toBigintArrayLiteral(userIds);
    for (const auto& row : exec(m_work, kHomes, ids)) {
        proto::EngineerProfile& profile = out[row["user_id"].as<std::int64_t>()];
        profile.set_user_id(row["user_id"].as<std::int64_t>());
        profile.set_home_city(row["home_city"].c_str());
        profile.set_home_district(row["home_district"].c_str());
        profile.set_version(row["version"].as<std::int64_t>());
    }
    for (const auto& row : exec(m_work, kSkills, ids)) *out[row["user_id"].as<std::int64_t>()].add_skills() = toSkill(row);
    return out;
}

std::vector<RankingCandidate> EngineerProfileRepository::candidates(std::int64_t branchId, std::int64_t customerId)
{
    std::vector<RankingCandidate> out;
    std::vector<std::int64_t> ids;
    for (const auto& row : exec(m_work, kCandidates, branchId, customerId)) {
        RankingCandidate candidate;
        candidate.facts.userId = row["id"].as<std::int64_t>();
        candidate.facts.homeCity = row["home_city"].c_str();
        candidate.facts.openTickets = row["open_tickets"].as<int>();
        candidate.facts.servedCustomer = row["served"].as<int>();
        candidate.displayName = row["display_name"].c_str();
        ids.push_back(candidate.facts.userId);
        out.push_back(std::move(candidate));
    }
    const auto profiles = profilesOf(ids);
    for (RankingCandidate& candidate : out) {
        const auto found = profiles.find(candidate.facts.userId);
        if (found == profiles.end()) continue;
        for (const proto::EngineerSkill& skill : found->second.skills()) {
            candidate.facts.skills.push_back({skill.product_line_id(), skill.module_id(), skill.certified()});
        }
    }
    return out;
}

TicketPlace EngineerProfileRepository::placeOf(std::int64_t ticketId)
{
    const auto result = exec(m_work, kPlace, ticketId);
    if (result.empty()) throw ServiceError(proto::NOT_FOUND, "no such ticket");
    TicketPlace place{result[0]["product_line_id"].as<std::int64_t>(), result[0]["city"].c_str(), std::nullopt};
    if (!result[0]["latitude"].is_null()) {
        place.customerLocation = engine::GeoPoint{result[0]["latitude"].as<double>(), result[0]["longitude"].as<double>()};
    }
    return place;
}

}  // namespace laoke::db
