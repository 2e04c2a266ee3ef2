#pragma once
// Callback and complaint tests: the tickets fixture plus a Shanghai engineer and branch manager
// (the other branch), customers of each grade, and helpers that resolve a ticket, read the
// queue, record calls and read complaint cases through the real Dispatcher.

#include "TicketsFixture.h"

#include <string>
#include <vector>

namespace laoke::test {

class CallbacksFixture : public TicketsFixture {
protected:
    void SetUp() override
    {
        TicketsFixture::SetUp();
        shEngineer = loggedInNewUser("sh.engineer", "周强", protocol::ENGINEER, shBranch);
        shManager = loggedInNewUser("sh.manager", "吴芳", protocol::BRANCH_MANAGER, shBranch);
        contact = addContact(engineer, customer.id(), "刘会计", "13911112222");
    }

    handlers::ConnectionState loggedInNewUser(const std::string& username, const std::string& name, protocol::Role role,
                                              std::int64_t branch)
    {
        protocol::Envelope request;
        auto* create = request.mutable_create_user();
        create->set_username(username);
        create->set_display_name(name);
        create->set_role(role);
        create->set_branch_id(branch);
        create->set_password(app::kDemoPassword);
        EXPECT_TRUE(send(admin, request).has_user_reply());
        sql("UPDATE users SET must_change_password = false WHERE username = '" + username + "'");
        return loggedIn(username);
    }

    void setGrade(const std::string& grade)
    {
        sql("UPDATE customers SET manual_grade = '" + grade + "' WHERE id = " + std::to_string(customer.id()));
    }

    protocol::Envelope saveSample(handlers::ConnectionState& who, int percent)
    {
        protocol::Envelope read;
        read.mutable_get_callback_settings();
        const auto current = send(who, read);
        protocol::Envelope request;
        request.mutable_save_callback_settings()->set_sample_percent(percent);
        request.mutable_save_callback_settings()->set_expected_version(current.callback_settings().version());
        return send(who, request);
    }

    void setSample(int percent) { ASSERT_TRUE(saveSample(admin, percent).has_callback_settings()); }

    /// A ticket of the BJ customer (with its contact) worked by the engineer and resolved.
    protocol::Ticket resolvedTicket(const std::string& subject = "月末结账提示凭证未记账")
    {
        protocol::Ticket t = newTicket();
        t.set_subject(subject);
        t.set_contact_id(contact.id());
        protocol::Ticket ticket = opened(engineer, t);
        ticket = acted(engineer, ticket, "assign", engineerId);
        ticket = acted(engineer, ticket, "start");
        return acted(engineer, ticket, "resolve", 0, "审核并记账后重新结账");
    }

    protocol::Envelope list(handlers::ConnectionState& who, std::int64_t branch = 0, const std::string& number = "")
    {
        protocol::Envelope request;
        request.mutable_list_callbacks()->set_branch_id(branch);
        request.mutable_list_callbacks()->set_ticket_number(number);
        return send(who, request);
    }

    std::vector<protocol::Callback> queue(handlers::ConnectionState& who)
    {
        const protocol::Envelope reply = list(who);
        EXPECT_TRUE(reply.has_list_callbacks_reply()) << reply.DebugString();
        return {reply.list_callbacks_reply().callbacks().begin(), reply.list_callbacks_reply().callbacks().end()};
    }

    /// The ticket's callbacks (any state), newest first.
    std::vector<protocol::Callback> callbacksOf(const protocol::Ticket& ticket)
    {
        const protocol::Envelope reply = list(manager, 0, ticket.number());
        EXPECT_TRUE(reply.has_list_callbacks_reply()) << reply.DebugString();
        return {reply.list_callbacks_reply().callbacks().begin(), reply.list_callbacks_reply().callbacks().end()};
    }

    protocol::Envelope record(handlers::ConnectionState& who, const protocol::Callback& callback, const std::string& outcome,
                              int satisfaction = 0, const std::string& comment = "", bool complaint = false)
    {
        protocol::Envelope request;
        auto* r = request.mutable_record_callback();
        r->set_callback_id(callback.id());
        r->set_expected_version(callback.version());
        r->set_outcome(outcome);
        r->set_satisfaction(satisfaction);
        r->set_comment(comment);
        r->set_complaint(complaint);
        return send(who, request);
    }

    std::vector<protocol::Complaint> complaints(handlers::ConnectionState& who, bool openOnly = false)
    {
        protocol::Envelope request;
        request.mutable_list_complaints()->set_open_only(openOnly);
        const protocol::Envelope reply = send(who, request);
        EXPECT_TRUE(reply.has_list_complaints_reply()) << reply.DebugString();
        return {reply.list_complaints_reply().complaints().begin(), reply.list_complaints_reply().complaints().end()};
    }

    protocol::Envelope complaintAction(handlers::ConnectionState& who, const protocol::Complaint& complaint,
                                       const std::string& action, const std::string& note = "")
    {
        protocol::Envelope request;
        auto* a = request.mutable_complaint_action();
        a->set_complaint_id(complaint.id());
        a->set_expected_version(complaint.version());
        a->set_action(action);
        a->set_note(note);
        return send(who, request);
    }

    handlers::ConnectionState shEngineer, shManager;
    protocol::Contact contact;
};

}  // namespace laoke::test
