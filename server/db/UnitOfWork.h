#pragma once
// One database transaction as handed to repositories. Handlers hold it only to pass it on:
// they never see pqxx (the pqxx type is only forward-declared here).

#include "db/Actor.h"

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

    /// Prepares `statement` on this connection the first time it is used there.
    void ensurePrepared(const Statement& statement);

private:
    pqxx::transaction_base& m_transaction;
    const Actor& m_actor;
    std::set<std::string>& m_prepared;
};

}  // namespace laoke::db
