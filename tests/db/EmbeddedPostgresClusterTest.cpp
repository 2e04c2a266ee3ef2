// The embedded PostgreSQL cluster on its own, without laoke-server: created on first start,
// reused on the next, run as the postgres account when we are root, placed where that
// account can reach it, refusing a second instance, and gone when its owner is killed.

#include "Processes.h"
#include "db/EmbeddedPostgres.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>

#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace laoke::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using db::EmbeddedPostgres;

/// A data directory for one test, removed afterwards together with a relocated cluster.
class TempDataDir {
public:
    explicit TempDataDir(const fs::path& parent = "/tmp")
    {
        std::string pattern = (parent / "laoke-pg-test-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) {
            throw std::runtime_error("mkdtemp failed under " + parent.string());
        }
        chmod(pattern.c_str(), 0755);
        m_path = pattern;
    }
    ~TempDataDir()
    {
        std::error_code error;
        std::ifstream location(m_path / "pg-location");
        std::string relocated;
        if (location && std::getline(location, relocated) && !relocated.empty()) {
            fs::remove_all(relocated, error);
        }
        fs::remove_all(m_path, error);
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

std::string query(const std::string& url, const std::string& sql)
{
    pqxx::connection connection(url);
    pqxx::work tx(connection);
    const auto result = tx.exec(sql);
    tx.commit();
    return result.empty() || result[0].empty() || result[0][0].is_null() ? std::string() : result[0][0].c_str();
}

TEST(EmbeddedPostgresCluster, FirstStartCreatesTheClusterAndTheLaokeDatabase)
{
    TempDataDir dataDir;
    EmbeddedPostgres postgres(dataDir.path());
    postgres.start();

    EXPECT_EQ(postgres.clusterDir(), dataDir.path() / "pg");
    EXPECT_TRUE(fs::exists(postgres.clusterDir() / "data" / "PG_VERSION"));
    EXPECT_EQ(query(postgres.connectionUrl(), "SELECT current_database()"), "laoke");
    EXPECT_EQ(query(postgres.connectionUrl(), "SELECT current_user"), "laoke");
    EXPECT_EQ(query(postgres.connectionUrl(), "SHOW listen_addresses"), "");
    EXPECT_EQ(fs::status(postgres.clusterDir() / "run").permissions() & fs::perms::all, fs::perms::owner_all);

    const fs::path data = postgres.clusterDir() / "data";
    postgres.stop();
    EXPECT_EQ(postgres.pid(), -1);
    EXPECT_TRUE(processesWorkingIn(data).empty());
    postgres.stop();
}

TEST(EmbeddedPostgresCluster, SecondStartReusesTheClusterAndItsData)
{
    TempDataDir dataDir;
    {
        EmbeddedPostgres postgres(dataDir.path());
        postgres.start();
        query(postgres.connectionUrl(), "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    }
    EmbeddedPostgres postgres(dataDir.path());
    postgres.start();

    EXPECT_EQ(query(postgres.connectionUrl(), "SELECT note FROM kept"), "still here");
    EXPECT_FALSE(fs::exists(dataDir.path() / "pg-location"));
}

TEST(EmbeddedPostgresCluster, RunsAsThePostgresAccountWhenStartedAsRoot)
{
    if (geteuid() != 0) {
        GTEST_SKIP() << "only meaningful when the tests run as root";
    }
    TempDataDir dataDir;
    EmbeddedPostgres postgres(dataDir.path());
    postgres.start();

    const passwd* account = getpwnam("postgres");
    ASSERT_NE(account, nullptr);
    const auto processes = processesWorkingIn(postgres.clusterDir() / "data");
    ASSERT_FALSE(processes.empty());
    for (pid_t pid : processes) {
        EXPECT_EQ(processUid(pid), static_cast<long>(account->pw_uid)) << "pid " << pid;
    }
}

TEST(EmbeddedPostgresCluster, UnreachableDataDirMovesTheClusterUnderVarLibLaoke)
{
    if (geteuid() != 0) {
        GTEST_SKIP() << "only root runs postgres under another account";
    }
    struct stat rootHome {};
    if (stat("/root", &rootHome) != 0 || (rootHome.st_mode & S_IXOTH) != 0) {
        GTEST_SKIP() << "/root is reachable by others on this machine";
    }
    TempDataDir dataDir("/root");
    EmbeddedPostgres postgres(dataDir.path());
    postgres.start();

    EXPECT_EQ(postgres.clusterDir().parent_path(), fs::path("/var/lib/laoke/clusters"));
    std::ifstream location(dataDir.path() / "pg-location");
    std::string recorded;
    std::getline(location, recorded);
    EXPECT_EQ(fs::path(recorded), postgres.clusterDir());
    EXPECT_EQ(query(postgres.connectionUrl(), "SELECT 42"), "42");

    postgres.stop();
    EmbeddedPostgres again(dataDir.path());
    again.start();
    EXPECT_EQ(again.clusterDir(), postgres.clusterDir());
}

TEST(EmbeddedPostgresCluster, SecondInstanceOnARunningClusterIsRefusedClearly)
{
    TempDataDir dataDir;
    EmbeddedPostgres first(dataDir.path());
    first.start();

    EmbeddedPostgres second(dataDir.path());
    try {
        second.start();
        FAIL() << "a second postgres started on the same cluster";
    } catch (const std::runtime_error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("already running"), std::string::npos) << message;
        EXPECT_NE(message.find(std::to_string(first.pid())), std::string::npos) << message;
    }
    EXPECT_EQ(query(first.connectionUrl(), "SELECT 1"), "1");
}

TEST(EmbeddedPostgresCluster, IsGoneWhenItsOwnerIsKilledWithSigkill)
{
    TempDataDir dataDir;
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    const pid_t owner = fork();
    ASSERT_GE(owner, 0);
    if (owner == 0) {
        close(ready[0]);
        try {
            EmbeddedPostgres postgres(dataDir.path());
            postgres.start();
            (void)!write(ready[1], "1", 1);
            for (;;) {
                pause();
            }
        } catch (const std::exception&) {
            (void)!write(ready[1], "0", 1);
            _exit(1);
        }
    }
    close(ready[1]);
    char started = 0;
    ASSERT_EQ(read(ready[0], &started, 1), 1);
    close(ready[0]);
    ASSERT_EQ(started, '1');
    const fs::path data = dataDir.path() / "pg" / "data";
    ASSERT_FALSE(processesWorkingIn(data).empty());

    kill(owner, SIGKILL);
    waitpid(owner, nullptr, 0);

    EXPECT_TRUE(waitUntilNoProcessWorkingIn(data, 10s)) << "postgres outlived its owner";
}

}  // namespace
}  // namespace laoke::test
