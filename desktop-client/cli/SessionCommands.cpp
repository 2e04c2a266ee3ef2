#include "CommandContext.h"
#include "Commands.h"
#include "Records.h"
#include "TableOutput.h"

#include <QElapsedTimer>

namespace laoke::client::cli {

namespace {

class SessionCommands {
    Q_DECLARE_TR_FUNCTIONS(SessionCommands)
public:
    static CommandResult ping(CommandContext& context)
    {
        BlockingClient& client = context.client();
        client.open();
        protocol::Envelope request;
        request.mutable_ping();
        QElapsedTimer clock;
        clock.start();
        const protocol::Envelope reply = client.call(std::move(request));
        const double roundTripMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;

        const QString server = context.invocation().server.toString();
        CommandResult result;
        result.json = QJsonObject{
            {QStringLiteral("server"), server},
            {QStringLiteral("server_version"), client.serverVersion()},
            {QStringLiteral("round_trip_ms"), roundTripMs},
            {QStringLiteral("server_time_unix_ms"), static_cast<qint64>(reply.ping_reply().server_time_unix_ms())},
        };
        result.text = tr("%1 answered in %2 ms (server version %3)")
                          .arg(server, QString::number(roundTripMs, 'f', 1), client.serverVersion())
            + QLatin1Char('\n');
        return result;
    }

    static CommandResult whoAmI(CommandContext& context)
    {
        context.signIn();
        protocol::Envelope request;
        request.mutable_who_am_i();
        const protocol::WhoAmIReply reply = context.client().call(std::move(request)).who_am_i_reply();
        const protocol::User& user = reply.user();

        CommandResult result;
        result.json = QJsonObject{
            {QStringLiteral("user"), Records::toJson(user)},
            {QStringLiteral("session_expires_at_unix"), static_cast<qint64>(reply.session_expires_at_unix())},
        };
        TableOutput table;
        table.addRow({tr("User name:"), QString::fromStdString(user.username())});
        table.addRow({tr("Display name:"), QString::fromStdString(user.display_name())});
        table.addRow({tr("Role:"), Records::roleText(user.role())});
        table.addRow({tr("Branch:"), user.branch_id() == 0 ? tr("none") : QString::fromStdString(user.branch_name())});
        table.addRow({tr("Status:"), Records::statusText(user)});
        table.addRow({tr("Session expires:"), Records::timeText(reply.session_expires_at_unix())});
        result.text = table.render();
        return result;
    }

    static CommandResult changePassword(CommandContext& context)
    {
        const QString oldPassword = context.loginPassword();
        const QString newPassword = context.newPassword(context.invocation().user);
        context.signIn();
        protocol::Envelope request;
        request.mutable_change_password()->set_old_password(oldPassword.toStdString());
        request.mutable_change_password()->set_new_password(newPassword.toStdString());
        context.client().call(std::move(request));

        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("password_changed"), true},
                                  {QStringLiteral("username"), context.invocation().user}};
        result.text = tr("Password changed for %1.").arg(context.invocation().user) + QLatin1Char('\n');
        return result;
    }
};

}  // namespace

std::vector<CommandSpec> sessionCommands()
{
    return {
        {{QStringLiteral("ping")}, 0, {}, {}, false, "ping",
         QT_TRANSLATE_NOOP("Commands", "check that the server answers (no sign-in); shows round trip and version"),
         &SessionCommands::ping},
        {{QStringLiteral("whoami")}, 0, {}, {}, true, "whoami",
         QT_TRANSLATE_NOOP("Commands", "sign in and show who you are"), &SessionCommands::whoAmI},
        {{QStringLiteral("passwd")}, 0, {QStringLiteral("new-password-file")}, {}, true,
         "passwd [--new-password-file F]", QT_TRANSLATE_NOOP("Commands", "change your own password"),
         &SessionCommands::changePassword},
    };
}

}  // namespace laoke::client::cli
