#pragma once
// Whether a Connection trusts the server's TLS certificate: with a CA file the chain is
// verified against it, otherwise only the pinned SHA-256 fingerprint is accepted. Connection
// asks while the TLS handshake runs, and reports the refused certificate once the socket fails.

#include "ClientError.h"
#include "Connection.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>
#include <variant>

namespace laoke::client {

/// A server certificate that the trust settings refused.
struct UntrustedPeer {
    QString fingerprint;  ///< see certificateFingerprint
    QSslCertificate certificate;
    bool changed = false;  ///< a different fingerprint was pinned (possible interception)
    QString detail;        ///< English reason, for ClientError::detail
};

class CertificateCheck {
public:
    void setTrust(const TrustSettings& trust);

    /// The TLS configuration for one connection attempt, or an Untrusted error when the CA
    /// file cannot be read.
    std::variant<QSslConfiguration, ClientError> tlsConfiguration() const;

    /// For QSslSocket::sslErrors: true when the errors are to be ignored (the certificate is
    /// the pinned one); otherwise the certificate is recorded as rejected.
    bool acceptsDespite(const QSslCertificate& peer, const QList<QSslError>& errors);
    /// For QSslSocket::encrypted: false, with the certificate recorded as rejected, when it is
    /// not the pinned one.
    bool acceptsEncrypted(const QSslCertificate& peer);

    /// The certificate refused during the current attempt, if any.
    const std::optional<UntrustedPeer>& rejected() const;
    /// Forgets the refusal before a new attempt.
    void reset();

private:
    TrustSettings m_trust;
    std::optional<UntrustedPeer> m_rejected;
};

}  // namespace laoke::client
