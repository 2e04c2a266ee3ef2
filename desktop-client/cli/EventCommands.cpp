// `laokectl events watch`: prints every live update the user receives (tickets of their
// branch, or all for admins) as one JSON object per line, until interrupted. For scripts and
// for checking that boards would see a change.

#include "CommandContext.h"
#include "Commands.h"
#include "ProtoJson.h"

#include <QJsonDocument>

#include <cstdio>

namespace laoke::client::cli {

namespace {

CommandResult watchEvents(CommandContext& context)
{
    context.signIn();
    protocol::Envelope request;
    request.mutable_watch_events();
    context.client().call(std::move(request));
    // Scripts read line by line: each event is written and flushed at once.
    context.client().runPushes([](const protocol::Envelope& push) {
        if (!push.has_event()) return;
        const QByteArray line = QJsonDocument(protoToJson(push.event())).toJson(QJsonDocument::Compact);
        std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    });
}

}  // namespace

std::vector<CommandSpec> eventCommands()
{
    return {
        {{QStringLiteral("events"), QStringLiteral("watch")}, 0, {}, {}, true, "events watch",
         QT_TRANSLATE_NOOP("Commands", "print live updates (JSON lines) until interrupted"), &watchEvents},
    };
}

}  // namespace laoke::client::cli
