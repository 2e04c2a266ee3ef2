#include "CommandContext.h"

#include "PasswordInput.h"

namespace laoke::client::cli {

CommandContext::CommandContext(const Invocation& invocation, BlockingClient& client)
    : m_invocation(invocation)
    , m_client(client)
{
}

QString CommandContext::loginPassword()
{
    if (!m_loginPassword) {
        if (!m_invocation.passwordFile.isEmpty()) {
            m_loginPassword = PasswordInput::fromFile(m_invocation.passwordFile);
        } else if (!qEnvironmentVariableIsEmpty("LAOKE_PASSWORD")) {
            m_loginPassword = qEnvironmentVariable("LAOKE_PASSWORD");
        } else {
            m_loginPassword = PasswordInput::prompt(
                tr("Password for %1 at %2: ").arg(m_invocation.user, m_invocation.server.toString()));
        }
    }
    return *m_loginPassword;
}

QString CommandContext::newPassword(const QString& forUser)
{
    const QString file = m_invocation.option(QStringLiteral("new-password-file"));
    const QString password =
        file.isEmpty() ? PasswordInput::promptNew(tr("New password for %1: ").arg(forUser)) : PasswordInput::fromFile(file);
    requireValid(domain::checkPassword(password.toStdString(), "new_password"));
    return password;
}

const protocol::User& CommandContext::signIn()
{
    if (!m_user) {
        const QString password = loginPassword();
        m_user = m_client.login(m_invocation.user, password);
    }
    return *m_user;
}

void CommandContext::finish()
{
    m_client.logout();
}

void requireValid(const std::optional<domain::RuleViolation>& violation)
{
    if (violation) {
        throw Failure{kExitUsage, QStringLiteral("%1: %2").arg(QString::fromStdString(violation->field),
                                                             QString::fromStdString(violation->message))};
    }
}

int CommandContext::limitOption(int fallback, int max) const
{
    const QString value = m_invocation.option(QStringLiteral("limit"));
    if (value.isEmpty()) return fallback;
    bool ok = false;
    const int limit = value.toInt(&ok);
    if (!ok || limit < 1 || limit > max) throw Failure{kExitUsage, tr("--limit must be a number from 1 to %1").arg(max)};
    return limit;
}

}  // namespace laoke::client::cli
