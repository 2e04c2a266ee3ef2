// `laokectl callbacks ...`: the callback queue after resolution (回访) and recording a call.
// A callback is named by its ticket's number (GD2026-000123): a ticket has at most one
// pending callback.

#include "CommandContext.h"
#include "Commands.h"
#include "ProtoJson.h"
#include "Records.h"
#include "TableOutput.h"

#include <QJsonArray>

namespace laoke::client::cli {

namespace {

constexpr int kDefaultLimit = 200;
constexpr int kMaxLimit = 500;

QString text(const std::string& value) { return QString::fromStdString(value); }

class CallbackCommands {
    Q_DECLARE_TR_FUNCTIONS(CallbackCommands)
public:
    static CommandResult list(CommandContext& context)
    {
        const int limit = context.limitOption(kDefaultLimit, kMaxLimit);
        const QString branch = context.invocation().option(QStringLiteral("branch")).trimmed();
        context.signIn();
        protocol::Envelope request;
        request.mutable_list_callbacks()->set_limit(limit);
        if (!branch.isEmpty()) request.mutable_list_callbacks()->set_branch_id(branchId(context, branch));
        const protocol::Envelope reply = context.client().call(std::move(request));

        QJsonArray callbacks;
        TableOutput table({tr("TICKET"), tr("RESOLVED"), tr("CUSTOMER"), tr("GRADE"), tr("CONTACT"), tr("PHONE"),
                           tr("SUBJECT"), tr("ENGINEER"), tr("ATTEMPTS")});
        for (const protocol::Callback& c : reply.list_callbacks_reply().callbacks()) {
            callbacks.append(protoToJson(c));
            QString attempts = QString::number(c.attempts());
            if (c.attempts() > 0) attempts += QStringLiteral(" (") + outcomeText(c.last_outcome()) + QLatin1Char(')');
            table.addRow({text(c.ticket_number()), Records::timeText(c.resolved_at_unix()), text(c.customer_name()),
                          c.customer_grade().empty() ? QStringLiteral("-") : text(c.customer_grade()), text(c.contact_name()),
                          text(c.contact_phone()), text(c.ticket_subject()), text(c.engineer_name()), attempts});
        }
        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("callbacks"), callbacks}};
        result.text = callbacks.isEmpty() ? tr("No callbacks are waiting.") + QLatin1Char('\n') : table.render();
        return result;
    }

    static CommandResult record(CommandContext& context)
    {
        const Invocation& invocation = context.invocation();
        const QString outcome = invocation.option(QStringLiteral("outcome")).trimmed();
        int satisfaction = 0;
        if (invocation.options.contains(QStringLiteral("satisfaction"))) {
            bool isNumber = false;
            satisfaction = invocation.option(QStringLiteral("satisfaction")).trimmed().toInt(&isNumber);
            if (!isNumber || satisfaction < 1 || satisfaction > 5) {
                throw Failure{kExitUsage, tr("--satisfaction is a score from 1 to 5")};
            }
        }
        if (outcome == QLatin1String("reached") && satisfaction == 0) {
            throw Failure{kExitUsage, tr("a reached customer gives a score: add --satisfaction 1..5")};
        }
        const QString number = context.arguments().at(0).trimmed().toUpper();
        context.signIn();
        protocol::Envelope find;
        find.mutable_list_callbacks()->set_ticket_number(number.toStdString());
        find.mutable_list_callbacks()->set_limit(1);
        const protocol::Envelope found = context.client().call(std::move(find));
        if (found.list_callbacks_reply().callbacks_size() == 0
            || found.list_callbacks_reply().callbacks(0).state() != "pending") {
            throw Failure{kExitRequestFailed, tr("ticket \"%1\" has no callback waiting").arg(number)};
        }
        const protocol::Callback current = found.list_callbacks_reply().callbacks(0);
        protocol::Envelope request;
        auto* r = request.mutable_record_callback();
        r->set_callback_id(current.id());
        r->set_expected_version(current.version());
        r->set_outcome(outcome.toStdString());
        r->set_satisfaction(satisfaction);
        r->set_comment(invocation.option(QStringLiteral("comment")).toStdString());
        r->set_complaint(invocation.options.contains(QStringLiteral("complaint")));
        const protocol::Envelope reply = context.client().call(std::move(request));
        const protocol::RecordCallbackReply recorded = reply.record_callback_reply();
        const protocol::Callback& c = recorded.callback();

        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("callback"), protoToJson(recorded)}};
        QString out = tr("Recorded: %1 for %2 (%3), call %4.")
                          .arg(outcomeText(c.last_outcome()), text(c.ticket_number()), text(c.customer_name()))
                          .arg(c.attempts())
                      + QLatin1Char('\n');
        if (c.state() == "pending") out += tr("The callback stays in the queue for another call.") + QLatin1Char('\n');
        if (recorded.ticket_closed()) out += tr("Ticket %1 is closed.").arg(text(c.ticket_number())) + QLatin1Char('\n');
        // The callback ended without closing the ticket (refused, or the third call unanswered):
        // the server closes it three days after its resolution (db/TicketAutoClose).
        if (c.state() != "pending" && !recorded.ticket_closed()) {
            out += tr("No more calls are made; ticket %1 closes by itself three days after its resolution, unless it is "
                      "reopened.")
                       .arg(text(c.ticket_number()))
                + QLatin1Char('\n');
        }
        if (recorded.complaint_id() != 0) {
            out += tr("Complaint case %1 is opened for the branch managers.").arg(recorded.complaint_id()) + QLatin1Char('\n');
        }
        result.text = out;
        return result;
    }

private:
    static QString outcomeText(const std::string& outcome)
    {
        if (outcome == "reached") return tr("reached");
        if (outcome == "no_answer") return tr("no answer");
        if (outcome == "wrong_number") return tr("wrong number");
        if (outcome == "refused") return tr("refused");
        return text(outcome);
    }

    static qint64 branchId(CommandContext& context, const QString& code)
    {
        protocol::Envelope request;
        request.mutable_list_branches();
        const protocol::Envelope reply = context.client().call(std::move(request));
        for (const protocol::Branch& branch : reply.list_branches_reply().branches()) {
            if (QString::fromStdString(branch.code()).compare(code, Qt::CaseInsensitive) == 0) return branch.id();
        }
        throw Failure{kExitRequestFailed, tr("there is no branch with the code \"%1\"").arg(code)};
    }
};

}  // namespace

std::vector<CommandSpec> callbackCommands()
{
    const QString callbacks = QStringLiteral("callbacks");
    return {
        {{callbacks, QStringLiteral("list")}, 0, {QStringLiteral("branch"), QStringLiteral("limit")}, {}, true,
         "callbacks list [--branch CODE] [--limit N]",
         QT_TRANSLATE_NOOP("Commands", "list the callbacks waiting after resolution, oldest resolution first"),
         &CallbackCommands::list},
        {{callbacks, QStringLiteral("record")}, 1,
         {QStringLiteral("outcome"), QStringLiteral("satisfaction"), QStringLiteral("comment"), QStringLiteral("complaint")},
         {QStringLiteral("outcome")}, true,
         "callbacks record NUMBER --outcome reached|no_answer|wrong_number|refused [--satisfaction 1-5] "
         "[--comment TEXT] [--complaint]",
         QT_TRANSLATE_NOOP("Commands", "record a callback call; reached closes the ticket, a score of 2 or less or "
                                       "--complaint opens a complaint case"),
         &CallbackCommands::record},
    };
}

}  // namespace laoke::client::cli
