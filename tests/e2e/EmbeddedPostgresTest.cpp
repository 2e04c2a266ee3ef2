// laoke-server with no database configured starts its own PostgreSQL. Whatever happens to
// the server, that PostgreSQL must not outlive it: not after a normal stop, not after kill -9.

#include "Processes.h"
#include "ServerProcess.h"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace laoke::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

/// Where the server keeps its embedded cluster's PGDATA (see db::EmbeddedPostgres).
fs::path embeddedPgData(const fs::path& dataDir)
{
    std::ifstream location(dataDir / "pg-location");
    std::string relocated;
    if (location && std::getline(location, relocated) && !relocated.empty()) {
        return fs::path(relocated) / "data";
    }
    return dataDir / "pg" / "data";
}

ServerOptions embeddedMode()
{
    ServerOptions options;
    options.demo = false;
    return options;
}

TEST(EmbeddedPostgresServer, ServerComesUpWithItsOwnDatabase)
{
    ServerProcess server(embeddedMode());

    EXPECT_EQ(server.host(), "127.0.0.1");
    EXPECT_NE(server.port(), 0);
    EXPECT_FALSE(server.fingerprint().empty());
    EXPECT_FALSE(processesWorkingIn(embeddedPgData(server.dataDir())).empty())
        << "no postgres runs in " << embeddedPgData(server.dataDir()) << "\n" << server.log();
}

TEST(EmbeddedPostgresServer, IsGoneAfterTheServerIsKilledWithSigkill)
{
    ServerProcess server(embeddedMode());
    const fs::path pgData = embeddedPgData(server.dataDir());
    ASSERT_FALSE(processesWorkingIn(pgData).empty()) << server.log();

    server.signal(SIGKILL);
    EXPECT_EQ(server.waitForExit(10s), 128 + SIGKILL);

    EXPECT_TRUE(waitUntilNoProcessWorkingIn(pgData, 10s))
        << "postgres still serves " << pgData << " 10 s after laoke-server was killed";
}

TEST(EmbeddedPostgresServer, StopsWithTheServerOnSigterm)
{
    ServerProcess server(embeddedMode());
    const fs::path pgData = embeddedPgData(server.dataDir());
    ASSERT_FALSE(processesWorkingIn(pgData).empty()) << server.log();

    server.signal(SIGTERM);
    EXPECT_EQ(server.waitForExit(30s), 0) << server.log();

    EXPECT_TRUE(processesWorkingIn(pgData).empty())
        << "postgres still serves " << pgData << " after laoke-server exited";
}

TEST(EmbeddedPostgresServer, RestartedServerReusesItsCluster)
{
    struct RemovedAtEnd {
        fs::path path;
        ~RemovedAtEnd()
        {
            std::error_code error;
            fs::remove_all(path, error);
        }
    } dataDir{fs::temp_directory_path() / ("laoke-e2e-restart-" + std::to_string(getpid()))};
    fs::create_directories(dataDir.path);
    fs::permissions(dataDir.path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                      fs::perms::others_read | fs::perms::others_exec);
    ServerOptions options = embeddedMode();
    options.dataDir = dataDir.path;
    const fs::path pgData = embeddedPgData(dataDir.path);
    fs::file_time_type created;
    {
        ServerProcess first(options);
        created = fs::last_write_time(pgData / "PG_VERSION");
    }
    ServerProcess second(options);

    EXPECT_EQ(fs::last_write_time(pgData / "PG_VERSION"), created) << "the cluster was created again";
    EXPECT_FALSE(processesWorkingIn(pgData).empty()) << second.log();
}

}  // namespace
}  // namespace laoke::test
