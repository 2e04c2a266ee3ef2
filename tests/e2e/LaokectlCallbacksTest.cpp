// `laokectl callbacks list/record` against the real laoke-server and PostgreSQL: a B customer's
// ticket resolved through laokectl waits in the branch's callback queue with the number to
// call; a call with no answer keeps it there, counted; a reached customer's low score closes
// the ticket and opens a complaint case; and the command line refuses what it must.

#include "CliJson.h"
#include "CliRun.h"
#include "DemoCliServer.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

using laoke::test::CliRun;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class LaokectlCallbacks : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_cli = std::make_unique<laoke::test::DemoCliServer>("callbacks");
        m_cli->addFixtureProductVersions();
    }

    void TearDown() override { m_cli.reset(); }

    CliRun laokectlAs(const std::string& user, const std::vector<std::string>& args) { return m_cli->laokectlAs(user, args); }

    /// A resolved ticket of DG-0001 (grade B, contact 何镕生 13925861234), opened by the account
    /// manager and resolved by the engineer, all through laokectl; returns its number.
    std::string resolvedTicket()
    {
        if (!m_imported) {
            const CliRun import =
                laokectlAs("account", {"customers", "import", std::string(LAOKE_TEST_DATA_DIR "/customers-gbk.csv")});
            EXPECT_EQ(import.exitCode, 0) << import.out << import.err;
            m_imported = true;
        }
        const CliRun create = laokectlAs("account", {"--json", "tickets", "create", "DG-0001", "--subject", "年结后报表取数不对"});
        EXPECT_EQ(create.exitCode, 0) << create.err;
        const std::string number = laoke::test::jsonOutput(create)
                                       .value("ticket").toObject().value("ticket").toObject()
                                       .value("number").toString().toStdString();
        EXPECT_EQ(laokectlAs("engineer", {"tickets", "assign", number}).exitCode, 0);
        EXPECT_EQ(laokectlAs("engineer", {"tickets", "resolve", number, "--solution", "重新设置报表公式"}).exitCode, 0);
        return number;
    }

    QJsonArray queue(const std::string& user)
    {
        const CliRun run = laokectlAs(user, {"--json", "callbacks", "list"});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return laoke::test::jsonOutput(run).value("callbacks").toArray();
    }

    std::string sql(const std::string& query) { return m_cli->sql(query); }

    std::unique_ptr<laoke::test::DemoCliServer> m_cli;
    bool m_imported = false;
};

}  // namespace

TEST_F(LaokectlCallbacks, TheQueueShowsWhoToCallAndACallIsRecordedUntilTheCustomerIsReached)
{
    const std::string number = resolvedTicket();
    const CliRun list = laokectlAs("manager", {"callbacks", "list"});
    // The engineer who solved it does not call back about it: not in their queue.
    EXPECT_FALSE(contains(laokectlAs("engineer", {"callbacks", "list"}).out, number));
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_TRUE(contains(list.out, number)) << list.out;
    EXPECT_TRUE(contains(list.out, "13925861234")) << "the key contact's mobile: " << list.out;
    EXPECT_TRUE(contains(list.out, "ATTEMPTS")) << list.out;

    // No answer: still waiting, with the call counted.
    const CliRun noAnswer = laokectlAs("manager", {"callbacks", "record", number, "--outcome", "no_answer"});
    ASSERT_EQ(noAnswer.exitCode, 0) << noAnswer.err;
    EXPECT_TRUE(contains(noAnswer.out, "stays in the queue")) << noAnswer.out;
    QJsonArray waiting = queue("manager");
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.at(0).toObject().value("ticket_number").toString().toStdString(), number);
    EXPECT_EQ(waiting.at(0).toObject().value("attempts").toInt(), 1);
    EXPECT_EQ(waiting.at(0).toObject().value("last_outcome").toString(), "no_answer");
    EXPECT_EQ(waiting.at(0).toObject().value("contact_name").toString(), QStringLiteral("何镕生"));

    // What the command line refuses, changing nothing.
    EXPECT_EQ(laokectlAs("manager", {"callbacks", "record", number, "--outcome", "reached"}).exitCode, 2)
        << "a reached customer gives a score";
    EXPECT_EQ(laokectlAs("manager", {"callbacks", "record", number, "--outcome", "reached", "--satisfaction", "9"}).exitCode, 2);
    const CliRun account = laokectlAs("account", {"callbacks", "record", number, "--outcome", "reached", "--satisfaction", "5"});
    EXPECT_EQ(account.exitCode, 1) << "account managers read the queue only";
    EXPECT_EQ(laokectlAs("engineer", {"callbacks", "list", "--branch", "SH"}).exitCode, 1) << "another branch's queue";
    EXPECT_EQ(laokectlAs("manager", {"callbacks", "record", "GD1999-999999", "--outcome", "refused"}).exitCode, 1);
    EXPECT_EQ(sql("SELECT attempts FROM callbacks"), "1");

    // Reached with a low score: the ticket is closed and a complaint case opened.
    const CliRun reached = laokectlAs("manager", {"--json", "callbacks", "record", number, "--outcome", "reached",
                                                   "--satisfaction", "2", "--comment", "等了两天才解决"});
    ASSERT_EQ(reached.exitCode, 0) << reached.err;
    const QJsonObject recorded = laoke::test::jsonOutput(reached).value("callback").toObject();
    EXPECT_TRUE(recorded.value("ticket_closed").toBool()) << reached.out;
    EXPECT_GT(recorded.value("complaint_id").toInteger(), 0) << reached.out;
    EXPECT_EQ(recorded.value("callback").toObject().value("state").toString(), "done");
    EXPECT_TRUE(queue("manager").isEmpty());
    const CliRun empty = laokectlAs("manager", {"callbacks", "list"});
    EXPECT_TRUE(contains(empty.out, "No callbacks are waiting.")) << empty.out;
    const CliRun show = laokectlAs("engineer", {"--json", "tickets", "show", number});
    EXPECT_EQ(laoke::test::jsonOutput(show).value("ticket").toObject().value("ticket").toObject().value("state").toString(),
              "closed");
    EXPECT_EQ(sql("SELECT state || ' ' || satisfaction FROM complaints"), "open 2");
}

TEST_F(LaokectlCallbacks, TheTableTextOfARecordAndAnAdminsBranchFilter)
{
    const std::string number = resolvedTicket();
    EXPECT_EQ(queue("admin").size(), 1) << "admins see every branch";
    const CliRun bj = laokectlAs("admin", {"--json", "callbacks", "list", "--branch", "BJ"});
    ASSERT_EQ(bj.exitCode, 0) << bj.err;
    EXPECT_EQ(laoke::test::jsonOutput(bj).value("callbacks").toArray().size(), 1);
    const CliRun sh = laokectlAs("admin", {"--json", "callbacks", "list", "--branch", "SH"});
    EXPECT_TRUE(laoke::test::jsonOutput(sh).value("callbacks").toArray().isEmpty());
    const CliRun reached = laokectlAs("manager", {"callbacks", "record", number, "--outcome", "reached", "--satisfaction", "5",
                                                  "--comment", "很满意"});
    ASSERT_EQ(reached.exitCode, 0) << reached.err;
    EXPECT_TRUE(contains(reached.out, "Ticket " + number + " is closed.")) << reached.out;
    EXPECT_FALSE(contains(reached.out, "Complaint")) << reached.out;
}

TEST_F(LaokectlCallbacks, AManagerClosingBeforeTheCallbackIsToldItIsCalledOff)
{
    const std::string number = resolvedTicket();
    ASSERT_EQ(queue("manager").size(), 1);
    const CliRun close = laokectlAs("manager", {"tickets", "close", number});
    ASSERT_EQ(close.exitCode, 0) << close.err;
    EXPECT_TRUE(contains(close.out, "The waiting callback of " + number + " is called off.")) << close.out;
    EXPECT_EQ(queue("manager").size(), 0);
}
