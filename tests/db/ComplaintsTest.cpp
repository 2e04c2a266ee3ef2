// Complaint cases (投诉), through the real Dispatcher on a real PostgreSQL: a callback's score
// of 2 or less, or the customer's complaint, opens a case for the ticket's branch that its
// managers see at once (a push on laoke_events) with its own clocks in business time; managers
// open one by hand, take it and resolve it with the resolution written down; other branches
// and other roles cannot.

#include "CallbacksFixture.h"
#include "engine/ComplaintSla.h"

#include <pqxx/pqxx>

#include <chrono>
#include <string>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

// Collects what the database announces on laoke_events (as every server's EventFeed hears it).
class Announcements : public pqxx::notification_receiver {
public:
    explicit Announcements(pqxx::connection_base& connection) : notification_receiver(connection, "laoke_events") {}
    void operator()(const std::string& payload, int) override { payloads.push_back(payload); }
    std::vector<std::string> payloads;
};

class ComplaintsTest : public CallbacksFixture {
protected:
    proto::Callback pendingCallback()
    {
        setGrade("A");
        return callbacksOf(resolvedTicket()).at(0);
    }

    // The working-day length of the shipped calendar (09:00-12:00, 13:00-18:00).
    static constexpr long long kWorkday = 8 * 3600;
};

TEST_F(ComplaintsTest, ALowScoreOpensACaseTheBranchManagerSeesAtOnceWithItsClocks)
{
    const proto::Callback task = pendingCallback();
    pqxx::connection listening(m_database.url());
    Announcements heard(listening);
    const auto reply = record(manager, task, "reached", 2, "等了三天才有人回电话");
    ASSERT_TRUE(reply.has_record_callback_reply()) << reply.DebugString();
    const std::int64_t complaintId = reply.record_callback_reply().complaint_id();
    ASSERT_NE(complaintId, 0);
    EXPECT_EQ(reply.record_callback_reply().callback().complaint_id(), complaintId);
    EXPECT_TRUE(reply.record_callback_reply().ticket_closed()) << "the ticket itself was solved";

    // The push the managers' screens get: kind complaint, the branch, the case.
    bool pushed = false;
    for (int i = 0; i < 20 && !pushed; ++i) {
        listening.await_notification(0, 100000);
        for (const auto& payload : heard.payloads) {
            pushed = pushed || (payload.find("\"kind\" : \"complaint\"") != std::string::npos &&
                                payload.find("\"complaint_id\" : " + std::to_string(complaintId)) != std::string::npos &&
                                payload.find("\"branch_id\" : " + std::to_string(bjBranch)) != std::string::npos);
        }
    }
    EXPECT_TRUE(pushed) << (heard.payloads.empty() ? std::string("nothing announced") : heard.payloads.back());

    const auto seen = complaints(manager, true);
    ASSERT_EQ(seen.size(), 1u);
    const proto::Complaint& c = seen[0];
    EXPECT_EQ(c.id(), complaintId);
    EXPECT_EQ(c.state(), "open");
    EXPECT_EQ(c.source(), "callback");
    EXPECT_EQ(c.satisfaction(), 2);
    EXPECT_EQ(c.summary(), "等了三天才有人回电话");
    EXPECT_EQ(c.branch_id(), bjBranch);
    EXPECT_EQ(c.contact_phone(), "13911112222");
    ASSERT_EQ(c.sla_size(), 2);
    EXPECT_EQ(c.sla(0).kind(), "first_response");
    EXPECT_EQ(c.sla(0).target_seconds(), 2 * 3600);
    EXPECT_EQ(c.sla(1).kind(), "resolution");
    EXPECT_EQ(c.sla(1).target_seconds(), 2 * kWorkday);
    EXPECT_NE(c.sla(0).deadline_unix(), 0);
    EXPECT_GE(c.sla(1).deadline_unix(), c.sla(0).deadline_unix());
    EXPECT_EQ(c.sla(0).state(), "on_track");
    EXPECT_TRUE(complaints(shManager).empty()) << "another branch does not see it";
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'complaint.open'"), "1");
}

TEST_F(ComplaintsTest, TheComplaintFlagEscalatesWhateverTheScoreAndAThreeDoesNot)
{
    auto reply = record(manager, pendingCallback(), "reached", 5, "对收费不满意", true);
    ASSERT_TRUE(reply.has_record_callback_reply()) << reply.DebugString();
    EXPECT_NE(reply.record_callback_reply().complaint_id(), 0);
    reply = record(manager, pendingCallback(), "refused", 0, "客户拒绝回访并说要投诉", true);
    EXPECT_NE(reply.record_callback_reply().complaint_id(), 0) << "a refusal with a complaint escalates";
    reply = record(manager, pendingCallback(), "reached", 3, "一般");
    EXPECT_EQ(reply.record_callback_reply().complaint_id(), 0);
    reply = record(manager, pendingCallback(), "reached", 1);
    EXPECT_NE(reply.record_callback_reply().complaint_id(), 0) << "a 1 escalates, comment or not";
    EXPECT_EQ(complaints(manager).size(), 3u);
}

TEST_F(ComplaintsTest, ManagersTakeAndResolveACaseWithTheResolutionWrittenDown)
{
    record(manager, pendingCallback(), "reached", 1, "系统还是慢");
    proto::Complaint c = complaints(manager).at(0);
    EXPECT_EQ(errorOf(complaintAction(engineer, c, "handle")), proto::FORBIDDEN) << "engineers do not handle complaints";
    EXPECT_EQ(errorOf(complaintAction(shManager, c, "handle")), proto::NOT_FOUND);
    EXPECT_EQ(complaintAction(manager, c, "resolve", "  ").error().field(), "note");
    auto reply = complaintAction(manager, c, "handle");
    ASSERT_TRUE(reply.has_complaint_reply()) << reply.DebugString();
    const proto::Complaint taken = reply.complaint_reply().complaint();
    EXPECT_EQ(taken.state(), "handling");
    EXPECT_EQ(taken.handler_name(), "王建国");
    EXPECT_EQ(taken.sla(0).state(), "met");
    EXPECT_EQ(errorOf(complaintAction(manager, c, "resolve", "上门处理")), proto::CONFLICT) << "a stale version";
    EXPECT_EQ(errorOf(complaintAction(manager, taken, "handle")), proto::VALIDATION_FAILED) << "already taken";
    reply = complaintAction(manager, taken, "resolve", "上门优化数据库，客户认可");
    ASSERT_TRUE(reply.has_complaint_reply()) << reply.DebugString();
    EXPECT_EQ(reply.complaint_reply().complaint().state(), "resolved");
    EXPECT_EQ(reply.complaint_reply().complaint().resolution(), "上门优化数据库，客户认可");
    EXPECT_EQ(reply.complaint_reply().complaint().sla(1).state(), "met");
    EXPECT_TRUE(complaints(manager, true).empty());
    EXPECT_EQ(sql("SELECT string_agg(action, ',' ORDER BY id) FROM complaint_events"), "open,handle,resolve");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action LIKE 'complaint.%'"), "3");
}

TEST_F(ComplaintsTest, AManagerOpensACaseByHandForACustomerWhoCallsInAngry)
{
    const proto::Ticket ticket = opened(engineer, newTicket());
    proto::Envelope request;
    request.mutable_open_complaint()->set_ticket_number(ticket.number());
    request.mutable_open_complaint()->set_summary("客户来电投诉：两天没人联系");
    EXPECT_EQ(errorOf(send(engineer, request)), proto::FORBIDDEN);
    EXPECT_EQ(errorOf(send(account, request)), proto::FORBIDDEN);
    EXPECT_EQ(errorOf(send(shManager, request)), proto::NOT_FOUND);
    auto reply = send(manager, request);
    ASSERT_TRUE(reply.has_complaint_reply()) << reply.DebugString();
    EXPECT_EQ(reply.complaint_reply().complaint().source(), "manual");
    EXPECT_EQ(reply.complaint_reply().complaint().opened_by_name(), "王建国");
    EXPECT_EQ(errorOf(send(manager, request)), proto::VALIDATION_FAILED) << "one open case per ticket";
    request.mutable_open_complaint()->set_summary(" ");
    EXPECT_EQ(send(manager, request).error().field(), "summary");
}

TEST_F(ComplaintsTest, PostgreSQLLetsOnlyTheBranchsManagersChangeACase)
{
    record(manager, pendingCallback(), "reached", 2);
    const std::string id = sql("SELECT id FROM complaints");
    pqxx::connection connection(m_database.url());
    auto as = [&](const std::string& role, std::int64_t branch, const std::string& statement) {
        pqxx::work work(connection);
        work.exec_params("SELECT set_config('laoke.role', $1, true), set_config('laoke.branch_id', $2, true), "
                         "set_config('laoke.user_id', $3, true), set_config('role', 'laoke_app', true)",
                         role, std::to_string(branch), std::to_string(managerId));
        const auto result = work.exec(statement);
        work.commit();
        return result.affected_rows();
    };
    const std::string take = "UPDATE complaints SET state = 'handling', handling_at = now() WHERE id = " + id;
    EXPECT_EQ(as("engineer", bjBranch, take), 0u) << "engineers see it but do not change it";
    EXPECT_EQ(as("engineer", bjBranch, "SELECT 1 FROM complaints"), 1u);
    EXPECT_EQ(as("branch_manager", shBranch, take), 0u);
    EXPECT_EQ(as("branch_manager", shBranch, "SELECT 1 FROM complaints"), 0u);
    EXPECT_THROW(as("engineer", bjBranch,
                    "INSERT INTO complaints (ticket_id, branch_id, source, summary, opened_by) "
                    "SELECT ticket_id, branch_id, 'manual', '手工', " + std::to_string(managerId) + " FROM complaints"),
                 pqxx::sql_error)
        << "only managers open a case by hand";
    EXPECT_EQ(as("branch_manager", bjBranch, take), 1u);
    EXPECT_THROW(as("branch_manager", bjBranch, "DELETE FROM complaints"), pqxx::sql_error);
}

}  // namespace
}  // namespace laoke::test
