#pragma once
// The service reports' figures, counted in SQL from the resolved tickets' facts (V0019), the
// callbacks' scores and the complaint cases, so a report costs one pass over the period's
// rows however many tickets there are. Row-level security keeps a manager to their branch.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <chrono>
#include <cstdint>
#include <string>
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
    /// resolved tickets first within each.
    std::vector<protocol::ServiceReportGroup> groups(const ReportScope& scope);
    /// Resolved tickets per bucket of business time, for `clock` "first_response" or
    /// "resolution"; `uppers` are the buckets' upper bounds in seconds, ascending (a last,
    /// open-ended bucket follows them). Every bucket is listed, empty ones with 0.
    std::vector<protocol::ServiceTimeBucket> timeBuckets(const ReportScope& scope, const std::string& clock,
                                                         const std::vector<std::int64_t>& uppers);
    /// The callback scores given per week ("week") or month ("month"), oldest first.
    std::vector<protocol::SatisfactionPeriod> satisfactionTrend(const ReportScope& scope, const std::string& unit);
    /// The complaint cases opened in the period, newest first, at most `limit`; `total` gets
    /// how many there are.
    std::vector<protocol::ReportComplaint> complaints(const ReportScope& scope, int limit, int& total);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
