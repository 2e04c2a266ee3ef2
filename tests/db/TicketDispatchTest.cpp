// What the dispatch board and the ticket form decide with, through the real Dispatcher on a
// real PostgreSQL: every listed ticket carries the SLA clocks its own page shows, the likely
// categories of a new ticket come from the branch's similar past tickets (and above all the
// customer's), and the assignee picker lists the branch's engineers and managers with their
// open tickets.

#include "TicketsFixture.h"
#include "engine/SlaPolicy.h"

#include <chrono>
#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class TicketDispatchTest : public TicketsFixture {
protected:
    proto::Ticket ticketFor(const proto::Customer& who, const std::string& subject, const std::string& description,
                            std::int64_t categoryId = 0)
    {
        proto::Ticket ticket;
        ticket.set_customer_id(who.id());
        ticket.set_channel("hotline");
        ticket.set_subject(subject);
        ticket.set_description(description);
        ticket.set_category_id(categoryId);
        return ticket;
    }

    std::int64_t category(const std::string& code)
    {
        return std::stoll(sql("SELECT id FROM ticket_categories WHERE code = '" + code + "'"));
    }

    proto::Envelope suggest(handlers::ConnectionState& who, std::int64_t customerId, const std::string& subject,
                            const std::string& description = {})
    {
        proto::Envelope request;
        request.mutable_suggest_ticket_categories()->set_customer_id(customerId);
        request.mutable_suggest_ticket_categories()->set_subject(subject);
        request.mutable_suggest_ticket_categories()->set_description(description);
        return send(who, request);
    }

    /// The suggested categories, best first, as (category, similar tickets, customer's tickets).
    std::vector<std::tuple<std::int64_t, int, int>> suggested(handlers::ConnectionState& who, std::int64_t customerId,
                                                              const std::string& subject, const std::string& description = {})
    {
        const auto reply = suggest(who, customerId, subject, description);
        EXPECT_TRUE(reply.has_suggest_ticket_categories_reply()) << reply.DebugString();
        std::vector<std::tuple<std::int64_t, int, int>> out;
        for (const auto& s : reply.suggest_ticket_categories_reply().suggestions()) {
            out.emplace_back(s.category_id(), s.similar_tickets(), s.customer_tickets());
        }
        return out;
    }

    /// The assignee picker as (username, open tickets), in the order shown.
    std::vector<std::pair<std::string, int>> assignees(handlers::ConnectionState& who)
    {
        proto::Envelope request;
        request.mutable_list_assignees();
        const auto reply = send(who, request);
        EXPECT_TRUE(reply.has_list_assignees_reply()) << reply.DebugString();
        std::vector<std::pair<std::string, int>> out;
        for (const auto& a : reply.list_assignees_reply().assignees()) out.emplace_back(a.user().username(), a.open_tickets());
        return out;
    }

    proto::User createUser(const std::string& username, const std::string& name, proto::Role role, std::int64_t branch)
    {
        proto::Envelope request;
        auto* create = request.mutable_create_user();
        create->set_username(username);
        create->set_display_name(name);
        create->set_role(role);
        create->set_branch_id(branch);
        create->set_password(app::kDemoPassword);
        const auto reply = send(admin, request);
        EXPECT_TRUE(reply.has_user_reply()) << reply.DebugString();
        return reply.user_reply().user();
    }

    /// The clocks of a listed ticket are those of its own page, read a moment apart.
    static void expectSameClocks(const proto::Ticket& listed, const proto::Ticket& read)
    {
        ASSERT_EQ(listed.sla_size(), read.sla_size()) << listed.subject();
        for (int i = 0; i < listed.sla_size(); ++i) {
            const auto& l = listed.sla(i);
            const auto& r = read.sla(i);
            SCOPED_TRACE(listed.number() + " " + r.kind());
            EXPECT_EQ(l.kind(), r.kind());
            EXPECT_EQ(l.state(), r.state());
            EXPECT_EQ(l.target_seconds(), r.target_seconds());
            EXPECT_EQ(l.paused(), r.paused());
            // A running clock moves on between the two reads during working hours.
            EXPECT_LE(std::llabs(l.used_seconds() - r.used_seconds()), 5);
            EXPECT_LE(std::llabs(l.warning_at_unix() - r.warning_at_unix()), 5);
            EXPECT_LE(std::llabs(l.deadline_unix() - r.deadline_unix()), 5);
        }
    }
};

TEST_F(TicketDispatchTest, EveryListedTicketCarriesTheClocksOfItsOwnPage)
{
    proto::Ticket urgent = ticketFor(customer, "加密狗检测不到", "换了新电脑后软件提示检测不到加密狗");
    urgent.set_channel("wechat");
    urgent.set_priority("urgent");
    const proto::Ticket unanswered = opened(account, urgent);  // nobody answered yet: its first clock runs

    proto::Ticket waiting = opened(account, newTicket());
    waiting = acted(manager, waiting, "assign", engineerId);
    waiting = acted(engineer, waiting, "start");
    waiting = acted(engineer, waiting, "wait", 0, "等客户发账套备份");
    // Opened ten days ago and waiting for the customer for the last seven: only the first
    // three count, so the list must read its state changes, as the ticket's page does.
    const std::string w = std::to_string(waiting.id());
    sql("UPDATE tickets SET opened_at = opened_at - interval '10 days', first_response_at = first_response_at - "
        "interval '10 days' WHERE id = " + w);
    sql("UPDATE ticket_events SET at = at - interval '10 days' WHERE ticket_id = " + w + " AND action IS DISTINCT FROM 'wait'");
    sql("UPDATE ticket_events SET at = at - interval '7 days' WHERE ticket_id = " + w + " AND action = 'wait'");

    const proto::Ticket cancelled = acted(account, opened(account, newTicket()), "cancel", 0, "重复工单");
    proto::Ticket resolved = acted(engineer, opened(engineer, newTicket()), "assign", engineerId);
    resolved = acted(engineer, acted(engineer, resolved, "start"), "resolve", 0, "审核3月凭证后结账成功");
    proto::Ticket consult = ticketFor(customer, "新会计操作培训", "新来的会计不会做凭证");
    consult.set_priority("consult");
    const proto::Ticket question = opened(engineer, consult);

    proto::Envelope request;
    request.mutable_list_tickets()->set_limit(50);
    const proto::Envelope reply = send(account, request);
    ASSERT_TRUE(reply.has_list_tickets_reply()) << reply.DebugString();
    std::map<std::int64_t, proto::Ticket> listed;
    for (const auto& t : reply.list_tickets_reply().tickets()) listed[t.id()] = t;
    ASSERT_EQ(listed.size(), 5u);
    for (const auto& [id, ticket] : listed) expectSameClocks(ticket, get(account, id).ticket());

    // What the board shows at a glance, without opening any ticket:
    const auto& unansweredClocks = listed[unanswered.id()].sla();
    ASSERT_EQ(unansweredClocks.size(), 2);
    EXPECT_EQ(unansweredClocks[0].kind(), "first_response");
    EXPECT_NE(unansweredClocks[0].state(), "met");
    const auto& waitingClocks = listed[waiting.id()].sla();
    ASSERT_EQ(waitingClocks.size(), 2);
    EXPECT_EQ(waitingClocks[1].kind(), "resolution");
    EXPECT_TRUE(waitingClocks[1].paused()) << "waiting for the customer stops the clock";
    EXPECT_LE(waitingClocks[1].used_seconds(), 3 * 8 * 3600) << "at most three working days: the seven of waiting do not count";
    EXPECT_TRUE(listed[cancelled.id()].sla().empty()) << "a cancelled ticket has no service level";
    ASSERT_EQ(listed[resolved.id()].sla_size(), 2);
    EXPECT_EQ(listed[resolved.id()].sla(1).state(), "met");
    // A question has a first response target only (unless month-end or year-end close raised it).
    const proto::Ticket& q = listed[question.id()];
    const auto targets = engine::defaultSlaPolicy(std::chrono::hours(8)).targetsFor("", *engine::parsePriority(q.effective_priority()));
    EXPECT_EQ(q.sla_size(), (targets->firstResponse ? 1 : 0) + (targets->resolution ? 1 : 0)) << q.effective_priority();
    if (q.effective_priority() == "consult") {
        EXPECT_EQ(q.sla_size(), 1);
    }

    // The engineer's open tickets show the same clocks.
    proto::Envelope mine;
    mine.mutable_list_tickets()->set_mine(true);
    mine.mutable_list_tickets()->set_open_only(true);
    const proto::Envelope mineReply = send(engineer, mine);
    ASSERT_EQ(mineReply.list_tickets_reply().tickets_size(), 2) << mineReply.DebugString();  // waiting, question
    for (const auto& t : mineReply.list_tickets_reply().tickets()) expectSameClocks(t, get(engineer, t.id()).ticket());
}

TEST_F(TicketDispatchTest, SimilarPastTicketsOfTheBranchSuggestTheCategory)
{
    const std::int64_t monthEnd = category("month_end.unposted");
    const std::int64_t dongle = category("licence.dongle");
    const std::int64_t balance = category("reports.balance");
    const std::int64_t formula = category("reports.formula");
    const proto::Customer other = created(account, newCustomer("北京朝阳贸易有限公司"));
    // This customer: two dongle calls and one month-end close; another customer of the branch:
    // two month-end closes and a year-end question; one ticket nobody categorised.
    opened(engineer, ticketFor(customer, "加密狗检测不到", "换了新电脑后插上加密狗，软件提示检测不到加密狗", dongle));
    opened(engineer, ticketFor(customer, "加密狗不识别", "服务器重启后登录U8找不到加密狗", dongle));
    opened(engineer, ticketFor(customer, "月末结账提示凭证未审核", "3月结账时系统提示还有凭证未审核，不能结账", monthEnd));
    opened(engineer, ticketFor(other, "月末结账时提示凭证未记账", "财务说本月结账检查不通过", monthEnd));
    opened(engineer, ticketFor(other, "结账报错", "月末结账检查提示有凭证未审核", monthEnd));  // said in the description
    opened(engineer, ticketFor(other, "年结后期初余额不平", "建立年度账后资产负债表期初余额不平", balance));
    opened(engineer, ticketFor(other, "月末结账时提示有凭证未审核", "", 0));
    // Shanghai files the very same text under another category, more often: never seen here.
    const proto::Customer shanghai = created(shAccount, newCustomer("上海恒泰贸易有限公司", shBranch));
    for (int i = 0; i < 4; ++i) opened(shAccount, ticketFor(shanghai, "月末结账时提示有凭证未审核", "", formula));

    const std::string text = "月末结账时提示有凭证未审核";
    using S = std::tuple<std::int64_t, int, int>;
    // The three month-end tickets are alike (one of them this customer's, one only by its
    // description); the dongle ones share little more than 提示 and do not vote.
    EXPECT_EQ(suggested(engineer, customer.id(), text), (std::vector<S>{{monthEnd, 3, 1}}));
    EXPECT_EQ(suggested(admin, customer.id(), text), (std::vector<S>{{monthEnd, 3, 1}}))
        << "an admin sees every branch, but a BJ customer's suggestion still comes from BJ";
    EXPECT_EQ(suggested(account, other.id(), "换电脑后加密狗不识别"), (std::vector<S>{{dongle, 2, 0}}));
    // Shanghai's own suggestion does come from its tickets (so they would have been found).
    EXPECT_EQ(suggested(shAccount, shanghai.id(), text), (std::vector<S>{{formula, 4, 4}}));

    // No text yet: this customer's own most frequent categories, not the branch's.
    EXPECT_EQ(suggested(engineer, customer.id(), ""), (std::vector<S>{{dongle, 2, 2}, {monthEnd, 1, 1}}));
    EXPECT_EQ(suggested(engineer, customer.id(), " \n "), (std::vector<S>{{dongle, 2, 2}, {monthEnd, 1, 1}}));
    EXPECT_EQ(suggested(engineer, other.id(), ""), (std::vector<S>{{monthEnd, 2, 2}, {balance, 1, 1}}));
    // A new customer: nothing to go by.
    const proto::Customer fresh = created(account, newCustomer("北京西城商贸有限公司"));
    EXPECT_TRUE(suggested(engineer, fresh.id(), "").empty());
    EXPECT_EQ(suggested(engineer, fresh.id(), text), (std::vector<S>{{monthEnd, 3, 0}}));

    // Another branch's customer does not exist for the caller.
    EXPECT_EQ(errorOf(suggest(engineer, shanghai.id(), text)), proto::NOT_FOUND);
    EXPECT_EQ(errorOf(suggest(shAccount, customer.id(), "")), proto::NOT_FOUND);
}

TEST_F(TicketDispatchTest, SuggestionsRefuseWhatTheFormCannotSend)
{
    opened(engineer, ticketFor(customer, "加密狗检测不到", "", category("licence.dongle")));
    const auto noCustomer = suggest(engineer, 0, "加密狗检测不到");
    EXPECT_EQ(errorOf(noCustomer), proto::VALIDATION_FAILED);
    EXPECT_EQ(noCustomer.error().field(), "customer_id");
    // A ticket's longest subject and description fit (counted as characters, not bytes).
    std::string subject;
    for (int i = 0; i < 10; ++i) subject += "加密狗检测不到插拔无";
    std::string description;
    for (int i = 0; i < 4000 / 8; ++i) description += "加密狗检测不到了";  // 4,000 characters
    EXPECT_EQ(suggested(engineer, customer.id(), subject, description).size(), 1u);
    const auto subjectTooLong = suggest(engineer, customer.id(), subject + "狗");
    EXPECT_EQ(errorOf(subjectTooLong), proto::BAD_REQUEST);
    EXPECT_EQ(subjectTooLong.error().field(), "subject");
    const auto descriptionTooLong = suggest(engineer, customer.id(), "加密狗", description + "狗");
    EXPECT_EQ(errorOf(descriptionTooLong), proto::BAD_REQUEST);
    EXPECT_EQ(descriptionTooLong.error().field(), "description");
    EXPECT_EQ(errorOf(suggest(engineer, customer.id() + 100000, "")), proto::NOT_FOUND);
}

// A past ticket written just like the new one is found however long its description: the
// query's keys are made as the stored ticket's were (subject, then the start of the text).
TEST_F(TicketDispatchTest, ATwinWithALongDescriptionIsFound)
{
    std::string description;
    const char* const sentences[] = {"客户反映在月末结账时系统提示仍有凭证未审核，", "财务人员已经检查过凭证列表但没有发现问题，",
                                     "怀疑是出纳签字流程没有完成或者有作废凭证，", "远程查看后发现存在跨月的暂存凭证，",
                                     "需要先删除暂存凭证再重新执行结账检查，"};
    for (int i = 0; i < 20; ++i) description += sentences[i % 5] + std::to_string(i);  // about 2,000 characters
    opened(engineer, ticketFor(customer, "月末结账提示凭证未审核", description, category("month_end.unposted")));
    const auto result = suggested(engineer, customer.id(), "月末结账提示凭证未审核", description);
    ASSERT_FALSE(result.empty());
    EXPECT_EQ(std::get<0>(result.front()), category("month_end.unposted"));
}

TEST_F(TicketDispatchTest, TheAssigneePickerListsTheBranchsWorkersWithTheirOpenTickets)
{
    const proto::User engineer2 = createUser("engineer2", "刘洋", proto::ENGINEER, bjBranch);
    const proto::User leaver = createUser("engineer.old", "赵磊", proto::ENGINEER, bjBranch);
    createUser("sh.manager", "孙丽", proto::BRANCH_MANAGER, shBranch);
    const proto::User shEngineer = createUser("sh.engineer", "周杰", proto::ENGINEER, shBranch);

    auto assigned = [&](std::int64_t to) { return acted(manager, opened(account, newTicket()), "assign", to); };
    // The engineer: assigned, in progress, waiting and reopened count; resolved, closed,
    // cancelled do not.
    assigned(engineerId);
    acted(engineer, assigned(engineerId), "start");
    acted(engineer, acted(engineer, assigned(engineerId), "start"), "wait", 0, "等客户回复");
    const auto resolve = [&](const proto::Ticket& t) {
        return acted(engineer, acted(engineer, t, "start"), "resolve", 0, "重新审核凭证后结账成功");
    };
    resolve(assigned(engineerId));
    acted(account, resolve(assigned(engineerId)), "close");
    acted(engineer, resolve(assigned(engineerId)), "reopen", 0, "4月又不能结账");
    acted(account, assigned(engineerId), "cancel", 0, "客户自行解决");
    opened(account, newTicket());  // new, nobody's yet
    // The manager took one; another went to them and on to the new engineer.
    assigned(managerId);
    acted(manager, assigned(managerId), "reassign", engineer2.id());
    // The leaver still holds an open ticket, but is disabled.
    assigned(leaver.id());
    proto::Envelope disable;
    disable.mutable_set_user_enabled()->set_user_id(leaver.id());
    disable.mutable_set_user_enabled()->set_enabled(false);
    disable.mutable_set_user_enabled()->set_expected_version(leaver.version());
    ASSERT_TRUE(send(admin, disable).has_user_reply());
    // Shanghai: one open ticket for its engineer.
    const proto::Customer shanghai = created(shAccount, newCustomer("上海恒泰贸易有限公司", shBranch));
    proto::Ticket sh = ticketFor(shanghai, "加密狗不识别", "");
    acted(admin, opened(shAccount, sh), "assign", shEngineer.id());

    using A = std::vector<std::pair<std::string, int>>;
    // By name in pinyin order: 刘洋, 王建国, 张伟. No account managers, no leaver, no Shanghai.
    const A beijing{{"engineer2", 1}, {"manager", 1}, {"engineer", 4}};
    EXPECT_EQ(assignees(manager), beijing);
    EXPECT_EQ(assignees(engineer), beijing);
    EXPECT_EQ(assignees(account), beijing);
    EXPECT_EQ(assignees(shAccount), (A{{"sh.manager", 0}, {"sh.engineer", 1}}));
    // Admins: every branch (孙丽 and 周杰 among them), still no admins or account managers.
    EXPECT_EQ(assignees(admin), (A{{"engineer2", 1}, {"sh.manager", 0}, {"manager", 1}, {"engineer", 4}, {"sh.engineer", 1}}));

    // Who they are, as the picker shows them.
    proto::Envelope request;
    request.mutable_list_assignees();
    const auto reply = send(manager, request);
    ASSERT_EQ(reply.list_assignees_reply().assignees_size(), 3);
    const proto::User& zhang = reply.list_assignees_reply().assignees(2).user();
    EXPECT_EQ(zhang.id(), engineerId);
    EXPECT_EQ(zhang.display_name(), "张伟");
    EXPECT_EQ(zhang.role(), proto::ENGINEER);
    EXPECT_EQ(zhang.branch_id(), bjBranch);
    EXPECT_EQ(zhang.branch_name(), "北京分公司");
    EXPECT_EQ(reply.list_assignees_reply().assignees(1).user().role(), proto::BRANCH_MANAGER);

    // Who the picker offers can indeed be given a ticket; the leaver cannot.
    EXPECT_EQ(act(manager, opened(account, newTicket()), "assign", leaver.id()).error().field(), "assignee_id");
}

// A database no server has seeded yet (this fixture does not): readers get the shipped
// levels without writing anything, since only administrators may store them.
TEST_F(TicketDispatchTest, BeforeTheServiceLevelsAreStoredEveryoneReadsTheShippedOnes)
{
    proto::Envelope request;
    request.mutable_get_service_settings();
    const auto settings = send(engineer, request);
    ASSERT_TRUE(settings.has_service_settings()) << settings.DebugString();
    EXPECT_EQ(settings.service_settings().workday_minutes(), 480);
    EXPECT_EQ(settings.service_settings().rules_size(), 4);
    proto::Envelope yearRequest;
    yearRequest.mutable_get_calendar_year()->set_year(2026);
    const auto year = send(engineer, yearRequest);
    ASSERT_TRUE(year.has_calendar_year()) << year.DebugString();
    EXPECT_GT(year.calendar_year().days_size(), 30);
    EXPECT_EQ(sql("SELECT count(*) FROM service_settings"), "0");
}

}  // namespace
}  // namespace laoke::test
