#include "CommandLine.h"

#include "TableOutput.h"
#include "TrustStore.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

namespace laoke::client::cli {

namespace {

struct OptionInfo {
    const char* name;
    const char* valueName;  ///< nullptr for a flag
    const char* description;
};

// Global options first, then the command-specific ones in the order commands use them.
const OptionInfo kOptions[] = {
    {"server", "HOST:PORT", QT_TRANSLATE_NOOP("CommandLine", "the laoke-server to talk to (default port 7443)")},
    {"user", "USER", QT_TRANSLATE_NOOP("CommandLine", "the user name to sign in with")},
    {"password-file", "FILE",
     QT_TRANSLATE_NOOP("CommandLine", "read the password from the first line of FILE (else LAOKE_PASSWORD, "
                                      "else a prompt)")},
    {"ca", "FILE", QT_TRANSLATE_NOOP("CommandLine", "trust server certificates issued by the CA in FILE (PEM)")},
    {"trust-fingerprint", "SHA256",
     QT_TRANSLATE_NOOP("CommandLine", "trust exactly the server certificate with this SHA-256 fingerprint "
                                      "(else LAOKE_TRUST_FINGERPRINT)")},
    {"json", nullptr, QT_TRANSLATE_NOOP("CommandLine", "print one JSON document instead of tables")},
    {"name", "NAME", QT_TRANSLATE_NOOP("CommandLine", "display name of a new user, or name of a new branch")},
    {"role", "ROLE", QT_TRANSLATE_NOOP("CommandLine", "admin, branch_manager, account_manager or engineer")},
    {"branch", "CODE", QT_TRANSLATE_NOOP("CommandLine", "code of a branch: a new user's, or the one whose callbacks to list")},
    {"city", "CITY", QT_TRANSLATE_NOOP("CommandLine", "city of a new branch")},
    {"new-password-file", "FILE",
     QT_TRANSLATE_NOOP("CommandLine", "read the new password from the first line of FILE (else a prompt)")},
    {"status", "S",
     QT_TRANSLATE_NOOP("CommandLine", "only customers with this status: active, dormant or lost (comma separated)")},
    {"limit", "N", QT_TRANSLATE_NOOP("CommandLine", "show at most N rows (default 50)")},
    {"search", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "export only the customers this search finds")},
    {"skip-bad-rows", nullptr,
     QT_TRANSLATE_NOOP("CommandLine", "import the good rows and report the bad ones (default: all or nothing)")},
    {"update-duplicates", nullptr,
     QT_TRANSLATE_NOOP("CommandLine", "update customers that exist already (same name or credit code) instead of "
                                      "skipping them")},
    {"dry-run", nullptr,
     QT_TRANSLATE_NOOP("CommandLine", "check the import and report what it would do, changing nothing")},
    {"open", nullptr, QT_TRANSLATE_NOOP("CommandLine", "only tickets someone still has to work on")},
    {"mine", nullptr, QT_TRANSLATE_NOOP("CommandLine", "only tickets you own or work on")},
    {"customer", "CODE", QT_TRANSLATE_NOOP("CommandLine", "only this customer's tickets")},
    {"subject", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "what the problem is, in a line")},
    {"channel", "C", QT_TRANSLATE_NOOP("CommandLine", "hotline (default), remote, onsite, wechat or walk_in")},
    {"priority", "P", QT_TRANSLATE_NOOP("CommandLine", "urgent, high, normal (default) or consult")},
    {"description", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "the problem in the customer's words")},
    {"to", "USER", QT_TRANSLATE_NOOP("CommandLine", "the user name of the engineer to give the ticket to")},
    {"reassign", nullptr,
     QT_TRANSLATE_NOOP("CommandLine", "move a ticket someone is already assigned to (branch managers)")},
    {"solution", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "how the problem was solved")},
    {"product", "LINE",
     QT_TRANSLATE_NOOP("CommandLine", "a product line by code or name (u8plus, 用友U8+); searches also find articles "
                                      "for every line; tickets create and edit: the customer's installed product "
                                      "(用友U8+ 16.0), or none to clear it")},
    {"category", "CODE",
     QT_TRANSLATE_NOOP("CommandLine", "a ticket category by code or name (month_end, year_end.stuck_task, 年度结转); "
                                      "a group includes its sub-types; tickets edit: none clears it")},
    {"contact", "NAME", QT_TRANSLATE_NOOP("CommandLine", "the customer's contact by name or phone number, or none")},
    {"module", "NAME", QT_TRANSLATE_NOOP("CommandLine", "a module of the installed product (总账), or none")},
    {"zh", "NAME", QT_TRANSLATE_NOOP("CommandLine", "a category's Chinese name")},
    {"en", "NAME", QT_TRANSLATE_NOOP("CommandLine", "a category's English name")},
    {"group", "CATEGORY", QT_TRANSLATE_NOOP("CommandLine", "the group a new category belongs to (code or name)")},
    {"position", "N", QT_TRANSLATE_NOOP("CommandLine", "where a category stands among its siblings; smaller first")},
    {"reason", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "why a ticket is opened again")},
    {"all", nullptr, QT_TRANSLATE_NOOP("CommandLine", "retired categories too")},
    {"title", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "the title of a knowledge article")},
    {"symptom", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "what the user sees (error message, screen)")},
    {"cause", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "why it happens")},
    {"versions", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "the versions an article holds for, free text (U8+ 13.0–16.1)")},
    {"keywords", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "further words an article should be found by")},
    {"file", "FILE",
     QT_TRANSLATE_NOOP("CommandLine", "read the article from FILE: JSON with the fields above, or lines \"field: text\" "
                                      "(following lines continue the field); options override it")},
    {"outcome", "O", QT_TRANSLATE_NOOP("CommandLine", "how the callback went: reached, no_answer, wrong_number or refused")},
    {"satisfaction", "1-5", QT_TRANSLATE_NOOP("CommandLine", "the customer's satisfaction, 5 the best (reached only)")},
    {"comment", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "what the customer said")},
    {"complaint", nullptr, QT_TRANSLATE_NOOP("CommandLine", "the customer complains: opens a complaint case")},
    {"week", "DATE", QT_TRANSLATE_NOOP("CommandLine", "the roster week holding DATE (YYYY-MM-DD; default this week)")},
    {"note", "TEXT", QT_TRANSLATE_NOOP("CommandLine", "a short note on a roster day (at most 60 characters)")},
    {"help", nullptr, QT_TRANSLATE_NOOP("CommandLine", "show this help")},
};

constexpr const char* kGlobalOptions[] = {"server", "user", "password-file", "ca", "trust-fingerprint", "json", "help"};

bool isGlobal(const QString& name)
{
    return std::any_of(std::begin(kGlobalOptions), std::end(kGlobalOptions),
                       [&](const char* global) { return name == QLatin1String(global); });
}

[[noreturn]] void usageError(const QString& message)
{
    throw Failure{kExitUsage, message};
}

const CommandSpec* findCommand(const QStringList& positional)
{
    const CommandSpec* best = nullptr;
    for (const CommandSpec& spec : commandTable()) {
        if (spec.words.size() <= positional.size()
            && std::equal(spec.words.begin(), spec.words.end(), positional.begin())
            && (!best || spec.words.size() > best->words.size())) {
            best = &spec;
        }
    }
    return best;
}

TrustSettings parseTrust(const QCommandLineParser& parser)
{
    TrustSettings trust;
    QString fingerprint = parser.value(QStringLiteral("trust-fingerprint"));
    const bool fromEnvironment = fingerprint.isEmpty() && !parser.isSet(QStringLiteral("ca"));
    if (fromEnvironment) {
        fingerprint = qEnvironmentVariable("LAOKE_TRUST_FINGERPRINT");
    }
    if (parser.isSet(QStringLiteral("ca")) && parser.isSet(QStringLiteral("trust-fingerprint"))) {
        usageError(CommandLine::tr("give either --ca or --trust-fingerprint, not both"));
    }
    if (parser.isSet(QStringLiteral("ca"))) {
        trust.caFile = parser.value(QStringLiteral("ca"));
        if (!QFileInfo(trust.caFile).isReadable()) {
            usageError(CommandLine::tr("cannot read the CA file %1").arg(trust.caFile));
        }
        return trust;
    }
    if (!fingerprint.isEmpty()) {
        trust.pinnedFingerprint = normaliseFingerprint(fingerprint);
        if (trust.pinnedFingerprint.isEmpty()) {
            usageError(fromEnvironment
                           ? CommandLine::tr("LAOKE_TRUST_FINGERPRINT is not a SHA-256 fingerprint (64 hex digits)")
                           : CommandLine::tr("--trust-fingerprint is not a SHA-256 fingerprint (64 hex digits)"));
        }
    }
    return trust;
}

}  // namespace

Invocation CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionInfo& info : kOptions) {
        QStringList names{QString::fromLatin1(info.name)};
        if (names.first() == QLatin1String("help")) {
            names << QStringLiteral("h");
        }
        parser.addOption(info.valueName ? QCommandLineOption(names, tr(info.description),
                                                             QString::fromLatin1(info.valueName))
                                        : QCommandLineOption(names, tr(info.description)));
    }
    if (!parser.parse(arguments)) {
        usageError(parser.errorText());
    }

    Invocation invocation;
    if (parser.isSet(QStringLiteral("help"))) {
        invocation.help = true;
        return invocation;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        usageError(tr("no command given; see laokectl --help"));
    }
    invocation.command = findCommand(positional);
    if (!invocation.command) {
        usageError(tr("unknown command \"%1\"; see laokectl --help").arg(positional.join(QLatin1Char(' '))));
    }
    const CommandSpec& spec = *invocation.command;
    invocation.arguments = positional.mid(spec.words.size());
    if (invocation.arguments.size() < spec.argumentCount
        || invocation.arguments.size() > spec.argumentCount + spec.optionalArguments) {
        usageError(tr("usage: laokectl [options] %1").arg(QString::fromLatin1(spec.synopsis)));
    }
    for (const QString& name : parser.optionNames()) {
        if (isGlobal(name)) {
            continue;
        }
        if (!spec.options.contains(name)) {
            usageError(tr("the option --%1 does not apply to \"%2\"").arg(name, spec.words.join(QLatin1Char(' '))));
        }
        invocation.options.insert(name, parser.value(name));
    }
    for (const QString& name : spec.required) {
        if (invocation.option(name).isEmpty()) {
            usageError(tr("\"%1\" needs --%2").arg(spec.words.join(QLatin1Char(' ')), name));
        }
    }

    if (!parser.isSet(QStringLiteral("server"))) {
        usageError(tr("--server HOST:PORT is required"));
    }
    const auto server = ServerAddress::parse(parser.value(QStringLiteral("server")));
    if (!server) {
        usageError(tr("--server: \"%1\" is not a HOST:PORT address").arg(parser.value(QStringLiteral("server"))));
    }
    invocation.server = *server;
    invocation.user = parser.value(QStringLiteral("user"));
    if (spec.needsLogin && invocation.user.isEmpty()) {
        usageError(tr("\"%1\" needs --user").arg(spec.words.join(QLatin1Char(' '))));
    }
    invocation.passwordFile = parser.value(QStringLiteral("password-file"));
    invocation.trust = parseTrust(parser);
    invocation.json = parser.isSet(QStringLiteral("json"));
    return invocation;
}

QString CommandLine::helpText()
{
    QString text = tr("Usage: laokectl --server HOST:PORT [--user USER] [options] COMMAND [ARGUMENTS]") + QStringLiteral("\n\n");
    text += tr("Administers a Laoke server from the command line.") + QStringLiteral("\n\n");

    text += tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec& spec : commandTable()) {
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(QString::fromLatin1(spec.synopsis), QCoreApplication::translate("Commands", spec.summary));
    }
    text += QLatin1Char('\n');

    text += tr("Options:") + QLatin1Char('\n');
    TableOutput options;
    for (const OptionInfo& info : kOptions) {
        QString name = QStringLiteral("  --") + QString::fromLatin1(info.name);
        if (info.valueName) {
            name += QLatin1Char(' ') + QString::fromLatin1(info.valueName);
        }
        options.addRow({name, tr(info.description)});
    }
    text += options.render() + QLatin1Char('\n');

    text += tr("Exit codes: 0 success, 1 the server refused or failed the request, 2 usage error, "
               "3 connection or certificate problem.")
        + QLatin1Char('\n');
    return text;
}

}  // namespace laoke::client::cli
