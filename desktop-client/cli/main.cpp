// laokectl: administers a Laoke server from the command line (users, branches, own password)
// over the same TLS connection code as the desktop client.

#include "BlockingClient.h"
#include "CommandContext.h"
#include "CommandLine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <optional>

using namespace laoke::client;
using namespace laoke::client::cli;

namespace {

void write(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const Failure& failure)
{
    if (!failure.output.isEmpty()) {
        write(stdout, failure.output);
    }
    QString message = failure.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    write(stderr, QStringLiteral("laokectl: %1\n").arg(message).toUtf8());
    return failure.exitCode;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("laokectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LAOKE_VERSION));
    // The user's language, as the desktop follows the system's: 中文 under a Chinese locale
    // (LANG=zh_CN.UTF-8), else English (whose plural forms also come from a translation).
    QTranslator translator;
    const bool chinese = QLocale::system().language() == QLocale::Chinese;
    if (translator.load(chinese ? QStringLiteral(":/i18n/laoke_zh_CN.qm") : QStringLiteral(":/i18n/laoke_en.qm"))) {
        QCoreApplication::installTranslator(&translator);
    }

    Invocation invocation;
    try {
        invocation = CommandLine::parse(QCoreApplication::arguments());
    } catch (const Failure& failure) {
        return fail(failure);
    }
    if (invocation.help) {
        write(stdout, CommandLine::helpText().toUtf8());
        return kExitOk;
    }

    BlockingClient client(invocation.server, invocation.trust);
    CommandContext context(invocation, client);
    try {
        const CommandResult result = invocation.command->run(context);
        context.finish();
        write(stdout, invocation.json ? QJsonDocument(result.json).toJson(QJsonDocument::Indented)
                                      : result.text.toUtf8());
        return kExitOk;
    } catch (const Failure& failure) {
        // The session should not outlive a failed command either; the failure stays the answer.
        try {
            context.finish();
        } catch (const Failure&) {
        }
        return fail(failure);
    }
}
