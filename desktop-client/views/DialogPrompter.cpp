#include "DialogPrompter.h"

#include "TrustCertificateDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace laoke::ui {

bool DialogPrompter::confirm(QWidget* parent, const QString& title, const QString& question,
                             const QString& acceptLabel) {
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QCoreApplication::translate("laoke::ui::DialogPrompter", "Cancel"),
                                        QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

bool DialogPrompter::trustNewCertificate(QWidget* parent, const CertificateQuestion& question) {
    TrustCertificateDialog dialog(question, TrustCertificateDialog::Mode::FirstUse, parent);
    return dialog.exec() == QDialog::Accepted;
}

void DialogPrompter::warnCertificateChanged(QWidget* parent, const CertificateQuestion& question) {
    TrustCertificateDialog dialog(question, TrustCertificateDialog::Mode::Changed, parent);
    dialog.exec();
}

}  // namespace laoke::ui
