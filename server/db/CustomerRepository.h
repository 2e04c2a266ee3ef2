#pragma once
// Customers: the profile row, its search document and its denormalized service end date.
// Row-level security decides which customers a request can see: a customer of another
// branch is simply not found (NOT_FOUND, never FORBIDDEN, so ids do not leak existence).

#include "db/UnitOfWork.h"
#include "engine/SearchText.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <string>

namespace laoke::db {

class CustomerRepository {
public:
    explicit CustomerRepository(UnitOfWork& work) : m_work(work) {}

    /// Throws NOT_FOUND when the customer does not exist or is not visible to the actor.
    protocol::Customer get(std::int64_t id);
    std::optional<protocol::Customer> find(std::int64_t id);
    /// By customer code (exact) or, failing that, by id written as digits.
    std::optional<protocol::Customer> findByCode(const std::string& code);

    /// Inserts `customer` (an empty code takes the next C0000001-style code). Throws
    /// ALREADY_EXISTS with field "code" or "credit_code".
    protocol::Customer create(const protocol::Customer& customer, const engine::SearchDocument& search);

    /// Updates every editable field at customer.version(): CONFLICT when it changed since,
    /// NOT_FOUND when it is gone.
    protocol::Customer update(const protocol::Customer& customer, const engine::SearchDocument& search);

    protocol::Customer setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived);

    /// An existing customer (archived ones included) with the same name (case-insensitive)
    /// or, when given, the same credit code, in any branch: a company is one customer of the
    /// partner, whichever branch serves it. Callers must not show another branch's
    /// customer beyond saying that it exists.
    struct Duplicate {
        std::int64_t id = 0;
        std::int64_t branchId = 0;
        std::string code;
    };
    std::optional<Duplicate> findDuplicate(const std::string& name, const std::string& creditCode,
                                           std::int64_t excludingId = 0);

    /// The fields the search document is built from, contacts included.
    engine::SearchFields searchFields(std::int64_t id);
    /// Rebuilds the search document after contacts changed (no version change: the profile
    /// itself did not change).
    void refreshSearch(std::int64_t id);

    /// Recomputes customers.service_end_on from the customer's current installed products.
    void refreshServiceEnd(std::int64_t id);
    /// The latest service end over its installed products, "YYYY-MM-DD"; "" when none.
    std::string serviceEndOf(std::int64_t id);

    /// Locks the customer's row for the rest of the transaction (child edits serialize on it).
    void lock(std::int64_t id);

private:
    protocol::Customer afterWrite(std::int64_t id, std::int64_t expectedVersion, bool written);

    UnitOfWork& m_work;
};

}  // namespace laoke::db
