#pragma once
// What a running command can use: its parsed invocation, secrets obtained on demand (so a
// command asks for them in a sensible order and only when it needs them) and the client,
// connected and signed in on first use.

#include "BlockingClient.h"
#include "CommandLine.h"
#include "domain/AccountRules.h"

#include <QCoreApplication>

#include <optional>

namespace laoke::client::cli {

class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)
public:
    CommandContext(const Invocation& invocation, BlockingClient& client);

    const Invocation& invocation() const { return m_invocation; }
    const QStringList& arguments() const { return m_invocation.arguments; }
    BlockingClient& client() { return m_client; }

    /// --password-file, else LAOKE_PASSWORD, else a prompt; asked once.
    QString loginPassword();
    /// --new-password-file, else a prompt asked twice; checked against the password rules.
    QString newPassword(const QString& forUser);

    /// --limit: a number from 1 to `max`, `fallback` when not given; a usage Failure otherwise.
    int limitOption(int fallback, int max) const;

    /// Connects and logs in as --user (once); returns the signed-in user.
    const protocol::User& signIn();
    /// Logs out if signed in and closes the connection.
    void finish();

private:
    const Invocation& m_invocation;
    BlockingClient& m_client;
    std::optional<QString> m_loginPassword;
    std::optional<protocol::User> m_user;
};

/// Throws a usage Failure when a value breaks a rule of shared/domain/AccountRules.h.
void requireValid(const std::optional<domain::RuleViolation>& violation);

}  // namespace laoke::client::cli
