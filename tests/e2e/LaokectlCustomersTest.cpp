// `laokectl customers search/show/import/export` against the real laoke-server and
// PostgreSQL: the fixture files in tests/data go in through the real import (chunks staged,
// then one transaction), and what a user or a script then sees is checked: the exit codes,
// the per-row problems, the customer book unchanged after a rejected import, and exports
// that read back as spreadsheets.

#include "CliJson.h"
#include "CliRun.h"
#include "CsvReader.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "XlsxReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

using laoke::test::CliRun;

std::string dataFile(const char* name)
{
    return std::string(LAOKE_TEST_DATA_DIR "/") + name;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

class LaokectlCustomers : public ::testing::Test {
protected:
    // A fresh database and server for every test, so each starts from an empty customer book
    // even when the tests run in one process.
    void SetUp() override
    {
        s_database = new laoke::test::TestDatabase();
        // Demo accounts (the account manager 李婷 of 北京分公司 owns the fixtures' customers),
        // but no generated demo customers.
        s_server = new laoke::test::ServerProcess(
            laoke::test::ServerOptions{s_database->url(), {}, true, {"--demo-customers", "0"}});
        s_scratch = new fs::path(fs::temp_directory_path() / ("laokectl-customers-" + std::to_string(getpid())));
        fs::create_directories(*s_scratch);
        addCatalogueVersions();
    }

    void TearDown() override
    {
        delete s_server;
        delete s_database;
        std::error_code ignored;
        fs::remove_all(*s_scratch, ignored);
        delete s_scratch;
    }

    /// The migrations ship product lines and modules but no versions (an administrator
    /// enters them); these are the versions the fixture files name.
    static void addCatalogueVersions()
    {
        pqxx::connection connection(s_database->url());
        pqxx::work work(connection);
        work.exec(
            "INSERT INTO product_versions (product_line_id, name, released_on, limited_support_from, "
            "support_stopped_from, end_of_life_from) "
            "SELECT l.id, v.name, DATE '2018-06-21', DATE '2023-06-21', DATE '2026-06-21', DATE '2029-06-21' "
            "FROM (VALUES ('u8plus', '13.0'), ('u8plus', '16.1'), ('tplus', '17.0'), ('kis_professional', 'V15.1')) "
            "AS v(line, name) JOIN product_lines l ON l.code = v.line "
            "ON CONFLICT (product_line_id, name) DO NOTHING");
        work.commit();
    }

    /// laokectl signed in as the account manager 李婷 (北京分公司).
    static CliRun laokectl(const std::vector<std::string>& args) { return laokectlAs("account", args); }

    static CliRun laokectlAs(const std::string& user, const std::vector<std::string>& args)
    {
        const fs::path passwordFile = *s_scratch / "password";
        std::ofstream(passwordFile) << "laoke-demo\n";
        std::vector<std::string> argv{laoke::test::requireEnv("LAOKECTL_BIN"), "--server", s_server->address(),
                                      "--trust-fingerprint", s_server->fingerprint(), "--user", user,
                                      "--password-file", passwordFile.string()};
        argv.insert(argv.end(), args.begin(), args.end());
        return laoke::test::runCli(argv, *s_scratch);
    }

    static QJsonObject json(const CliRun& run) { return laoke::test::jsonOutput(run); }

    static QStringList customerNames()
    {
        QStringList names;
        for (const QJsonValue& row : json(laokectl({"--json", "customers", "search", "--limit", "1000"}))
                                         .value("customers")
                                         .toArray()) {
            names << row.toObject().value("name").toString();
        }
        names.sort();
        return names;
    }

    static std::string scratchFile(const std::string& name) { return (*s_scratch / name).string(); }

    static laoke::test::TestDatabase* s_database;
    static laoke::test::ServerProcess* s_server;
    static fs::path* s_scratch;
};

laoke::test::TestDatabase* LaokectlCustomers::s_database = nullptr;
laoke::test::ServerProcess* LaokectlCustomers::s_server = nullptr;
fs::path* LaokectlCustomers::s_scratch = nullptr;

}  // namespace

TEST_F(LaokectlCustomers, LibreOfficeWorkbookImportsCustomersWithContactsAndProducts)
{
    const CliRun import = laokectl({"customers", "import", dataFile("customers-libreoffice.xlsx")});
    ASSERT_EQ(import.exitCode, 0) << import.out << import.err;
    EXPECT_TRUE(contains(import.out, "5 created")) << import.out;

    const QStringList names = customerNames();
    ASSERT_EQ(names.size(), 5) << names.join(',').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("青岛宏盛建筑工程有限公司")));

    const QJsonArray found = json(laokectl({"--json", "customers", "search", "鑫达"})).value("customers").toArray();
    ASSERT_EQ(found.size(), 1);
    const QString code = found[0].toObject().value("code").toString();
    EXPECT_EQ(found[0].toObject().value("owner_name").toString(), QStringLiteral("李婷"));

    const CliRun show = laokectl({"customers", "show", code.toStdString()});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    for (const char* expected : {"广州鑫达精密机械有限公司", "91440101MA59BCDE3X", "陈国华", "林小燕", "黄嘉欣",
                                 "用友U8+", "13.0", "UFO报表", "2025-06-30", "Contacts (3)", "Installed products (1)"}) {
        EXPECT_TRUE(contains(show.out, expected)) << expected << "\n" << show.out;
    }

    const QJsonObject view = json(laokectl({"--json", "customers", "show", code.toStdString()})).value("customer_360").toObject();
    EXPECT_EQ(view.value("customer").toObject().value("industry").toString(), "C");
    EXPECT_EQ(view.value("customer").toObject().value("size_class").toString(), "medium");
    ASSERT_EQ(view.value("contacts").toArray().size(), 3);
    const QJsonArray products = view.value("installed_products").toArray();
    ASSERT_EQ(products.size(), 1);
    EXPECT_EQ(products[0].toObject().value("module_names").toArray().size(), 5);
    EXPECT_EQ(products[0].toObject().value("seats").toInt(), 15);
    EXPECT_EQ(products[0].toObject().value("licence_type").toString(), "dongle");

    // The row with empty customer cells gave 杭州瑞丰 its second contact.
    const QString ruifeng =
        json(laokectl({"--json", "customers", "search", "瑞丰"})).value("customers").toArray()[0].toObject().value("code").toString();
    const QJsonObject ruifengView =
        json(laokectl({"--json", "customers", "show", ruifeng.toStdString()})).value("customer_360").toObject();
    EXPECT_EQ(ruifengView.value("contacts").toArray().size(), 2);
    EXPECT_EQ(ruifengView.value("customer").toObject().value("status").toString(), "dormant");
}

TEST_F(LaokectlCustomers, GbkCsvKeepsItsChineseAndIsFoundByContact)
{
    const CliRun import = laokectl({"--json", "customers", "import", dataFile("customers-gbk.csv")});
    ASSERT_EQ(import.exitCode, 0) << import.out << import.err;
    EXPECT_EQ(json(import).value("created").toInt(), 3);

    const CliRun show = laokectl({"customers", "show", "DG-0001"});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_TRUE(contains(show.out, "东莞市永安五金制品有限公司")) << show.out;
    EXPECT_TRUE(contains(show.out, "何镕生")) << show.out;
    EXPECT_TRUE(contains(show.out, "罗喆")) << show.out;
    EXPECT_TRUE(contains(show.out, "库存管理")) << show.out;
}

TEST_F(LaokectlCustomers, BadRowsRejectTheWholeImportAndChangeNothing)
{
    const CliRun run = laokectl({"customers", "import", dataFile("customers-bad-rows.csv")});
    EXPECT_EQ(run.exitCode, 1);
    for (const char* row : {"\n3 ", "\n4 ", "\n5 ", "\n6 "}) {
        EXPECT_TRUE(contains(run.out, row)) << row << "\n" << run.out;
    }
    EXPECT_TRUE(contains(run.out, "宇宙业")) << run.out;
    EXPECT_TRUE(contains(run.out, "两个")) << run.out;
    EXPECT_FALSE(contains(run.out, "\n2 ")) << run.out;
    EXPECT_EQ(run.err.rfind("laokectl: ", 0), 0u) << run.err;
    EXPECT_TRUE(contains(run.err, "--skip-bad-rows")) << run.err;
    EXPECT_TRUE(customerNames().isEmpty());

    const QJsonObject report = json(laokectl({"--json", "customers", "import", dataFile("customers-bad-rows.csv")}));
    EXPECT_EQ(report.value("rejected").toInt(), 4);
    EXPECT_FALSE(report.value("applied").toBool());
    EXPECT_EQ(report.value("rows").toArray().size(), 4);
}

TEST_F(LaokectlCustomers, SkipBadRowsImportsTheGoodRowsAndListsTheOthers)
{
    const CliRun run = laokectl({"customers", "import", dataFile("customers-bad-rows.csv"), "--skip-bad-rows"});
    ASSERT_EQ(run.exitCode, 0) << run.out << run.err;
    EXPECT_TRUE(contains(run.out, "2 created")) << run.out;
    EXPECT_TRUE(contains(run.out, "4 rejected")) << run.out;
    EXPECT_EQ(customerNames(), (QStringList{"南京金泰机械设备有限公司", "宁波安达物流有限公司"}));
}

TEST_F(LaokectlCustomers, AServerSideRejectionAlsoLeavesTheBookUnchanged)
{
    // The owner is checked by the server only: no active user of the branch has this name.
    const std::string file = scratchFile("unknown-owner.csv");
    std::ofstream(file) << "客户名称,负责人,联系人,手机\n"
                           "厦门安泰贸易有限公司,李婷,陈明,13906001234\n"
                           "漳州德丰食品有限公司,不存在的人,林芳,13906005678\n";
    const CliRun run = laokectl({"customers", "import", file});
    EXPECT_EQ(run.exitCode, 1) << run.out << run.err;
    EXPECT_TRUE(contains(run.out, "不存在的人")) << run.out;
    EXPECT_TRUE(contains(run.out, "\n3 ")) << run.out;
    EXPECT_TRUE(customerNames().isEmpty());

    const CliRun skip = laokectl({"customers", "import", file, "--skip-bad-rows"});
    ASSERT_EQ(skip.exitCode, 0) << skip.out << skip.err;
    EXPECT_EQ(customerNames(), QStringList{"厦门安泰贸易有限公司"});
}

TEST_F(LaokectlCustomers, DryRunReportsAndChangesNothing)
{
    const QJsonObject report =
        json(laokectl({"--json", "customers", "import", dataFile("customers-libreoffice.xlsx"), "--dry-run"}));
    EXPECT_EQ(report.value("created").toInt(), 5);
    EXPECT_FALSE(report.value("applied").toBool());
    EXPECT_TRUE(report.value("dry_run").toBool());
    EXPECT_TRUE(customerNames().isEmpty());
}

TEST_F(LaokectlCustomers, DuplicatesAreSkippedOrUpdated)
{
    ASSERT_EQ(laokectl({"customers", "import", dataFile("customers-gbk.csv")}).exitCode, 0);
    const QJsonObject again = json(laokectl({"--json", "customers", "import", dataFile("customers-gbk.csv")}));
    EXPECT_EQ(again.value("created").toInt(), 0);
    EXPECT_EQ(again.value("skipped_duplicates").toInt(), 3);

    const QJsonObject update =
        json(laokectl({"--json", "customers", "import", dataFile("customers-gbk.csv"), "--update-duplicates"}));
    EXPECT_EQ(update.value("updated").toInt(), 3);
    EXPECT_EQ(customerNames().size(), 3);
}

TEST_F(LaokectlCustomers, ExportWritesWhatTheSearchFindsAndImportsAgain)
{
    ASSERT_EQ(laokectl({"customers", "import", dataFile("customers-libreoffice.xlsx")}).exitCode, 0);

    const std::string dormant = scratchFile("dormant.xlsx");
    const CliRun run = laokectl({"customers", "export", dormant, "--status", "dormant"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto sheet = laoke::client::io::XlsxReader::readFile(QString::fromStdString(dormant));
    ASSERT_TRUE(sheet.ok) << sheet.error.toStdString();
    ASSERT_EQ(sheet.rows.size(), 2);
    EXPECT_EQ(sheet.rows[1].value(1), QStringLiteral("杭州瑞丰服饰有限公司"));
    EXPECT_EQ(sheet.rows[1].value(11), QStringLiteral("2023-08-31"));  // a real date cell, read back

    const std::string all = scratchFile("all.csv");
    ASSERT_EQ(laokectl({"customers", "export", all}).exitCode, 0);
    const auto csv = laoke::client::io::CsvReader::readFile(QString::fromStdString(all));
    EXPECT_EQ(csv.encoding, QStringLiteral("UTF-8 BOM"));
    EXPECT_EQ(csv.rows.size(), 6);

    // Its own export is recognised column by column: every customer is a duplicate.
    const QJsonObject again = json(laokectl({"--json", "customers", "import", all, "--dry-run"}));
    EXPECT_EQ(again.value("skipped_duplicates").toInt(), 5);
    EXPECT_EQ(again.value("rejected").toInt(), 0);

    EXPECT_EQ(laokectl({"customers", "export", scratchFile("list.xls")}).exitCode, 2);
}

TEST_F(LaokectlCustomers, SearchLimitAndUnknownCode)
{
    ASSERT_EQ(laokectl({"customers", "import", dataFile("customers-libreoffice.xlsx")}).exitCode, 0);
    const CliRun limited = laokectl({"customers", "search", "--limit", "2"});
    ASSERT_EQ(limited.exitCode, 0) << limited.err;
    EXPECT_TRUE(contains(limited.out, "--limit")) << limited.out;
    const QJsonObject two = json(laokectl({"--json", "customers", "search", "--limit", "2"}));
    EXPECT_EQ(two.value("customers").toArray().size(), 2);
    EXPECT_TRUE(two.value("more").toBool());

    const CliRun missing = laokectl({"customers", "show", "NO-SUCH-CODE"});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(contains(missing.err, "NO-SUCH-CODE")) << missing.err;
    EXPECT_EQ(laokectl({"customers", "search", "--status", "sleeping"}).exitCode, 2);
}

TEST_F(LaokectlCustomers, AdminImportsIntoNamedBranchesAndExportsShowOnlyTheUsersBranch)
{
    const std::string file = scratchFile("branches.csv");
    std::ofstream(file) << "客户名称,分公司,联系人,手机\n"
                           "北京华通信息技术有限公司,北京分公司,赵磊,13901012345\n"
                           "上海恒信精密模具有限公司,SH,钱伟,13901712345\n";
    const CliRun import = laokectlAs("admin", {"customers", "import", file});
    ASSERT_EQ(import.exitCode, 0) << import.out << import.err;
    EXPECT_TRUE(contains(import.out, "2 created")) << import.out;

    const std::string adminExport = scratchFile("admin.csv");
    ASSERT_EQ(laokectlAs("admin", {"customers", "export", adminExport}).exitCode, 0);
    EXPECT_EQ(laoke::client::io::CsvReader::readFile(QString::fromStdString(adminExport)).rows.size(), 3);

    // The account manager of 北京分公司 neither finds nor exports the Shanghai customer.
    const std::string own = scratchFile("own.csv");
    ASSERT_EQ(laokectl({"customers", "export", own}).exitCode, 0);
    const auto rows = laoke::client::io::CsvReader::readFile(QString::fromStdString(own)).rows;
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].value(1), QStringLiteral("北京华通信息技术有限公司"));
    EXPECT_EQ(rows[1].value(6), QStringLiteral("北京分公司"));
    EXPECT_EQ(customerNames(), QStringList{"北京华通信息技术有限公司"});
}

// `laokectl tickets`: the account manager takes a call and opens a ticket, the engineer takes
// it and resolves it, the owner closes it after the callback; the history shows each step and
// the workflow refuses what it must.
TEST_F(LaokectlCustomers, ATicketGoesFromTheCallToClosedThroughLaokectl)
{
    ASSERT_EQ(laokectl({"customers", "import", dataFile("customers-gbk.csv")}).exitCode, 0);
    const CliRun create =
        laokectl({"--json", "tickets", "create", "DG-0001", "--subject", "月末结账提示凭证未记账", "--priority", "high"});
    ASSERT_EQ(create.exitCode, 0) << create.out << create.err;
    const QJsonObject opened = json(create).value("ticket").toObject().value("ticket").toObject();
    const std::string number = opened.value("number").toString().toStdString();
    EXPECT_EQ(opened.value("state").toString(), "new");
    EXPECT_EQ(opened.value("customer_name").toString(), "东莞市永安五金制品有限公司");

    const CliRun list = laokectlAs("engineer", {"tickets", "list", "--open"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_TRUE(contains(list.out, number)) << list.out;

    EXPECT_EQ(laokectlAs("engineer", {"tickets", "close", number}).exitCode, 1) << "a new ticket cannot be closed";
    ASSERT_EQ(laokectlAs("engineer", {"tickets", "assign", number}).exitCode, 0);
    EXPECT_EQ(laokectlAs("engineer", {"tickets", "resolve", number}).exitCode, 2) << "--solution is required";
    // A solution over 4000 characters is refused before anything is sent: the ticket is not left started.
    EXPECT_EQ(laokectlAs("engineer", {"tickets", "resolve", number, "--solution", std::string(4001, 'x')}).exitCode, 2);
    EXPECT_EQ(json(laokectl({"--json", "tickets", "show", number})).value("ticket").toObject().value("ticket").toObject()
                  .value("state").toString(),
              "assigned");
    const CliRun resolve = laokectlAs("engineer", {"tickets", "resolve", number, "--solution", "审核并记账后结账成功"});
    ASSERT_EQ(resolve.exitCode, 0) << resolve.err;
    EXPECT_TRUE(contains(resolve.out, "审核并记账后结账成功")) << resolve.out;
    EXPECT_EQ(laokectlAs("engineer", {"tickets", "close", number}).exitCode, 1) << "only the owner or a manager closes";
    // The owner closes it, unless its callback (回访) is waiting: then the callback closes it.
    const CliRun close = laokectl({"tickets", "close", number});
    if (close.exitCode != 0) {
        EXPECT_TRUE(contains(close.err, "callback")) << close.err;
        ASSERT_EQ(laokectlAs("manager", {"callbacks", "record", number, "--outcome", "reached", "--satisfaction", "5"}).exitCode, 0);
    }

    const CliRun show = laokectl({"--json", "tickets", "show", number});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    const QJsonObject reply = json(show).value("ticket").toObject();
    EXPECT_EQ(reply.value("ticket").toObject().value("state").toString(), "closed");
    QStringList steps;
    for (const QJsonValue& event : reply.value("events").toArray()) {
        const QJsonObject e = event.toObject();
        steps << (e.value("kind").toString() == "action" ? e.value("action").toString() : e.value("kind").toString());
    }
    EXPECT_EQ(steps, (QStringList{"opened", "assign", "start", "resolve", "close"}));
    EXPECT_EQ(laokectl({"tickets", "show", "GD1999-999999"}).exitCode, 1);
}

// Two managers give the same new ticket to different engineers at the same moment: one wins,
// the other is told (the ticket changed, or it is assigned already) and nothing is lost; the
// loser moves it only by saying --reassign.
TEST_F(LaokectlCustomers, TwoManagersAssigningAtOnceOneWinsTheOtherIsTold)
{
    ASSERT_EQ(laokectl({"customers", "import", dataFile("customers-gbk.csv")}).exitCode, 0);
    const fs::path passwordFile = *s_scratch / "password";
    std::ofstream(passwordFile) << "laoke-demo\n";
    const auto argv = [&](const std::string& user, const std::vector<std::string>& args) {
        std::vector<std::string> all{laoke::test::requireEnv("LAOKECTL_BIN"), "--server", s_server->address(),
                                     "--trust-fingerprint", s_server->fingerprint(), "--user", user,
                                     "--password-file", passwordFile.string()};
        all.insert(all.end(), args.begin(), args.end());
        return all;
    };
    for (int round = 0; round < 3; ++round) {
        const CliRun create = laokectl({"--json", "tickets", "create", "DG-0001", "--subject", "打印模板错位"});
        ASSERT_EQ(create.exitCode, 0) << create.err;
        const std::string number =
            json(create).value("ticket").toObject().value("ticket").toObject().value("number").toString().toStdString();
        laoke::test::BackgroundCli first(argv("manager", {"tickets", "assign", number, "--to", "engineer"}), *s_scratch);
        laoke::test::BackgroundCli second(argv("admin", {"tickets", "assign", number, "--to", "manager"}), *s_scratch);
        const CliRun a = first.wait();
        const CliRun b = second.wait();
        EXPECT_EQ((a.exitCode == 0) + (b.exitCode == 0), 1) << a.err << " / " << b.err;
        const CliRun& loser = a.exitCode == 0 ? b : a;
        EXPECT_TRUE(contains(loser.err, "already assigned") || contains(loser.err, "changed the ticket after you opened it"))
            << loser.err;
        const CliRun show = laokectl({"--json", "tickets", "show", number});
        int assigns = 0;
        for (const QJsonValue& event : json(show).value("ticket").toObject().value("events").toArray()) {
            assigns += event.toObject().value("action").toString() == "assign" ? 1 : 0;
        }
        EXPECT_EQ(assigns, 1);
    }
    // Meant: the manager moves a ticket that is assigned already.
    const CliRun create = laokectl({"--json", "tickets", "create", "DG-0001", "--subject", "凭证断号"});
    const std::string number =
        json(create).value("ticket").toObject().value("ticket").toObject().value("number").toString().toStdString();
    ASSERT_EQ(laokectlAs("manager", {"tickets", "assign", number, "--to", "engineer"}).exitCode, 0);
    ASSERT_EQ(laokectlAs("manager", {"tickets", "assign", number, "--to", "manager", "--reassign"}).exitCode, 0);
    EXPECT_EQ(laokectlAs("engineer", {"tickets", "assign", number, "--reassign"}).exitCode, 1) << "a colleague does not take it";
}

// A watcher whose server goes away says so and ends (exit code 3) instead of sitting silent.
TEST_F(LaokectlCustomers, AWatcherWhoseServerStopsSaysSoAndEnds)
{
    laoke::test::ServerProcess second(laoke::test::ServerOptions{s_database->url(), {}, true, {"--demo-customers", "0"}});
    const fs::path passwordFile = *s_scratch / "password";
    std::ofstream(passwordFile) << "laoke-demo\n";
    laoke::test::BackgroundCli watcher({laoke::test::requireEnv("LAOKECTL_BIN"), "--server", second.address(),
                                        "--trust-fingerprint", second.fingerprint(), "--user", "manager", "--password-file",
                                        passwordFile.string(), "events", "watch"},
                                       *s_scratch);
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));  // logged in and subscribed
    second.signal(SIGTERM);
    ASSERT_EQ(second.waitForExit(std::chrono::seconds(20)), 0);
    const auto stopped = std::chrono::steady_clock::now();
    const CliRun ended = watcher.wait();
    EXPECT_LT(std::chrono::steady_clock::now() - stopped, std::chrono::seconds(5));
    EXPECT_EQ(ended.exitCode, 3) << ended.err;
    EXPECT_TRUE(contains(ended.err, "lost")) << ended.err;
}

// Live updates reach every server on the database: a board (here `laokectl events watch`, as
// the branch manager) connected to a second server instance sees a ticket opened through the
// first within a second, and a user of another branch does not.
TEST_F(LaokectlCustomers, ATicketOpenedOnOneServerIsPushedToWatchersOfAnother)
{
    ASSERT_EQ(laokectl({"customers", "import", dataFile("customers-gbk.csv")}).exitCode, 0);
    laoke::test::ServerProcess second(laoke::test::ServerOptions{s_database->url(), {}, true, {"--demo-customers", "0"}});
    auto watchOn = [&](laoke::test::ServerProcess& server, const std::string& user) {
        const fs::path passwordFile = *s_scratch / "password";
        std::ofstream(passwordFile) << "laoke-demo\n";
        return std::make_unique<laoke::test::BackgroundCli>(
            std::vector<std::string>{laoke::test::requireEnv("LAOKECTL_BIN"), "--server", server.address(),
                                     "--trust-fingerprint", server.fingerprint(), "--user", user, "--password-file",
                                     passwordFile.string(), "events", "watch"},
            *s_scratch);
    };
    // A Shanghai engineer, created by the admin (with a first password they then change, as
    // everyone must), watches too.
    const std::string firstPassword = scratchFile("first-password");
    std::ofstream(firstPassword) << "first-login-2026\n";
    ASSERT_EQ(laokectlAs("admin", {"users", "add", "sh.engineer", "--name", "陈工", "--role", "engineer", "--branch", "SH",
                                   "--new-password-file", firstPassword})
                  .exitCode,
              0);
    std::ofstream(*s_scratch / "password") << "laoke-demo\n";
    const CliRun changed = laoke::test::runCli(
        {laoke::test::requireEnv("LAOKECTL_BIN"), "--server", s_server->address(), "--trust-fingerprint",
         s_server->fingerprint(), "--user", "sh.engineer", "--password-file", firstPassword, "passwd", "--new-password-file",
         (*s_scratch / "password").string()},
        *s_scratch);
    ASSERT_EQ(changed.exitCode, 0) << changed.out << changed.err;
    const auto manager = watchOn(second, "manager");
    const auto shanghai = watchOn(second, "sh.engineer");
    // Both have subscribed once their connection says so: wait for the subscription to land.
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));

    const auto start = std::chrono::steady_clock::now();
    const CliRun create = laokectl({"--json", "tickets", "create", "DG-0001", "--subject", "打印模板错位"});
    ASSERT_EQ(create.exitCode, 0) << create.err;
    const std::string number =
        json(create).value("ticket").toObject().value("ticket").toObject().value("number").toString().toStdString();
    while (!contains(manager->out(), number) && std::chrono::steady_clock::now() - start < std::chrono::seconds(3)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const auto seenAfter = std::chrono::steady_clock::now() - start;
    const CliRun watched = manager->stop();
    ASSERT_TRUE(contains(watched.out, number)) << watched.out << watched.err;
    EXPECT_LT(seenAfter, std::chrono::seconds(1)) << "the push took too long";
    QJsonParseError error;
    const QJsonObject event = QJsonDocument::fromJson(QByteArray::fromStdString(watched.out.substr(0, watched.out.find('\n'))), &error).object();
    EXPECT_EQ(event.value("kind").toString(), "ticket");
    EXPECT_EQ(event.value("state").toString(), "new");
    const CliRun other = shanghai->stop();
    EXPECT_FALSE(contains(other.out, number)) << "another branch's ticket was pushed: " << other.out;
    EXPECT_EQ(other.exitCode, 128 + SIGTERM) << "the Shanghai watcher should have been running: " << other.err;
}
