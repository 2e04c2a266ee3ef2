// `laokectl kb search/show/add/use/archive` against the real laoke-server started with
// --demo, so the demo knowledge base is there: what an engineer typing a caller's words
// sees, the filters by product line and category, an article added from a file and found at
// once, the account manager who may read but not write, an article used on a ticket (counted
// once per ticket) and an archived one gone from the search.

#include "CliJson.h"
#include "CliRun.h"
#include "DemoCliServer.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"

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

class LaokectlKb : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_cli = new laoke::test::DemoCliServer("kb"); }
    static void TearDownTestSuite()
    {
        delete s_cli;
        s_cli = nullptr;
    }

    static CliRun laokectlAs(const std::string& user, const std::vector<std::string>& args)
    {
        return s_cli->laokectlAs(user, args);
    }

    static QJsonArray articles(const CliRun& run)
    {
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return laoke::test::jsonOutput(run).value("articles").toArray();
    }

    static laoke::test::DemoCliServer* s_cli;
};

laoke::test::DemoCliServer* LaokectlKb::s_cli = nullptr;

}  // namespace

TEST_F(LaokectlKb, TheCallersWordsFindTheDemoArticle)
{
    const CliRun run = laokectlAs("engineer", {"kb", "search", "加密狗"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "加密狗不识别，软件提示演示版或找不到加密")) << run.out;
    EXPECT_TRUE(contains(run.out, "TITLE")) << run.out;

    // Two words anywhere in the article, traditional characters, in JSON for scripts.
    const QJsonArray found = articles(laokectlAs("engineer", {"--json", "kb", "search", "數據庫 置疑"}));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_TRUE(found.first().toObject().value("title").toString().contains(QStringLiteral("置疑")));

    const CliRun none = laokectlAs("engineer", {"kb", "search", "加密狗 利润表"});
    EXPECT_EQ(none.exitCode, 0) << none.err;
    EXPECT_TRUE(contains(none.out, "No article matches.")) << none.out;
}

TEST_F(LaokectlKb, ProductLineAndCategoryNarrowTheSearch)
{
    const QJsonArray u8 = articles(laokectlAs("engineer", {"--json", "kb", "search", "结账", "--product", "u8plus"}));
    ASSERT_GE(u8.size(), 5);
    for (const QJsonValue& row : u8) {
        const QString line = row.toObject().value("product_line_name").toString();
        EXPECT_TRUE(line == QStringLiteral("用友U8+") || line.isEmpty()) << line.toStdString();
    }
    const QJsonArray kis = articles(laokectlAs("engineer", {"--json", "kb", "search", "结账", "--product", "金蝶KIS专业版"}));
    ASSERT_FALSE(kis.isEmpty());
    for (const QJsonValue& row : kis) EXPECT_NE(row.toObject().value("product_line_name").toString(), QStringLiteral("用友U8+"));

    const CliRun yearEnd = laokectlAs("engineer", {"kb", "search", "--category", "year_end", "--limit", "3"});
    ASSERT_EQ(yearEnd.exitCode, 0) << yearEnd.err;
    EXPECT_TRUE(contains(yearEnd.out, "More articles match")) << yearEnd.out;
    EXPECT_FALSE(contains(yearEnd.out, "加密狗")) << yearEnd.out;

    const CliRun unknown = laokectlAs("engineer", {"kb", "search", "结账", "--product", "sap"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(contains(unknown.err, "u8plus")) << unknown.err;
}

TEST_F(LaokectlKb, AnArticleAddedFromAFileIsFoundAndShown)
{
    const fs::path file = s_cli->scratch() / "article.txt";
    std::ofstream(file) << "title: T+ 备份提示磁盘空间不足\n"
                           "product: tplus\n"
                           "category: database.disk\n"
                           "symptom: 自动备份失败，提示目标磁盘空间不足\n"
                           "solution: 1. 清理旧备份\n"
                           "2. 把备份目录改到数据盘\n";
    const CliRun add = laokectlAs("engineer", {"kb", "add", "--file", file.string(), "--versions", "T+ 17.0"});
    ASSERT_EQ(add.exitCode, 0) << add.err;
    EXPECT_TRUE(contains(add.out, "Added article")) << add.out;

    const QJsonArray found = articles(laokectlAs("account", {"--json", "kb", "search", "改到数据盘"}));
    ASSERT_EQ(found.size(), 1);
    const QString id = QString::number(found.first().toObject().value("id").toInteger());
    const CliRun show = laokectlAs("account", {"kb", "show", id.toStdString()});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_TRUE(contains(show.out, "畅捷通T+ (T+ 17.0)")) << show.out;
    EXPECT_TRUE(contains(show.out, "  2. 把备份目录改到数据盘")) << show.out;
    EXPECT_TRUE(contains(show.out, "Written by 张伟")) << show.out;
}

TEST_F(LaokectlKb, AnAccountManagerReadsButCannotWrite)
{
    const CliRun add = laokectlAs("account", {"kb", "add", "--title", "客户经理的经验", "--symptom", "客户不续费",
                                              "--solution", "多拜访"});
    EXPECT_EQ(add.exitCode, 1);
    EXPECT_TRUE(contains(add.err, "FORBIDDEN")) << add.err;
    EXPECT_TRUE(articles(laokectlAs("account", {"--json", "kb", "search", "多拜访"})).isEmpty());

    const CliRun missing = laokectlAs("engineer", {"kb", "add", "--title", "只有标题"});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(contains(missing.err, "--symptom")) << missing.err;
    const CliRun letter = laokectlAs("engineer", {"kb", "search", "x"});
    EXPECT_EQ(letter.exitCode, 1);
    EXPECT_TRUE(contains(letter.err, "Chinese character")) << letter.err;
}

TEST_F(LaokectlKb, AnArticleUsedOnATicketIsLinkedAndCountedOnce)
{
    // A customer of the account manager's branch to open the ticket for.
    const fs::path csv = s_cli->scratch() / "customer.csv";
    std::ofstream(csv) << "公司名称,客户编码,省,市,负责人,状态\n"
                          "北京知识库测试有限公司,KB-0001,北京,北京,李婷,活跃\n";
    const CliRun import = laokectlAs("account", {"customers", "import", csv.string()});
    ASSERT_EQ(import.exitCode, 0) << import.out << import.err;
    const CliRun create = laokectlAs("engineer", {"--json", "tickets", "create", "KB-0001", "--subject", "加密狗插上不识别"});
    ASSERT_EQ(create.exitCode, 0) << create.out << create.err;
    const QJsonObject ticket =
        laoke::test::jsonOutput(create).value("ticket").toObject().value("ticket").toObject();
    const std::string number = ticket.value("number").toString().toStdString();
    const qint64 ticketId = ticket.value("id").toInteger();

    const QJsonArray found = articles(laokectlAs("engineer", {"--json", "kb", "search", "加密狗 不识别"}));
    ASSERT_FALSE(found.isEmpty());
    const QJsonObject article = found.first().toObject();
    const std::string id = std::to_string(article.value("id").toInteger());
    const qint64 usesBefore = article.value("use_count").toInteger();

    // The account manager who took the call may link it too: anyone who sees the ticket.
    const CliRun use = laokectlAs("account", {"--json", "kb", "use", number, id});
    ASSERT_EQ(use.exitCode, 0) << use.err;
    const QJsonObject used = laoke::test::jsonOutput(use);
    EXPECT_TRUE(used.value("use_recorded").toBool());
    EXPECT_EQ(used.value("ticket_id").toInteger(), ticketId);
    EXPECT_EQ(used.value("article").toObject().value("use_count").toInteger(), usesBefore + 1);

    // Again, by the ticket's id: nothing changes and the user is told so.
    const CliRun again = laokectlAs("engineer", {"kb", "use", std::to_string(ticketId), id});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_TRUE(contains(again.out, "already had article " + id)) << again.out;
    const CliRun show = laokectlAs("engineer", {"--json", "kb", "show", id});
    EXPECT_EQ(laoke::test::jsonOutput(show).value("article").toObject().value("use_count").toInteger(), usesBefore + 1);

    const CliRun noTicket = laokectlAs("engineer", {"kb", "use", "GD2020-999999", id});
    EXPECT_EQ(noTicket.exitCode, 1);
    EXPECT_TRUE(contains(noTicket.err, "no ticket has the number")) << noTicket.err;
    const CliRun badId = laokectlAs("engineer", {"kb", "use", number, "five"});
    EXPECT_EQ(badId.exitCode, 2);
    EXPECT_TRUE(contains(badId.err, "by its id")) << badId.err;
}

TEST_F(LaokectlKb, AnArchivedArticleLeavesTheSearch)
{
    const CliRun add = laokectlAs("engineer", {"--json", "kb", "add", "--title", "旧版补丁安装后菜单消失",
                                               "--symptom", "安装旧补丁后总账菜单不见了", "--solution", "卸载补丁，安装累积补丁包"});
    ASSERT_EQ(add.exitCode, 0) << add.err;
    const std::string id = std::to_string(laoke::test::jsonOutput(add).value("article").toObject().value("id").toInteger());
    ASSERT_EQ(articles(laokectlAs("engineer", {"--json", "kb", "search", "累积补丁包"})).size(), 1);

    const CliRun forbidden = laokectlAs("account", {"kb", "archive", id});
    EXPECT_EQ(forbidden.exitCode, 1);
    EXPECT_TRUE(contains(forbidden.err, "FORBIDDEN")) << forbidden.err;
    ASSERT_EQ(articles(laokectlAs("engineer", {"--json", "kb", "search", "累积补丁包"})).size(), 1);

    const CliRun archive = laokectlAs("engineer", {"--json", "kb", "archive", id});
    ASSERT_EQ(archive.exitCode, 0) << archive.err;
    EXPECT_TRUE(laoke::test::jsonOutput(archive).value("article").toObject().value("archived").toBool());
    EXPECT_TRUE(articles(laokectlAs("engineer", {"--json", "kb", "search", "累积补丁包"})).isEmpty());

    const CliRun text = laokectlAs("engineer", {"kb", "show", id});
    EXPECT_TRUE(contains(text.out, "Archived: searches and suggestions no longer show it.")) << text.out;
    const CliRun twice = laokectlAs("engineer", {"kb", "archive", id});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(contains(twice.err, "archived already")) << twice.err;

    // Archived by mistake: restored, it is found again.
    const CliRun restore = laokectlAs("engineer", {"--json", "kb", "restore", id});
    ASSERT_EQ(restore.exitCode, 0) << restore.err;
    EXPECT_FALSE(laoke::test::jsonOutput(restore).value("article").toObject().value("archived").toBool());
    EXPECT_EQ(articles(laokectlAs("engineer", {"--json", "kb", "search", "累积补丁包"})).size(), 1);
    const CliRun again = laokectlAs("engineer", {"kb", "restore", id});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(contains(again.err, "not archived")) << again.err;
}
