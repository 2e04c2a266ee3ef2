// The real laokectl binary against the real laoke-server: what an administrator typing
// commands (or a script reading --json) sees, including the exit codes scripts rely on.

#include "CliJson.h"
#include "CliRun.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <atomic>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

constexpr const char* kDemoPassword = "laoke-demo";

using laoke::test::CliRun;

int lineCount(const std::string& text)
{
    int lines = 0;
    for (const char c : text) {
        lines += c == '\n' ? 1 : 0;
    }
    return lines;
}

// Removes colons and lower-cases, the way a person might paste a fingerprint.
std::string plainLowerHex(const std::string& fingerprint)
{
    std::string hex;
    for (const char c : fingerprint) {
        if (c != ':') {
            hex += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return hex;
}

class Laokectl : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_database = new laoke::test::TestDatabase();
        s_server = new laoke::test::ServerProcess(laoke::test::ServerOptions{s_database->url(), {}, true, {}});
        s_scratch = new fs::path(fs::temp_directory_path() / ("laokectl-test-" + std::to_string(getpid())));
        fs::create_directories(*s_scratch);
    }

    static void TearDownTestSuite()
    {
        delete s_server;
        delete s_database;
        std::error_code ignored;
        fs::remove_all(*s_scratch, ignored);
        delete s_scratch;
    }

    /// A file holding `content` on its first line, for --password-file and friends.
    static std::string secretFile(const std::string& content)
    {
        static std::atomic<int> counter{0};
        const fs::path file = *s_scratch / ("secret-" + std::to_string(++counter));
        std::ofstream(file) << content << '\n';
        return file.string();
    }

    /// Runs laokectl with `args`, stdin from /dev/null, LAOKE_* variables only as given.
    static CliRun laokectl(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {})
    {
        std::vector<std::string> argv{laoke::test::requireEnv("LAOKECTL_BIN")};
        argv.insert(argv.end(), args.begin(), args.end());
        return laoke::test::runCli(argv, *s_scratch, env);
    }

    /// laokectl against the suite's server, trusting its fingerprint, signed in as `user`.
    static CliRun as(const std::string& user, const std::string& password, std::vector<std::string> args)
    {
        std::vector<std::string> all{"--server", s_server->address(), "--trust-fingerprint", s_server->fingerprint(),
                                     "--user", user, "--password-file", secretFile(password)};
        all.insert(all.end(), args.begin(), args.end());
        return laokectl(all);
    }

    static QJsonObject json(const CliRun& run) { return laoke::test::jsonOutput(run); }

    static laoke::test::TestDatabase* s_database;
    static laoke::test::ServerProcess* s_server;
    static fs::path* s_scratch;
};

laoke::test::TestDatabase* Laokectl::s_database = nullptr;
laoke::test::ServerProcess* Laokectl::s_server = nullptr;
fs::path* Laokectl::s_scratch = nullptr;

}  // namespace

TEST_F(Laokectl, PingShowsRoundTripAndServerVersionWithoutSigningIn)
{
    const CliRun human = laokectl({"--server", s_server->address(), "--trust-fingerprint", s_server->fingerprint(), "ping"});
    ASSERT_EQ(human.exitCode, 0) << human.err;
    EXPECT_NE(human.out.find(s_server->address()), std::string::npos) << human.out;
    EXPECT_NE(human.out.find(" ms"), std::string::npos) << human.out;

    const CliRun machine =
        laokectl({"--server", s_server->address(), "--trust-fingerprint", s_server->fingerprint(), "--json", "ping"});
    ASSERT_EQ(machine.exitCode, 0) << machine.err;
    const QJsonObject reply = json(machine);
    EXPECT_FALSE(reply.value("server_version").toString().isEmpty());
    EXPECT_GE(reply.value("round_trip_ms").toDouble(-1), 0.0);
    EXPECT_NE(human.out.find(reply.value("server_version").toString().toStdString()), std::string::npos);
}

TEST_F(Laokectl, FingerprintIsAcceptedInLowerCaseWithoutColonsAndFromTheEnvironment)
{
    const CliRun typed =
        laokectl({"--server", s_server->address(), "--trust-fingerprint", plainLowerHex(s_server->fingerprint()), "ping"});
    EXPECT_EQ(typed.exitCode, 0) << typed.err;

    const CliRun fromEnv =
        laokectl({"--server", s_server->address(), "ping"}, {{"LAOKE_TRUST_FINGERPRINT", s_server->fingerprint()}});
    EXPECT_EQ(fromEnv.exitCode, 0) << fromEnv.err;
}

TEST_F(Laokectl, WhoAmIShowsTheSignedInEngineer)
{
    const CliRun run = as("engineer", kDemoPassword, {"whoami"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("engineer"), std::string::npos) << run.out;
    EXPECT_TRUE(run.err.empty()) << run.err;

    const QJsonObject reply = json(as("engineer", kDemoPassword, {"--json", "whoami"}));
    EXPECT_EQ(reply.value("user").toObject().value("username").toString(), "engineer");
    EXPECT_EQ(reply.value("user").toObject().value("role").toString(), "engineer");
}

TEST_F(Laokectl, SpeaksChineseUnderAChineseLocale)
{
    const CliRun chinese = laokectl({"--help"}, {{"LC_ALL", "zh_CN.UTF-8"}});
    EXPECT_EQ(chinese.exitCode, 0);
    EXPECT_NE(chinese.out.find("显示此帮助"), std::string::npos) << chinese.out;
    const CliRun english = laokectl({"--help"});
    EXPECT_NE(english.out.find("show this help"), std::string::npos) << english.out;
    // Errors too.
    const CliRun refused = laokectl({"--server", s_server->address(), "--trust-fingerprint", s_server->fingerprint(), "--user",
                                     "engineer", "tickets", "show", "GD1999-999999"},
                                    {{"LAOKE_PASSWORD", kDemoPassword}, {"LC_ALL", "zh_CN.UTF-8"}});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("GD1999-999999"), std::string::npos) << refused.err;
    EXPECT_TRUE(QString::fromStdString(refused.err).contains(QRegularExpression(QStringLiteral("\\p{Han}")))) << refused.err;
}

TEST_F(Laokectl, PasswordFromTheEnvironmentIsUsed)
{
    const CliRun run = laokectl({"--server", s_server->address(), "--trust-fingerprint", s_server->fingerprint(), "--user",
                              "engineer", "whoami"},
                             {{"LAOKE_PASSWORD", kDemoPassword}});
    EXPECT_EQ(run.exitCode, 0) << run.err;
}

TEST_F(Laokectl, WrongPasswordFailsWithOneLineAndExitCode1)
{
    const CliRun run = as("engineer", "not-the-password", {"whoami"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.empty()) << run.out;
    EXPECT_EQ(lineCount(run.err), 1) << run.err;
    EXPECT_EQ(run.err.rfind("laokectl: ", 0), 0u) << run.err;
    EXPECT_NE(run.err.find("INVALID_CREDENTIALS"), std::string::npos) << run.err;
}

TEST_F(Laokectl, MissingPasswordWithoutTerminalIsAUsageError)
{
    const CliRun run = laokectl({"--server", s_server->address(), "--trust-fingerprint", s_server->fingerprint(), "--user",
                              "engineer", "whoami"});
    EXPECT_EQ(run.exitCode, 2) << run.err;
    EXPECT_EQ(lineCount(run.err), 1) << run.err;
}

TEST_F(Laokectl, WithoutTrustItRefusesAndShowsTheFingerprintToCheck)
{
    const CliRun run = laokectl({"--server", s_server->address(), "ping"});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(lineCount(run.err), 1) << run.err;
    EXPECT_NE(run.err.find(s_server->fingerprint()), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("--trust-fingerprint"), std::string::npos) << run.err;
}

TEST_F(Laokectl, WrongFingerprintIsRefusedBeforeAnythingIsSent)
{
    std::string wrong = s_server->fingerprint();
    wrong[0] = wrong[0] == '0' ? '1' : '0';
    const CliRun run = laokectl({"--server", s_server->address(), "--trust-fingerprint", wrong, "--user", "engineer",
                              "--password-file", secretFile(kDemoPassword), "whoami"});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(lineCount(run.err), 1) << run.err;
    EXPECT_NE(run.err.find(s_server->fingerprint()), std::string::npos) << run.err;
    EXPECT_TRUE(run.out.empty());
}

TEST_F(Laokectl, UnknownCommandAndBadOptionsAreUsageErrors)
{
    EXPECT_EQ(laokectl({"--server", s_server->address(), "frobnicate"}).exitCode, 2);
    EXPECT_EQ(laokectl({"--server", s_server->address(), "--user", "admin", "users", "add", "x"}).exitCode, 2);
    EXPECT_EQ(laokectl({"--server", s_server->address(), "--user", "admin", "branches", "list", "--role", "admin"})
                  .exitCode,
              2);

    const CliRun help = laokectl({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("users reset-password"), std::string::npos) << help.out;
}

TEST_F(Laokectl, AdminManagesAUserThroughItsLifecycle)
{
    const std::string initial = "first-password-1";
    const CliRun added = as("admin", kDemoPassword,
                         {"users", "add", "liuyang", "--name", "刘洋", "--role", "engineer", "--branch", "BJ",
                          "--new-password-file", secretFile(initial)});
    ASSERT_EQ(added.exitCode, 0) << added.err;

    const CliRun firstLogin = as("liuyang", initial, {"--json", "whoami"});
    ASSERT_EQ(firstLogin.exitCode, 0) << firstLogin.err;
    EXPECT_TRUE(json(firstLogin).value("user").toObject().value("must_change_password").toBool());

    const std::string own = "chosen-password-2";
    const CliRun changed = laokectl({"--server", s_server->address(), "--trust-fingerprint", s_server->fingerprint(),
                                  "--user", "liuyang", "--password-file", secretFile(initial), "passwd",
                                  "--new-password-file", secretFile(own)});
    ASSERT_EQ(changed.exitCode, 0) << changed.err;
    EXPECT_EQ(as("liuyang", own, {"whoami"}).exitCode, 0);

    ASSERT_EQ(as("admin", kDemoPassword, {"users", "disable", "liuyang"}).exitCode, 0);
    const CliRun disabled = as("liuyang", own, {"whoami"});
    EXPECT_EQ(disabled.exitCode, 1);
    EXPECT_NE(disabled.err.find("ACCOUNT_DISABLED"), std::string::npos) << disabled.err;

    ASSERT_EQ(as("admin", kDemoPassword, {"users", "enable", "liuyang"}).exitCode, 0);
    EXPECT_EQ(as("liuyang", own, {"whoami"}).exitCode, 0);

    const std::string reset = "reset-password-3";
    const CliRun resetRun =
        as("admin", kDemoPassword, {"users", "reset-password", "liuyang", "--new-password-file", secretFile(reset)});
    ASSERT_EQ(resetRun.exitCode, 0) << resetRun.err;
    EXPECT_EQ(as("liuyang", reset, {"whoami"}).exitCode, 0);
    const CliRun oldPassword = as("liuyang", own, {"whoami"});
    EXPECT_EQ(oldPassword.exitCode, 1);
    EXPECT_NE(oldPassword.err.find("INVALID_CREDENTIALS"), std::string::npos) << oldPassword.err;
}

TEST_F(Laokectl, InvalidNewUserIsRejectedBeforeSending)
{
    const CliRun run = as("admin", kDemoPassword,
                       {"users", "add", "Bad Name", "--name", "x", "--role", "engineer", "--new-password-file",
                        secretFile("long-enough-password")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("username"), std::string::npos) << run.err;
}

TEST_F(Laokectl, EngineerMayNotListUsers)
{
    const CliRun run = as("engineer", kDemoPassword, {"users", "list"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.empty()) << run.out;
    EXPECT_EQ(lineCount(run.err), 1) << run.err;
    EXPECT_NE(run.err.find("FORBIDDEN"), std::string::npos) << run.err;
}

TEST_F(Laokectl, JsonUserListHasTheDemoUsers)
{
    const CliRun run = as("admin", kDemoPassword, {"--json", "users", "list"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    QStringList names;
    for (const QJsonValue& user : json(run).value("users").toArray()) {
        names << user.toObject().value("username").toString();
    }
    for (const char* demo : {"admin", "manager", "account", "engineer"}) {
        EXPECT_TRUE(names.contains(QString::fromLatin1(demo))) << demo;
    }
}

TEST_F(Laokectl, AdminAddsAndListsBranches)
{
    const CliRun added = as("admin", kDemoPassword, {"branches", "add", "CD", "--name", "成都分公司", "--city", "成都"});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    const CliRun listed = as("admin", kDemoPassword, {"branches", "list"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_NE(listed.out.find("成都分公司"), std::string::npos) << listed.out;

    const CliRun again = as("admin", kDemoPassword, {"branches", "add", "CD", "--name", "成都"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("ALREADY_EXISTS"), std::string::npos) << again.err;
}
