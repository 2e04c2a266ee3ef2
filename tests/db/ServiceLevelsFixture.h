#pragma once
// Service level tests: the tickets fixture with the service levels stored as the server
// stores them at start (app::ensureServiceLevels), helpers that read and save the settings
// and calendar years through the real Dispatcher, a snapshot of everything a refused save
// must leave alone, and a second "server" (its own Database pool, Services, ServiceLevelCache
// and Dispatcher) on the same database.

#include "TicketsFixture.h"
#include "engine/BusinessDate.h"
#include "engine/ServiceLevels.h"

#include <chrono>
#include <memory>
#include <string>

namespace laoke::test {

class ServiceLevelsFixture : public TicketsFixture {
protected:
    void SetUp() override
    {
        TicketsFixture::SetUp();
        app::ensureServiceLevels(*m_db);  // as ServerApp does before it listens
        adminName = userNamed(admin, "admin").display_name();
    }

    protocol::Envelope getSettings(handlers::ConnectionState& who)
    {
        protocol::Envelope request;
        request.mutable_get_service_settings();
        return send(who, request);
    }

    protocol::ServiceSettings settings(handlers::ConnectionState& who)
    {
        const auto reply = getSettings(who);
        EXPECT_TRUE(reply.has_service_settings()) << reply.DebugString();
        return reply.service_settings();
    }

    protocol::Envelope saveSettings(handlers::ConnectionState& who, const protocol::ServiceSettings& wanted)
    {
        protocol::Envelope request;
        *request.mutable_save_service_settings()->mutable_settings() = wanted;
        return send(who, request);
    }

    /// Saves as admin and returns the stored settings (fails the test on an error).
    protocol::ServiceSettings saved(const protocol::ServiceSettings& wanted)
    {
        const auto reply = saveSettings(admin, wanted);
        EXPECT_TRUE(reply.has_service_settings()) << reply.DebugString();
        return reply.service_settings();
    }

    protocol::Envelope getYear(handlers::ConnectionState& who, int year)
    {
        protocol::Envelope request;
        request.mutable_get_calendar_year()->set_year(year);
        return send(who, request);
    }

    protocol::CalendarYear calendarYear(handlers::ConnectionState& who, int year)
    {
        const auto reply = getYear(who, year);
        EXPECT_TRUE(reply.has_calendar_year()) << reply.DebugString();
        return reply.calendar_year();
    }

    protocol::Envelope saveYear(handlers::ConnectionState& who, const protocol::CalendarYear& year)
    {
        protocol::Envelope request;
        *request.mutable_save_calendar_year()->mutable_year() = year;
        return send(who, request);
    }

    protocol::CalendarYear savedYear(const protocol::CalendarYear& year)
    {
        const auto reply = saveYear(admin, year);
        EXPECT_TRUE(reply.has_calendar_year()) << reply.DebugString();
        return reply.calendar_year();
    }

    /// Everything stored about the service levels, and the audit log's length: a refused
    /// save must leave all of it as it was.
    std::string storedState()
    {
        return sql("SELECT concat((SELECT row_to_json(s) FROM service_settings s), "
                   "(SELECT json_agg(r ORDER BY grade, priority) FROM sla_rules r), "
                   "(SELECT json_agg(y ORDER BY year) FROM calendar_years y), "
                   "(SELECT json_agg(d ORDER BY day) FROM calendar_days d), "
                   "' audit rows: ', (SELECT count(*) FROM audit_log))");
    }

    std::string auditCount(const std::string& action)
    {
        return sql("SELECT count(*) FROM audit_log WHERE action = '" + action + "'");
    }

    /// A ticket of `who` (a customer) at `priority`, opened by the engineer on the hotline.
    protocol::Ticket ticketOf(const protocol::Customer& who, const std::string& priority)
    {
        protocol::Ticket ticket = newTicket();
        ticket.set_customer_id(who.id());
        ticket.set_priority(priority);
        return ticket;
    }

    /// The ticket's clock of `kind` (first_response | resolution); null when it has none.
    static const protocol::SlaClockStatus* clockOf(const protocol::Ticket& ticket, const std::string& kind)
    {
        for (const auto& clock : ticket.sla()) {
            if (clock.kind() == kind) return &clock;
        }
        return nullptr;
    }

    /// The target of that clock in seconds; -1 when the ticket has no such clock.
    static long long targetOf(const protocol::Ticket& ticket, const std::string& kind)
    {
        const auto* clock = clockOf(ticket, kind);
        return clock ? clock->target_seconds() : -1;
    }

    static protocol::SlaRule* ruleIn(protocol::ServiceSettings& settings, const std::string& grade, const std::string& priority)
    {
        for (auto& rule : *settings.mutable_rules()) {
            if (rule.grade() == grade && rule.priority() == priority) return &rule;
        }
        ADD_FAILURE() << "no rule for grade '" << grade << "' and " << priority;
        return settings.add_rules();
    }

    static int thisYear() { return static_cast<int>(std::chrono::year_month_day{engine::chinaToday()}.year()); }

    /// Another server instance on the same database: its own pool, cache and dispatcher.
    struct Server {
        std::unique_ptr<db::Database> database;
        std::unique_ptr<handlers::Services> services;
        std::unique_ptr<handlers::Dispatcher> dispatcher;
    };

    Server anotherServer()
    {
        Server server;
        server.database = std::make_unique<db::Database>(m_database.url(), 2);
        server.services = std::make_unique<handlers::Services>(
            handlers::Services{*server.database, m_hasher, engine::LoginThrottle{}, 3600, "test-2", nullptr});
        server.dispatcher = std::make_unique<handlers::Dispatcher>(*server.services);
        return server;
    }

    protocol::Envelope sendVia(Server& server, handlers::ConnectionState& state, protocol::Envelope request)
    {
        request.set_request_id(++m_requests);
        return server.dispatcher->dispatch(state, request);
    }

    /// A demo user logged in through `server`.
    handlers::ConnectionState loggedInVia(Server& server, const std::string& user)
    {
        handlers::ConnectionState state;
        state.connectionId = "s2-" + user;
        state.peer = "127.0.0.1:2";
        protocol::Envelope hello;
        hello.mutable_hello()->set_protocol_version(protocol::kProtocolVersion);
        sendVia(server, state, hello);
        protocol::Envelope login;
        login.mutable_login()->set_username(user);
        login.mutable_login()->set_password(app::kDemoPassword);
        EXPECT_TRUE(sendVia(server, state, login).has_login_reply());
        return state;
    }

    /// The levels `services`' cache measures with, as a request would get them.
    static std::shared_ptr<const engine::ServiceLevels> levelsOf(handlers::Services& services)
    {
        std::shared_ptr<const engine::ServiceLevels> levels;
        services.database.transact(db::Actor::system(),
                                   [&](db::UnitOfWork& work) { levels = services.serviceLevels->current(work); });
        return levels;
    }

    std::string adminName;
};

}  // namespace laoke::test
