#include "CommandContext.h"
#include "Commands.h"
#include "Records.h"
#include "TableOutput.h"

#include <QJsonArray>

namespace laoke::client::cli {

namespace {

class BranchCommands {
    Q_DECLARE_TR_FUNCTIONS(BranchCommands)
public:
    static CommandResult list(CommandContext& context)
    {
        context.signIn();
        protocol::Envelope request;
        request.mutable_list_branches();
        const protocol::Envelope reply = context.client().call(std::move(request));

        CommandResult result;
        QJsonArray branches;
        TableOutput table({tr("CODE"), tr("NAME"), tr("CITY")});
        for (const protocol::Branch& branch : reply.list_branches_reply().branches()) {
            branches.append(Records::toJson(branch));
            table.addRow({QString::fromStdString(branch.code()), QString::fromStdString(branch.name()),
                          QString::fromStdString(branch.city())});
        }
        result.json = QJsonObject{{QStringLiteral("branches"), branches}};
        result.text = table.render();
        return result;
    }

    static CommandResult add(CommandContext& context)
    {
        const QString code = context.arguments().at(0);
        const QString name = context.invocation().option(QStringLiteral("name"));
        requireValid(domain::checkBranchCode(code.toStdString()));
        if (name.trimmed().isEmpty()) {
            throw Failure{kExitUsage, tr("the branch name must not be empty")};
        }
        context.signIn();

        protocol::Envelope request;
        request.mutable_create_branch()->set_code(code.toStdString());
        request.mutable_create_branch()->set_name(name.toStdString());
        request.mutable_create_branch()->set_city(context.invocation().option(QStringLiteral("city")).toStdString());
        const protocol::Branch branch = context.client().call(std::move(request)).branch_reply().branch();

        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("branch"), Records::toJson(branch)}};
        result.text = tr("Created branch %1 (%2).").arg(code, QString::fromStdString(branch.name())) + QLatin1Char('\n');
        return result;
    }
};

}  // namespace

std::vector<CommandSpec> branchCommands()
{
    const QString branches = QStringLiteral("branches");
    return {
        {{branches, QStringLiteral("list")}, 0, {}, {}, true, "branches list",
         QT_TRANSLATE_NOOP("Commands", "list all branches"), &BranchCommands::list},
        {{branches, QStringLiteral("add")}, 1, {QStringLiteral("name"), QStringLiteral("city")},
         {QStringLiteral("name")}, true, "branches add CODE --name NAME [--city CITY]",
         QT_TRANSLATE_NOOP("Commands", "create a branch"), &BranchCommands::add},
    };
}

}  // namespace laoke::client::cli
