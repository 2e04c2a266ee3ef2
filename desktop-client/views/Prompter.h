#pragma once
// The questions the UI asks in a modal way (confirmations, certificate decisions) go through
// this interface, so that tests can answer them in advance and the screens stay testable
// without a person clicking. DialogPrompter is the real implementation.

#include <QString>

class QWidget;

namespace laoke::ui {

/// What the user must decide about a server certificate.
struct CertificateQuestion {
    QString server;             ///< "host:port"
    QString fingerprint;        ///< SHA-256 of the presented certificate, "AB:CD:..."
    QString pinnedFingerprint;  ///< the fingerprint pinned earlier (only when it changed)
};

class Prompter {
public:
    virtual ~Prompter() = default;

    /// Asks a yes/no question; true when the user chose `acceptLabel`.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& question,
                         const QString& acceptLabel) = 0;

    /// A server this computer has not seen before: true when the user compared the
    /// fingerprint and chose to trust it.
    virtual bool trustNewCertificate(QWidget* parent, const CertificateQuestion& question) = 0;

    /// The server presented a different certificate than the pinned one: the connection is
    /// refused; this only tells the user, there is nothing to accept.
    virtual void warnCertificateChanged(QWidget* parent, const CertificateQuestion& question) = 0;
};

}  // namespace laoke::ui
