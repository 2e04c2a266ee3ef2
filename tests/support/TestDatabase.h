#pragma once
// A fresh, empty database per test in the throwaway PostgreSQL cluster that scripts/test.sh
// starts (socket directory in LAOKE_TEST_PG_HOST). Tests never share data, so they can run in
// parallel and in any order; the database is dropped when the object goes away.

#include <string>

namespace laoke::test {

class TestDatabase {
public:
    /// Creates database laoke_test_<random hex>. Throws if LAOKE_TEST_PG_HOST is unset.
    TestDatabase();
    /// Drops the database, disconnecting anyone still connected (WITH (FORCE)).
    ~TestDatabase();

    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    /// libpq connection string of this database.
    std::string url() const;

    /// The database name, laoke_test_<random hex>.
    const std::string& name() const { return m_name; }

    /// Applies the migrations compiled into the server (MigrationRunner + embeddedMigrations()).
    void migrate();

private:
    std::string urlFor(const std::string& database) const;

    std::string m_host;
    std::string m_user;
    std::string m_name;
};

}  // namespace laoke::test
