#pragma once
// A customer's contracts and the installed products each one covers.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace laoke::db {

class ContractRepository {
public:
    explicit ContractRepository(UnitOfWork& work) : m_work(work) {}

    /// Newest first by end date; archived ones only when asked.
    std::vector<protocol::Contract> forCustomer(std::int64_t customerId, bool includeArchived = false);
    std::optional<protocol::Contract> find(std::int64_t id);
    /// Throws NOT_FOUND.
    protocol::Contract get(std::int64_t id);

    /// ALREADY_EXISTS (field "number") when the number is taken.
    protocol::Contract create(const protocol::Contract& contract);
    /// At contract.version(): CONFLICT when changed since, NOT_FOUND when gone.
    protocol::Contract update(const protocol::Contract& contract);
    protocol::Contract setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived);

private:
    void setProducts(std::int64_t id, const google::protobuf::RepeatedField<std::int64_t>& installedProductIds);
    protocol::Contract afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written);

    UnitOfWork& m_work;
};

}  // namespace laoke::db
