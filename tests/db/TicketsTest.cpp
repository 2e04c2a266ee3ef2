// Service tickets through the real Dispatcher on a real PostgreSQL: opening a ticket for a
// caller, its whole life (take, start, wait, resume, resolve, close, reopen), the rules on who
// may do what, illegal transitions refused without a trace, two managers assigning at once,
// and branch isolation down to the database.

#include "TicketsFixture.h"
#include "engine/SlaPolicy.h"

#include <regex>
#include <string>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class TicketsTest : public TicketsFixture {};

TEST_F(TicketsTest, AHotlineTicketIsOpenedOwnedAndAnsweredAtOnce)
{
    const auto reply = create(engineer, newTicket());
    ASSERT_TRUE(reply.has_ticket_reply()) << reply.DebugString();
    const proto::Ticket& ticket = reply.ticket_reply().ticket();
    EXPECT_TRUE(std::regex_match(ticket.number(), std::regex("GD20[0-9]{2}-[0-9]{6}"))) << ticket.number();
    EXPECT_EQ(ticket.state(), "new");
    EXPECT_EQ(ticket.owner_id(), engineerId);
    EXPECT_EQ(ticket.customer_name(), "北京海淀科技有限公司");
    EXPECT_EQ(ticket.priority(), "normal");
    EXPECT_FALSE(ticket.effective_priority().empty());
    EXPECT_GT(ticket.first_response_at_unix(), 0) << "a person took the call";
    EXPECT_TRUE(ticket.billable()) << "the customer has no service contract";
    EXPECT_EQ(ticket.branch_id(), bjBranch);
    ASSERT_EQ(reply.ticket_reply().events_size(), 1);
    EXPECT_EQ(reply.ticket_reply().events(0).kind(), "opened");
    // The engineer may take it (assign to self) or, as its owner, cancel it.
    EXPECT_EQ(std::vector<std::string>(reply.ticket_reply().allowed_actions().begin(), reply.ticket_reply().allowed_actions().end()),
              (std::vector<std::string>{"assign", "cancel"}));
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'ticket.create' AND object_id = " + std::to_string(ticket.id())), "1");

    // Its SLA clocks: answered at once, the resolution clock running on the policy's target
    // for the priority it got (raised one level in month-end or year-end close).
    const auto& sla = reply.ticket_reply().ticket().sla();
    ASSERT_EQ(sla.size(), 2);
    EXPECT_EQ(sla[0].kind(), "first_response");
    EXPECT_EQ(sla[0].state(), "met");
    EXPECT_EQ(sla[0].used_seconds(), 0);
    EXPECT_EQ(sla[1].kind(), "resolution");
    const auto targets = engine::defaultSlaPolicy(std::chrono::hours(8))
                             .targetsFor("", *engine::parsePriority(ticket.effective_priority()));
    EXPECT_EQ(sla[1].target_seconds(), targets->resolution->count());
    EXPECT_GT(sla[1].deadline_unix(), ticket.opened_at_unix());
    EXPECT_TRUE(sla[1].state() == "on_track" || sla[1].state() == "at_risk") << sla[1].state();

    // A WeChat message is not answered until someone works on it.
    EXPECT_EQ(opened(engineer, newTicket("wechat")).first_response_at_unix(), 0);
}

TEST_F(TicketsTest, BadTicketsAreRefusedAndNothingIsWritten)
{
    auto noSubject = newTicket();
    noSubject.set_subject("   ");
    EXPECT_EQ(errorOf(create(engineer, noSubject)), proto::VALIDATION_FAILED);
    auto badChannel = newTicket();
    badChannel.set_channel("fax");
    EXPECT_EQ(create(engineer, badChannel).error().field(), "channel");
    auto badPriority = newTicket();
    badPriority.set_priority("p0");
    EXPECT_EQ(create(engineer, badPriority).error().field(), "priority");
    auto moduleAlone = newTicket();
    moduleAlone.set_module_id(moduleLedger);
    EXPECT_EQ(create(engineer, moduleAlone).error().field(), "module_id");
    const auto other = created(account, newCustomer("北京朝阳贸易有限公司"));
    const auto otherContact = addContact(account, other.id(), "张会计", "13800001111");
    auto wrongContact = newTicket();
    wrongContact.set_contact_id(otherContact.id());
    EXPECT_EQ(create(engineer, wrongContact).error().field(), "contact_id");
    proto::Envelope archive;
    archive.mutable_archive_customer()->set_id(other.id());
    archive.mutable_archive_customer()->set_expected_version(other.version());
    archive.mutable_archive_customer()->set_archived(true);
    ASSERT_FALSE(send(admin, archive).has_error());
    auto archived = newTicket();
    archived.set_customer_id(other.id());
    EXPECT_EQ(create(engineer, archived).error().field(), "customer_id");
    // Another branch's customer does not exist for the caller.
    EXPECT_EQ(errorOf(create(shAccount, newTicket())), proto::NOT_FOUND);
    EXPECT_EQ(sql("SELECT count(*) FROM tickets"), "0");
    EXPECT_EQ(sql("SELECT count(*) FROM ticket_events"), "0");
}

TEST_F(TicketsTest, ATicketLivesFromTakingToClosingAndCanBeReopened)
{
    proto::Ticket ticket = opened(account, newTicket("wechat"));  // the account manager took the request
    ticket = acted(engineer, ticket, "assign", engineerId);        // an engineer takes it
    EXPECT_EQ(ticket.state(), "assigned");
    EXPECT_EQ(ticket.assignee_id(), engineerId);
    EXPECT_EQ(ticket.owner_id(), accountId) << "the first responder keeps owning it";
    EXPECT_EQ(ticket.first_response_at_unix(), 0);
    ticket = acted(engineer, ticket, "start");
    EXPECT_EQ(ticket.state(), "in_progress");
    EXPECT_GT(ticket.first_response_at_unix(), 0);
    ticket = acted(engineer, ticket, "wait", 0, "等客户发数据库备份");
    EXPECT_EQ(ticket.state(), "waiting_customer");
    ticket = acted(engineer, ticket, "resume");
    // Resolving needs the solution.
    EXPECT_EQ(act(engineer, ticket, "resolve").error().field(), "note");
    ticket = acted(engineer, ticket, "resolve", 0, "审核并记账3月凭证后结账成功");
    EXPECT_EQ(ticket.state(), "resolved");
    EXPECT_EQ(ticket.solution(), "审核并记账3月凭证后结账成功");
    EXPECT_GT(ticket.resolved_at_unix(), 0);
    // Only the owner (or a manager) closes it, after the callback.
    EXPECT_EQ(errorOf(act(engineer, ticket, "close")), proto::FORBIDDEN);
    ticket = acted(account, ticket, "close");
    EXPECT_EQ(ticket.state(), "closed");
    EXPECT_GT(ticket.closed_at_unix(), 0);
    // The customer calls again: reopened with a reason, solution and times cleared.
    EXPECT_EQ(act(engineer, ticket, "reopen").error().field(), "note");
    ticket = acted(engineer, ticket, "reopen", 0, "4月又不能结账");
    EXPECT_EQ(ticket.state(), "reopened");
    EXPECT_EQ(ticket.solution(), "");
    EXPECT_EQ(ticket.resolved_at_unix(), 0);
    EXPECT_EQ(ticket.closed_at_unix(), 0);
    EXPECT_EQ(ticket.assignee_id(), engineerId);

    EXPECT_EQ(eventActions(engineer, ticket.id()),
              (std::vector<std::string>{"opened", "assign", "start", "wait", "resume", "resolve", "close", "reopen"}));
    const proto::TicketReply full = get(engineer, ticket.id());
    const auto& events = full.events();
    EXPECT_EQ(events[3].note(), "等客户发数据库备份");
    EXPECT_EQ(events[3].from_state(), "in_progress");
    EXPECT_EQ(events[3].to_state(), "waiting_customer");
    EXPECT_EQ(events[1].assignee_name(), userNamed(admin, "engineer").display_name());
}

TEST_F(TicketsTest, IllegalTransitionsAreRefusedAndChangeNothing)
{
    proto::Ticket ticket = opened(engineer, newTicket());
    const auto refused = act(engineer, ticket, "close");
    EXPECT_EQ(errorOf(refused), proto::VALIDATION_FAILED);
    EXPECT_EQ(refused.error().field(), "action");
    EXPECT_EQ(errorOf(act(engineer, ticket, "resolve", 0, "已解决")), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(act(engineer, ticket, "start")), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(act(engineer, ticket, "explode")), proto::BAD_REQUEST);
    ticket = acted(engineer, ticket, "cancel", 0, "客户打错电话");
    EXPECT_EQ(ticket.state(), "cancelled");
    EXPECT_TRUE(get(engineer, ticket.id()).allowed_actions().empty());
    EXPECT_TRUE(get(engineer, ticket.id()).ticket().sla().empty()) << "a cancelled ticket has no service level";
    EXPECT_EQ(errorOf(act(engineer, ticket, "reopen", 0, "再试")), proto::VALIDATION_FAILED);
    EXPECT_EQ(sql("SELECT count(*) FROM ticket_events WHERE ticket_id = " + std::to_string(ticket.id())), "2");
    EXPECT_EQ(sql("SELECT version FROM tickets WHERE id = " + std::to_string(ticket.id())), "2");
}

TEST_F(TicketsTest, OnlyManagersAssignToOthersAndOnlyTheAssigneeWorksTheTicket)
{
    proto::Ticket ticket = opened(account, newTicket());
    EXPECT_EQ(errorOf(act(account, ticket, "assign", engineerId)), proto::FORBIDDEN);
    // The assignee must be an active engineer or manager of the ticket's branch.
    EXPECT_EQ(act(manager, ticket, "assign", accountId).error().field(), "assignee_id");
    EXPECT_EQ(act(manager, ticket, "assign", shAccountId).error().field(), "assignee_id");
    EXPECT_EQ(act(manager, ticket, "assign", 0).error().field(), "assignee_id");
    ticket = acted(manager, ticket, "assign", engineerId);
    EXPECT_EQ(errorOf(act(account, ticket, "start")), proto::FORBIDDEN);
    ticket = acted(engineer, ticket, "start");
    // The manager moves it to themselves.
    ticket = acted(manager, ticket, "reassign", managerId);
    EXPECT_EQ(ticket.state(), "assigned");
    EXPECT_EQ(ticket.assignee_id(), managerId);
    EXPECT_EQ(errorOf(act(engineer, ticket, "start")), proto::FORBIDDEN);

    // A colleague does not take over a ticket someone is assigned to: that is the manager's call.
    const auto takeOver = act(engineer, ticket, "reassign", engineerId);
    EXPECT_EQ(errorOf(takeOver), proto::FORBIDDEN);
    EXPECT_EQ(takeOver.error().message(), "only a branch manager moves a ticket someone is already assigned to");
    EXPECT_EQ(get(manager, ticket.id()).ticket().assignee_id(), managerId);
    // And the refusals name who may: the assignee works it, the first responder closes it.
    EXPECT_EQ(act(engineer, ticket, "start").error().message(), "only the assigned engineer or a branch manager may do this");
}

TEST_F(TicketsTest, TwoManagersAssigningAtOnceOneWinsTheOtherIsToldWho)
{
    const proto::Ticket ticket = opened(engineer, newTicket());
    const auto first = act(manager, ticket, "assign", engineerId);
    ASSERT_TRUE(first.has_ticket_reply()) << first.DebugString();
    const auto second = act(admin, ticket, "assign", managerId);  // same version as the first saw
    EXPECT_EQ(errorOf(second), proto::CONFLICT);
    EXPECT_NE(second.error().message().find(userNamed(admin, "manager").display_name()), std::string::npos)
        << second.error().message();
    const auto now = get(engineer, ticket.id());
    EXPECT_EQ(now.ticket().assignee_id(), engineerId);
    EXPECT_EQ(eventActions(engineer, ticket.id()), (std::vector<std::string>{"opened", "assign"}));
}

TEST_F(TicketsTest, NotesAnswerTheCustomerAndStopAtClosedTickets)
{
    proto::Ticket ticket = opened(engineer, newTicket("wechat"));
    proto::Envelope note;
    note.mutable_add_ticket_note()->set_ticket_id(ticket.id());
    note.mutable_add_ticket_note()->set_note("已电话联系客户，约明早远程");
    const auto reply = send(engineer, note);
    ASSERT_TRUE(reply.has_ticket_reply()) << reply.DebugString();
    EXPECT_GT(reply.ticket_reply().ticket().first_response_at_unix(), 0);
    EXPECT_EQ(reply.ticket_reply().events(1).note(), "已电话联系客户，约明早远程");
    // Every note moves the version (boards and the owner are told); acting on the ticket as it
    // was before the note is a conflict.
    EXPECT_EQ(reply.ticket_reply().ticket().version(), ticket.version() + 1);
    const auto second = send(engineer, note);
    ASSERT_TRUE(second.has_ticket_reply());
    EXPECT_EQ(second.ticket_reply().ticket().version(), ticket.version() + 2);
    EXPECT_EQ(errorOf(act(engineer, reply.ticket_reply().ticket(), "cancel", 0, "重复工单")), proto::CONFLICT);
    ticket = acted(engineer, second.ticket_reply().ticket(), "cancel", 0, "重复工单");
    EXPECT_EQ(errorOf(send(engineer, note)), proto::VALIDATION_FAILED);
    note.mutable_add_ticket_note()->set_note("  ");
    EXPECT_EQ(errorOf(send(engineer, note)), proto::VALIDATION_FAILED);
}

TEST_F(TicketsTest, ListsShowOpenTicketsAndMineNewestFirstPageByPage)
{
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 5; ++i) ids.push_back(opened(account, newTicket()).id());
    EXPECT_EQ(errorOf(act(engineer, get(engineer, ids[1]).ticket(), "cancel", 0, "重复")), proto::FORBIDDEN);  // not the owner
    acted(account, get(account, ids[1]).ticket(), "cancel", 0, "重复");
    acted(engineer, get(engineer, ids[3]).ticket(), "assign", engineerId);

    auto list = [&](handlers::ConnectionState& who, bool openOnly, bool mine, int limit, std::int64_t beforeId) {
        proto::Envelope request;
        auto* r = request.mutable_list_tickets();
        r->set_open_only(openOnly);
        r->set_mine(mine);
        r->set_limit(limit);
        r->set_before_id(beforeId);
        std::vector<std::int64_t> out;
        const proto::Envelope reply = send(who, request);
        for (const auto& t : reply.list_tickets_reply().tickets()) out.push_back(t.id());
        return out;
    };
    EXPECT_EQ(list(account, false, false, 50, 0), (std::vector<std::int64_t>{ids[4], ids[3], ids[2], ids[1], ids[0]}));
    EXPECT_EQ(list(account, true, false, 50, 0), (std::vector<std::int64_t>{ids[4], ids[3], ids[2], ids[0]}));
    EXPECT_EQ(list(engineer, false, true, 50, 0), std::vector<std::int64_t>{ids[3]});
    // Page two after the second newest.
    EXPECT_EQ(list(account, false, false, 2, ids[3]), (std::vector<std::int64_t>{ids[2], ids[1]}));
    // Another branch sees none of them.
    EXPECT_TRUE(list(shAccount, false, false, 50, 0).empty());
    proto::Envelope getFirst;
    getFirst.mutable_get_ticket()->set_ticket_id(ids[0]);
    EXPECT_EQ(errorOf(send(shAccount, getFirst)), proto::NOT_FOUND);
}

TEST_F(TicketsTest, TheDatabaseKeepsBranchesApartAndTheLogAppendOnly)
{
    const proto::Ticket ticket = opened(engineer, newTicket());
    pqxx::connection connection(m_database.url());
    pqxx::work work(connection);
    work.exec("SET ROLE laoke_app");
    work.exec_params("SELECT set_config('laoke.role', 'account_manager', true), set_config('laoke.branch_id', $1, true)",
                     std::to_string(shBranch));
    EXPECT_EQ(work.exec("SELECT count(*) FROM tickets")[0][0].as<int>(), 0);
    EXPECT_EQ(work.exec("SELECT count(*) FROM ticket_events")[0][0].as<int>(), 0);
    work.exec_params("SELECT set_config('laoke.branch_id', $1, true)", std::to_string(bjBranch));
    EXPECT_EQ(work.exec("SELECT count(*) FROM tickets")[0][0].as<int>(), 1);
    EXPECT_THROW(work.exec("UPDATE ticket_events SET note = 'rewritten'"), pqxx::insufficient_privilege);
}

}  // namespace
}  // namespace laoke::test
