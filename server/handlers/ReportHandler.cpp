#include "handlers/ReportHandler.h"

#include "db/BranchRepository.h"
#include "db/ServiceReportRepository.h"
#include "engine/BusinessDate.h"
#include "engine/ServiceError.h"

#include <chrono>
#include <string>
#include <vector>

namespace laoke::handlers {

namespace proto = laoke::protocol;
using engine::ServiceError;
using std::chrono::sys_days;

namespace {

constexpr int kMaxDays = 366;
constexpr int kWeeklyUpToDays = 92;  // a quarter is read by week, anything longer by month
constexpr int kComplaintLimit = 500;

sys_days dateOf(const std::string& text, const char* field)
{
    const auto day = engine::parseIsoDate(text);
    if (!day) throw ServiceError(proto::VALIDATION_FAILED, "the date must be YYYY-MM-DD", field);
    return *day;
}

std::int64_t branchOf(RequestContext& context, std::int64_t requested)
{
    const AuthenticatedUser& user = context.user();
    if (user.role == "admin") return requested;
    if (requested != 0 && requested != user.branchId) {
        throw ServiceError(proto::FORBIDDEN, "you see the reports of your own branch only", "branch_id");
    }
    return user.branchId;
}

}  // namespace

proto::Envelope handleServiceReport(RequestContext& context, const proto::ServiceReportRequest& request)
{
    db::ReportScope scope;
    scope.from = dateOf(request.from_date(), "from_date");
    scope.to = dateOf(request.to_date(), "to_date");
    if (scope.to < scope.from) throw ServiceError(proto::VALIDATION_FAILED, "the period ends before it starts", "to_date");
    const int days = static_cast<int>((scope.to - scope.from).count()) + 1;
    if (days > kMaxDays) throw ServiceError(proto::VALIDATION_FAILED, "a report covers at most 366 days", "from_date");
    scope.branchId = branchOf(context, request.branch_id());
    const std::string unit = days <= kWeeklyUpToDays ? "week" : "month";

    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        if (scope.branchId != 0 && !db::BranchRepository(work).find(scope.branchId)) {
            throw ServiceError(proto::NOT_FOUND, "no such branch", "branch_id");
        }
        db::ServiceReportRepository reports(work);
        auto* out = reply.mutable_service_report_reply();
        out->set_from_date(engine::formatIsoDate(scope.from));
        out->set_to_date(engine::formatIsoDate(scope.to));
        out->set_branch_id(scope.branchId);
        for (auto& group : reports.groups(scope)) *out->add_groups() = std::move(group);
        for (auto& bucket : reports.timeBuckets(scope)) *out->add_time_buckets() = std::move(bucket);
        const auto [quickResponse, quickResolution] = reports.quickLines();
        out->set_quick_response_seconds(quickResponse);
        out->set_quick_resolution_seconds(quickResolution);
        out->set_trend_unit(unit);
        for (auto& period : reports.satisfactionTrend(scope, unit)) *out->add_satisfaction_trend() = std::move(period);
        int total = 0;
        for (auto& complaint : reports.complaints(scope, kComplaintLimit, total)) *out->add_complaints() = std::move(complaint);
        out->set_complaints_total(total);
    });
    return reply;
}

}  // namespace laoke::handlers
