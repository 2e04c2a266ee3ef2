#include "Records.h"

#include "domain/Role.h"

#include <QDateTime>

namespace laoke::client::cli {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

}  // namespace

QJsonObject Records::toJson(const protocol::User& user)
{
    return QJsonObject{
        {QStringLiteral("id"), static_cast<qint64>(user.id())},
        {QStringLiteral("username"), text(user.username())},
        {QStringLiteral("display_name"), text(user.display_name())},
        {QStringLiteral("role"), roleText(user.role())},
        {QStringLiteral("branch_id"), static_cast<qint64>(user.branch_id())},
        {QStringLiteral("branch_name"), text(user.branch_name())},
        {QStringLiteral("enabled"), user.enabled()},
        {QStringLiteral("locked_until_unix"), static_cast<qint64>(user.locked_until_unix())},
        {QStringLiteral("last_login_unix"), static_cast<qint64>(user.last_login_unix())},
        {QStringLiteral("must_change_password"), user.must_change_password()},
        {QStringLiteral("version"), static_cast<qint64>(user.version())},
    };
}

QJsonObject Records::toJson(const protocol::Branch& branch)
{
    return QJsonObject{
        {QStringLiteral("id"), static_cast<qint64>(branch.id())},
        {QStringLiteral("code"), text(branch.code())},
        {QStringLiteral("name"), text(branch.name())},
        {QStringLiteral("city"), text(branch.city())},
        {QStringLiteral("version"), static_cast<qint64>(branch.version())},
    };
}

QString Records::timeText(qint64 unixSeconds)
{
    if (unixSeconds == 0) {
        return tr("never");
    }
    return QDateTime::fromSecsSinceEpoch(unixSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Records::statusText(const protocol::User& user)
{
    QStringList parts;
    if (!user.enabled()) {
        parts << tr("disabled");
    } else if (user.locked_until_unix() > QDateTime::currentSecsSinceEpoch()) {
        parts << tr("locked until %1").arg(timeText(user.locked_until_unix()));
    } else {
        parts << tr("enabled");
    }
    if (user.must_change_password()) {
        parts << tr("must change password");
    }
    return parts.join(QStringLiteral(", "));
}

QString Records::roleText(protocol::Role role)
{
    return QString::fromStdString(domain::roleName(role));
}

}  // namespace laoke::client::cli
