#pragma once
// The service reports' figures, read from the day rollup of the resolved tickets' facts
// (V0019 ticket_resolution_days, kept by a trigger), so a report costs a row per branch, day
// and dimension key however many tickets were resolved; and the complaint cases of the
// period. Row-level security keeps a manager to their branch.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace laoke::db {

/// China dates [from, to], both included, of one branch (0: every branch the caller sees).
struct ReportScope {
    std::chrono::sys_days from;
    std::chrono::sys_days to;
    std::int64_t branchId = 0;
};

class ServiceReportRepository {
public:
    explicit ServiceReportRepository(UnitOfWork& work) : m_work(work) {}

    /// The whole period first, then per branch, engineer, category group and grade; most
    /// resolved tickets first within each. Rows whose tickets were all reopened are left out.
    std::vector<protocol::ServiceReportGroup> groups(const ReportScope& scope);
    /// Resolved tickets per bucket of business time, first response's buckets then
    /// resolution's, each listed with its upper bound (0 for the open-ended last one).
    std::vector<protocol::ServiceTimeBucket> timeBuckets(const ReportScope& scope);
    /// The scores of the tickets resolved per week ("week") or month ("month"), oldest first.
    std::vector<protocol::SatisfactionPeriod> satisfactionTrend(const ReportScope& scope, const std::string& unit);
    /// The complaint cases opened in the period, newest first, at most `limit`; `total` gets
    /// how many there are.
    std::vector<protocol::ReportComplaint> complaints(const ReportScope& scope, int limit, int& total);
    /// The quick-service lines in business seconds: first response, resolution.
    std::pair<std::int64_t, std::int64_t> quickLines();

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
