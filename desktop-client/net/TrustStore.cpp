#include "TrustStore.h"

#include <QCryptographicHash>
#include <QSettings>

namespace laoke::client {

namespace {

constexpr int kSha256Bytes = 32;

QString pinKey(const ServerAddress& server)
{
    return QStringLiteral("trust/") + server.toString();
}

constexpr QLatin1StringView kCaFileKey("tls/caFile");

QSettings settings()
{
    return QSettings(QStringLiteral("Laoke"), QStringLiteral("laoke"));
}

}  // namespace

QString certificateFingerprint(const QSslCertificate& certificate)
{
    if (certificate.isNull()) {
        return {};
    }
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString normaliseFingerprint(const QString& text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace()) {
            continue;
        }
        const bool hexDigit = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hexDigit) {
            return {};
        }
        hex.append(c.toUpper());
    }
    if (hex.size() != 2 * kSha256Bytes) {
        return {};
    }
    QString result;
    result.reserve(3 * kSha256Bytes - 1);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0) {
            result.append(QLatin1Char(':'));
        }
        result.append(hex.mid(i, 2));
    }
    return result;
}

std::optional<QString> TrustStore::pinnedFingerprint(const ServerAddress& server) const
{
    const QString stored = normaliseFingerprint(settings().value(pinKey(server)).toString());
    if (stored.isEmpty()) {
        return std::nullopt;
    }
    return stored;
}

void TrustStore::pin(const ServerAddress& server, const QString& fingerprint)
{
    settings().setValue(pinKey(server), normaliseFingerprint(fingerprint));
}

void TrustStore::forget(const ServerAddress& server)
{
    settings().remove(pinKey(server));
}

QString TrustStore::caFile() const
{
    return settings().value(kCaFileKey).toString();
}

void TrustStore::setCaFile(const QString& path)
{
    if (path.isEmpty()) {
        settings().remove(kCaFileKey);
    } else {
        settings().setValue(kCaFileKey, path);
    }
}

}  // namespace laoke::client
