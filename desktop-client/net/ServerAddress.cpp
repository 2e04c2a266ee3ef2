#include "ServerAddress.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace laoke::client {

namespace {

constexpr quint16 kDefaultPort = 7443;

std::optional<quint16> parsePort(const QString& text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return std::nullopt;
    }
    return static_cast<quint16>(port);
}

bool isHostName(const QString& host)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?"
                                                        "(\\.[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?)*\\.?$"));
    return host.size() <= 253 && name.match(host).hasMatch();
}

bool isIpv6(const QString& host)
{
    QHostAddress address;
    return address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

}  // namespace

std::optional<ServerAddress> ServerAddress::parse(const QString& text)
{
    const QString input = text.trimmed();
    ServerAddress address;
    address.port = kDefaultPort;

    if (input.startsWith(QLatin1Char('['))) {
        const qsizetype close = input.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return std::nullopt;
        }
        address.host = input.mid(1, close - 1);
        const QString rest = input.mid(close + 1);
        if (!isIpv6(address.host)) {
            return std::nullopt;
        }
        if (rest.isEmpty()) {
            return address;
        }
        if (!rest.startsWith(QLatin1Char(':'))) {
            return std::nullopt;
        }
        const auto port = parsePort(rest.mid(1));
        if (!port) {
            return std::nullopt;
        }
        address.port = *port;
        return address;
    }

    // More than one colon without brackets can only be a bare IPv6 address.
    if (input.count(QLatin1Char(':')) > 1) {
        if (!isIpv6(input)) {
            return std::nullopt;
        }
        address.host = input;
        return address;
    }

    const qsizetype colon = input.indexOf(QLatin1Char(':'));
    address.host = colon < 0 ? input : input.left(colon);
    if (colon >= 0) {
        const auto port = parsePort(input.mid(colon + 1));
        if (!port) {
            return std::nullopt;
        }
        address.port = *port;
    }
    if (!isHostName(address.host)) {
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::toString() const
{
    if (host.contains(QLatin1Char(':'))) {
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    }
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

}  // namespace laoke::client
