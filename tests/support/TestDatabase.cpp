#include "TestDatabase.h"

#include "TestEnvironment.h"
#include "db/MigrationRunner.h"

#include <pqxx/pqxx>

#include <iostream>
#include <random>

namespace laoke::test {

namespace {

std::string quoteValue(const std::string& value)
{
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') {
            quoted.push_back('\\');
        }
        quoted.push_back(c);
    }
    return quoted + "'";
}

std::string randomHex()
{
    std::random_device device;
    std::uniform_int_distribution<unsigned> nibble(0, 15);
    std::string hex;
    for (int i = 0; i < 16; ++i) {
        hex.push_back("0123456789abcdef"[nibble(device)]);
    }
    return hex;
}

}  // namespace

TestDatabase::TestDatabase()
    : m_host(requireEnv("LAOKE_TEST_PG_HOST")),
      m_user(envOr("LAOKE_TEST_PG_USER", "postgres")),
      m_name("laoke_test_" + randomHex())
{
    pqxx::connection admin(urlFor("postgres"));
    pqxx::nontransaction tx(admin);
    tx.exec("CREATE DATABASE " + tx.quote_name(m_name));
}

TestDatabase::~TestDatabase()
{
    try {
        pqxx::connection admin(urlFor("postgres"));
        pqxx::nontransaction tx(admin);
        tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(m_name) + " WITH (FORCE)");
    } catch (const std::exception& error) {
        std::cerr << "Could not drop test database " << m_name << ": " << error.what() << '\n';
    }
}

std::string TestDatabase::url() const
{
    return urlFor(m_name);
}

void TestDatabase::migrate()
{
    db::MigrationRunner(url(), db::embeddedMigrations()).run();
}

std::string TestDatabase::urlFor(const std::string& database) const
{
    return "host=" + quoteValue(m_host) + " user=" + quoteValue(m_user) + " dbname=" + quoteValue(database);
}

}  // namespace laoke::test
