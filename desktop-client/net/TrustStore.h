#pragma once
// Which server certificates this client trusts: fingerprints pinned on first use (stored in
// QSettings under "trust/<host:port>") or a CA file configured by an administrator.

#include "ServerAddress.h"

#include <QSslCertificate>
#include <QString>

#include <optional>

namespace laoke::client {

/// "AB:CD:..." upper-case SHA-256 of the DER certificate, the form laoke-server logs.
QString certificateFingerprint(const QSslCertificate& certificate);

/// Normalises user input ("abcd...", "AB:CD:...", with spaces) to the form above; empty if invalid.
QString normaliseFingerprint(const QString& text);

class TrustStore {
public:
    /// Uses the application's QSettings (organisation "Laoke", application "laoke").
    TrustStore() = default;

    std::optional<QString> pinnedFingerprint(const ServerAddress& server) const;
    void pin(const ServerAddress& server, const QString& fingerprint);
    void forget(const ServerAddress& server);

    /// A CA file set by an administrator; when set, certificates are verified against it
    /// instead of pinned fingerprints.
    QString caFile() const;
    void setCaFile(const QString& path);
};

}  // namespace laoke::client
