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

}  // namespace
}  // namespace laoke::test
