#include "CommandContext.h"
#include "Commands.h"
#include "Records.h"
#include "RoleNames.h"
#include "TableOutput.h"
#include "domain/Role.h"

#include <QJsonArray>

namespace laoke::client::cli {

namespace {

class UserCommands {
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
public:
    static CommandResult list(CommandContext& context)
    {
        context.signIn();
        CommandResult result;
        QJsonArray users;
        TableOutput table({tr("USER NAME"), tr("NAME"), tr("ROLE"), tr("BRANCH"), tr("STATUS"), tr("LAST SIGN-IN")});
        for (const protocol::User& user : listUsers(context)) {
            users.append(Records::toJson(user));
            table.addRow({QString::fromStdString(user.username()), QString::fromStdString(user.display_name()),
                          RoleNames::displayName(user.role()), QString::fromStdString(user.branch_name()),
                          Records::statusText(user), Records::timeText(user.last_login_unix())});
        }
        result.json = QJsonObject{{QStringLiteral("users"), users}};
        result.text = table.render();
        return result;
    }

    static CommandResult add(CommandContext& context)
    {
        const QString username = context.arguments().at(0);
        const QString displayName = context.invocation().option(QStringLiteral("name"));
        const QString roleName = context.invocation().option(QStringLiteral("role"));
        const QString branchCode = context.invocation().option(QStringLiteral("branch"));
        requireValid(domain::checkUsername(username.toStdString()));
        requireValid(domain::checkDisplayName(displayName.toStdString()));
        const auto role = domain::roleFromName(roleName.toStdString());
        if (!role) {
            throw Failure{kExitUsage, tr("unknown role \"%1\"; use admin, branch_manager, account_manager or "
                                         "engineer")
                                          .arg(roleName)};
        }
        if (!branchCode.isEmpty()) {
            requireValid(domain::checkBranchCode(branchCode.toStdString()));
        }
        context.loginPassword();
        const QString password = context.newPassword(username);
        context.signIn();

        protocol::Envelope request;
        protocol::CreateUserRequest* create = request.mutable_create_user();
        create->set_username(username.toStdString());
        create->set_display_name(displayName.toStdString());
        create->set_role(*role);
        create->set_branch_id(branchCode.isEmpty() ? 0 : branchId(context, branchCode));
        create->set_password(password.toStdString());
        const protocol::User user = context.client().call(std::move(request)).user_reply().user();
        return userResult(user, tr("Created user %1 (%2); the password must be changed at the first sign-in.")
                                    .arg(username, RoleNames::displayName(user.role())));
    }

    static CommandResult disable(CommandContext& context) { return setEnabled(context, false); }
    static CommandResult enable(CommandContext& context) { return setEnabled(context, true); }

    static CommandResult resetPassword(CommandContext& context)
    {
        const QString username = context.arguments().at(0);
        context.loginPassword();
        const QString password = context.newPassword(username);
        context.signIn();
        const protocol::User target = findUser(context, username);

        protocol::Envelope request;
        request.mutable_reset_password()->set_user_id(target.id());
        request.mutable_reset_password()->set_new_password(password.toStdString());
        request.mutable_reset_password()->set_expected_version(target.version());
        const protocol::User user = context.client().call(std::move(request)).user_reply().user();
        return userResult(user, tr("Password of %1 reset.").arg(username));
    }

private:
    static CommandResult setEnabled(CommandContext& context, bool enabled)
    {
        const QString username = context.arguments().at(0);
        context.signIn();
        const protocol::User target = findUser(context, username);

        protocol::Envelope request;
        request.mutable_set_user_enabled()->set_user_id(target.id());
        request.mutable_set_user_enabled()->set_enabled(enabled);
        request.mutable_set_user_enabled()->set_expected_version(target.version());
        const protocol::User user = context.client().call(std::move(request)).user_reply().user();
        return userResult(user, enabled ? tr("User %1 is enabled.").arg(username)
                                        : tr("User %1 is disabled.").arg(username));
    }

    static CommandResult userResult(const protocol::User& user, const QString& message)
    {
        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("user"), Records::toJson(user)}};
        result.text = message + QLatin1Char('\n');
        return result;
    }

    static google::protobuf::RepeatedPtrField<protocol::User> listUsers(CommandContext& context)
    {
        protocol::Envelope request;
        request.mutable_list_users();
        return context.client().call(std::move(request)).list_users_reply().users();
    }

    // The protocol addresses users by id and version; people know them by name.
    static protocol::User findUser(CommandContext& context, const QString& username)
    {
        for (const protocol::User& user : listUsers(context)) {
            if (QString::fromStdString(user.username()) == username) {
                return user;
            }
        }
        throw Failure{kExitRequestFailed, UserCommands::tr("there is no user named \"%1\"").arg(username)};
    }

    static qint64 branchId(CommandContext& context, const QString& code)
    {
        protocol::Envelope request;
        request.mutable_list_branches();
        const protocol::Envelope reply = context.client().call(std::move(request));
        for (const protocol::Branch& branch : reply.list_branches_reply().branches()) {
            if (QString::fromStdString(branch.code()) == code) {
                return branch.id();
            }
        }
        throw Failure{kExitRequestFailed, tr("there is no branch with the code \"%1\"").arg(code)};
    }
};

}  // namespace

std::vector<CommandSpec> userCommands()
{
    const QString users = QStringLiteral("users");
    const QString newPasswordFile = QStringLiteral("new-password-file");
    return {
        {{users, QStringLiteral("list")}, 0, {}, {}, true, "users list",
         QT_TRANSLATE_NOOP("Commands", "list all users"), &UserCommands::list},
        {{users, QStringLiteral("add")}, 1,
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("branch"), newPasswordFile},
         {QStringLiteral("name"), QStringLiteral("role")}, true,
         "users add USERNAME --name DISPLAY --role ROLE [--branch CODE] [--new-password-file F]",
         QT_TRANSLATE_NOOP("Commands", "create a user; the initial password must be changed at first sign-in"),
         &UserCommands::add},
        {{users, QStringLiteral("disable")}, 1, {}, {}, true, "users disable USERNAME",
         QT_TRANSLATE_NOOP("Commands", "stop a user from signing in"), &UserCommands::disable},
        {{users, QStringLiteral("enable")}, 1, {}, {}, true, "users enable USERNAME",
         QT_TRANSLATE_NOOP("Commands", "let a disabled user sign in again"), &UserCommands::enable},
        {{users, QStringLiteral("reset-password")}, 1, {newPasswordFile}, {}, true,
         "users reset-password USERNAME [--new-password-file F]",
         QT_TRANSLATE_NOOP("Commands", "set a new password for a user, to be changed at next sign-in"),
         &UserCommands::resetPassword},
    };
}

}  // namespace laoke::client::cli
