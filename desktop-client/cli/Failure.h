#pragma once
// How a laokectl command ends when it cannot succeed: a one-line message for stderr and the
// process exit code. Thrown by the command code and caught once in main(), so every path
// ends the same way (no partial output, one message).

#include <QByteArray>
#include <QString>

namespace laoke::client::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitRequestFailed = 1,  ///< the server refused or could not do the request
    kExitUsage = 2,          ///< bad command line or input, nothing was sent
    kExitConnection = 3,     ///< no trusted connection to the server
};

struct Failure {
    ExitCode exitCode;
    QString message;
    QByteArray output = {};  ///< printed on stdout before the message (e.g. an import's rejected rows)
};

}  // namespace laoke::client::cli
