#include "handlers/ActivityHandler.h"

#include "db/ActivityRepository.h"
#include "db/AuditLog.h"
#include "db/ContactRepository.h"
#include "db/CustomerRepository.h"
#include "domain/CustomerRules.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"
#include "handlers/CustomerAccess.h"

#include <chrono>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

// An activity may be logged up to a day ahead (a visit booked for tomorrow morning is a
// next step, not an activity).
constexpr long long kMaxFutureSeconds = 24 * 3600;

proto::Envelope activityReply(const proto::Activity& activity)
{
    proto::Envelope reply;
    *reply.mutable_activity_reply()->mutable_activity() = activity;
    return reply;
}

}  // namespace

proto::Envelope handleSaveActivity(RequestContext& context, const proto::SaveActivityRequest& request)
{
    proto::Activity activity = request.activity();
    activity.set_summary(domain::trimmed(activity.summary()));
    activity.set_next_step(domain::trimmed(activity.next_step()));
    throwIfViolated(domain::checkActivity(activity));
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
    if (activity.occurred_at_unix() > now.count() + kMaxFutureSeconds) {
        throw ServiceError(proto::VALIDATION_FAILED, "an activity cannot lie in the future", "occurred_at_unix");
    }
    proto::Activity saved;
    context.transact([&](db::UnitOfWork& work) {
        db::ActivityRepository activities(work);
        std::optional<proto::Activity> before;
        if (activity.id() != 0) {
            before = activities.get(activity.id());
            activity.set_customer_id(before->customer_id());
            if (before->by_user_id() != context.user().userId && context.user().role != "admin" &&
                context.user().role != "branch_manager") {
                throw ServiceError(proto::FORBIDDEN, "only the person who logged an activity may change it");
            }
        } else {
            db::CustomerRepository(work).get(activity.customer_id());
        }
        if (activity.contact_id() != 0) {
            const auto contact = db::ContactRepository(work).find(activity.contact_id());
            if (!contact || contact->customer_id() != activity.customer_id()) {
                throw ServiceError(proto::VALIDATION_FAILED, "the contact is not one of this customer's", "contact_id");
            }
        }
        saved = before ? activities.update(activity) : activities.create(activity);
        nlohmann::json details{{"after", auditJson(saved)}};
        if (before) details["before"] = auditJson(*before);
        db::AuditLog(work).record(before ? "activity.update" : "activity.create", "activity", saved.id(), details);
    });
    return activityReply(saved);
}

proto::Envelope handleArchiveActivity(RequestContext& context, const proto::ArchiveRequest& request)
{
    proto::Activity saved;
    context.transact([&](db::UnitOfWork& work) {
        db::ActivityRepository activities(work);
        const proto::Activity before = activities.get(request.id());
        if (before.by_user_id() != context.user().userId && context.user().role != "admin" &&
            context.user().role != "branch_manager") {
            throw ServiceError(proto::FORBIDDEN, "only the person who logged an activity may remove it");
        }
        saved = activities.setArchived(request.id(), request.expected_version(), request.archived());
        db::AuditLog(work).record(request.archived() ? "activity.archive" : "activity.restore", "activity", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
    });
    return activityReply(saved);
}

proto::Envelope handleListActivities(RequestContext& context, const proto::ListActivitiesRequest& request)
{
    const int limit = request.limit() == 0 ? 50 : request.limit();
    if (limit < 1 || limit > 200) throw ServiceError(proto::BAD_REQUEST, "limit must be 1 to 200", "limit");
    proto::Envelope reply;
    auto* out = reply.mutable_list_activities_reply();
    context.transact([&](db::UnitOfWork& work) {
        db::CustomerRepository(work).get(request.customer_id());
        for (auto& activity : db::ActivityRepository(work).forCustomer(request.customer_id(), request.before_unix(),
                                                                             request.before_id(), limit)) {
            *out->add_activities() = std::move(activity);
        }
    });
    return reply;
}

}  // namespace laoke::handlers
