#pragma once
// Service ticket tests: the customers fixture (branches BJ and SH, the demo accounts, a
// catalogue) plus the branch manager, the users' ids, one BJ customer, and helpers that open
// tickets, act on them and read them back through the real Dispatcher.

#include "CustomersFixture.h"

#include <string>
#include <vector>

namespace laoke::test {

class TicketsFixture : public CustomersFixture {
protected:
    void SetUp() override
    {
        CustomersFixture::SetUp();
        manager = loggedIn("manager");
        engineerId = userNamed(admin, "engineer").id();
        managerId = userNamed(admin, "manager").id();
        accountId = userNamed(admin, "account").id();
        shAccountId = userNamed(admin, "sh.account").id();
        customer = created(account, newCustomer("北京海淀科技有限公司"));
    }

    protocol::Ticket newTicket(const std::string& channel = "hotline")
    {
        protocol::Ticket ticket;
        ticket.set_customer_id(customer.id());
        ticket.set_channel(channel);
        ticket.set_subject("月末结账提示凭证未记账");
        ticket.set_description("财务说3月不能结账");
        return ticket;
    }

    protocol::Envelope create(handlers::ConnectionState& who, const protocol::Ticket& ticket)
    {
        protocol::Envelope request;
        *request.mutable_create_ticket()->mutable_ticket() = ticket;
        return send(who, request);
    }

    protocol::Ticket opened(handlers::ConnectionState& who, const protocol::Ticket& ticket)
    {
        const auto reply = create(who, ticket);
        EXPECT_TRUE(reply.has_ticket_reply()) << reply.DebugString();
        return reply.ticket_reply().ticket();
    }

    protocol::Envelope act(handlers::ConnectionState& who, const protocol::Ticket& ticket, const std::string& action,
                           std::int64_t assignee = 0, const std::string& note = "")
    {
        protocol::Envelope request;
        auto* a = request.mutable_ticket_action();
        a->set_ticket_id(ticket.id());
        a->set_expected_version(ticket.version());
        a->set_action(action);
        a->set_assignee_id(assignee);
        a->set_note(note);
        return send(who, request);
    }

    /// Acts and returns the changed ticket (fails the test on an error).
    protocol::Ticket acted(handlers::ConnectionState& who, const protocol::Ticket& ticket, const std::string& action,
                           std::int64_t assignee = 0, const std::string& note = "")
    {
        const auto reply = act(who, ticket, action, assignee, note);
        EXPECT_TRUE(reply.has_ticket_reply()) << action << ": " << reply.DebugString();
        return reply.ticket_reply().ticket();
    }

    protocol::TicketReply get(handlers::ConnectionState& who, std::int64_t id)
    {
        protocol::Envelope request;
        request.mutable_get_ticket()->set_ticket_id(id);
        return send(who, request).ticket_reply();
    }

    std::vector<std::string> eventActions(handlers::ConnectionState& who, std::int64_t id)
    {
        std::vector<std::string> out;
        const protocol::TicketReply reply = get(who, id);  // not a member of a temporary: it would dangle
        for (const auto& event : reply.events()) out.push_back(event.kind() == "action" ? event.action() : event.kind());
        return out;
    }

    handlers::ConnectionState manager;
    std::int64_t engineerId = 0, managerId = 0, accountId = 0, shAccountId = 0;
    protocol::Customer customer;
};

}  // namespace laoke::test
