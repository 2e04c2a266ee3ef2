// `laokectl kb ...`: the knowledge base from the command line: search articles by words,
// product line and category, show one, add one from options or a file, record that one was
// used on a ticket, and archive or restore one.

#include "CommandContext.h"
#include "Commands.h"
#include "KbArticleInput.h"
#include "KbReference.h"
#include "ProtoJson.h"
#include "Records.h"
#include "TableOutput.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace laoke::client::cli {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 100;

QString text(const std::string& value) { return QString::fromStdString(value); }

// Each paragraph of a long text indented under its heading.
QString section(const QString& heading, const std::string& body)
{
    if (body.empty()) return {};
    QString out = heading + QLatin1Char('\n');
    for (const QString& line : text(body).split(QLatin1Char('\n'))) out += QStringLiteral("  ") + line + QLatin1Char('\n');
    return out;
}

class KbCommands {
    Q_DECLARE_TR_FUNCTIONS(KbCommands)
public:
    static CommandResult search(CommandContext& context)
    {
        const int limit = context.limitOption(kDefaultLimit, kMaxLimit);
        context.signIn();
        KbReference reference(context);
        protocol::Envelope request;
        auto* search = request.mutable_search_kb_articles();
        search->set_text(context.arguments().value(0).toStdString());
        search->set_limit(limit);
        const QString product = context.invocation().option(QStringLiteral("product"));
        if (!product.isEmpty()) search->set_product_line_id(reference.productLineId(product));
        const QString category = context.invocation().option(QStringLiteral("category"));
        if (!category.isEmpty()) search->set_category_id(reference.categoryId(category));
        const protocol::Envelope reply = context.client().call(std::move(request));
        const protocol::SearchKbArticlesReply& found = reply.search_kb_articles_reply();

        QJsonArray articles;
        TableOutput table({tr("ID"), tr("TITLE"), tr("PRODUCT"), tr("VERSIONS"), tr("CATEGORY"), tr("USES")});
        for (const protocol::KbArticleRow& row : found.articles()) {
            articles.append(protoToJson(row));
            table.addRow({QString::number(row.id()), text(row.title()), productText(row.product_line_name()),
                          text(row.versions()), reference.categoryName(row.category_id()), QString::number(row.use_count())});
        }
        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("articles"), articles}, {QStringLiteral("more"), found.more()}};
        if (articles.isEmpty()) {
            result.text = tr("No article matches.") + QLatin1Char('\n');
        } else {
            result.text = table.render();
            if (found.more()) {
                result.text += tr("More articles match; narrow the search or raise --limit (now %1).").arg(limit)
                    + QLatin1Char('\n');
            }
        }
        return result;
    }

    static CommandResult show(CommandContext& context)
    {
        const qint64 id = articleIdArgument(context.arguments().at(0));
        context.signIn();
        protocol::Envelope request;
        request.mutable_get_kb_article()->set_article_id(id);
        return articleResult(context, context.client().call(std::move(request)).kb_article_reply().article());
    }

    static CommandResult add(CommandContext& context)
    {
        const QMap<QString, QString> fields = KbArticleInput::read(context.invocation());
        for (const char* required : {"title", "symptom", "solution"}) {
            if (fields.value(QLatin1String(required)).trimmed().isEmpty()) {
                throw Failure{kExitUsage, tr("an article needs --%1 (or \"%1:\" in --file)").arg(QLatin1String(required))};
            }
        }
        context.signIn();
        KbReference reference(context);
        protocol::KbArticle article;
        article.set_title(fields.value(QStringLiteral("title")).toStdString());
        article.set_versions(fields.value(QStringLiteral("versions")).toStdString());
        article.set_keywords(fields.value(QStringLiteral("keywords")).toStdString());
        article.set_symptom(fields.value(QStringLiteral("symptom")).toStdString());
        article.set_cause(fields.value(QStringLiteral("cause")).toStdString());
        article.set_solution(fields.value(QStringLiteral("solution")).toStdString());
        if (!fields.value(QStringLiteral("product")).isEmpty()) {
            article.set_product_line_id(reference.productLineId(fields.value(QStringLiteral("product"))));
        }
        if (!fields.value(QStringLiteral("category")).isEmpty()) {
            article.set_category_id(reference.categoryId(fields.value(QStringLiteral("category"))));
        }
        protocol::Envelope request;
        *request.mutable_save_kb_article()->mutable_article() = article;
        const protocol::KbArticle saved = context.client().call(std::move(request)).kb_article_reply().article();
        CommandResult result = articleResult(context, saved);
        result.text = tr("Added article %1.").arg(saved.id()) + QLatin1Char('\n') + result.text;
        return result;
    }

    // Links the article to the ticket (record_kb_use); a second use on the same ticket is
    // accepted and says so, as the server counts each ticket once.
    static CommandResult use(CommandContext& context)
    {
        const qint64 articleId = articleIdArgument(context.arguments().at(1));
        context.signIn();
        const qint64 ticketId = ticketIdOf(context, context.arguments().at(0));
        protocol::Envelope request;
        request.mutable_record_kb_use()->set_article_id(articleId);
        request.mutable_record_kb_use()->set_ticket_id(ticketId);
        const protocol::Envelope reply = context.client().call(std::move(request));
        const protocol::KbArticleReply& answer = reply.kb_article_reply();
        const QString ticket = context.arguments().at(0).trimmed().toUpper();
        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("article"), protoToJson(answer.article())},
                                  {QStringLiteral("ticket_id"), ticketId},
                                  {QStringLiteral("use_recorded"), answer.use_recorded()}};
        result.text = (answer.use_recorded()
                           ? tr("Linked article %1 to ticket %2; it has been used on %n ticket(s).", nullptr,
                                answer.article().use_count())
                           : tr("Ticket %2 already had article %1; nothing changed."))
                          .arg(QString::number(articleId), ticket)
            + QLatin1Char('\n');
        return result;
    }

    // Archives at the version just read: searches and suggestions stop showing it, the
    // tickets it was used on keep their link. Restoring shows it again.
    static CommandResult archive(CommandContext& context) { return setArchived(context, true); }
    static CommandResult restore(CommandContext& context) { return setArchived(context, false); }

    static CommandResult setArchived(CommandContext& context, bool archived)
    {
        const qint64 id = articleIdArgument(context.arguments().at(0));
        context.signIn();
        protocol::Envelope get;
        get.mutable_get_kb_article()->set_article_id(id);
        const protocol::KbArticle current = context.client().call(std::move(get)).kb_article_reply().article();
        if (current.archived() == archived) {
            throw Failure{kExitRequestFailed, archived ? tr("article %1 is archived already").arg(id)
                                                       : tr("article %1 is not archived").arg(id)};
        }
        protocol::Envelope request;
        auto* archive = request.mutable_archive_kb_article();
        archive->set_id(id);
        archive->set_expected_version(current.version());
        archive->set_archived(archived);
        const protocol::KbArticle saved = context.client().call(std::move(request)).kb_article_reply().article();
        CommandResult result = articleResult(context, saved);
        result.text = (archived ? tr("Archived article %1.") : tr("Restored article %1.")).arg(id) + QLatin1Char('\n') +
                      result.text;
        return result;
    }

private:
    static qint64 articleIdArgument(const QString& argument)
    {
        bool isNumber = false;
        const qint64 id = argument.trimmed().toLongLong(&isNumber);
        if (!isNumber || id <= 0) throw Failure{kExitUsage, tr("name an article by its id (kb search shows it)")};
        return id;
    }

    // A ticket number (GD2026-000123) is looked up; a plain number is an id.
    static qint64 ticketIdOf(CommandContext& context, const QString& key)
    {
        const QString trimmed = key.trimmed().toUpper();
        if (!QRegularExpression(QStringLiteral("^GD\\d{4}-\\d{6,}$")).match(trimmed).hasMatch()) {
            bool isNumber = false;
            const qint64 id = trimmed.toLongLong(&isNumber);
            if (!isNumber || id <= 0) throw Failure{kExitUsage, tr("name a ticket by its number (GD2026-000123) or id")};
            return id;
        }
        protocol::Envelope request;
        request.mutable_list_tickets()->set_number(trimmed.toStdString());
        request.mutable_list_tickets()->set_limit(1);
        const protocol::Envelope reply = context.client().call(std::move(request));
        if (reply.list_tickets_reply().tickets_size() == 0) {
            throw Failure{kExitRequestFailed, tr("no ticket has the number \"%1\"").arg(trimmed)};
        }
        return reply.list_tickets_reply().tickets(0).id();
    }

    static CommandResult articleResult(CommandContext& context, const protocol::KbArticle& a)
    {
        KbReference reference(context);
        QString out = tr("#%1  %2").arg(QString::number(a.id()), text(a.title())) + QLatin1Char('\n');
        QString product = productText(a.product_line_name());
        if (!a.versions().empty()) product += tr(" (%1)").arg(text(a.versions()));
        const QString category = a.category_id() == 0 ? tr("none") : reference.categoryName(a.category_id());
        out += tr("Product: %1   Category: %2").arg(product, category) + QLatin1Char('\n');
        if (!a.keywords().empty()) out += tr("Keywords: %1").arg(text(a.keywords())) + QLatin1Char('\n');
        out += tr("Used on %n ticket(s). Written by %1, last changed %2 by %3.", nullptr, a.use_count())
                   .arg(text(a.author_name()), Records::timeText(a.updated_at_unix()), text(a.updated_by_name()))
            + QLatin1Char('\n');
        if (a.archived()) out += tr("Archived: searches and suggestions no longer show it.") + QLatin1Char('\n');
        out += QLatin1Char('\n') + section(tr("Symptom:"), a.symptom()) + section(tr("Cause:"), a.cause())
            + section(tr("Solution:"), a.solution());
        CommandResult result;
        result.json = QJsonObject{{QStringLiteral("article"), protoToJson(a)}};
        result.text = out;
        return result;
    }

    static QString productText(const std::string& lineName)
    {
        return lineName.empty() ? tr("every product") : text(lineName);
    }

};

}  // namespace

std::vector<CommandSpec> kbCommands()
{
    const QString kb = QStringLiteral("kb");
    CommandSpec search{{kb, QStringLiteral("search")}, 0,
                       {QStringLiteral("product"), QStringLiteral("category"), QStringLiteral("limit")}, {}, true,
                       "kb search [TEXT] [--product LINE] [--category CODE] [--limit N]",
                       QT_TRANSLATE_NOOP("Commands", "find knowledge articles having every word of TEXT, title matches "
                                                     "and the most used first"),
                       &KbCommands::search};
    search.optionalArguments = 1;
    QStringList addOptions = KbArticleInput::fieldNames();
    addOptions << QStringLiteral("file");
    return {
        search,
        {{kb, QStringLiteral("show")}, 1, {}, {}, true, "kb show ID",
         QT_TRANSLATE_NOOP("Commands", "show a knowledge article: symptom, cause and solution"), &KbCommands::show},
        {{kb, QStringLiteral("add")}, 0, addOptions, {}, true,
         "kb add --title TEXT --symptom TEXT --solution TEXT [--cause TEXT] [--product LINE] [--versions TEXT] "
         "[--category CODE] [--keywords TEXT] | kb add --file FILE",
         QT_TRANSLATE_NOOP("Commands", "write a knowledge article (engineers, branch managers and admins)"),
         &KbCommands::add},
        {{kb, QStringLiteral("use")}, 2, {}, {}, true, "kb use TICKET ARTICLE_ID",
         QT_TRANSLATE_NOOP("Commands", "record that a knowledge article was used on a ticket (links them once)"),
         &KbCommands::use},
        {{kb, QStringLiteral("archive")}, 1, {}, {}, true, "kb archive ARTICLE_ID",
         QT_TRANSLATE_NOOP("Commands", "archive a knowledge article: searches and suggestions no longer show it"),
         &KbCommands::archive},
        {{kb, QStringLiteral("restore")}, 1, {}, {}, true, "kb restore ARTICLE_ID",
         QT_TRANSLATE_NOOP("Commands", "restore an archived knowledge article: searches and suggestions show it again"),
         &KbCommands::restore},
    };
}

}  // namespace laoke::client::cli
