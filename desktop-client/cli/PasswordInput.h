#pragma once
// Where laokectl gets passwords from without putting them on the command line (where `ps`
// and shell history would show them): the first line of a file, an environment variable, or
// a prompt on the controlling terminal with echo turned off.

#include <QCoreApplication>
#include <QString>

namespace laoke::client::cli {

class PasswordInput {
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)
public:
    /// The first line of `path` without its line ending; throws Failure (usage) if the file
    /// cannot be read or the line is empty.
    static QString fromFile(const QString& path);

    /// Asks on /dev/tty without echo; throws Failure (usage) when there is no terminal, so a
    /// script fails instead of hanging.
    static QString prompt(const QString& question);

    /// Asks twice and insists on the same answer, for choosing a new password.
    static QString promptNew(const QString& question);
};

}  // namespace laoke::client::cli
