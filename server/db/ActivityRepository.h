#pragma once
// A customer's activity history: visits, calls, WeChat, trainings, inspections ...

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace laoke::db {

class ActivityRepository {
public:
    explicit ActivityRepository(UnitOfWork& work) : m_work(work) {}

    /// Newest first, at most `limit`; when `beforeUnix` > 0, only those after the activity
    /// (beforeUnix, beforeId) in that order (keyset: activities of one second are not lost
    /// between pages; occurred_at is always whole seconds).
    std::vector<protocol::Activity> forCustomer(std::int64_t customerId, std::int64_t beforeUnix, std::int64_t beforeId,
                                                int limit);
    int countForCustomer(std::int64_t customerId);
    /// Throws NOT_FOUND.
    protocol::Activity get(std::int64_t id);

    /// Logged by the acting user.
    protocol::Activity create(const protocol::Activity& activity);
    /// At activity.version(): CONFLICT when changed since, NOT_FOUND when gone.
    protocol::Activity update(const protocol::Activity& activity);
    protocol::Activity setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived);

private:
    protocol::Activity afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written);

    UnitOfWork& m_work;
};

}  // namespace laoke::db
