// Onsite appointments through the real Dispatcher and PostgreSQL: booking starts the onsite
// clock of a hotline ticket, an engineer's visits never overlap (also when two managers book
// at once), arrival stops the clock, every change is in the ticket's history, and other
// branches see nothing, in the handler and in the database.

#include "TicketsFixture.h"

#include <pqxx/pqxx>

#include <chrono>
#include <string>
#include <thread>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

std::int64_t nowUnix()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

class AppointmentsTest : public TicketsFixture {
protected:
    // A hotline ticket assigned to the engineer.
    proto::Ticket assignedTicket()
    {
        const proto::Ticket ticket = opened(engineer, newTicket());
        return acted(manager, ticket, "assign", engineerId);
    }

    proto::Envelope book(handlers::ConnectionState& who, std::int64_t ticketId, std::int64_t engineer, std::int64_t startsAt,
                         int minutes = 120, const std::string& address = "")
    {
        proto::Envelope request;
        auto* visit = request.mutable_save_appointment()->mutable_appointment();
        visit->set_ticket_id(ticketId);
        visit->set_engineer_id(engineer);
        visit->set_starts_at_unix(startsAt);
        visit->set_duration_minutes(minutes);
        visit->set_address(address);
        return send(who, request);
    }

    proto::OnsiteAppointment booked(handlers::ConnectionState& who, std::int64_t ticketId, std::int64_t engineer,
                                    std::int64_t startsAt, int minutes = 120)
    {
        const auto reply = book(who, ticketId, engineer, startsAt, minutes);
        EXPECT_TRUE(reply.has_appointment_reply()) << reply.DebugString();
        return reply.appointment_reply().appointment();
    }

    proto::Envelope visitAction(handlers::ConnectionState& who, const proto::OnsiteAppointment& visit, const std::string& action,
                                const std::string& reason = "")
    {
        proto::Envelope request;
        auto* a = request.mutable_appointment_action();
        a->set_appointment_id(visit.id());
        a->set_expected_version(visit.version());
        a->set_action(action);
        a->set_reason(reason);
        return send(who, request);
    }

    std::vector<proto::OnsiteAppointment> day(handlers::ConnectionState& who, std::int64_t engineer, bool wholeBranch = false)
    {
        proto::Envelope request;
        auto* list = request.mutable_list_appointments();
        list->set_engineer_id(engineer);
        list->set_whole_branch(wholeBranch);
        list->set_from_unix(nowUnix() - 24 * 3600);
        list->set_to_unix(nowUnix() + 7 * 24 * 3600);
        const proto::Envelope reply = send(who, request);
        EXPECT_TRUE(reply.has_list_appointments_reply()) << reply.DebugString();
        return {reply.list_appointments_reply().appointments().begin(), reply.list_appointments_reply().appointments().end()};
    }

    static const proto::SlaClockStatus* clockOf(const proto::Ticket& ticket, const std::string& kind)
    {
        for (const auto& clock : ticket.sla()) {
            if (clock.kind() == kind) return &clock;
        }
        return nullptr;
    }

    const std::int64_t tomorrow = nowUnix() + 24 * 3600;
};

TEST_F(AppointmentsTest, BookingAHotlineTicketStartsItsOnsiteClockAndArrivalStopsIt)
{
    sql("UPDATE customers SET province = '北京', city = '北京', district = '海淀区', address = '中关村大街 1 号' WHERE id = " +
        std::to_string(customer.id()));
    const proto::Ticket ticket = assignedTicket();
    EXPECT_EQ(clockOf(get(engineer, ticket.id()).ticket(), "onsite_arrival"), nullptr);  // remote first: no visit asked for

    const proto::OnsiteAppointment visit = booked(engineer, ticket.id(), engineerId, tomorrow);
    EXPECT_EQ(visit.state(), "planned");
    EXPECT_EQ(visit.address(), "北京 海淀区 中关村大街 1 号");  // the customer's address on file
    EXPECT_EQ(visit.customer_city(), "北京");
    EXPECT_EQ(visit.duration_minutes(), 120);

    const proto::TicketReply afterBooking = get(engineer, ticket.id());
    EXPECT_NE(afterBooking.ticket().onsite_requested_at_unix(), 0);
    EXPECT_EQ(afterBooking.ticket().next_appointment_unix(), tomorrow);
    EXPECT_GT(afterBooking.ticket().version(), ticket.version());  // boards refetch it
    const auto* running = clockOf(afterBooking.ticket(), "onsite_arrival");
    ASSERT_NE(running, nullptr);
    EXPECT_TRUE(running->state() == "on_track" || running->state() == "at_risk") << running->state();
    const auto& last = afterBooking.events(afterBooking.events_size() - 1);
    EXPECT_EQ(last.kind(), "appointment");
    EXPECT_EQ(last.appointment_change(), "scheduled");
    EXPECT_EQ(last.appointment_starts_unix(), tomorrow);
    EXPECT_FALSE(last.assignee_name().empty());

    const auto arrived = visitAction(engineer, visit, "arrive");
    ASSERT_TRUE(arrived.has_appointment_reply()) << arrived.DebugString();
    EXPECT_EQ(arrived.appointment_reply().appointment().state(), "arrived");
    const proto::Ticket afterArrival = get(engineer, ticket.id()).ticket();
    EXPECT_NE(afterArrival.onsite_arrived_at_unix(), 0);
    EXPECT_EQ(afterArrival.next_appointment_unix(), 0);  // nothing planned any more
    EXPECT_EQ(clockOf(afterArrival, "onsite_arrival")->state(), "met");
    // Arriving started the work: the assigned ticket is in progress, in its history as a start.
    EXPECT_EQ(afterArrival.state(), "in_progress");
    EXPECT_EQ(sql("SELECT count(*) FROM ticket_events WHERE kind = 'action' AND action = 'start' AND ticket_id = " + std::to_string(ticket.id())), "1");

    const auto finished = visitAction(engineer, arrived.appointment_reply().appointment(), "finish");
    ASSERT_TRUE(finished.has_appointment_reply()) << finished.DebugString();
    EXPECT_NE(finished.appointment_reply().appointment().finished_at_unix(), 0);
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action LIKE 'appointment.%'"), "3");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'ticket.start'"), "1");
}

TEST_F(AppointmentsTest, AnOnsiteTicketsClockRunsFromItsOpening)
{
    const proto::Ticket ticket = opened(engineer, newTicket("onsite"));
    EXPECT_EQ(ticket.onsite_requested_at_unix(), ticket.opened_at_unix());
    ASSERT_NE(clockOf(ticket, "onsite_arrival"), nullptr);
}

TEST_F(AppointmentsTest, AnEngineersVisitsNeverOverlap)
{
    const proto::Ticket first = assignedTicket();
    const proto::Ticket second = assignedTicket();
    const proto::OnsiteAppointment morning = booked(manager, first.id(), engineerId, tomorrow, 120);

    const auto clash = book(manager, second.id(), engineerId, tomorrow + 3600, 60);
    EXPECT_EQ(errorOf(clash), proto::VALIDATION_FAILED);
    EXPECT_EQ(clash.error().field(), "starts_at_unix");
    EXPECT_NE(clash.error().message().find(first.number()), std::string::npos) << clash.error().message();
    // Right after it is fine, and so is someone else at the same time.
    EXPECT_TRUE(book(manager, second.id(), engineerId, tomorrow + 7200, 60).has_appointment_reply());
    EXPECT_TRUE(book(manager, second.id(), managerId, tomorrow + 3600, 60).has_appointment_reply());

    // A cancelled visit frees the time.
    const auto cancelled = visitAction(manager, morning, "cancel", "客户改约");
    ASSERT_TRUE(cancelled.has_appointment_reply()) << cancelled.DebugString();
    EXPECT_TRUE(book(manager, second.id(), engineerId, tomorrow + 1800, 60).has_appointment_reply());
    EXPECT_EQ(day(engineer, 0).size(), 2u);  // the cancelled one is left out
}

TEST_F(AppointmentsTest, ADaysRouteSaysTheRoadToEachVisit)
{
    // The engineer lives in 北京; the first customer entered its place in 通州, the second is
    // known only as 天津.
    proto::Envelope profile;
    profile.mutable_save_engineer_profile()->mutable_profile()->set_user_id(engineerId);
    profile.mutable_save_engineer_profile()->mutable_profile()->set_home_city("北京");
    ASSERT_TRUE(send(manager, profile).has_engineer_profile_reply());
    customer.mutable_location()->set_latitude(39.91);
    customer.mutable_location()->set_longitude(116.66);
    ASSERT_TRUE(saveCustomer(account, customer).has_customer_reply());
    auto tianjin = newCustomer("天津滨海精工有限公司");
    tianjin.set_province("天津");
    tianjin.set_city("天津");
    tianjin = created(account, tianjin);
    proto::Ticket inTianjin = newTicket();
    inTianjin.set_customer_id(tianjin.id());
    inTianjin = acted(manager, opened(engineer, inTianjin), "assign", engineerId);

    // Tomorrow, China time: 09:00 in 通州, 11:30 in 天津.
    const std::int64_t nine = ((nowUnix() + 8 * 3600) / 86400 + 1) * 86400 - 8 * 3600 + 9 * 3600;
    booked(manager, assignedTicket().id(), engineerId, nine, 120);
    booked(manager, inTianjin.id(), engineerId, nine + 150 * 60, 60);

    const auto route = day(engineer, 0);
    ASSERT_EQ(route.size(), 2u);
    EXPECT_NEAR(route[0].leg_km(), 28, 5);  // from home, the 北京 centre, to the customer's own place
    EXPECT_EQ(route[0].leg_minutes(), route[0].leg_km() + 20);
    EXPECT_NEAR(route[1].leg_km(), 134, 15);  // from 通州 on to 天津
    EXPECT_GT(route[1].leg_minutes(), 150);   // more than the 30 minutes the day leaves for it
    // The branch's day plan has the same legs; a ticket's own visits are no route.
    EXPECT_EQ(day(manager, 0, true)[1].leg_km(), route[1].leg_km());
    proto::Envelope byTicket;
    byTicket.mutable_list_appointments()->set_ticket_id(inTianjin.id());
    EXPECT_EQ(send(manager, byTicket).list_appointments_reply().appointments(0).leg_km(), 0);
}

TEST_F(AppointmentsTest, TwoManagersBookingTheSameEngineerAtOnceCannotBothWin)
{
    const proto::Ticket first = assignedTicket();
    const proto::Ticket second = assignedTicket();
    handlers::ConnectionState other = loggedIn("manager");
    proto::Envelope a, b;
    std::thread one([&] { a = book(manager, first.id(), engineerId, tomorrow, 120); });
    std::thread two([&] { b = book(other, second.id(), engineerId, tomorrow + 1800, 120); });
    one.join();
    two.join();
    EXPECT_NE(a.has_appointment_reply(), b.has_appointment_reply()) << a.DebugString() << b.DebugString();
    EXPECT_EQ(day(engineer, 0).size(), 1u);
}

TEST_F(AppointmentsTest, BadBookingsAreRefusedAndChangeNothing)
{
    const proto::Ticket ticket = assignedTicket();
    EXPECT_EQ(errorOf(book(engineer, ticket.id(), engineerId, tomorrow, 10)), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(book(engineer, ticket.id(), engineerId, tomorrow, 13 * 60)), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(book(engineer, ticket.id(), engineerId, nowUnix() - 3 * 24 * 3600)), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(book(engineer, ticket.id(), engineerId, nowUnix() + 200 * 24 * 3600)), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(book(engineer, ticket.id(), accountId, tomorrow)), proto::FORBIDDEN);  // only managers book others
    EXPECT_EQ(errorOf(book(manager, ticket.id(), accountId, tomorrow)), proto::VALIDATION_FAILED);  // not an engineer
    EXPECT_EQ(errorOf(book(account, ticket.id(), engineerId, tomorrow)), proto::FORBIDDEN);  // account managers do not book
    const proto::Ticket resolved = acted(engineer, acted(engineer, ticket, "start"), "resolve", 0, "远程重装加密狗驱动");
    EXPECT_EQ(errorOf(book(engineer, resolved.id(), engineerId, tomorrow)), proto::VALIDATION_FAILED);
    EXPECT_EQ(sql("SELECT count(*) FROM ticket_appointments"), "0");
    EXPECT_EQ(sql("SELECT count(*) FROM ticket_events WHERE kind = 'appointment'"), "0");
}

TEST_F(AppointmentsTest, MovingAVisitChecksTheVersionAndTheState)
{
    const proto::Ticket ticket = assignedTicket();
    const proto::OnsiteAppointment visit = booked(manager, ticket.id(), engineerId, tomorrow);
    proto::Envelope move;
    auto* request = move.mutable_save_appointment();
    *request->mutable_appointment() = visit;
    request->mutable_appointment()->set_starts_at_unix(tomorrow + 3 * 3600);
    request->set_expected_version(visit.version());
    const auto moved = send(manager, move);
    ASSERT_TRUE(moved.has_appointment_reply()) << moved.DebugString();
    EXPECT_EQ(moved.appointment_reply().appointment().starts_at_unix(), tomorrow + 3 * 3600);
    EXPECT_EQ(get(manager, ticket.id()).ticket().next_appointment_unix(), tomorrow + 3 * 3600);

    // The same move again, from the version read before: someone changed it meanwhile.
    EXPECT_EQ(errorOf(send(manager, move)), proto::CONFLICT);
    // Arrived visits are not moved, and a visit is only finished after arriving.
    EXPECT_EQ(errorOf(visitAction(manager, moved.appointment_reply().appointment(), "finish")), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(visitAction(manager, moved.appointment_reply().appointment(), "cancel")), proto::VALIDATION_FAILED);  // no reason
    const auto arrived = visitAction(engineer, moved.appointment_reply().appointment(), "arrive");
    ASSERT_TRUE(arrived.has_appointment_reply());
    *request->mutable_appointment() = arrived.appointment_reply().appointment();
    request->set_expected_version(arrived.appointment_reply().appointment().version());
    EXPECT_EQ(errorOf(send(manager, move)), proto::VALIDATION_FAILED);

    const proto::TicketReply history = get(manager, ticket.id());
    std::vector<std::string> changes;
    for (const auto& event : history.events()) {
        if (event.kind() == "appointment") changes.push_back(event.appointment_change());
    }
    EXPECT_EQ(changes, (std::vector<std::string>{"scheduled", "rescheduled", "arrived"}));
}

TEST_F(AppointmentsTest, OtherBranchesSeeNoVisitsInTheHandlerOrTheDatabase)
{
    const proto::Ticket ticket = assignedTicket();
    booked(manager, ticket.id(), engineerId, tomorrow);
    EXPECT_EQ(day(manager, 0, true).size(), 1u);  // the branch's day plan
    EXPECT_EQ(errorOf(book(engineer, ticket.id(), engineerId, tomorrow)), proto::VALIDATION_FAILED);  // own overlap

    proto::Envelope byTicket;
    byTicket.mutable_list_appointments()->set_ticket_id(ticket.id());
    EXPECT_EQ(send(shAccount, byTicket).list_appointments_reply().appointments_size(), 0);
    EXPECT_EQ(send(account, byTicket).list_appointments_reply().appointments_size(), 1);
    proto::Envelope plan;
    plan.mutable_list_appointments()->set_whole_branch(true);
    plan.mutable_list_appointments()->set_from_unix(nowUnix());
    plan.mutable_list_appointments()->set_to_unix(nowUnix() + 3600);
    EXPECT_EQ(errorOf(send(engineer, plan)), proto::FORBIDDEN);

    pqxx::connection connection(m_database.url());
    pqxx::work work(connection);
    work.exec("SET ROLE laoke_app");
    work.exec_params("SELECT set_config('laoke.role', 'engineer', true), set_config('laoke.branch_id', $1, true)",
                     std::to_string(shBranch));
    EXPECT_EQ(work.exec("SELECT count(*) FROM ticket_appointments")[0][0].as<int>(), 0);
    work.exec_params("SELECT set_config('laoke.branch_id', $1, true)", std::to_string(bjBranch));
    EXPECT_EQ(work.exec("SELECT count(*) FROM ticket_appointments")[0][0].as<int>(), 1);
    EXPECT_THROW(work.exec("DELETE FROM ticket_appointments"), pqxx::insufficient_privilege);
}

}  // namespace
}  // namespace laoke::test
