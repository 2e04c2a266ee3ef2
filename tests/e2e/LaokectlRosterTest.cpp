// `laokectl roster show/set` against the real laoke-server: a branch manager puts the
// engineer on hotline duty for a day and everyone of the branch sees it, in a table and as
// JSON with the suggestion's reasons; engineers may not plan, a bad duty is a usage error,
// and administrators name the branch.

#include "CliJson.h"
#include "CliRun.h"
#include "DemoCliServer.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"

#include <QDate>
#include <QJsonArray>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

using laoke::test::CliRun;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class LaokectlRoster : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_cli = new laoke::test::DemoCliServer("roster"); }
    static void TearDownTestSuite()
    {
        delete s_cli;
        s_cli = nullptr;
    }

    static CliRun laokectlAs(const std::string& user, const std::vector<std::string>& args)
    {
        return s_cli->laokectlAs(user, args);
    }

    // Next week's Monday as YYYY-MM-DD (next week is always in the range rosters are kept).
    static std::string nextMonday()
    {
        const QDate today = QDate::currentDate();
        return today.addDays(8 - today.dayOfWeek()).toString(Qt::ISODate).toStdString();
    }

    static laoke::test::DemoCliServer* s_cli;
};

laoke::test::DemoCliServer* LaokectlRoster::s_cli = nullptr;

}  // namespace

TEST_F(LaokectlRoster, AManagerSetsADutyAndTheBranchSeesIt)
{
    const std::string monday = nextMonday();
    const CliRun before = laokectlAs("manager", {"--json", "roster", "show", "--week", monday});
    ASSERT_EQ(before.exitCode, 0) << before.err;
    const QJsonObject empty = laoke::test::jsonOutput(before).value("roster").toObject();
    EXPECT_EQ(empty.value("week_start").toString().toStdString(), monday);
    EXPECT_TRUE(empty.value("cells").toArray().isEmpty());

    const CliRun set = laokectlAs("manager", {"roster", "set", "engineer", monday, "hotline", "--note", "早班"});
    ASSERT_EQ(set.exitCode, 0) << set.err;
    EXPECT_TRUE(contains(set.out, "Hotline (早班)")) << set.out;
    EXPECT_TRUE(contains(set.out, "Hotline suggestion")) << set.out;

    // The engineer reads it: a table, and JSON with the cell and a reason for every day.
    const CliRun table = laokectlAs("engineer", {"roster", "show", "--week", monday});
    ASSERT_EQ(table.exitCode, 0) << table.err;
    EXPECT_TRUE(contains(table.out, "NAME")) << table.out;
    EXPECT_TRUE(contains(table.out, "version 1")) << table.out;
    EXPECT_TRUE(contains(table.out, "Hotline (早班)")) << table.out;
    const CliRun json = laokectlAs("engineer", {"--json", "roster", "show", "--week", monday});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const QJsonObject roster = laoke::test::jsonOutput(json).value("roster").toObject();
    const QJsonArray cells = roster.value("cells").toArray();
    ASSERT_EQ(cells.size(), 1);
    EXPECT_EQ(cells.first().toObject().value("duty").toString(), QStringLiteral("hotline"));
    EXPECT_EQ(cells.first().toObject().value("date").toString().toStdString(), monday);
    EXPECT_EQ(roster.value("reasons").toArray().size(), 7);
    EXPECT_FALSE(roster.value("editable").toBool());

    // Back to the office, by its Chinese name.
    const CliRun office = laokectlAs("manager", {"--json", "roster", "set", "engineer", monday, "坐班"});
    ASSERT_EQ(office.exitCode, 0) << office.err;
    EXPECT_TRUE(laoke::test::jsonOutput(office).value("roster").toObject().value("cells").toArray().isEmpty());
}

TEST_F(LaokectlRoster, EngineersDoNotPlanAndBadInputIsRefused)
{
    const std::string monday = nextMonday();
    const CliRun engineer = laokectlAs("engineer", {"roster", "set", "engineer", monday, "leave"});
    EXPECT_EQ(engineer.exitCode, 1) << engineer.out;
    EXPECT_FALSE(engineer.err.empty());

    EXPECT_EQ(laokectlAs("manager", {"roster", "set", "engineer", monday, "nap"}).exitCode, 2);
    EXPECT_EQ(laokectlAs("manager", {"roster", "set", "engineer", "next monday", "leave"}).exitCode, 2);
    const CliRun stranger = laokectlAs("manager", {"roster", "set", "account", monday, "leave"});
    EXPECT_EQ(stranger.exitCode, 1);
    EXPECT_TRUE(contains(stranger.err, "account")) << stranger.err;

    // Administrators choose the branch.
    EXPECT_EQ(laokectlAs("admin", {"roster", "show", "--week", monday}).exitCode, 1);
    const CliRun admin = laokectlAs("admin", {"--json", "roster", "show", "--week", monday, "--branch", "BJ"});
    ASSERT_EQ(admin.exitCode, 0) << admin.err;
    EXPECT_TRUE(laoke::test::jsonOutput(admin).value("roster").toObject().value("editable").toBool());
}
