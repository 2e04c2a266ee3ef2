#pragma once
// A customer's installed base: which catalogue version, modules, seats, licence and service
// dates. The lifecycle stage and service state are computed by the caller (engine/), never
// stored: the record carries the version's lifecycle dates for that.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

struct InstalledProductRecord {
    protocol::InstalledProduct product;
    std::string releasedOn, limitedSupportFrom, supportStoppedFrom, endOfLifeFrom;
};

class InstalledProductRepository {
public:
    explicit InstalledProductRepository(UnitOfWork& work) : m_work(work) {}

    std::vector<InstalledProductRecord> forCustomer(std::int64_t customerId, bool includeArchived = false);
    std::optional<InstalledProductRecord> find(std::int64_t id);
    /// Throws NOT_FOUND.
    InstalledProductRecord get(std::int64_t id);

    std::int64_t create(const protocol::InstalledProduct& product);
    /// At product.version(): CONFLICT when changed since, NOT_FOUND when gone.
    void update(const protocol::InstalledProduct& product);
    void setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived);

    /// How many of `ids` are installed products of `customerId` (visible, not archived).
    std::size_t countOwnedBy(std::int64_t customerId, const std::vector<std::int64_t>& ids);

private:
    void setModules(std::int64_t id, const google::protobuf::RepeatedField<std::int64_t>& moduleIds);
    void afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written);

    UnitOfWork& m_work;
};

}  // namespace laoke::db
