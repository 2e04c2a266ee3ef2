#pragma once
// One database transaction as handed to repositories. Handlers hold it only to pass it on:
// they never see pqxx (the pqxx type is only forward-declared here).

#include "db/Actor.h"

#include <functional>
#include <set>
#include <string>

namespace pqxx { class transaction_base; }

namespace laoke::db {

/// A named prepared statement. Repositories define them as constants next to their code.
struct Statement {
    const char* name;
    const char* sql;
};

class UnitOfWork {
public:
    UnitOfWork(pqxx::transaction_base& transaction, const Actor& actor, std::set<std::string>& preparedOnConnection)
        : m_transaction(transaction), m_actor(actor), m_prepared(preparedOnConnection)
    {
    }

    const Actor& actor() const { return m_actor; }

    /// For repositories (db/ only): the underlying transaction.
    pqxx::transaction_base& transaction() { return m_transaction; }

    /// Runs `lookup` as the server's own database role, where row-level security does not
    /// apply. Only for index lookups that PostgreSQL cannot plan under a policy: a policy's
    /// condition must run before any non-leakproof operator (array containment, substring,
    /// lower()), which turns an index search into a scan of every row. The lookup must
    /// scope itself (an explicit branch condition) and return only ids; the rows are then
    /// read back as the application role, so the policies still decide what is shown.
    void withoutRowSecurity(const std::function<void()>& lookup);

    /// Prepares `statement` on this connection the first time it is used there.
    void ensurePrepared(const Statement& statement);

private:
    pqxx::transaction_base& m_transaction;
    const Actor& m_actor;
    std::set<std::string>& m_prepared;
    int m_ownRoleDepth = 0;  ///< withoutRowSecurity calls in progress
};

}  // namespace laoke::db
