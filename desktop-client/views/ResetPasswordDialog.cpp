#include "ResetPasswordDialog.h"

#include "FieldMessages.h"
#include "InlineErrorLabel.h"
#include "Theme.h"
#include "UserListModel.h"
#include "domain/AccountRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

ResetPasswordDialog::ResetPasswordDialog(client::UserListModel& users, qint64 userId, QWidget* parent)
    : QDialog(parent),
      m_users(users),
      m_userId(userId),
      m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)),
      m_passwordError(new InlineErrorLabel(this)),
      m_confirmError(new InlineErrorLabel(this)),
      m_error(new InlineErrorLabel(this)) {
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));
    setMinimumWidth(480);

    const int row = m_users.rowOfUser(userId);
    const QString who = row < 0 ? QString()
                                : QStringLiteral("%1 (%2)").arg(QString::fromStdString(m_users.userAt(row).display_name()),
                                                                QString::fromStdString(m_users.userAt(row).username()));
    auto* heading = new QLabel(tr("Reset password"), this);
    Theme::makeHeading(heading);
    auto* hint = new QLabel(tr("Set a new password for %1. Their open sessions end, and they must choose their own "
                               "password at the next login. Tell them the new password in person or by phone.")
                                .arg(who),
                            this);
    hint->setWordWrap(true);

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 8 characters"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_confirmError->setObjectName(QStringLiteral("confirmPasswordError"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("New password"), InlineErrorLabel::stacked(m_password, m_passwordError));
    form->addRow(tr("Repeat password"), InlineErrorLabel::stacked(m_confirm, m_confirmError));

    auto* buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(tr("Reset password"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    Theme::makePrimary(m_okButton);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_okButton, &QPushButton::clicked, this, &ResetPasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &ResetPasswordDialog::validate);
    connect(m_confirm, &QLineEdit::textChanged, this, &ResetPasswordDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    validate();
}

void ResetPasswordDialog::validate() {
    const auto violation = domain::checkPassword(m_password->text().toStdString(), "new_password");
    m_passwordError->setError(!m_password->text().isEmpty() && violation ? FieldMessages::rule(violation->field)
                                                                         : QString());
    const bool match = m_confirm->text() == m_password->text();
    m_confirmError->setError(!m_confirm->text().isEmpty() && !match ? tr("The passwords do not match.") : QString());
    m_okButton->setEnabled(!m_busy && !violation && match);
}

void ResetPasswordDialog::submit() {
    if (!m_okButton->isEnabled()) return;
    m_busy = true;
    m_error->clearError();
    m_okButton->setText(tr("Saving…"));
    validate();
    QPointer<ResetPasswordDialog> self(this);
    m_users.resetPassword(m_userId, m_password->text(), [self](const client::Reply& reply) {
        if (!self) return;
        self->m_busy = false;
        self->m_okButton->setText(tr("Reset password"));
        self->validate();
        if (reply.ok()) {
            self->accept();
            return;
        }
        const client::ClientError& error = reply.error();
        if (error.code == protocol::CONFLICT) {
            emit self->conflictOccurred(self->m_userId);
            self->reject();
        } else if (error.code == protocol::VALIDATION_FAILED) {
            self->m_passwordError->setError(FieldMessages::rule(error.field));
        } else {
            self->m_error->setError(error.userMessage());
        }
    });
}

}  // namespace laoke::ui
