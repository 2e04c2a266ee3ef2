#include "TrustCertificateDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace laoke::ui {

TrustCertificateDialog::TrustCertificateDialog(const CertificateQuestion& question, Mode mode, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("trustCertificateDialog"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(14);
    if (mode == Mode::FirstUse)
        buildFirstUse(question);
    else
        buildChanged(question);
}

QString TrustCertificateDialog::formatFingerprint(const QString& fingerprint) {
    const QStringList bytes = fingerprint.split(QLatin1Char(':'));
    if (bytes.size() <= 16) return fingerprint;
    return bytes.mid(0, 16).join(QLatin1Char(':')) + QLatin1Char('\n') + bytes.mid(16).join(QLatin1Char(':'));
}

QWidget* TrustCertificateDialog::fingerprintBox(const QString& caption, const QString& fingerprint,
                                                const QString& objectName) {
    auto* box = new QFrame(this);
    box->setStyleSheet(QStringLiteral("QFrame { background:#f7f8fa; border:1px solid #dfe3ea; border-radius:6px; }"
                                      "QLabel { border:none; background:transparent; }"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(14, 10, 14, 12);
    auto* title = new QLabel(caption, box);
    Theme::makeHint(title);
    auto* value = new QLabel(formatFingerprint(fingerprint), box);
    value->setObjectName(objectName);
    value->setFont(Theme::monospaceFont());
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addWidget(value);
    return box;
}

void TrustCertificateDialog::buildFirstUse(const CertificateQuestion& question) {
    setWindowTitle(tr("Verify the server"));
    auto* layout = static_cast<QVBoxLayout*>(this->layout());

    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(36, 36));
    auto* heading = new QLabel(tr("Is this your company's Laoke server?"), this);
    Theme::makeHeading(heading);
    header->addWidget(icon);
    header->addWidget(heading, 1);
    layout->addLayout(header);

    auto* explanation = new QLabel(
        tr("This computer has not connected to %1 before. Compare the certificate fingerprint below "
           "with the one laoke-server writes to its log when it starts (your administrator can read it to you).")
            .arg(question.server),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    layout->addWidget(fingerprintBox(tr("Certificate fingerprint (SHA-256)"), question.fingerprint,
                                     QStringLiteral("fingerprintLabel")));

    auto* hint = new QLabel(tr("Trust it only if every character matches. This computer then remembers the "
                               "certificate and warns you if the server ever presents a different one."),
                            this);
    Theme::makeHint(hint);
    layout->addWidget(hint);

    auto* buttons = new QDialogButtonBox(this);
    auto* trust = buttons->addButton(tr("Trust and connect"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    Theme::makePrimary(trust);
    auto* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(4);
    layout->addWidget(buttons);
}

void TrustCertificateDialog::buildChanged(const CertificateQuestion& question) {
    setWindowTitle(tr("Connection refused"));
    auto* layout = static_cast<QVBoxLayout*>(this->layout());

    auto* warning = new QFrame(this);
    warning->setObjectName(QStringLiteral("certificateChangedWarning"));
    warning->setStyleSheet(QStringLiteral("QFrame#certificateChangedWarning { background:#fdeeee; "
                                          "border:1px solid #e6a5a1; border-radius:6px; }"
                                          "QLabel { background:transparent; border:none; color:#9b1c1c; }"));
    auto* warningLayout = new QHBoxLayout(warning);
    warningLayout->setContentsMargins(14, 12, 14, 12);
    warningLayout->setSpacing(12);
    auto* icon = new QLabel(warning);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(36, 36));
    auto* text = new QLabel(
        tr("<b>The server's certificate has changed.</b><br>The certificate presented by %1 differs from the one "
           "this computer trusted before. Someone may be intercepting the connection. The connection was refused.")
            .arg(question.server.toHtmlEscaped()),
        warning);
    text->setWordWrap(true);
    warningLayout->addWidget(icon, 0, Qt::AlignTop);
    warningLayout->addWidget(text, 1);
    layout->addWidget(warning);

    layout->addWidget(fingerprintBox(tr("Trusted certificate (SHA-256)"), question.pinnedFingerprint,
                                     QStringLiteral("pinnedFingerprintLabel")));
    layout->addWidget(fingerprintBox(tr("Certificate presented now (SHA-256)"), question.fingerprint,
                                     QStringLiteral("fingerprintLabel")));

    auto* hint = new QLabel(tr("Do not log in. If your administrator has really replaced the server's certificate, "
                               "ask for the new fingerprint, remove %1 under Settings → Trusted servers, and connect "
                               "again to verify it.")
                                .arg(question.server),
                            this);
    Theme::makeHint(hint);
    layout->addWidget(hint);

    auto* buttons = new QDialogButtonBox(this);
    auto* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

}  // namespace laoke::ui
