#include "CertificateCheck.h"

#include "TrustStore.h"

#include <QSslSocket>
#include <QStringList>

namespace laoke::client {

namespace {

QString notPinnedDetail(const QString& fingerprint, const QString& pinned)
{
    if (pinned.isEmpty()) {
        return QStringLiteral("the server certificate %1 is not pinned").arg(fingerprint);
    }
    return QStringLiteral("the server certificate %1 does not match the pinned %2").arg(fingerprint, pinned);
}

}  // namespace

void CertificateCheck::setTrust(const TrustSettings& trust)
{
    m_trust = trust;
}

std::variant<QSslConfiguration, ClientError> CertificateCheck::tlsConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_trust.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(m_trust.caFile, QSsl::Pem);
        if (authorities.isEmpty()) {
            ClientError error;
            error.kind = ClientError::Kind::Untrusted;
            error.detail = QStringLiteral("cannot read a CA certificate from %1").arg(m_trust.caFile);
            return error;
        }
        config.setCaCertificates(authorities);
    } else {
        // Pinned mode: no authority vouches for the server, only the fingerprint does.
        config.setCaCertificates({});
    }
    return config;
}

bool CertificateCheck::acceptsDespite(const QSslCertificate& peer, const QList<QSslError>& errors)
{
    const QString fingerprint = certificateFingerprint(peer);
    const QString pinned = normaliseFingerprint(m_trust.pinnedFingerprint);
    if (m_trust.caFile.isEmpty() && !pinned.isEmpty() && fingerprint == pinned) {
        return true;
    }
    if (!m_trust.caFile.isEmpty()) {
        QStringList reasons;
        for (const QSslError& error : errors) {
            reasons << error.errorString();
        }
        m_rejected = UntrustedPeer{fingerprint, peer, false, reasons.join(QStringLiteral("; "))};
    } else {
        m_rejected = UntrustedPeer{fingerprint, peer, !pinned.isEmpty(), notPinnedDetail(fingerprint, pinned)};
    }
    return false;
}

bool CertificateCheck::acceptsEncrypted(const QSslCertificate& peer)
{
    if (!m_trust.caFile.isEmpty()) {
        return true;
    }
    // A certificate that some system authority vouches for raises no sslErrors, yet
    // pinning must still hold.
    const QString fingerprint = certificateFingerprint(peer);
    const QString pinned = normaliseFingerprint(m_trust.pinnedFingerprint);
    if (fingerprint == pinned) {
        return true;
    }
    m_rejected = UntrustedPeer{fingerprint, peer, !pinned.isEmpty(), notPinnedDetail(fingerprint, pinned)};
    return false;
}

const std::optional<UntrustedPeer>& CertificateCheck::rejected() const
{
    return m_rejected;
}

void CertificateCheck::reset()
{
    m_rejected.reset();
}

}  // namespace laoke::client
