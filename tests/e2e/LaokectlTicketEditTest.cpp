// `laokectl tickets edit` and `laokectl categories ...` against the real laoke-server and
// PostgreSQL: an engineer corrects the ticket they logged by the names they know (the
// contact, the product, the module, the category), the branch manager raises its priority,
// `tickets show` tells what was corrected; an administrator adds a category and retires it,
// and what each role may not do is refused with the exit codes of the manual.

#include "CliJson.h"
#include "CliRun.h"
#include "DemoCliServer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <memory>
#include <string>
#include <vector>

namespace {

using laoke::test::CliRun;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class LaokectlTicketEdit : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_cli = std::make_unique<laoke::test::DemoCliServer>("ticket-edit");
        m_cli->addFixtureProductVersions();
        const CliRun import = laokectlAs("account", {"customers", "import", std::string(LAOKE_TEST_DATA_DIR "/customers-gbk.csv")});
        ASSERT_EQ(import.exitCode, 0) << import.out << import.err;
    }

    void TearDown() override { m_cli.reset(); }

    CliRun laokectlAs(const std::string& user, const std::vector<std::string>& args) { return m_cli->laokectlAs(user, args); }

    QJsonObject ticketOf(const CliRun& run)
    {
        return laoke::test::jsonOutput(run).value("ticket").toObject().value("ticket").toObject();
    }

    std::string sql(const std::string& query) { return m_cli->sql(query); }

    std::unique_ptr<laoke::test::DemoCliServer> m_cli;
};

}  // namespace

TEST_F(LaokectlTicketEdit, AnEngineerCorrectsATicketByTheNamesTheyKnowAndTheManagerRaisesIt)
{
    const CliRun create = laokectlAs("engineer", {"--json", "tickets", "create", "DG-0001", "--subject", "软件打不开"});
    ASSERT_EQ(create.exitCode, 0) << create.err;
    const std::string number = ticketOf(create).value("number").toString().toStdString();

    const CliRun edit = laokectlAs("engineer", {"--json", "tickets", "edit", number, "--subject", "加密狗不识别，软件打不开",
                                                "--contact", "罗喆", "--product", "用友U8+", "--module", "总账",
                                                "--category", "licence.dongle"});
    ASSERT_EQ(edit.exitCode, 0) << edit.err;
    const QJsonObject ticket = ticketOf(edit);
    EXPECT_EQ(ticket.value("subject").toString(), QStringLiteral("加密狗不识别，软件打不开"));
    EXPECT_EQ(ticket.value("contact_name").toString(), QStringLiteral("罗喆"));
    EXPECT_EQ(ticket.value("product_name").toString(), QStringLiteral("用友U8+ 13.0"));
    EXPECT_EQ(ticket.value("module_name").toString(), QStringLiteral("总账"));

    // The priority is the branch manager's; refused, and nothing else changes with it.
    const CliRun refused = laokectlAs("engineer", {"tickets", "edit", number, "--priority", "urgent", "--subject", "别的"});
    EXPECT_EQ(refused.exitCode, 1) << refused.out;
    EXPECT_TRUE(contains(refused.err, "Only a branch manager changes the priority of a ticket. [FORBIDDEN]")) << refused.err;
    const CliRun raised = laokectlAs("manager", {"tickets", "edit", number, "--priority", "urgent"});
    ASSERT_EQ(raised.exitCode, 0) << raised.err;

    // `tickets show` tells the corrections, in the user's terms.
    const CliRun show = laokectlAs("engineer", {"tickets", "show", number});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_TRUE(contains(show.out, "Contact: 罗喆")) << show.out;
    EXPECT_TRUE(contains(show.out, "Product: 用友U8+ 13.0 · 总账")) << show.out;
    EXPECT_TRUE(contains(show.out, "subject \"软件打不开\" → \"加密狗不识别，软件打不开\"")) << show.out;
    EXPECT_TRUE(contains(show.out, "Category: Licence and dongle › Dongle not recognised")) << show.out;
    EXPECT_TRUE(contains(show.out, "category not categorised → Licence and dongle › Dongle not recognised")) << show.out;
    EXPECT_TRUE(contains(show.out, "priority normal → urgent")) << show.out;
    EXPECT_TRUE(contains(show.out, "State: new   Priority: urgent")) << show.out;

    // Names that are not the customer's are usage errors that name the choices.
    const CliRun unknown = laokectlAs("engineer", {"tickets", "edit", number, "--contact", "张三"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(contains(unknown.err, "何镕生")) << unknown.err;
    EXPECT_EQ(laokectlAs("engineer", {"tickets", "edit", number}).exitCode, 2) << "nothing to correct";
    // A name several categories share is not guessed at.
    ASSERT_EQ(laokectlAs("admin", {"categories", "add", "--zh", "不能结账", "--en", "Cannot close (vouchers)", "--group",
                                   "vouchers"}).exitCode, 0);
    const CliRun ambiguous = laokectlAs("engineer", {"tickets", "edit", number, "--category", "不能结账"});
    EXPECT_EQ(ambiguous.exitCode, 2);
    EXPECT_TRUE(contains(ambiguous.err, "month_end.cannot_close")) << ambiguous.err;
    EXPECT_EQ(sql("SELECT count(*) FROM ticket_events WHERE kind = 'edited'"), "2");
}

TEST_F(LaokectlTicketEdit, AnAdministratorAddsAndRetiresACategory)
{
    const CliRun add = laokectlAs("admin", {"categories", "add", "--zh", "税控盘不识别", "--en", "Tax device not recognised",
                                            "--group", "invoices"});
    ASSERT_EQ(add.exitCode, 0) << add.err;
    EXPECT_TRUE(contains(add.out, "税控盘不识别")) << add.out;
    EXPECT_EQ(laokectlAs("manager", {"categories", "add", "--zh", "自建", "--en", "Own"}).exitCode, 1)
        << "administrators only";

    // Engineers use it at once, by its name.
    const CliRun create = laokectlAs("engineer", {"--json", "tickets", "create", "DG-0001", "--subject", "税控盘连不上"});
    ASSERT_EQ(create.exitCode, 0) << create.err;
    const std::string number = ticketOf(create).value("number").toString().toStdString();
    ASSERT_EQ(laokectlAs("engineer", {"tickets", "edit", number, "--category", "税控盘不识别"}).exitCode, 0);

    const CliRun retire = laokectlAs("admin", {"categories", "retire", "税控盘不识别"});
    ASSERT_EQ(retire.exitCode, 0) << retire.err;
    const CliRun list = laokectlAs("engineer", {"categories", "list"});
    EXPECT_FALSE(contains(list.out, "税控盘不识别")) << "retired ones are listed with --all only";
    const CliRun all = laokectlAs("engineer", {"categories", "list", "--all"});
    EXPECT_TRUE(contains(all.out, "税控盘不识别")) << all.out;
    EXPECT_TRUE(contains(all.out, "retired")) << all.out;
    // The ticket keeps it; a new choice of it is refused.
    EXPECT_TRUE(contains(laokectlAs("engineer", {"tickets", "show", number}).out, "Tax device not recognised"));
    const CliRun other = laokectlAs("engineer", {"--json", "tickets", "create", "DG-0001", "--subject", "另一张"});
    const std::string second = ticketOf(other).value("number").toString().toStdString();
    const CliRun refused = laokectlAs("engineer", {"tickets", "edit", second, "--category", "税控盘不识别"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(contains(refused.err, "retired")) << refused.err;
    EXPECT_EQ(laokectlAs("admin", {"categories", "restore", "税控盘不识别"}).exitCode, 0);
    EXPECT_EQ(laokectlAs("engineer", {"tickets", "edit", second, "--category", "税控盘不识别"}).exitCode, 0);
}

TEST_F(LaokectlTicketEdit, ATicketIsOpenedWithTheCallersContactProductAndCategory)
{
    const CliRun create = laokectlAs("engineer", {"--json", "tickets", "create", "DG-0001", "--subject", "总账结账提示有未记账凭证",
                                                  "--contact", "13538212345", "--product", "用友U8+", "--module", "总账",
                                                  "--category", "month_end.unposted"});
    ASSERT_EQ(create.exitCode, 0) << create.err;
    const QJsonObject ticket = ticketOf(create);
    EXPECT_EQ(ticket.value("contact_name").toString(), QStringLiteral("罗喆")) << "found by the number that called";
    EXPECT_EQ(ticket.value("product_name").toString(), QStringLiteral("用友U8+ 13.0"));
    EXPECT_EQ(ticket.value("module_name").toString(), QStringLiteral("总账"));
    EXPECT_EQ(sql("SELECT c.code FROM tickets t JOIN ticket_categories c ON c.id = t.category_id"), "month_end.unposted");
    const CliRun unknown = laokectlAs("engineer", {"tickets", "create", "DG-0001", "--subject", "x", "--module", "总账"});
    EXPECT_EQ(unknown.exitCode, 2) << "a module needs its product";
    EXPECT_EQ(sql("SELECT count(*) FROM tickets"), "1") << "the refused one was not opened";
}

TEST_F(LaokectlTicketEdit, ASettledTicketIsReopenedToBeCorrected)
{
    const CliRun create = laokectlAs("engineer", {"--json", "tickets", "create", "DG-0001", "--subject", "凭证打印错位"});
    ASSERT_EQ(create.exitCode, 0) << create.err;
    const std::string number = ticketOf(create).value("number").toString().toStdString();
    ASSERT_EQ(laokectlAs("engineer", {"tickets", "assign", number}).exitCode, 0);
    ASSERT_EQ(laokectlAs("engineer", {"tickets", "resolve", number, "--solution", "调整打印模板边距"}).exitCode, 0);
    const CliRun settled = laokectlAs("engineer", {"tickets", "edit", number, "--subject", "凭证打印右边被截掉"});
    EXPECT_EQ(settled.exitCode, 1);
    EXPECT_TRUE(contains(settled.err, "reopen it first")) << settled.err;
    EXPECT_FALSE(contains(settled.err, "VALIDATION_FAILED:")) << "said once, in the user's language: " << settled.err;

    EXPECT_EQ(laokectlAs("engineer", {"tickets", "reopen", number}).exitCode, 2) << "a reopen says why";
    const CliRun reopened = laokectlAs("engineer", {"--json", "tickets", "reopen", number, "--reason", "客户说换了打印机又错位"});
    ASSERT_EQ(reopened.exitCode, 0) << reopened.err;
    EXPECT_EQ(ticketOf(reopened).value("state").toString(), QStringLiteral("reopened"));
    EXPECT_EQ(laokectlAs("engineer", {"tickets", "edit", number, "--subject", "凭证打印右边被截掉"}).exitCode, 0);
}
