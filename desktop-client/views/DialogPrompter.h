#pragma once
// The real Prompter: message boxes and the certificate dialog, shown modally.

#include "Prompter.h"

namespace laoke::ui {

class DialogPrompter : public Prompter {
public:
    bool confirm(QWidget* parent, const QString& title, const QString& question, const QString& acceptLabel) override;
    bool trustNewCertificate(QWidget* parent, const CertificateQuestion& question) override;
    void warnCertificateChanged(QWidget* parent, const CertificateQuestion& question) override;
};

}  // namespace laoke::ui
