// `laokectl categories ...`: the ticket category tree (工单分类). Everyone lists it;
// administrators add, rename, reorder, retire and restore categories. A category is named by
// its code (month_end.cannot_close) or its Chinese or English name.

#include "CommandContext.h"
#include "Commands.h"
#include "Failure.h"
#include "KbReference.h"
#include "ProtoJson.h"
#include "TableOutput.h"

#include <QJsonArray>

#include <algorithm>

namespace laoke::client::cli {

namespace {

QString text(const std::string& value) { return QString::fromStdString(value); }

using CategoryList = protocol::ListTicketCategoriesReply;

class CategoryCommands {
    Q_DECLARE_TR_FUNCTIONS(CategoryCommands)
public:
    static CommandResult list(CommandContext& context)
    {
        context.signIn();
        return treeResult(context, fetch(context), context.invocation().options.contains(QStringLiteral("all")));
    }

    static CommandResult add(CommandContext& context)
    {
        context.signIn();
        protocol::TicketCategory category;
        category.set_name_zh(context.invocation().option(QStringLiteral("zh")).trimmed().toStdString());
        category.set_name_en(context.invocation().option(QStringLiteral("en")).trimmed().toStdString());
        const QString group = context.invocation().option(QStringLiteral("group")).trimmed();
        if (!group.isEmpty()) category.set_parent_id(KbReference(context).categoryId(group));
        // After the last one beside it, unless a position is given.
        int last = 0;
        const CategoryList tree = fetch(context);  // kept: the loop reads into it
        for (const auto& c : tree.categories()) {
            if (c.parent_id() == category.parent_id()) last = std::max(last, c.sort_order());
        }
        category.set_sort_order(positionOption(context, category.parent_id() == 0 ? last + 10 : last + 1));
        return save(context, category, 0);
    }

    static CommandResult rename(CommandContext& context)
    {
        context.signIn();
        protocol::TicketCategory category = find(context, context.arguments().at(0));
        const QString zh = context.invocation().option(QStringLiteral("zh")).trimmed();
        const QString en = context.invocation().option(QStringLiteral("en")).trimmed();
        const auto& options = context.invocation().options;
        if (zh.isEmpty() && en.isEmpty() && !options.contains(QStringLiteral("position"))) {
            throw Failure{kExitUsage, tr("say what to change: --zh, --en or --position")};
        }
        if (!zh.isEmpty()) category.set_name_zh(zh.toStdString());
        if (!en.isEmpty()) category.set_name_en(en.toStdString());
        category.set_sort_order(positionOption(context, category.sort_order()));
        return save(context, category, category.version());
    }

    static CommandResult retire(CommandContext& context) { return setRetired(context, true); }
    static CommandResult restore(CommandContext& context) { return setRetired(context, false); }

private:
    static CommandResult setRetired(CommandContext& context, bool retired)
    {
        context.signIn();
        protocol::TicketCategory category = find(context, context.arguments().at(0));
        if (category.retired() == retired) {
            throw Failure{kExitRequestFailed, retired ? tr("\"%1\" is already retired").arg(text(category.name_zh()))
                                                      : tr("\"%1\" is in use").arg(text(category.name_zh()))};
        }
        category.set_retired(retired);
        return save(context, category, category.version());
    }

    static int positionOption(CommandContext& context, int fallback)
    {
        const QString typed = context.invocation().option(QStringLiteral("position")).trimmed();
        if (typed.isEmpty()) return fallback;
        bool ok = false;
        const int position = typed.toInt(&ok);
        if (!ok || position < 0 || position > 100000) throw Failure{kExitUsage, tr("--position is a number from 0 to 100000")};
        return position;
    }

    static CategoryList fetch(CommandContext& context)
    {
        protocol::Envelope request;
        request.mutable_list_ticket_categories();
        return context.client().call(std::move(request)).list_ticket_categories_reply();
    }

    static protocol::TicketCategory find(CommandContext& context, const QString& name)
    {
        const qint64 id = KbReference(context).categoryId(name);
        const CategoryList tree = fetch(context);  // kept: the loop reads into it
        for (const auto& category : tree.categories()) {
            if (category.id() == id) return category;
        }
        throw Failure{kExitRequestFailed, tr("no ticket category is called \"%1\"").arg(name)};
    }

    static CommandResult save(CommandContext& context, const protocol::TicketCategory& category, qint64 expectedVersion)
    {
        protocol::Envelope request;
        *request.mutable_save_ticket_category()->mutable_category() = category;
        request.mutable_save_ticket_category()->set_expected_version(expectedVersion);
        return treeResult(context, context.client().call(std::move(request)).list_ticket_categories_reply(), true);
    }

    static CommandResult treeResult(CommandContext&, const CategoryList& tree, bool withRetired)
    {
        QJsonArray categories;
        TableOutput table({tr("CODE"), tr("CHINESE"), tr("ENGLISH"), tr("POSITION"), tr("STATUS")});
        for (const protocol::TicketCategory& c : tree.categories()) {
            if (c.retired() && !withRetired) continue;
            categories.append(protoToJson(c));
            const QString indent = c.parent_id() == 0 ? QString() : QStringLiteral("  ");
            table.addRow({indent + text(c.code()), indent + text(c.name_zh()), text(c.name_en()), QString::number(c.sort_order()),
                          c.retired() ? tr("retired") : tr("in use")});
        }
        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("categories"), categories}};
        result.text = table.render();
        return result;
    }
};

}  // namespace

std::vector<CommandSpec> categoryCommands()
{
    const QString categories = QStringLiteral("categories");
    return {
        {{categories, QStringLiteral("list")}, 0, {QStringLiteral("all")}, {}, true, "categories list [--all]",
         QT_TRANSLATE_NOOP("Commands", "list the ticket categories (--all: retired ones too)"), &CategoryCommands::list},
        {{categories, QStringLiteral("add")}, 0,
         {QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("group"), QStringLiteral("position")},
         {QStringLiteral("zh"), QStringLiteral("en")}, true,
         "categories add --zh NAME --en NAME [--group CATEGORY] [--position N]",
         QT_TRANSLATE_NOOP("Commands", "add a ticket category, or a sub-type of --group (administrators)"),
         &CategoryCommands::add},
        {{categories, QStringLiteral("rename")}, 1,
         {QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("position")}, {}, true,
         "categories rename CATEGORY [--zh NAME] [--en NAME] [--position N]",
         QT_TRANSLATE_NOOP("Commands", "rename or move a ticket category (administrators)"), &CategoryCommands::rename},
        {{categories, QStringLiteral("retire")}, 1, {}, {}, true, "categories retire CATEGORY",
         QT_TRANSLATE_NOOP("Commands", "stop offering a ticket category; tickets keep it (administrators)"),
         &CategoryCommands::retire},
        {{categories, QStringLiteral("restore")}, 1, {}, {}, true, "categories restore CATEGORY",
         QT_TRANSLATE_NOOP("Commands", "offer a retired ticket category again (administrators)"), &CategoryCommands::restore},
    };
}

}  // namespace laoke::client::cli
