#include "db/ServiceReportRepository.h"

#include "db/Sql.h"
#include "engine/BusinessDate.h"

#include <map>

namespace laoke::db {

namespace proto = laoke::protocol;

namespace {

// $1, $2: the first and last China dates; $3: the branch (0: all the caller sees).
#define LAOKE_DAYS                                                                                     \
    "WITH days AS (SELECT * FROM ticket_resolution_days WHERE day BETWEEN $1::date AND $2::date "      \
    "AND ($3 = 0 OR branch_id = $3)) "

#define LAOKE_SUMS                                                                                     \
    "coalesce(sum(resolved), 0) AS resolved, coalesce(sum(with_targets), 0) AS with_targets, "         \
    "coalesce(sum(all_met), 0) AS all_met, coalesce(sum(response_targets), 0) AS response_targets, "   \
    "coalesce(sum(response_met), 0) AS response_met, coalesce(sum(resolution_targets), 0) AS resolution_targets, " \
    "coalesce(sum(resolution_met), 0) AS resolution_met, coalesce(sum(onsite_targets), 0) AS onsite_targets, "     \
    "coalesce(sum(onsite_met), 0) AS onsite_met, coalesce(sum(first_contact), 0) AS first_contact, "   \
    "coalesce(sum(quick_responses), 0) AS quick_responses, coalesce(sum(quick_resolutions), 0) AS quick_resolutions, " \
    "coalesce(sum(complaints), 0) AS complaints, coalesce(sum(scores[1]), 0) AS s1, coalesce(sum(scores[2]), 0) AS s2, " \
    "coalesce(sum(scores[3]), 0) AS s3, coalesce(sum(scores[4]), 0) AS s4, coalesce(sum(scores[5]), 0) AS s5 "

const Statement kGroups{
    "report_groups",
    LAOKE_DAYS
    "SELECT g.*, b.name AS branch_name, u.display_name AS engineer_name, c.name_zh, c.name_en FROM ("
    "SELECT 0 AS part, 'total' AS dimension, 0::bigint AS key_id, '' AS grade, " LAOKE_SUMS
    "FROM days WHERE dimension = 'total' "
    "UNION ALL SELECT 1, 'branch', branch_id, '', " LAOKE_SUMS
    "FROM days WHERE dimension = 'total' GROUP BY branch_id HAVING sum(resolved) > 0 "
    "UNION ALL SELECT 2, dimension, key_id, grade, " LAOKE_SUMS
    "FROM days WHERE dimension <> 'total' GROUP BY dimension, key_id, grade HAVING sum(resolved) > 0) g "
    "LEFT JOIN branches b ON g.dimension = 'branch' AND b.id = g.key_id "
    "LEFT JOIN users u ON g.dimension = 'engineer' AND u.id = g.key_id "
    "LEFT JOIN ticket_categories c ON g.dimension = 'category' AND c.id = g.key_id "
    "ORDER BY g.part, CASE g.dimension WHEN 'engineer' THEN 1 WHEN 'category' THEN 2 ELSE 3 END, g.resolved DESC, "
    "g.grade, g.key_id"};

// The buckets of the period added up, position by position (1-based).
const Statement kBuckets{
    "report_buckets",
    LAOKE_DAYS
    "SELECT 'first_response' AS clock, b.i AS position, sum(b.n) AS tickets "
    "FROM days, unnest(days.response_buckets) WITH ORDINALITY AS b(n, i) WHERE days.dimension = 'total' GROUP BY b.i "
    "UNION ALL SELECT 'resolution', b.i, sum(b.n) "
    "FROM days, unnest(days.resolution_buckets) WITH ORDINALITY AS b(n, i) WHERE days.dimension = 'total' GROUP BY b.i"};

const Statement kBounds{"report_bounds",
                        "SELECT laoke_report_bounds('first_response')::bigint[]::text AS response, "
                        "laoke_report_bounds('resolution')::bigint[]::text AS resolution, "
                        "laoke_report_quick('first_response') AS quick_response, "
                        "laoke_report_quick('resolution') AS quick_resolution"};

const Statement kTrend{
    "report_satisfaction_trend",
    LAOKE_DAYS
    "SELECT date_trunc($4, day)::date::text AS period, sum(scores[1]) AS s1, sum(scores[2]) AS s2, "
    "sum(scores[3]) AS s3, sum(scores[4]) AS s4, sum(scores[5]) AS s5 FROM days WHERE dimension = 'total' "
    "GROUP BY 1 HAVING sum(scores[1] + scores[2] + scores[3] + scores[4] + scores[5]) > 0 ORDER BY 1"};

const Statement kComplaints{
    "report_complaints",
    "SELECT p.id, t.number, cu.name AS customer_name, b.name AS branch_name, p.source, p.state, "
    "coalesce(p.satisfaction, 0) AS satisfaction, p.summary, coalesce(h.display_name, '') AS handler_name, "
    "extract(epoch FROM p.opened_at)::bigint AS opened, extract(epoch FROM p.resolved_at)::bigint AS resolved, "
    "p.resolution, coalesce(e.display_name, '') AS engineer_name "
    "FROM complaints p JOIN tickets t ON t.id = p.ticket_id JOIN customers cu ON cu.id = t.customer_id "
    "JOIN branches b ON b.id = p.branch_id LEFT JOIN users h ON h.id = p.handler_id "
    "LEFT JOIN users e ON e.id = t.assignee_id "
    "WHERE p.opened_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai' "
    "AND p.opened_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' AND ($3 = 0 OR p.branch_id = $3) "
    "ORDER BY p.opened_at DESC, p.id DESC LIMIT $4"};

// Counted apart from the list, which stops at its limit instead of joining every case.
const Statement kComplaintCount{
    "report_complaint_count",
    "SELECT count(*) FROM complaints p WHERE p.opened_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai' "
    "AND p.opened_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' AND ($3 = 0 OR p.branch_id = $3)"};

#undef LAOKE_SUMS
#undef LAOKE_DAYS

std::string textOf(const pqxx::field& field) { return field.is_null() ? std::string() : field.c_str(); }

// The columns holding how many tickets got the scores 1 to 5.
const char* const kScoreColumns[] = {"s1", "s2", "s3", "s4", "s5"};

// "{900,1800}" -> {900, 1800}
std::vector<std::int64_t> boundsOf(const std::string& literal)
{
    std::vector<std::int64_t> bounds;
    std::int64_t value = 0;
    bool digits = false;
    for (const char c : literal) {
        if (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            digits = true;
        } else if (digits) {
            bounds.push_back(value);
            value = 0;
            digits = false;
        }
    }
    return bounds;
}

}  // namespace

std::vector<proto::ServiceReportGroup> ServiceReportRepository::groups(const ReportScope& scope)
{
    std::vector<proto::ServiceReportGroup> groups;
    for (const auto& row : exec(m_work, kGroups, engine::formatIsoDate(scope.from), engine::formatIsoDate(scope.to),
                                scope.branchId)) {
        proto::ServiceReportGroup group;
        const std::string dimension = row["dimension"].c_str();
        group.set_dimension(dimension);
        if (dimension == "branch" || dimension == "engineer" || dimension == "category") {
            group.set_id(row["key_id"].as<std::int64_t>());  // category 0: uncategorised
        }
        if (dimension == "branch") group.set_label(textOf(row["branch_name"]));
        if (dimension == "engineer") group.set_label(textOf(row["engineer_name"]));
        if (dimension == "category") {
            group.set_label(textOf(row["name_zh"]));
            group.set_label_en(textOf(row["name_en"]));
        }
        if (dimension == "grade") group.set_label(row["grade"].c_str());  // "": not graded
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
        group.set_quick_responses(row["quick_responses"].as<int>());
        group.set_quick_resolutions(row["quick_resolutions"].as<int>());
        group.set_complaints(row["complaints"].as<int>());
        int rated = 0;
        std::int64_t sum = 0;
        for (int score = 1; score <= 5; ++score) {
            const int count = row[kScoreColumns[score - 1]].as<int>();
            rated += count;
            sum += static_cast<std::int64_t>(count) * score;
        }
        group.set_rated(rated);
        group.set_satisfaction_sum(sum);
        groups.push_back(std::move(group));
    }
    return groups;
}

std::pair<std::int64_t, std::int64_t> ServiceReportRepository::quickLines()
{
    const auto row = exec(m_work, kBounds)[0];
    return {row["quick_response"].as<std::int64_t>(), row["quick_resolution"].as<std::int64_t>()};
}

std::vector<proto::ServiceTimeBucket> ServiceReportRepository::timeBuckets(const ReportScope& scope)
{
    std::map<std::pair<std::string, int>, int> counted;
    for (const auto& row : exec(m_work, kBuckets, engine::formatIsoDate(scope.from), engine::formatIsoDate(scope.to),
                                scope.branchId)) {
        counted[{row["clock"].c_str(), row["position"].as<int>()}] = row["tickets"].as<int>();
    }
    const auto bounds = exec(m_work, kBounds)[0];
    std::vector<proto::ServiceTimeBucket> buckets;
    for (const char* clock : {"first_response", "resolution"}) {
        const auto uppers = boundsOf(bounds[std::string(clock) == "first_response" ? "response" : "resolution"].c_str());
        for (std::size_t i = 0; i <= uppers.size(); ++i) {
            proto::ServiceTimeBucket bucket;
            bucket.set_clock(clock);
            bucket.set_upper_seconds(i < uppers.size() ? uppers[i] : 0);
            const auto found = counted.find({clock, static_cast<int>(i) + 1});
            bucket.set_tickets(found == counted.end() ? 0 : found->second);
            buckets.push_back(bucket);
        }
    }
    return buckets;
}

std::vector<proto::SatisfactionPeriod> ServiceReportRepository::satisfactionTrend(const ReportScope& scope,
                                                                                  const std::string& unit)
{
    std::vector<proto::SatisfactionPeriod> periods;
    for (const auto& row : exec(m_work, kTrend, engine::formatIsoDate(scope.from), engine::formatIsoDate(scope.to),
                                scope.branchId, unit)) {
        proto::SatisfactionPeriod period;
        period.set_start_date(row["period"].c_str());
        for (const char* column : kScoreColumns) period.add_counts(row[column].as<int>());
        periods.push_back(std::move(period));
    }
    return periods;
}

std::vector<proto::ReportComplaint> ServiceReportRepository::complaints(const ReportScope& scope, int limit, int& total)
{
    const std::string from = engine::formatIsoDate(scope.from);
    const std::string to = engine::formatIsoDate(scope.to);
    total = exec(m_work, kComplaintCount, from, to, scope.branchId)[0][0].as<int>();
    std::vector<proto::ReportComplaint> complaints;
    for (const auto& row : exec(m_work, kComplaints, from, to, scope.branchId, limit)) {
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
