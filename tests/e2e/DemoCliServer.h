#pragma once
// What the laokectl e2e tests share: a real laoke-server with the demo accounts (and no demo
// customers) on a throwaway database, a scratch directory holding the demo password, and
// laokectl run against that server as one of the demo users.

#include "CliRun.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"

#include <pqxx/pqxx>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include <unistd.h>

namespace laoke::test {

class DemoCliServer {
public:
    /// `name` keeps the scratch directories of different suites apart.
    explicit DemoCliServer(const std::string& name)
        : m_database(std::make_unique<TestDatabase>()),
          m_server(std::make_unique<ServerProcess>(ServerOptions{m_database->url(), {}, true, {"--demo-customers", "0"}})),
          m_scratch(std::filesystem::temp_directory_path() / ("laokectl-" + name + "-" + std::to_string(getpid())))
    {
        std::filesystem::create_directories(m_scratch);
        std::ofstream(m_scratch / "password") << "laoke-demo\n";
    }

    ~DemoCliServer()
    {
        m_server.reset();
        m_database.reset();
        std::error_code ignored;
        std::filesystem::remove_all(m_scratch, ignored);
    }

    DemoCliServer(const DemoCliServer&) = delete;
    DemoCliServer& operator=(const DemoCliServer&) = delete;

    /// laokectl signed in as `user` (password laoke-demo) with `args`, in the C.UTF-8 locale.
    CliRun laokectlAs(const std::string& user, const std::vector<std::string>& args) const
    {
        std::vector<std::string> argv{requireEnv("LAOKECTL_BIN"), "--server", m_server->address(), "--trust-fingerprint",
                                      m_server->fingerprint(), "--user", user, "--password-file",
                                      (m_scratch / "password").string()};
        argv.insert(argv.end(), args.begin(), args.end());
        return runCli(argv, m_scratch, {{"LANG", "C.UTF-8"}});
    }

    /// Runs one statement on the test database; the first column of its first row ("" for none).
    std::string sql(const std::string& query) const
    {
        pqxx::connection connection(m_database->url());
        pqxx::work work(connection);
        const auto result = work.exec(query);
        work.commit();
        return result.empty() || result[0][0].is_null() ? std::string() : result[0][0].c_str();
    }

    /// The product versions tests/data/customers-gbk.csv names (the migrations ship product
    /// lines, not versions), so importing it succeeds.
    void addFixtureProductVersions() const
    {
        sql("INSERT INTO product_versions (product_line_id, name, released_on, limited_support_from, "
            "support_stopped_from, end_of_life_from) "
            "SELECT l.id, v.name, DATE '2018-06-21', DATE '2023-06-21', DATE '2026-06-21', DATE '2029-06-21' "
            "FROM (VALUES ('u8plus', '13.0'), ('kis_professional', 'V15.1')) AS v(line, name) "
            "JOIN product_lines l ON l.code = v.line ON CONFLICT (product_line_id, name) DO NOTHING");
    }

    TestDatabase& database() const { return *m_database; }
    ServerProcess& server() const { return *m_server; }
    const std::filesystem::path& scratch() const { return m_scratch; }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::filesystem::path m_scratch;
};

}  // namespace laoke::test
