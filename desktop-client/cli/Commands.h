#pragma once
// The laokectl command table: each command's words, arguments, options and the function
// that runs it. Help text, option checks and dispatch all read this one table.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace laoke::client::cli {

class CommandContext;

/// What a successful command prints: `json` with --json, else `text`.
struct CommandResult {
    QJsonObject json;
    QString text;
};

struct CommandSpec {
    QStringList words;       ///< e.g. {"users", "add"}
    int argumentCount = 0;   ///< positional arguments after the words
    QStringList options;     ///< command-specific options it accepts (without "--")
    QStringList required;    ///< of those, the ones it cannot do without
    bool needsLogin = true;
    const char* synopsis;    ///< syntax for --help, not translated
    const char* summary;     ///< marked with QT_TRANSLATE_NOOP("Commands", ...)
    CommandResult (*run)(CommandContext& context);
    int optionalArguments = 0;  ///< positional arguments that may follow the required ones
};

/// Every command, in the order --help lists them.
const std::vector<CommandSpec>& commandTable();

std::vector<CommandSpec> sessionCommands();
std::vector<CommandSpec> userCommands();
std::vector<CommandSpec> branchCommands();
std::vector<CommandSpec> customerCommands();
std::vector<CommandSpec> ticketCommands();
std::vector<CommandSpec> categoryCommands();
std::vector<CommandSpec> eventCommands();
std::vector<CommandSpec> kbCommands();
std::vector<CommandSpec> callbackCommands();
std::vector<CommandSpec> rosterCommands();

}  // namespace laoke::client::cli
