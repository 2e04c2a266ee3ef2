#pragma once
// Shows a server certificate's SHA-256 fingerprint so the user can compare it with the one
// laoke-server prints in its log. First use: "Trust and connect" pins it. Changed certificate:
// a red warning that the connection was refused (possible interception) and how to proceed
// deliberately; there is no button that accepts the new certificate.

#include "Prompter.h"

#include <QDialog>

namespace laoke::ui {

class TrustCertificateDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { FirstUse, Changed };

    TrustCertificateDialog(const CertificateQuestion& question, Mode mode, QWidget* parent = nullptr);

    /// "AB:CD:..." broken into two lines of 16 bytes, easier to compare by eye.
    static QString formatFingerprint(const QString& fingerprint);

private:
    QWidget* fingerprintBox(const QString& caption, const QString& fingerprint, const QString& objectName);
    void buildFirstUse(const CertificateQuestion& question);
    void buildChanged(const CertificateQuestion& question);
};

}  // namespace laoke::ui
