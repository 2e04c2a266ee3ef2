#pragma once
// A customer's contacts. Visibility follows the customer (row-level security).

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace laoke::db {

class ContactRepository {
public:
    explicit ContactRepository(UnitOfWork& work) : m_work(work) {}

    /// Current contacts first (key contacts first), then those who left; archived ones only
    /// when asked.
    std::vector<protocol::Contact> forCustomer(std::int64_t customerId, bool includeArchived = false);
    std::optional<protocol::Contact> find(std::int64_t id);
    /// Throws NOT_FOUND.
    protocol::Contact get(std::int64_t id);

    protocol::Contact create(const protocol::Contact& contact);
    /// At contact.version(): CONFLICT when changed since, NOT_FOUND when gone.
    protocol::Contact update(const protocol::Contact& contact);
    protocol::Contact setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived);

    /// Records that a key contact left (an event scoring reads).
    void recordKeyContactLeft(const protocol::Contact& contact);

private:
    protocol::Contact afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written);

    UnitOfWork& m_work;
};

}  // namespace laoke::db
