// `laokectl tickets ...`: open a ticket for a customer, list and show tickets, and move them
// along (assign, resolve, close). A ticket is named by its number (GD2026-000123) or its id.

#include "CommandContext.h"
#include "Commands.h"
#include "CustomerQuery.h"
#include "KbReference.h"
#include "ProtoJson.h"
#include "Records.h"
#include "TableOutput.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace laoke::client::cli {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 200;

QString text(const std::string& value) { return QString::fromStdString(value); }

// lupdate reads "static protocol::X f()" as a function of a class "protocol": an alias keeps
// fetch()'s strings in the TicketCommands context.
using TicketReply = protocol::TicketReply;

class TicketCommands {
    Q_DECLARE_TR_FUNCTIONS(TicketCommands)
public:
    static CommandResult list(CommandContext& context)
    {
        const int limit = context.limitOption(kDefaultLimit, kMaxLimit);
        const QString customer = context.invocation().option(QStringLiteral("customer"));
        context.signIn();
        protocol::Envelope request;
        auto* list = request.mutable_list_tickets();
        list->set_open_only(context.invocation().options.contains(QStringLiteral("open")));
        list->set_mine(context.invocation().options.contains(QStringLiteral("mine")));
        list->set_limit(limit);
        if (!customer.isEmpty()) list->set_customer_id(CustomerQuery::resolve(context, customer));
        const protocol::Envelope reply = context.client().call(std::move(request));

        QJsonArray tickets;
        TableOutput table({tr("NUMBER"), tr("OPENED"), tr("CUSTOMER"), tr("SUBJECT"), tr("PRIORITY"), tr("STATE"),
                           tr("ASSIGNEE")});
        for (const protocol::Ticket& ticket : reply.list_tickets_reply().tickets()) {
            tickets.append(protoToJson(ticket));
            table.addRow({text(ticket.number()), Records::timeText(ticket.opened_at_unix()), text(ticket.customer_name()),
                          text(ticket.subject()), priorityText(ticket.effective_priority()), stateText(ticket.state()),
                          text(ticket.assignee_name())});
        }
        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("tickets"), tickets}};
        result.text = tickets.isEmpty() ? tr("No tickets.") + QLatin1Char('\n') : table.render();
        return result;
    }

    static CommandResult show(CommandContext& context)
    {
        context.signIn();
        return replyResult(context, fetch(context, context.arguments().at(0)));
    }

    static CommandResult create(CommandContext& context)
    {
        protocol::Ticket ticket;
        ticket.set_subject(context.invocation().option(QStringLiteral("subject")).toStdString());
        ticket.set_channel(optionOr(context, QStringLiteral("channel"), QStringLiteral("hotline")).toStdString());
        ticket.set_priority(optionOr(context, QStringLiteral("priority"), QStringLiteral("normal")).toStdString());
        ticket.set_description(context.invocation().option(QStringLiteral("description")).toStdString());
        context.signIn();
        ticket.set_customer_id(CustomerQuery::resolve(context, context.arguments().at(0).trimmed()));
        const auto& options = context.invocation().options;
        const auto value = [&](const char* name) { return context.invocation().option(QLatin1String(name)).trimmed(); };
        if (options.contains(QStringLiteral("category"))) ticket.set_category_id(KbReference(context).categoryId(value("category")));
        if (options.contains(QStringLiteral("contact")) || options.contains(QStringLiteral("product")) ||
            options.contains(QStringLiteral("module"))) {
            const protocol::Customer360 view = customerView(context, ticket.customer_id());
            if (options.contains(QStringLiteral("contact"))) ticket.set_contact_id(contactId(view, value("contact")));
            if (options.contains(QStringLiteral("product"))) ticket.set_installed_product_id(productId(view, value("product")));
            if (options.contains(QStringLiteral("module"))) {
                ticket.set_module_id(moduleId(view, ticket.installed_product_id(), value("module")));
            }
        }
        protocol::Envelope request;
        *request.mutable_create_ticket()->mutable_ticket() = ticket;
        return replyResult(context, context.client().call(std::move(request)).ticket_reply());
    }

    static CommandResult assign(CommandContext& context)
    {
        const protocol::User& me = context.signIn();
        const protocol::TicketReply current = fetch(context, context.arguments().at(0));
        const QString to = context.invocation().option(QStringLiteral("to"));
        // Moving a ticket someone already has must be meant: otherwise two managers assigning at
        // once would both "succeed", the second silently taking it from the first's engineer.
        const bool first = current.ticket().state() == "new";
        const bool reassign = context.invocation().options.contains(QStringLiteral("reassign"));
        if (!first && !reassign) {
            throw Failure{kExitRequestFailed, tr("%1 is already assigned to %2; add --reassign to move it")
                                                  .arg(QString::fromStdString(current.ticket().number()),
                                                       QString::fromStdString(current.ticket().assignee_name()))};
        }
        if (first && reassign) {
            throw Failure{kExitRequestFailed, tr("%1 is not assigned to anyone yet; assign it without --reassign")
                                                  .arg(QString::fromStdString(current.ticket().number()))};
        }
        protocol::Envelope request = action(current, first ? "assign" : "reassign");
        request.mutable_ticket_action()->set_assignee_username(to.isEmpty() ? me.username() : to.toStdString());
        return replyResult(context, context.client().call(std::move(request)).ticket_reply());
    }

    static CommandResult resolve(CommandContext& context)
    {
        // Checked before anything is sent: a refused resolve must not leave the ticket started.
        const QString solution = context.invocation().option(QStringLiteral("solution")).trimmed();
        if (solution.isEmpty()) throw Failure{kExitUsage, tr("--solution says how the problem was solved")};
        if (solution.size() > 4000) throw Failure{kExitUsage, tr("--solution is at most 4000 characters")};
        context.signIn();
        protocol::TicketReply current = fetch(context, context.arguments().at(0));
        // Work on an assigned ticket starts when it is resolved, if it had not started yet.
        if (current.ticket().state() == "assigned" || current.ticket().state() == "reopened") {
            current = context.client().call(action(current, "start")).ticket_reply();
        }
        protocol::Envelope request = action(current, "resolve");
        request.mutable_ticket_action()->set_note(context.invocation().option(QStringLiteral("solution")).toStdString());
        return replyResult(context, context.client().call(std::move(request)).ticket_reply());
    }

    // Corrects what was logged: only the options given change; "none" clears a contact,
    // product, module or category.
    static CommandResult edit(CommandContext& context)
    {
        const auto& options = context.invocation().options;
        static const QStringList kFields{QStringLiteral("subject"), QStringLiteral("description"), QStringLiteral("contact"),
                                         QStringLiteral("product"), QStringLiteral("module"), QStringLiteral("category"),
                                         QStringLiteral("priority")};
        if (std::none_of(kFields.begin(), kFields.end(), [&](const QString& field) { return options.contains(field); })) {
            throw Failure{kExitUsage, tr("say what to correct: --subject, --description, --contact, --product, --module, "
                                         "--category or --priority")};
        }
        context.signIn();
        const protocol::TicketReply current = fetch(context, context.arguments().at(0));
        protocol::Ticket fields = current.ticket();
        const auto value = [&](const char* name) { return context.invocation().option(QLatin1String(name)).trimmed(); };
        const auto cleared = [&](const char* name) { return value(name).compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0; };
        if (options.contains(QStringLiteral("subject"))) fields.set_subject(value("subject").toStdString());
        if (options.contains(QStringLiteral("description"))) fields.set_description(value("description").toStdString());
        if (options.contains(QStringLiteral("priority"))) fields.set_priority(value("priority").toStdString());
        if (options.contains(QStringLiteral("category"))) {
            fields.set_category_id(cleared("category") ? 0 : KbReference(context).categoryId(value("category")));
        }
        if (options.contains(QStringLiteral("contact")) || options.contains(QStringLiteral("product")) ||
            options.contains(QStringLiteral("module"))) {
            const protocol::Customer360 view = customerView(context, fields.customer_id());
            if (options.contains(QStringLiteral("contact"))) {
                fields.set_contact_id(cleared("contact") ? 0 : contactId(view, value("contact")));
            }
            if (options.contains(QStringLiteral("product"))) {
                const qint64 product = cleared("product") ? 0 : productId(view, value("product"));
                // The module was one of the old product's.
                if (product != fields.installed_product_id()) fields.set_module_id(0);
                fields.set_installed_product_id(product);
            }
            if (options.contains(QStringLiteral("module"))) {
                fields.set_module_id(cleared("module") ? 0 : moduleId(view, fields.installed_product_id(), value("module")));
            }
        }
        protocol::Envelope request;
        auto* update = request.mutable_update_ticket();
        update->set_ticket_id(current.ticket().id());
        update->set_expected_version(current.ticket().version());
        *update->mutable_ticket() = fields;
        return replyResult(context, context.client().call(std::move(request)).ticket_reply());
    }

    static CommandResult reopen(CommandContext& context)
    {
        const QString reason = context.invocation().option(QStringLiteral("reason")).trimmed();
        if (reason.isEmpty()) throw Failure{kExitUsage, tr("--reason says why the ticket is opened again")};
        context.signIn();
        const protocol::TicketReply current = fetch(context, context.arguments().at(0));
        protocol::Envelope request = action(current, "reopen");
        request.mutable_ticket_action()->set_note(reason.toStdString());
        return replyResult(context, context.client().call(std::move(request)).ticket_reply());
    }

    static CommandResult close(CommandContext& context)
    {
        context.signIn();
        const protocol::TicketReply current = fetch(context, context.arguments().at(0));
        // A manager may close before the callback; the call is then not made any more, which
        // the user should hear rather than find the task gone from the queue.
        const bool callbackWaiting = current.ticket().state() == "resolved" && hasPendingCallback(context, current.ticket());
        CommandResult result = replyResult(context, context.client().call(action(current, "close")).ticket_reply());
        if (callbackWaiting) {
            result.text += tr("The waiting callback of %1 is called off.").arg(text(current.ticket().number())) + QLatin1Char('\n');
        }
        return result;
    }

private:
    static bool hasPendingCallback(CommandContext& context, const protocol::Ticket& ticket)
    {
        protocol::Envelope request;
        request.mutable_list_callbacks()->set_ticket_number(ticket.number());
        request.mutable_list_callbacks()->set_limit(1);
        const protocol::Envelope reply = context.client().call(std::move(request));
        return reply.list_callbacks_reply().callbacks_size() > 0 && reply.list_callbacks_reply().callbacks(0).state() == "pending";
    }

    static protocol::Customer360 customerView(CommandContext& context, qint64 customerId)
    {
        protocol::Envelope request;
        request.mutable_get_customer()->set_customer_id(customerId);
        return context.client().call(std::move(request)).customer_360_reply().view();
    }

    static bool same(const std::string& value, const QString& typed)
    {
        return !value.empty() && text(value).compare(typed, Qt::CaseInsensitive) == 0;
    }

    // By name, mobile or office phone.
    static qint64 contactId(const protocol::Customer360& view, const QString& typed)
    {
        QStringList names;
        for (const protocol::Contact& c : view.contacts()) {
            if (c.archived()) continue;
            if (same(c.name(), typed) || same(c.mobile(), typed) || same(c.phone(), typed)) return c.id();
            names << text(c.name());
        }
        throw Failure{kExitUsage, tr("the customer has no contact \"%1\"; its contacts: %2").arg(typed, names.join(tr(", ")))};
    }

    // By "line version" (用友U8+ V16.0), the version alone, or the line when it is installed once.
    static qint64 productId(const protocol::Customer360& view, const QString& typed)
    {
        QStringList names;
        qint64 byLine = 0;
        int lineMatches = 0;
        for (const protocol::InstalledProduct& p : view.installed_products()) {
            if (p.archived()) continue;
            const QString name = QStringLiteral("%1 %2").arg(text(p.product_line_name()), text(p.product_version_name()));
            if (name.compare(typed, Qt::CaseInsensitive) == 0 || same(p.product_version_name(), typed)) return p.id();
            if (same(p.product_line_name(), typed)) {
                byLine = p.id();
                ++lineMatches;
            }
            names << name;
        }
        if (lineMatches == 1) return byLine;
        throw Failure{kExitUsage, tr("the customer has no installed product \"%1\"; its products: %2")
                                      .arg(typed, names.join(tr(", ")))};
    }

    static qint64 moduleId(const protocol::Customer360& view, qint64 productId, const QString& typed)
    {
        if (productId == 0) throw Failure{kExitUsage, tr("a module needs the product it belongs to (--product)")};
        QStringList names;
        for (const protocol::InstalledProduct& p : view.installed_products()) {
            if (p.id() != productId) continue;
            for (int i = 0; i < p.module_ids_size() && i < p.module_names_size(); ++i) {
                if (same(p.module_names(i), typed)) return p.module_ids(i);
                names << text(p.module_names(i));
            }
        }
        throw Failure{kExitUsage, tr("the product has no module \"%1\"; its modules: %2").arg(typed, names.join(tr(", ")))};
    }

    static protocol::Envelope action(const protocol::TicketReply& current, const char* name)
    {
        protocol::Envelope request;
        auto* act = request.mutable_ticket_action();
        act->set_ticket_id(current.ticket().id());
        act->set_expected_version(current.ticket().version());
        act->set_action(name);
        return request;
    }

    // A ticket number (GD2026-000123) is looked up; a plain number is an id.
    static TicketReply fetch(CommandContext& context, const QString& key)
    {
        const QString trimmed = key.trimmed().toUpper();
        qint64 id = 0;
        if (QRegularExpression(QStringLiteral("^GD\\d{4}-\\d{6,}$")).match(trimmed).hasMatch()) {
            protocol::Envelope request;
            request.mutable_list_tickets()->set_number(trimmed.toStdString());
            request.mutable_list_tickets()->set_limit(1);
            const protocol::Envelope reply = context.client().call(std::move(request));
            if (reply.list_tickets_reply().tickets_size() == 0) {
                throw Failure{kExitRequestFailed, tr("no ticket has the number \"%1\"").arg(trimmed)};
            }
            id = reply.list_tickets_reply().tickets(0).id();
        } else {
            bool isNumber = false;
            id = trimmed.toLongLong(&isNumber);
            if (!isNumber || id <= 0) throw Failure{kExitUsage, tr("name a ticket by its number (GD2026-000123) or id")};
        }
        protocol::Envelope request;
        request.mutable_get_ticket()->set_ticket_id(id);
        return context.client().call(std::move(request)).ticket_reply();
    }

    static CommandResult replyResult(CommandContext& context, const protocol::TicketReply& reply)
    {
        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("ticket"), protoToJson(reply)}};
        // The tree is read once, for the ticket's category and those its corrections name.
        KbReference reference(context);
        result.text = describe(reply, [&reference](qint64 id) {
            return id == 0 ? tr("not categorised") : reference.categoryPath(id);
        });
        return result;
    }

    static QString describe(const protocol::TicketReply& reply, const std::function<QString(qint64)>& categoryNames)
    {
        const protocol::Ticket& t = reply.ticket();
        QString out;
        out += tr("%1  %2").arg(text(t.number()), text(t.subject())) + QLatin1Char('\n');
        out += tr("Customer: %1").arg(text(t.customer_name())) + QLatin1Char('\n');
        // The month-end and year-end close raise the priority one level (the SLA follows it).
        const QString priority = t.effective_priority() == t.priority() || t.priority().empty()
                                     ? priorityText(t.effective_priority())
                                     : tr("%1 (raised from %2: close period)")
                                           .arg(priorityText(t.effective_priority()), priorityText(t.priority()));
        out += tr("State: %1   Priority: %2   Channel: %3").arg(stateText(t.state()), priority, channelText(t.channel()))
            + QLatin1Char('\n');
        if (!t.contact_name().empty()) out += tr("Contact: %1").arg(text(t.contact_name())) + QLatin1Char('\n');
        out += tr("Category: %1").arg(categoryNames(t.category_id())) + QLatin1Char('\n');
        if (!t.product_name().empty()) {
            out += (t.module_name().empty() ? tr("Product: %1").arg(text(t.product_name()))
                                            : tr("Product: %1 · %2").arg(text(t.product_name()), text(t.module_name())))
                + QLatin1Char('\n');
        }
        out += tr("Owner: %1   Assignee: %2")
                   .arg(text(t.owner_name()), t.assignee_name().empty() ? tr("nobody yet") : text(t.assignee_name()))
            + QLatin1Char('\n');
        if (t.billable()) out += tr("Billable: the customer's service had ended when the ticket was opened.") + QLatin1Char('\n');
        if (!t.description().empty()) out += tr("Description: %1").arg(text(t.description())) + QLatin1Char('\n');
        if (!t.solution().empty()) out += tr("Solution: %1").arg(text(t.solution())) + QLatin1Char('\n');
        for (const protocol::SlaClockStatus& sla : t.sla()) {
            const QString clock = sla.kind() == "first_response"   ? tr("First response")
                                  : sla.kind() == "onsite_arrival" ? tr("Onsite arrival")
                                                                   : tr("Resolution");
            QString line = tr("%1: %2, %3 of %4 working hours used")
                               .arg(clock, slaStateText(sla.state()), hours(sla.used_seconds()), hours(sla.target_seconds()));
            if (sla.paused()) line += tr(", paused (waiting for the customer)");
            if (sla.deadline_unix() != 0 && (sla.state() == "on_track" || sla.state() == "at_risk")) {
                line += tr(", due %1").arg(Records::timeText(sla.deadline_unix()));
            }
            out += line + QLatin1Char('\n');
        }
        TableOutput events({tr("TIME"), tr("WHO"), tr("WHAT"), tr("NOTE")});
        for (const protocol::TicketEvent& e : reply.events()) {
            QString what = e.kind() == "opened"        ? tr("opened")
                           : e.kind() == "note"        ? tr("note")
                           : e.kind() == "appointment" ? visitText(e.appointment_change())
                           : e.kind() == "edited"      ? tr("corrected")
                                                       : actionText(e.action());
            if (!e.assignee_name().empty()) what += QStringLiteral(" → ") + text(e.assignee_name());
            events.addRow({Records::timeText(e.at_unix()), e.actor_name().empty() ? tr("system") : text(e.actor_name()), what,
                           e.kind() == "edited" ? changesText(e, categoryNames) : text(e.note())});
        }
        out += QLatin1Char('\n') + events.render();
        return out;
    }

    // "category 月末结账 → 凭证; priority normal → urgent"
    static QString changesText(const protocol::TicketEvent& event, const std::function<QString(qint64)>& categoryName)
    {
        QStringList parts;
        const auto named = [](const std::string& name) { return name.empty() ? tr("none") : text(name); };
        for (const protocol::TicketFieldChange& c : event.changes()) {
            if (c.field() == "subject") parts << tr("subject \"%1\" → \"%2\"").arg(text(c.from()), text(c.to()));
            else if (c.field() == "description") parts << tr("description rewritten");
            else if (c.field() == "contact") parts << tr("contact %1 → %2").arg(named(c.from()), named(c.to()));
            else if (c.field() == "product") parts << tr("product %1 → %2").arg(named(c.from()), named(c.to()));
            else if (c.field() == "module") parts << tr("module %1 → %2").arg(named(c.from()), named(c.to()));
            else if (c.field() == "category") {
                parts << tr("category %1 → %2").arg(categoryName(c.from_id()), categoryName(c.to_id()));
            } else if (c.field() == "priority") {
                parts << tr("priority %1 → %2").arg(priorityText(c.from()), priorityText(c.to()));
            }
        }
        return parts.join(tr("; "));
    }

    static QString visitText(const std::string& change)
    {
        if (change == "scheduled") return tr("visit booked");
        if (change == "rescheduled") return tr("visit moved");
        if (change == "arrived") return tr("arrived on site");
        if (change == "finished") return tr("visit done");
        if (change == "cancelled") return tr("visit cancelled");
        return text(change);
    }

    static QString hours(qint64 seconds) { return QString::number(static_cast<double>(seconds) / 3600.0, 'f', 1); }

    static QString optionOr(const CommandContext& context, const QString& name, const QString& fallback)
    {
        const QString value = context.invocation().option(name).trimmed();
        return value.isEmpty() ? fallback : value;
    }


    static QString stateText(const std::string& state)
    {
        if (state == "new") return tr("new");
        if (state == "assigned") return tr("assigned");
        if (state == "in_progress") return tr("in progress");
        if (state == "waiting_customer") return tr("waiting for customer");
        if (state == "resolved") return tr("resolved");
        if (state == "closed") return tr("closed");
        if (state == "reopened") return tr("reopened");
        if (state == "cancelled") return tr("cancelled");
        return text(state);
    }

    static QString priorityText(const std::string& priority)
    {
        if (priority == "urgent") return tr("urgent");
        if (priority == "high") return tr("high");
        if (priority == "normal") return tr("normal");
        if (priority == "consult") return tr("consult");
        return text(priority);
    }

    static QString channelText(const std::string& channel)
    {
        if (channel == "hotline") return tr("hotline");
        if (channel == "remote") return tr("remote");
        if (channel == "onsite") return tr("onsite");
        if (channel == "wechat") return tr("WeChat");
        if (channel == "walk_in") return tr("walk-in");
        return text(channel);
    }

    static QString actionText(const std::string& action)
    {
        if (action == "assign") return tr("assigned");
        if (action == "reassign") return tr("reassigned");
        if (action == "start") return tr("started");
        if (action == "wait") return tr("waiting for customer");
        if (action == "resume") return tr("resumed");
        if (action == "resolve") return tr("resolved");
        if (action == "close") return tr("closed");
        if (action == "reopen") return tr("reopened");
        if (action == "cancel") return tr("cancelled");
        return text(action);
    }

    static QString slaStateText(const std::string& state)
    {
        if (state == "on_track") return tr("on track");
        if (state == "at_risk") return tr("at risk");
        if (state == "breached") return tr("breached");
        if (state == "met") return tr("met");
        if (state == "missed") return tr("missed");
        return text(state);
    }
};

}  // namespace

std::vector<CommandSpec> ticketCommands()
{
    const QString tickets = QStringLiteral("tickets");
    return {
        {{tickets, QStringLiteral("list")}, 0,
         {QStringLiteral("open"), QStringLiteral("mine"), QStringLiteral("customer"), QStringLiteral("limit")}, {}, true,
         "tickets list [--open] [--mine] [--customer CODE] [--limit N]",
         QT_TRANSLATE_NOOP("Commands", "list tickets, newest first"), &TicketCommands::list},
        {{tickets, QStringLiteral("show")}, 1, {}, {}, true, "tickets show NUMBER",
         QT_TRANSLATE_NOOP("Commands", "show a ticket with its SLA clocks and history"), &TicketCommands::show},
        {{tickets, QStringLiteral("create")}, 1,
         {QStringLiteral("subject"), QStringLiteral("channel"), QStringLiteral("priority"), QStringLiteral("description"),
          QStringLiteral("contact"), QStringLiteral("product"), QStringLiteral("module"), QStringLiteral("category")},
         {QStringLiteral("subject")}, true,
         "tickets create CUSTOMER_CODE --subject TEXT [--channel C] [--priority P] [--description TEXT] [--contact NAME] "
         "[--product NAME] [--module NAME] [--category CODE|NAME]",
         QT_TRANSLATE_NOOP("Commands", "open a ticket for a customer; you become its owner"), &TicketCommands::create},
        {{tickets, QStringLiteral("assign")}, 1, {QStringLiteral("to"), QStringLiteral("reassign")}, {}, true,
         "tickets assign NUMBER [--to USER] [--reassign]",
         QT_TRANSLATE_NOOP("Commands", "give a ticket to an engineer (yourself unless --to); --reassign moves it from "
                                       "the engineer who has it"),
         &TicketCommands::assign},
        {{tickets, QStringLiteral("resolve")}, 1, {QStringLiteral("solution")}, {QStringLiteral("solution")}, true,
         "tickets resolve NUMBER --solution TEXT",
         QT_TRANSLATE_NOOP("Commands", "record the solution of a ticket you work on"), &TicketCommands::resolve},
        {{tickets, QStringLiteral("edit")}, 1,
         {QStringLiteral("subject"), QStringLiteral("description"), QStringLiteral("contact"), QStringLiteral("product"),
          QStringLiteral("module"), QStringLiteral("category"), QStringLiteral("priority")},
         {}, true,
         "tickets edit NUMBER [--subject T] [--description T] [--contact NAME|none] [--product NAME|none] "
         "[--module NAME|none] [--category CODE|NAME|none] [--priority P]",
         QT_TRANSLATE_NOOP("Commands", "correct an open ticket (priority: branch managers); the log records what changed"),
         &TicketCommands::edit},
        {{tickets, QStringLiteral("reopen")}, 1, {QStringLiteral("reason")}, {QStringLiteral("reason")}, true,
         "tickets reopen NUMBER --reason TEXT",
         QT_TRANSLATE_NOOP("Commands", "open a resolved or closed ticket again (the problem came back)"),
         &TicketCommands::reopen},
        {{tickets, QStringLiteral("close")}, 1, {}, {}, true, "tickets close NUMBER",
         QT_TRANSLATE_NOOP("Commands", "close a resolved ticket after the callback"), &TicketCommands::close},
    };
}

}  // namespace laoke::client::cli
