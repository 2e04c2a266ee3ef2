// The SLA watch on a real PostgreSQL: a ticket resolved after its deadline before any sweep
// saw it open still has its breaches recorded by the next sweep (the reports and the history
// count them), once however many sweeps follow; a ticket resolved in time records nothing.

#include "TicketsFixture.h"
#include "db/SlaWatch.h"

#include <chrono>
#include <string>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class SlaWatchTest : public TicketsFixture {
protected:
    proto::Ticket resolvedNow(const std::string& openedAgo)
    {
        proto::Ticket ticket = opened(engineer, newTicket());
        sql("UPDATE tickets SET opened_at = now() - interval '" + openedAgo + "' WHERE id = " + std::to_string(ticket.id()));
        ticket = get(engineer, ticket.id()).ticket();
        ticket = acted(engineer, ticket, "assign", engineerId);
        ticket = acted(engineer, ticket, "start");
        return acted(engineer, ticket, "resolve", 0, "重新引入账套后可以结账");
    }

    std::string recorded(const proto::Ticket& ticket)
    {
        return sql("SELECT coalesce(string_agg(clock || ':' || level, ',' ORDER BY clock, level), '') "
                   "FROM ticket_sla_events WHERE ticket_id = " + std::to_string(ticket.id()));
    }

    std::size_t sweep()
    {
        db::SlaWatch watch(*m_db, *m_services->serviceLevels, std::chrono::seconds(60));
        return watch.sweep();
    }
};

TEST_F(SlaWatchTest, ALateResolutionBetweenSweepsIsStillRecordedOnce)
{
    const proto::Ticket late = resolvedNow("21 days");
    const proto::Ticket quick = resolvedNow("1 minute");
    EXPECT_EQ(recorded(late), "") << "nothing swept yet";

    EXPECT_GE(sweep(), 4u);
    EXPECT_EQ(recorded(late), "first_response:breach,first_response:warning,resolution:breach,resolution:warning");
    EXPECT_EQ(recorded(quick), "") << "resolved in time: no warning, no breach";
    EXPECT_EQ(sweep(), 0u) << "each crossing is recorded once";
}

// Three days after the resolution, a ticket with no callback pending is closed by the server
// (it leaves the owner's list); one whose callback still waits stays resolved for the call.
TEST_F(SlaWatchTest, SettledResolutionsAreClosedAfterThreeDaysButNotThoseAwaitingACallback)
{
    sql("UPDATE callback_settings SET sample_percent = 0");
    const proto::Ticket settled = resolvedNow("4 days");
    const proto::Ticket recent = resolvedNow("1 hour");
    sql("UPDATE customers SET manual_grade = 'A' WHERE id = " + std::to_string(customer.id()));  // A: always called back
    const proto::Ticket awaiting = resolvedNow("4 days");
    ASSERT_EQ(sql("SELECT count(*) FROM callbacks WHERE state = 'pending' AND ticket_id = " + std::to_string(awaiting.id())), "1");
    for (const auto& ticket : {settled, awaiting}) {
        sql("UPDATE tickets SET resolved_at = now() - interval '73 hours' WHERE id = " + std::to_string(ticket.id()));
    }

    db::SlaWatch watch(*m_db, *m_services->serviceLevels, std::chrono::seconds(60));
    EXPECT_EQ(watch.closeSettled(), 1u);
    const proto::TicketReply closed = get(engineer, settled.id());
    EXPECT_EQ(closed.ticket().state(), "closed");
    EXPECT_GT(closed.ticket().version(), settled.version());  // the screens hear of it
    const auto& last = closed.events(closed.events_size() - 1);
    EXPECT_EQ(last.action(), "close");
    EXPECT_EQ(last.actor_name(), "");  // the system, not a person
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'ticket.close' AND object_id = " + std::to_string(settled.id())),
              "1");
    EXPECT_EQ(get(engineer, recent.id()).ticket().state(), "resolved") << "not three days yet";
    EXPECT_EQ(get(engineer, awaiting.id()).ticket().state(), "resolved") << "its callback closes it";
    EXPECT_EQ(watch.closeSettled(), 0u);
    // Closed, it can still be reopened when the customer calls again.
    EXPECT_EQ(acted(engineer, closed.ticket(), "reopen", 0, "又出现了").state(), "reopened");
}

}  // namespace
}  // namespace laoke::test
