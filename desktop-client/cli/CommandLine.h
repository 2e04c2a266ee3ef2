#pragma once
// laokectl's command line: global options (server, user, secrets, trust, output format), the
// command words and their arguments, checked against the command table before anything is
// sent. Usage errors are thrown as Failure with kExitUsage.

#include "Commands.h"
#include "Connection.h"
#include "Failure.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace laoke::client::cli {

struct Invocation {
    bool help = false;
    ServerAddress server;
    QString user;
    QString passwordFile;
    TrustSettings trust;       ///< pinned fingerprint (normalised) or CA file; may be empty
    bool json = false;
    const CommandSpec* command = nullptr;
    QStringList arguments;     ///< positional arguments after the command words
    QMap<QString, QString> options;  ///< command-specific options given, by name

    QString option(const QString& name) const { return options.value(name); }
};

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// `arguments` includes the program name, as QCoreApplication::arguments() does.
    /// LAOKE_TRUST_FINGERPRINT is read when no trust option is given.
    static Invocation parse(const QStringList& arguments);

    static QString helpText();
};

}  // namespace laoke::client::cli
