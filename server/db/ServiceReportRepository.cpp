#include "db/ServiceReportRepository.h"

#include "db/Sql.h"
#include "engine/BusinessDate.h"

#include <map>

namespace laoke::db {

namespace proto = laoke::protocol;

namespace {

// $1, $2: the first and last China dates; $3: the branch (0: all the caller sees).
#define LAOKE_PERIOD(column)                                                              \
    column " >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai' AND " column          \
           " < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'"

// The resolved tickets of the period with whether they had a target and met them all.
#define LAOKE_FACTS                                                                                         \
    "WITH facts AS (SELECT r.*, "                                                                            \
    "(r.response_met IS NOT NULL OR r.resolution_met IS NOT NULL OR r.onsite_met IS NOT NULL) AS has_target, " \
    "(coalesce(r.response_met, true) AND coalesce(r.resolution_met, true) AND coalesce(r.onsite_met, true)) "  \
    "AS met_all FROM ticket_resolutions r "                                                                  \
    "WHERE " LAOKE_PERIOD("r.resolved_at") " AND ($3 = 0 OR r.branch_id = $3)) "

const Statement kGroups{
    "report_groups",
    LAOKE_FACTS
    "SELECT g.*, b.name AS branch_name, u.display_name AS engineer_name, c.name_zh, c.name_en FROM ("
    "SELECT GROUPING(branch_id) AS by_branch, GROUPING(assignee_id) AS by_engineer, "
    "GROUPING(category_group_id) AS by_category, GROUPING(grade) AS by_grade, "
    "branch_id, assignee_id, category_group_id, grade, count(*) AS resolved, "
    "count(*) FILTER (WHERE has_target) AS with_targets, count(*) FILTER (WHERE has_target AND met_all) AS all_met, "
    "count(response_met) AS response_targets, count(*) FILTER (WHERE response_met) AS response_met, "
    "count(resolution_met) AS resolution_targets, count(*) FILTER (WHERE resolution_met) AS resolution_met, "
    "count(onsite_met) AS onsite_targets, count(*) FILTER (WHERE onsite_met) AS onsite_met, "
    "count(*) FILTER (WHERE first_contact) AS first_contact, "
    "percentile_disc(0.5) WITHIN GROUP (ORDER BY response_seconds) AS median_response, "
    "percentile_disc(0.5) WITHIN GROUP (ORDER BY resolution_seconds) AS median_resolution, "
    "count(satisfaction) AS rated, coalesce(sum(satisfaction), 0) AS satisfaction_sum, sum(complaints) AS complaints "
    "FROM facts GROUP BY GROUPING SETS ((), (branch_id), (assignee_id), (category_group_id), (grade))) g "
    "LEFT JOIN branches b ON g.by_branch = 0 AND b.id = g.branch_id "
    "LEFT JOIN users u ON g.by_engineer = 0 AND u.id = g.assignee_id "
    "LEFT JOIN ticket_categories c ON g.by_category = 0 AND c.id = g.category_group_id "
    "ORDER BY (g.by_branch + g.by_engineer + g.by_category + g.by_grade) DESC, g.by_branch, g.by_engineer, "
    "g.by_category, g.resolved DESC, g.grade, 1"};

// width_bucket against the upper bounds: 0 below the first, i from the i-th up.
const Statement kResponseBuckets{
    "report_response_buckets",
    "SELECT width_bucket(r.response_seconds, $4::bigint[]) AS bucket, count(*) AS tickets FROM ticket_resolutions r "
    "WHERE " LAOKE_PERIOD("r.resolved_at") " AND ($3 = 0 OR r.branch_id = $3) GROUP BY 1"};
const Statement kResolutionBuckets{
    "report_resolution_buckets",
    "SELECT width_bucket(r.resolution_seconds, $4::bigint[]) AS bucket, count(*) AS tickets FROM ticket_resolutions r "
    "WHERE " LAOKE_PERIOD("r.resolved_at") " AND ($3 = 0 OR r.branch_id = $3) GROUP BY 1"};

const Statement kTrend{
    "report_satisfaction_trend",
    "SELECT date_trunc($4, c.done_at AT TIME ZONE 'Asia/Shanghai')::date::text AS period, c.satisfaction, "
    "count(*) AS scores FROM callbacks c WHERE c.satisfaction IS NOT NULL AND " LAOKE_PERIOD("c.done_at")
    " AND ($3 = 0 OR c.branch_id = $3) GROUP BY 1, 2 ORDER BY 1, 2"};

const Statement kComplaints{
    "report_complaints",
    "SELECT p.id, t.number, cu.name AS customer_name, b.name AS branch_name, p.source, p.state, "
    "coalesce(p.satisfaction, 0) AS satisfaction, p.summary, coalesce(h.display_name, '') AS handler_name, "
    "extract(epoch FROM p.opened_at)::bigint AS opened, extract(epoch FROM p.resolved_at)::bigint AS resolved, "
    "p.resolution, coalesce(e.display_name, '') AS engineer_name, count(*) OVER () AS total "
    "FROM complaints p JOIN tickets t ON t.id = p.ticket_id JOIN customers cu ON cu.id = t.customer_id "
    "JOIN branches b ON b.id = p.branch_id LEFT JOIN users h ON h.id = p.handler_id "
    "LEFT JOIN users e ON e.id = t.assignee_id "
    "WHERE " LAOKE_PERIOD("p.opened_at") " AND ($3 = 0 OR p.branch_id = $3) "
    "ORDER BY p.opened_at DESC, p.id DESC LIMIT $4"};

#undef LAOKE_FACTS
#undef LAOKE_PERIOD

std::int64_t numberOr0(const pqxx::field& field) { return field.is_null() ? 0 : field.as<std::int64_t>(); }

}  // namespace

std::vector<proto::ServiceReportGroup> ServiceReportRepository::groups(const ReportScope& scope)
{
    std::vector<proto::ServiceReportGroup> groups;
    for (const auto& row : exec(m_work, kGroups, engine::formatIsoDate(scope.from), engine::formatIsoDate(scope.to),
                                scope.branchId)) {
        proto::ServiceReportGroup group;
        if (row["by_branch"].as<int>() == 0) {
            group.set_dimension("branch");
            group.set_id(row["branch_id"].as<std::int64_t>());
            group.set_label(row["branch_name"].is_null() ? "" : row["branch_name"].c_str());
        } else if (row["by_engineer"].as<int>() == 0) {
            group.set_dimension("engineer");
            group.set_id(row["assignee_id"].as<std::int64_t>());
            group.set_label(row["engineer_name"].is_null() ? "" : row["engineer_name"].c_str());
        } else if (row["by_category"].as<int>() == 0) {
            group.set_dimension("category");
            group.set_id(numberOr0(row["category_group_id"]));  // 0: uncategorised
            group.set_label(row["name_zh"].is_null() ? "" : row["name_zh"].c_str());
            group.set_label_en(row["name_en"].is_null() ? "" : row["name_en"].c_str());
        } else if (row["by_grade"].as<int>() == 0) {
            group.set_dimension("grade");
            group.set_label(row["grade"].c_str());  // "": not graded
        } else {
            group.set_dimension("total");
        }
        if (group.label_en().empty()) group.set_label_en(group.label());
        group.set_resolved(row["resolved"].as<int>());
        group.set_with_targets(row["with_targets"].as<int>());
        group.set_all_met(row["all_met"].as<int>());
        group.set_response_targets(row["response_targets"].as<int>());
        group.set_response_met(row["response_met"].as<int>());
        group.set_resolution_targets(row["resolution_targets"].as<int>());
        group.set_resolution_met(row["resolution_met"].as<int>());
        group.set_onsite_targets(row["onsite_targets"].as<int>());
        group.set_onsite_met(row["onsite_met"].as<int>());
        group.set_first_contact(row["first_contact"].as<int>());
        group.set_median_response_seconds(numberOr0(row["median_response"]));
        group.set_median_resolution_seconds(numberOr0(row["median_resolution"]));
        group.set_rated(row["rated"].as<int>());
        group.set_satisfaction_sum(row["satisfaction_sum"].as<std::int64_t>());
        group.set_complaints(static_cast<int>(numberOr0(row["complaints"])));
        groups.push_back(std::move(group));
    }
    return groups;
}

std::vector<proto::ServiceTimeBucket> ServiceReportRepository::timeBuckets(const ReportScope& scope, const std::string& clock,
                                                                           const std::vector<std::int64_t>& uppers)
{
    const Statement& statement = clock == "first_response" ? kResponseBuckets : kResolutionBuckets;
    std::map<int, int> counted;
    for (const auto& row : exec(m_work, statement, engine::formatIsoDate(scope.from), engine::formatIsoDate(scope.to),
                                scope.branchId, toBigintArrayLiteral(uppers))) {
        counted[row["bucket"].as<int>()] = row["tickets"].as<int>();
    }
    std::vector<proto::ServiceTimeBucket> buckets;
    for (std::size_t i = 0; i <= uppers.size(); ++i) {
        proto::ServiceTimeBucket bucket;
        bucket.set_clock(clock);
        bucket.set_upper_seconds(i < uppers.size() ? uppers[i] : 0);
        const auto found = counted.find(static_cast<int>(i));
        bucket.set_tickets(found == counted.end() ? 0 : found->second);
        buckets.push_back(bucket);
    }
    return buckets;
}

std::vector<proto::SatisfactionPeriod> ServiceReportRepository::satisfactionTrend(const ReportScope& scope,
                                                                                  const std::string& unit)
{
    std::vector<proto::SatisfactionPeriod> periods;
    for (const auto& row : exec(m_work, kTrend, engine::formatIsoDate(scope.from), engine::formatIsoDate(scope.to),
                                scope.branchId, unit)) {
        const std::string start = row["period"].c_str();
        if (periods.empty() || periods.back().start_date() != start) {
            proto::SatisfactionPeriod period;
            period.set_start_date(start);
            for (int score = 1; score <= 5; ++score) period.add_counts(0);
            periods.push_back(std::move(period));
        }
        const int score = row["satisfaction"].as<int>();
        if (score >= 1 && score <= 5) periods.back().set_counts(score - 1, row["scores"].as<int>());
    }
    return periods;
}

std::vector<proto::ReportComplaint> ServiceReportRepository::complaints(const ReportScope& scope, int limit, int& total)
{
    total = 0;
    std::vector<proto::ReportComplaint> complaints;
    for (const auto& row : exec(m_work, kComplaints, engine::formatIsoDate(scope.from), engine::formatIsoDate(scope.to),
                                scope.branchId, limit)) {
        total = row["total"].as<int>();
        proto::ReportComplaint complaint;
        complaint.set_id(row["id"].as<std::int64_t>());
        complaint.set_ticket_number(row["number"].c_str());
        complaint.set_customer_name(row["customer_name"].c_str());
        complaint.set_branch_name(row["branch_name"].c_str());
        complaint.set_source(row["source"].c_str());
        complaint.set_state(row["state"].c_str());
        complaint.set_satisfaction(row["satisfaction"].as<int>());
        complaint.set_summary(row["summary"].c_str());
        complaint.set_handler_name(row["handler_name"].c_str());
        complaint.set_opened_at_unix(row["opened"].as<std::int64_t>());
        complaint.set_resolved_at_unix(epochOrZero(row["resolved"]));
        complaint.set_resolution(row["resolution"].c_str());
        complaint.set_engineer_name(row["engineer_name"].c_str());
        complaints.push_back(std::move(complaint));
    }
    return complaints;
}

}  // namespace laoke::db
