// Correcting a ticket after it was logged, through the real Dispatcher on a real PostgreSQL:
// what a correction changes and how the work log tells it, who may correct what (the priority
// is the branch manager's), the SLA following a new priority, and everything a correction is
// refused for leaving the ticket as it was.

#include "TicketsFixture.h"
#include "engine/SlaPolicy.h"

#include <string>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class TicketEditTest : public TicketsFixture {
protected:
    void SetUp() override
    {
        TicketsFixture::SetUp();
        contact = addContact(account, customer.id(), "刘会计", "13911112222");
        proto::Envelope install;
        auto* p = install.mutable_save_installed_product()->mutable_installed_product();
        p->set_customer_id(customer.id());
        p->set_product_version_id(currentVersionId);
        p->add_module_ids(moduleLedger);
        p->add_module_ids(moduleReports);
        p->set_seats(5);
        p->set_licence_type("dongle");
        p->set_service_end_on("2030-12-31");
        const auto reply = send(account, install);
        ASSERT_TRUE(reply.has_installed_product_reply()) << reply.DebugString();
        product = reply.installed_product_reply().installed_product();
        // An old installation whose service ended: work on it is billable.
        p->set_product_version_id(oldVersionId);
        p->clear_module_ids();
        p->set_service_end_on("2024-06-30");
        const auto old = send(account, install);
        ASSERT_TRUE(old.has_installed_product_reply()) << old.DebugString();
        expiredProduct = old.installed_product_reply().installed_product();
        numbering = categoryId("vouchers.numbering");
        cannotClose = categoryId("month_end.cannot_close");
    }

    std::int64_t categoryId(const std::string& code)
    {
        return std::stoll(sql("SELECT id FROM ticket_categories WHERE code = '" + code + "'"));
    }

    proto::Envelope update(handlers::ConnectionState& who, const proto::Ticket& ticket, const proto::Ticket& fields)
    {
        proto::Envelope request;
        auto* u = request.mutable_update_ticket();
        u->set_ticket_id(ticket.id());
        u->set_expected_version(ticket.version());
        *u->mutable_ticket() = fields;
        return send(who, request);
    }

    std::string version(const proto::Ticket& ticket)
    {
        return sql("SELECT version FROM tickets WHERE id = " + std::to_string(ticket.id()));
    }

    proto::Contact contact;
    proto::InstalledProduct product, expiredProduct;
    std::int64_t numbering = 0, cannotClose = 0;
};

TEST_F(TicketEditTest, AnOpenTicketIsCorrectedAndTheLogSaysWhatChanged)
{
    proto::Ticket logged = newTicket();
    logged.set_installed_product_id(expiredProduct.id());
    const proto::Ticket ticket = opened(engineer, logged);
    EXPECT_TRUE(ticket.billable()) << "the product named had no service any more";
    const proto::TicketReply before = get(engineer, ticket.id());
    EXPECT_EQ(std::vector<std::string>(before.editable_fields().begin(), before.editable_fields().end()),
              (std::vector<std::string>{"subject", "description", "contact", "product", "category"}))
        << "the first responder corrects everything but the priority";

    proto::Ticket fields = ticket;
    fields.set_subject("  凭证断号，整理凭证后仍不连续  ");
    fields.set_description("财务说3月凭证号从0045跳到0047");
    fields.set_contact_id(contact.id());
    fields.set_installed_product_id(product.id());
    fields.set_module_id(moduleReports);
    fields.set_category_id(numbering);
    const auto reply = update(engineer, ticket, fields);
    ASSERT_TRUE(reply.has_ticket_reply()) << reply.DebugString();
    const proto::Ticket& t = reply.ticket_reply().ticket();
    EXPECT_EQ(t.subject(), "凭证断号，整理凭证后仍不连续") << "trimmed like a new ticket's";
    EXPECT_EQ(t.contact_name(), "刘会计");
    EXPECT_EQ(t.product_name(), product.product_line_name() + " " + product.product_version_name());
    EXPECT_FALSE(t.module_name().empty());
    EXPECT_EQ(t.category_id(), numbering);
    EXPECT_FALSE(t.billable()) << "the product it really is has service until 2030";
    EXPECT_EQ(t.version(), ticket.version() + 1);
    EXPECT_EQ(t.state(), "new") << "a correction is not a transition";

    const auto& events = reply.ticket_reply().events();
    ASSERT_EQ(events.size(), 2);
    const proto::TicketEvent& edited = events[1];
    EXPECT_EQ(edited.kind(), "edited");
    EXPECT_FALSE(edited.actor_name().empty());
    std::vector<std::string> changed;
    for (const auto& c : edited.changes()) changed.push_back(c.field());
    EXPECT_EQ(changed, (std::vector<std::string>{"subject", "description", "contact", "product", "module", "category"}));
    EXPECT_EQ(edited.changes(3).from(), expiredProduct.product_line_name() + " " + expiredProduct.product_version_name());
    EXPECT_EQ(edited.changes(0).from(), "月末结账提示凭证未记账");
    EXPECT_EQ(edited.changes(0).to(), "凭证断号，整理凭证后仍不连续");
    EXPECT_EQ(edited.changes(2).from(), "");
    EXPECT_EQ(edited.changes(2).to(), "刘会计");
    EXPECT_EQ(edited.changes(2).to_id(), contact.id());
    EXPECT_EQ(edited.changes(5).from_id(), 0);
    EXPECT_EQ(edited.changes(5).to_id(), numbering);
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'ticket.edit' AND object_id = " + std::to_string(t.id())), "1");

    // The similar-ticket suggestion reads the corrected text from now on.
    EXPECT_EQ(sql("SELECT text_keys IS NOT NULL AND cardinality(text_keys) > 0 FROM tickets WHERE id = " + std::to_string(t.id())),
              "t");

    // Sending the ticket as it is changes nothing: no version, no log line.
    const auto same = update(engineer, t, t);
    ASSERT_TRUE(same.has_ticket_reply()) << same.DebugString();
    EXPECT_EQ(same.ticket_reply().ticket().version(), t.version());
    EXPECT_EQ(same.ticket_reply().events_size(), 2);

    // Back to the old installation: billable again, as it would have been at opening.
    proto::Ticket back = t;
    back.set_installed_product_id(expiredProduct.id());
    back.set_module_id(0);
    const auto again = update(engineer, t, back);
    ASSERT_TRUE(again.has_ticket_reply()) << again.DebugString();
    EXPECT_TRUE(again.ticket_reply().ticket().billable());
    EXPECT_EQ(again.ticket_reply().ticket().module_name(), "");
}

TEST_F(TicketEditTest, OnlyBranchManagersChangeThePriorityAndTheSlaFollowsIt)
{
    const proto::Ticket ticket = opened(engineer, newTicket());
    proto::Ticket fields = ticket;
    fields.set_priority("urgent");
    const auto refused = update(engineer, ticket, fields);
    EXPECT_EQ(errorOf(refused), proto::FORBIDDEN);
    EXPECT_EQ(refused.error().message(), "only a branch manager changes the priority of a ticket");
    EXPECT_EQ(version(ticket), std::to_string(ticket.version())) << "refused: nothing changed";

    const proto::TicketReply managerView = get(manager, ticket.id());
    EXPECT_EQ(managerView.editable_fields().size(), 6) << "the manager may also change the priority";
    const auto raised = update(manager, ticket, fields);
    ASSERT_TRUE(raised.has_ticket_reply()) << raised.DebugString();
    const proto::Ticket& t = raised.ticket_reply().ticket();
    EXPECT_EQ(t.priority(), "urgent");
    EXPECT_EQ(t.effective_priority(), "urgent") << "urgent is as high as a close period raises";
    const auto targets = engine::defaultSlaPolicy(std::chrono::hours(8)).targetsFor("", engine::TicketPriority::Urgent);
    bool sawResolution = false;
    for (const auto& clock : t.sla()) {
        if (clock.kind() != "resolution") continue;
        sawResolution = true;
        EXPECT_EQ(clock.target_seconds(), targets->resolution->count()) << "the clock follows the new priority";
    }
    EXPECT_TRUE(sawResolution);
    const auto& last = raised.ticket_reply().events(raised.ticket_reply().events_size() - 1);
    ASSERT_EQ(last.changes_size(), 1);
    EXPECT_EQ(last.changes(0).field(), "priority");
    EXPECT_EQ(last.changes(0).from(), "normal");
    EXPECT_EQ(last.changes(0).to(), "urgent");
}

TEST_F(TicketEditTest, CorrectionsAreRefusedForStrangersSettledTicketsAndBadValues)
{
    proto::Ticket ticket = opened(engineer, newTicket());
    proto::Ticket fields = ticket;
    fields.set_subject("改过的标题");

    // Someone who neither took nor works the ticket.
    EXPECT_TRUE(get(account, ticket.id()).editable_fields().empty());
    EXPECT_EQ(errorOf(update(account, ticket, fields)), proto::FORBIDDEN);
    // Another branch does not see it at all.
    EXPECT_EQ(errorOf(update(shAccount, ticket, fields)), proto::NOT_FOUND);

    // Values that are not the customer's, or not allowed.
    proto::Ticket bad = ticket;
    bad.set_subject("   ");
    EXPECT_EQ(update(engineer, ticket, bad).error().field(), "subject");
    bad = ticket;
    const proto::Customer other = created(account, newCustomer("北京朝阳商贸有限公司"));
    bad.set_contact_id(addContact(account, other.id(), "王出纳", "13700001111").id());
    EXPECT_EQ(update(engineer, ticket, bad).error().field(), "contact_id");
    bad = ticket;
    bad.set_module_id(moduleLedger);
    EXPECT_EQ(update(engineer, ticket, bad).error().field(), "module_id") << "a module needs its product";
    bad = ticket;
    bad.set_category_id(999999);
    EXPECT_EQ(update(engineer, ticket, bad).error().field(), "category_id");
    bad = ticket;
    bad.set_priority("whenever");
    EXPECT_EQ(update(manager, ticket, bad).error().field(), "priority");
    EXPECT_EQ(version(ticket), std::to_string(ticket.version())) << "every refusal left the ticket as it was";

    // Someone changed it since: told who, and nothing is overwritten.
    const proto::Ticket taken = acted(engineer, ticket, "assign", engineerId);
    const auto stale = update(engineer, ticket, fields);
    EXPECT_EQ(errorOf(stale), proto::CONFLICT);
    EXPECT_NE(stale.error().message().find("since you opened it"), std::string::npos) << stale.error().message();

    // A resolved ticket is what the reports counted: reopen it to correct it.
    const proto::Ticket started = acted(engineer, taken, "start");
    const proto::Ticket resolved = acted(engineer, started, "resolve", 0, "整理凭证后重排凭证号");
    EXPECT_TRUE(get(engineer, resolved.id()).editable_fields().empty());
    fields = resolved;
    fields.set_subject("改过的标题");
    const auto settled = update(manager, resolved, fields);
    EXPECT_EQ(errorOf(settled), proto::VALIDATION_FAILED);
    EXPECT_EQ(settled.error().message(), "a resolved ticket is not corrected any more; reopen it first");
    EXPECT_EQ(sql("SELECT count(*) FROM ticket_events WHERE kind = 'edited' AND ticket_id = " + std::to_string(ticket.id())), "0");
}

}  // namespace
}  // namespace laoke::test
