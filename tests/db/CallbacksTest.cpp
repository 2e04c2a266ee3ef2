// Callbacks after resolution (回访), through the real Dispatcher on a real PostgreSQL: which
// resolutions make a task (A/B customers always, the others by the admin's sample), what a
// call's outcome does (reached closes the ticket, no answer keeps it pending), who may see and
// record them (the ticket's branch, the service side; row-level security too), and two people
// recording the same task at once.

#include "CallbacksFixture.h"

#include <pqxx/pqxx>

#include <algorithm>

#include <string>
#include <thread>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class CallbacksTest : public CallbacksFixture {};

TEST_F(CallbacksTest, AAndBCustomersAreAlwaysCalledBackTheOthersBySample)
{
    setSample(0);
    setGrade("C");
    const proto::Ticket ungraded = resolvedTicket("C 级客户，抽样 0%");
    EXPECT_TRUE(callbacksOf(ungraded).empty()) << "no sample, no callback for a C customer";
    for (const std::string grade : {"A", "B"}) {
        setGrade(grade);
        const proto::Ticket ticket = resolvedTicket(grade + " 级客户");
        const auto made = callbacksOf(ticket);
        ASSERT_EQ(made.size(), 1u) << grade;
        EXPECT_EQ(made[0].reason(), "grade");
        EXPECT_EQ(made[0].state(), "pending");
        EXPECT_EQ(made[0].resolved_at_unix(), ticket.resolved_at_unix());
    }
    setSample(100);
    for (const std::string grade : {"C", "D", "E", ""}) {
        setGrade(grade);
        const proto::Ticket ticket = resolvedTicket("抽样 100%：" + grade);
        const auto made = callbacksOf(ticket);
        ASSERT_EQ(made.size(), 1u) << "grade '" << grade << "'";
        EXPECT_EQ(made[0].reason(), "sample");
    }
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'callback.create'"), "6");
}

TEST_F(CallbacksTest, TheQueueIsOldestResolutionFirstWithWhatTheCallerNeeds)
{
    setSample(100);
    const proto::Ticket first = resolvedTicket("第一张");
    const proto::Ticket second = resolvedTicket("第二张");
    // The second was resolved earlier than the first: it is called first.
    sql("UPDATE callbacks SET resolved_at = resolved_at - interval '1 day' WHERE ticket_id = " + std::to_string(second.id()));
    const auto pending = queue(manager);
    ASSERT_EQ(pending.size(), 2u);
    EXPECT_EQ(pending[0].ticket_number(), second.number());
    EXPECT_EQ(pending[1].ticket_number(), first.number());
    EXPECT_EQ(pending[1].customer_name(), "北京海淀科技有限公司");
    EXPECT_EQ(pending[1].contact_name(), "刘会计");
    EXPECT_EQ(pending[1].contact_phone(), "13911112222");
    EXPECT_EQ(pending[1].ticket_subject(), "第一张");
    EXPECT_EQ(pending[1].solution(), "审核并记账后重新结账");
    EXPECT_FALSE(pending[1].engineer_name().empty());
    EXPECT_EQ(pending[1].attempts(), 0);
    EXPECT_EQ(queue(account).size(), 2u) << "account managers read the queue";
    EXPECT_TRUE(queue(engineer).empty()) << "nobody calls back about their own work: the engineer solved both";
}

TEST_F(CallbacksTest, TheEngineerWhoSolvedTheTicketDoesNotRecordItsCallback)
{
    setGrade("A");
    const proto::Ticket ticket = resolvedTicket();
    const proto::Callback task = callbacksOf(ticket).at(0);
    const auto own = record(engineer, task, "reached", 5, "非常满意");
    EXPECT_EQ(errorOf(own), proto::FORBIDDEN);
    EXPECT_EQ(own.error().message(), "you solved this ticket: a colleague or the branch manager calls the customer back");
    EXPECT_EQ(callbacksOf(ticket).at(0).state(), "pending");
    EXPECT_EQ(sql("SELECT count(*) FROM callback_attempts"), "0");
    EXPECT_EQ(get(manager, ticket.id()).ticket().state(), "resolved");
    ASSERT_TRUE(record(manager, task, "reached", 5).has_record_callback_reply());
}

TEST_F(CallbacksTest, AReachedCustomersScoreClosesTheTicketAsItsOwnEvent)
{
    setGrade("A");
    const proto::Ticket ticket = resolvedTicket();
    const proto::Callback task = callbacksOf(ticket).at(0);
    const auto reply = record(manager, task, "reached", 4, "问题已解决，工程师很耐心");
    ASSERT_TRUE(reply.has_record_callback_reply()) << reply.DebugString();
    EXPECT_TRUE(reply.record_callback_reply().ticket_closed());
    EXPECT_EQ(reply.record_callback_reply().complaint_id(), 0);
    const proto::Callback done = reply.record_callback_reply().callback();
    EXPECT_EQ(done.state(), "done");
    EXPECT_EQ(done.satisfaction(), 4);
    EXPECT_EQ(done.attempts(), 1);
    EXPECT_EQ(done.last_outcome(), "reached");
    const proto::TicketReply after = get(engineer, ticket.id());
    EXPECT_EQ(after.ticket().state(), "closed");
    EXPECT_NE(after.ticket().closed_at_unix(), 0);
    ASSERT_EQ(eventActions(engineer, ticket.id()).back(), "close");
    EXPECT_EQ(after.events(after.events_size() - 1).note(), "问题已解决，工程师很耐心");
    EXPECT_TRUE(queue(manager).empty()) << "the task left the queue";
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'ticket.close' AND object_id = " + std::to_string(ticket.id())), "1");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'callback.record'"), "1");
    EXPECT_EQ(sql("SELECT count(*) FROM complaints"), "0") << "a 4 is no complaint";
    EXPECT_EQ(errorOf(record(manager, done, "reached", 5)), proto::VALIDATION_FAILED) << "nothing is left to record";
}

TEST_F(CallbacksTest, AWaitingCallbackClosesTheTicketNotItsOwnerAndOnlyAManagerClosesBefore)
{
    setSample(100);
    const proto::Ticket ticket = resolvedTicket();  // the engineer took the call: they own it
    ASSERT_EQ(callbacksOf(ticket).at(0).state(), "pending");
    // The owner is not offered 关闭 and is told why when trying.
    const proto::TicketReply shown = get(engineer, ticket.id());
    EXPECT_EQ(std::count(shown.allowed_actions().begin(), shown.allowed_actions().end(), "close"), 0);
    const auto refused = act(engineer, ticket, "close");
    EXPECT_EQ(errorOf(refused), proto::VALIDATION_FAILED);
    EXPECT_NE(refused.error().message().find("callback"), std::string::npos) << refused.error().message();
    EXPECT_EQ(get(engineer, ticket.id()).ticket().state(), "resolved");

    // The branch manager may close it before (the customer cannot be reached): the call is off.
    const proto::TicketReply managers = get(manager, ticket.id());
    EXPECT_EQ(std::count(managers.allowed_actions().begin(), managers.allowed_actions().end(), "close"), 1);
    EXPECT_EQ(acted(manager, ticket, "close").state(), "closed");
    EXPECT_EQ(callbacksOf(ticket).at(0).state(), "cancelled");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'callback.cancel' AND object_id = " + std::to_string(ticket.id())),
              "1");

    // Without a callback to wait for, the owner closes.
    setSample(0);
    const proto::Ticket unsampled = resolvedTicket("打印模板错位");
    ASSERT_TRUE(callbacksOf(unsampled).empty());
    EXPECT_EQ(acted(engineer, unsampled, "close").state(), "closed");
}

TEST_F(CallbacksTest, NoAnswerAndAWrongNumberKeepTheTaskPendingWithItsAttempts)
{
    setGrade("B");
    const proto::Ticket ticket = resolvedTicket();
    proto::Callback task = callbacksOf(ticket).at(0);
    auto reply = record(manager, task, "no_answer");
    ASSERT_TRUE(reply.has_record_callback_reply()) << reply.DebugString();
    task = reply.record_callback_reply().callback();
    EXPECT_EQ(task.state(), "pending");
    EXPECT_EQ(task.attempts(), 1);
    EXPECT_NE(task.last_attempt_at_unix(), 0);
    EXPECT_EQ(task.last_outcome(), "no_answer");
    reply = record(manager, task, "wrong_number", 0, "号码是空号");
    task = reply.record_callback_reply().callback();
    EXPECT_EQ(task.state(), "pending");
    EXPECT_EQ(task.attempts(), 2);
    const auto pending = queue(manager);
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].attempts(), 2);
    EXPECT_EQ(pending[0].last_outcome(), "wrong_number");
    EXPECT_EQ(get(engineer, ticket.id()).ticket().state(), "resolved") << "the ticket waits for the callback";
    // Refused ends the task without closing the ticket: the owner decides.
    reply = record(manager, task, "refused");
    EXPECT_EQ(reply.record_callback_reply().callback().state(), "done");
    EXPECT_FALSE(reply.record_callback_reply().ticket_closed());
    EXPECT_EQ(get(engineer, ticket.id()).ticket().state(), "resolved");
    EXPECT_EQ(sql("SELECT count(*) FROM callback_attempts"), "3");

    // Three unanswered calls give the task up: the ticket no longer waits for it.
    const proto::Ticket unreachable = resolvedTicket("打印模板错位");
    task = callbacksOf(unreachable).at(0);
    for (const char* outcome : {"no_answer", "wrong_number", "no_answer"}) {
        reply = record(manager, task, outcome);
        ASSERT_TRUE(reply.has_record_callback_reply()) << reply.DebugString();
        task = reply.record_callback_reply().callback();
    }
    EXPECT_EQ(task.state(), "done");
    EXPECT_EQ(task.attempts(), 3);
    EXPECT_EQ(task.last_outcome(), "no_answer");
    EXPECT_FALSE(reply.record_callback_reply().ticket_closed());
    EXPECT_EQ(get(engineer, unreachable.id()).ticket().state(), "resolved") << "closed by the owner, or by itself in three days";
}

TEST_F(CallbacksTest, ACallIsRecordedOnlyTheWayTheRulesAllow)
{
    setGrade("A");
    const proto::Callback task = callbacksOf(resolvedTicket()).at(0);
    EXPECT_EQ(record(manager, task, "reached", 0).error().field(), "satisfaction") << "a reached customer gives a score";
    EXPECT_EQ(record(manager, task, "reached", 6).error().field(), "satisfaction");
    EXPECT_EQ(record(manager, task, "no_answer", 3).error().field(), "satisfaction");
    EXPECT_EQ(record(manager, task, "no_answer", 0, "", true).error().field(), "complaint");
    EXPECT_EQ(record(manager, task, "hung_up").error().field(), "outcome");
    EXPECT_EQ(record(manager, task, "reached", 5, std::string(1001, 'x')).error().field(), "comment");
    EXPECT_EQ(sql("SELECT attempts FROM callbacks"), "0");
}

TEST_F(CallbacksTest, AReopenCancelsThePendingCallbackAndTheNextResolutionMakesANewOne)
{
    setGrade("A");
    proto::Ticket ticket = resolvedTicket();
    ticket = acted(engineer, ticket, "reopen", 0, "客户说还是不能结账");
    EXPECT_TRUE(queue(manager).empty());
    ticket = acted(engineer, ticket, "start");
    ticket = acted(engineer, ticket, "resolve", 0, "重新记账后结账成功");
    const auto all = callbacksOf(ticket);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].state(), "pending");
    EXPECT_EQ(all[1].state(), "cancelled");
}

TEST_F(CallbacksTest, OtherBranchesNeitherSeeNorRecordAndAccountManagersOnlyRead)
{
    setGrade("A");
    const proto::Callback task = callbacksOf(resolvedTicket()).at(0);
    EXPECT_TRUE(queue(shEngineer).empty());
    EXPECT_TRUE(queue(shManager).empty());
    EXPECT_EQ(errorOf(list(shManager, bjBranch)), proto::FORBIDDEN) << "naming another branch is refused";
    EXPECT_EQ(errorOf(record(shEngineer, task, "reached", 5)), proto::NOT_FOUND);
    EXPECT_EQ(errorOf(record(shManager, task, "no_answer")), proto::NOT_FOUND);
    EXPECT_EQ(errorOf(record(account, task, "reached", 5)), proto::FORBIDDEN) << "account managers read only";
    EXPECT_EQ(queue(admin).size(), 1u) << "admins see every branch";
    EXPECT_EQ(sql("SELECT attempts FROM callbacks"), "0");
}

TEST_F(CallbacksTest, PostgreSQLKeepsBranchesApartAndAccountManagersOutToo)
{
    setGrade("A");
    const proto::Callback task = callbacksOf(resolvedTicket()).at(0);
    pqxx::connection connection(m_database.url());
    auto as = [&](const std::string& role, std::int64_t branch, const std::string& statement) {
        pqxx::work work(connection);
        work.exec_params("SELECT set_config('laoke.role', $1, true), set_config('laoke.branch_id', $2, true), "
                         "set_config('laoke.user_id', $3, true), set_config('role', 'laoke_app', true)",
                         role, std::to_string(branch), std::to_string(engineerId));
        const auto result = work.exec(statement);
        work.commit();
        return result.affected_rows();
    };
    const std::string id = std::to_string(task.id());
    EXPECT_EQ(as("engineer", shBranch, "SELECT 1 FROM callbacks"), 0u);
    EXPECT_EQ(as("engineer", shBranch, "UPDATE callbacks SET attempts = 9 WHERE id = " + id), 0u);
    EXPECT_THROW(as("account_manager", bjBranch, "UPDATE callbacks SET attempts = 9 WHERE id = " + id), pqxx::sql_error)
        << "an account manager's write is refused";
    EXPECT_EQ(as("account_manager", bjBranch, "SELECT 1 FROM callbacks"), 1u);
    EXPECT_EQ(as("engineer", bjBranch, "UPDATE callback_settings SET sample_percent = 90"), 0u) << "only admins change the sample";
    EXPECT_EQ(as("engineer", shBranch, "SELECT 1 FROM callback_settings"), 1u) << "everyone reads the sample";
    EXPECT_THROW(as("engineer", bjBranch, "DELETE FROM callbacks"), pqxx::sql_error);
    EXPECT_EQ(sql("SELECT attempts FROM callbacks"), "0");
    EXPECT_EQ(sql("SELECT sample_percent FROM callback_settings"), "20") << "the shipped default";
}

TEST_F(CallbacksTest, OnlyAnAdministratorSetsTheSample)
{
    EXPECT_EQ(errorOf(saveSample(manager, 50)), proto::FORBIDDEN);
    EXPECT_EQ(saveSample(admin, 101).error().field(), "sample_percent");
    const auto saved = saveSample(admin, 35);
    ASSERT_TRUE(saved.has_callback_settings()) << saved.DebugString();
    EXPECT_EQ(saved.callback_settings().sample_percent(), 35);
    proto::Envelope stale;
    stale.mutable_save_callback_settings()->set_sample_percent(10);
    stale.mutable_save_callback_settings()->set_expected_version(saved.callback_settings().version() - 1);
    EXPECT_EQ(errorOf(send(admin, stale)), proto::CONFLICT);
    EXPECT_EQ(sql("SELECT sample_percent FROM callback_settings"), "35");
}

TEST_F(CallbacksTest, TwoPeopleRecordingTheSameCallOneWinsTheOtherIsTold)
{
    setGrade("A");
    const proto::Ticket ticket = resolvedTicket();
    const proto::Callback task = callbacksOf(ticket).at(0);
    // At the same moment, from two connections: the database lets exactly one through.
    proto::Envelope first, second;
    std::thread a([&] { first = record(admin, task, "reached", 5, "很满意"); });
    std::thread b([&] { second = record(manager, task, "no_answer"); });
    a.join();
    b.join();
    EXPECT_NE(first.has_record_callback_reply(), second.has_record_callback_reply())
        << first.DebugString() << second.DebugString();
    const proto::Envelope& lost = first.has_error() ? first : second;
    EXPECT_EQ(lost.error().code(), proto::CONFLICT);
    EXPECT_EQ(sql("SELECT count(*) FROM callback_attempts"), "1");
    // Told again, one at a time: a stale version never records.
    EXPECT_EQ(errorOf(record(admin, task, "no_answer")), proto::CONFLICT);
    EXPECT_EQ(sql("SELECT attempts FROM callbacks"), "1");
}

}  // namespace
}  // namespace laoke::test
