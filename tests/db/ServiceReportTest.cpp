// The service reports, through the real Dispatcher on a real PostgreSQL: what the branch
// manager reads after a few tickets were worked (compliance, first-contact resolution, the
// time buckets, the callback score and the complaint), that a reopen takes a ticket out of the
// figures until it is resolved again, who may read which branch, and that bad periods are
// refused with a clear reason.

#include "CallbacksFixture.h"
#include "engine/BusinessDate.h"

#include <chrono>
#include <string>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;
using std::chrono::days;

class ServiceReportTest : public CallbacksFixture {
protected:
    proto::Envelope report(handlers::ConnectionState& who, std::int64_t branch = 0, int daysBack = 7, int daysAhead = 0)
    {
        const auto today = engine::chinaToday();
        proto::Envelope request;
        auto* r = request.mutable_service_report();
        r->set_from_date(engine::formatIsoDate(today - days(daysBack)));
        r->set_to_date(engine::formatIsoDate(today + days(daysAhead)));
        r->set_branch_id(branch);
        return send(who, request);
    }

    static const proto::ServiceReportGroup* group(const proto::ServiceReportReply& reply, const std::string& dimension,
                                                  const std::string& label = "")
    {
        for (const auto& g : reply.groups()) {
            if (g.dimension() == dimension && (label.empty() || g.label() == label)) return &g;
        }
        return nullptr;
    }

    std::int64_t categoryId(const std::string& code)
    {
        return std::stoll(sql("SELECT id FROM ticket_categories WHERE code = '" + code + "'"));
    }

    // Worked by whoever takes it: `owner` opens it, hands it to `worker`, who starts and resolves it.
    proto::Ticket worked(handlers::ConnectionState& owner, handlers::ConnectionState& worker, std::int64_t workerId,
                         const std::string& category = "month_end.cannot_close")
    {
        proto::Ticket t = newTicket();
        t.set_category_id(categoryId(category));
        t.set_contact_id(contact.id());
        proto::Ticket ticket = opened(owner, t);
        ticket = acted(owner, ticket, "assign", workerId);
        ticket = acted(worker, ticket, "start");
        return acted(worker, ticket, "resolve", 0, "审核并记账后重新结账");
    }
};

TEST_F(ServiceReportTest, TheManagerReadsComplianceFirstContactScoresAndComplaints)
{
    setSample(0);
    setGrade("A");  // grade A: every resolution gets a callback, and the reports group by it
    const proto::Ticket solo = worked(engineer, engineer, engineerId);                      // first contact
    const proto::Ticket handedOn = worked(manager, engineer, engineerId, "vouchers.numbering");  // taken by the manager
    // A ticket that waited far too long: opened three weeks ago (both clocks missed).
    proto::Ticket late = opened(engineer, [&] {
        proto::Ticket t = newTicket();
        t.set_category_id(categoryId("month_end.cannot_close"));
        return t;
    }());
    sql("UPDATE tickets SET opened_at = now() - interval '21 days' WHERE id = " + std::to_string(late.id()));
    late = get(engineer, late.id()).ticket();
    late = acted(engineer, late, "assign", engineerId);
    late = acted(engineer, late, "start");
    late = acted(engineer, late, "resolve", 0, "重新引入账套");

    // The customer of the first is unhappy: the callback's 2 opens a complaint.
    const auto call = record(manager, callbacksOf(solo).at(0), "reached", 2, "等了很久");
    ASSERT_TRUE(call.has_record_callback_reply()) << call.DebugString();
    ASSERT_TRUE(record(manager, callbacksOf(handedOn).at(0), "reached", 5).has_record_callback_reply());

    const proto::Envelope envelope = report(manager);
    ASSERT_TRUE(envelope.has_service_report_reply()) << envelope.DebugString();
    const proto::ServiceReportReply& reply = envelope.service_report_reply();
    EXPECT_EQ(reply.branch_id(), bjBranch) << "a manager's report is their branch's";

    const auto* total = group(reply, "total");
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(reply.groups(0).dimension(), "total") << "the whole period comes first";
    EXPECT_EQ(total->resolved(), 3);
    EXPECT_EQ(total->first_contact(), 2) << "the manager's hand-off is not a first-contact resolution";
    EXPECT_EQ(total->with_targets(), 3);
    EXPECT_EQ(total->all_met(), 2) << "the three-week-old ticket missed its targets";
    EXPECT_EQ(total->response_targets(), 3);
    EXPECT_EQ(total->response_met(), 2);
    EXPECT_EQ(total->resolution_targets(), 3);
    EXPECT_EQ(total->resolution_met(), 2);
    EXPECT_EQ(total->rated(), 2);
    EXPECT_EQ(total->satisfaction_sum(), 7);
    EXPECT_EQ(total->complaints(), 1);
    // Three weeks hold at least ten working days of eight hours, holidays or not.
    const long long lateSeconds = std::stoll(
        sql("SELECT resolution_seconds FROM ticket_resolutions WHERE ticket_id = " + std::to_string(late.id())));
    EXPECT_GE(lateSeconds, 10 * 8 * 3600);
    // Answered within 30 minutes and resolved within 16 working hours: all but the late one.
    EXPECT_EQ(reply.quick_response_seconds(), 30 * 60);
    EXPECT_EQ(reply.quick_resolution_seconds(), 16 * 3600);
    EXPECT_EQ(total->quick_responses(), 2);
    EXPECT_EQ(total->quick_resolutions(), 2);

    const auto* engineerRow = group(reply, "engineer", "张伟");
    ASSERT_NE(engineerRow, nullptr) << envelope.DebugString();
    EXPECT_EQ(engineerRow->id(), engineerId);
    EXPECT_EQ(engineerRow->resolved(), 3);
    const auto* monthEnd = group(reply, "category", "月末结账");
    ASSERT_NE(monthEnd, nullptr) << "grouped by the top of the category tree";
    EXPECT_EQ(monthEnd->label_en(), "Month-end close");
    EXPECT_EQ(monthEnd->resolved(), 2);
    EXPECT_EQ(monthEnd->all_met(), 1);
    const auto* vouchers = group(reply, "category", "凭证");
    ASSERT_NE(vouchers, nullptr);
    EXPECT_EQ(vouchers->resolved(), 1);
    const auto* gradeA = group(reply, "grade", "A");
    ASSERT_NE(gradeA, nullptr);
    EXPECT_EQ(gradeA->resolved(), 3);
    const auto* branch = group(reply, "branch");
    ASSERT_NE(branch, nullptr);
    EXPECT_EQ(branch->id(), bjBranch);

    // Every resolved ticket falls in exactly one bucket of each clock; the late one in the last.
    int responses = 0, resolutions = 0;
    for (const auto& bucket : reply.time_buckets()) {
        (bucket.clock() == "first_response" ? responses : resolutions) += bucket.tickets();
    }
    EXPECT_EQ(responses, 3);
    EXPECT_EQ(resolutions, 3);
    EXPECT_EQ(reply.time_buckets(reply.time_buckets_size() - 1).upper_seconds(), 0) << "the open-ended bucket is last";
    EXPECT_EQ(reply.time_buckets(reply.time_buckets_size() - 1).tickets(), 1);

    EXPECT_EQ(reply.trend_unit(), "week");
    int twos = 0, fives = 0;
    for (const auto& period : reply.satisfaction_trend()) {
        ASSERT_EQ(period.counts_size(), 5);
        twos += period.counts(1);
        fives += period.counts(4);
    }
    EXPECT_EQ(twos, 1);
    EXPECT_EQ(fives, 1);

    ASSERT_EQ(reply.complaints_size(), 1);
    EXPECT_EQ(reply.complaints_total(), 1);
    EXPECT_EQ(reply.complaints(0).ticket_number(), solo.number());
    EXPECT_EQ(reply.complaints(0).customer_name(), "北京海淀科技有限公司");
    EXPECT_EQ(reply.complaints(0).satisfaction(), 2);
    EXPECT_EQ(reply.complaints(0).state(), "open");
    EXPECT_EQ(reply.complaints(0).engineer_name(), "张伟");
}

TEST_F(ServiceReportTest, AReopenTakesTheTicketOutUntilItIsResolvedAgain)
{
    setSample(0);
    proto::Ticket ticket = worked(engineer, engineer, engineerId);
    EXPECT_EQ(group(report(manager).service_report_reply(), "total")->resolved(), 1);

    ticket = acted(engineer, ticket, "reopen", 0, "客户说还是不能结账");
    EXPECT_EQ(group(report(manager).service_report_reply(), "total")->resolved(), 0);

    ticket = acted(engineer, ticket, "start");
    ticket = acted(engineer, ticket, "resolve", 0, "期间损益结转后可以结账");
    const proto::Envelope again = report(manager);
    const auto* total = group(again.service_report_reply(), "total");
    EXPECT_EQ(total->resolved(), 1);
    EXPECT_EQ(total->first_contact(), 0) << "a reopened ticket was not solved at first contact";
}

TEST_F(ServiceReportTest, EachReadsOnlyWhatTheirRoleAndBranchAllow)
{
    setSample(0);
    worked(engineer, engineer, engineerId);

    // The Shanghai manager's report is Shanghai's: empty, and Beijing's is refused.
    const proto::Envelope shanghai = report(shManager);
    ASSERT_TRUE(shanghai.has_service_report_reply()) << shanghai.DebugString();
    EXPECT_EQ(group(shanghai.service_report_reply(), "total")->resolved(), 0);
    EXPECT_EQ(report(shManager, bjBranch).error().code(), proto::FORBIDDEN);
    // Row-level security would hide Beijing's rows even if the check were missing.
    EXPECT_EQ(sql("SET ROLE laoke_app; SET laoke.role = 'branch_manager'; SET laoke.branch_id = '" +
                  std::to_string(shBranch) + "'; SELECT count(*) FROM ticket_resolutions"),
              "0");

    // Engineers and account managers do not read reports.
    EXPECT_EQ(report(engineer).error().code(), proto::FORBIDDEN);
    EXPECT_EQ(report(account).error().code(), proto::FORBIDDEN);

    // An administrator reads every branch, or one.
    EXPECT_EQ(group(report(admin).service_report_reply(), "total")->resolved(), 1);
    EXPECT_EQ(report(admin).service_report_reply().branch_id(), 0);
    EXPECT_EQ(group(report(admin, shBranch).service_report_reply(), "total")->resolved(), 0);
    EXPECT_EQ(report(admin, 999999).error().code(), proto::NOT_FOUND);
}

TEST_F(ServiceReportTest, BadPeriodsAreRefusedWithTheReason)
{
    proto::Envelope request;
    auto* r = request.mutable_service_report();
    r->set_from_date("2026-13-01");
    r->set_to_date("2026-12-31");
    auto reply = send(manager, request);
    EXPECT_EQ(reply.error().code(), proto::VALIDATION_FAILED);
    EXPECT_EQ(reply.error().field(), "from_date");

    r->set_from_date("2026-06-01");
    r->set_to_date("2026-05-31");
    reply = send(manager, request);
    EXPECT_EQ(reply.error().field(), "to_date");
    EXPECT_NE(reply.error().message().find("ends before it starts"), std::string::npos);

    r->set_from_date("2025-01-01");
    r->set_to_date("2026-01-02");
    reply = send(manager, request);
    EXPECT_EQ(reply.error().code(), proto::VALIDATION_FAILED);
    EXPECT_NE(reply.error().message().find("366 days"), std::string::npos);

    // A whole year is fine, and read by month; nothing was resolved in it.
    r->set_from_date("2025-01-01");
    r->set_to_date("2025-12-31");
    reply = send(manager, request);
    ASSERT_TRUE(reply.has_service_report_reply()) << reply.DebugString();
    EXPECT_EQ(reply.service_report_reply().trend_unit(), "month");
    EXPECT_EQ(group(reply.service_report_reply(), "total")->resolved(), 0);
    EXPECT_EQ(reply.service_report_reply().complaints_size(), 0);
}

}  // namespace
}  // namespace laoke::test
