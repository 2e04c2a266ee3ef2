#include "ChangePasswordDialog.h"

#include "FieldMessages.h"
#include "InlineErrorLabel.h"
#include "SessionModel.h"
#include "Theme.h"
#include "domain/AccountRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

ChangePasswordDialog::ChangePasswordDialog(client::SessionModel& session, Mode mode, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_oldPassword(new QLineEdit(this)),
      m_newPassword(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)),
      m_oldError(new InlineErrorLabel(this)),
      m_newError(new InlineErrorLabel(this)),
      m_confirmError(new InlineErrorLabel(this)),
      m_error(new InlineErrorLabel(this)) {
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    setMinimumWidth(480);
    setModal(true);

    auto* heading = new QLabel(mode == Mode::Required ? tr("Choose your own password") : tr("Change password"), this);
    Theme::makeHeading(heading);
    auto* hint = new QLabel(mode == Mode::Required
                                ? tr("Your password was set by an administrator. Choose a new password that only you "
                                     "know before you continue.")
                                : tr("After the change, your other sessions on other computers are logged out."),
                            this);
    Theme::makeHint(hint);

    m_oldPassword->setObjectName(QStringLiteral("oldPasswordEdit"));
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    for (QLineEdit* edit : {m_oldPassword, m_newPassword, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::validate);
    }
    m_newPassword->setPlaceholderText(tr("At least 8 characters"));
    m_oldError->setObjectName(QStringLiteral("oldPasswordError"));
    m_newError->setObjectName(QStringLiteral("newPasswordError"));
    m_confirmError->setObjectName(QStringLiteral("confirmPasswordError"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Current password"), InlineErrorLabel::stacked(m_oldPassword, m_oldError));
    form->addRow(tr("New password"), InlineErrorLabel::stacked(m_newPassword, m_newError));
    form->addRow(tr("Repeat new password"), InlineErrorLabel::stacked(m_confirm, m_confirmError));

    auto* buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    Theme::makePrimary(m_okButton);
    m_cancelButton = buttons->addButton(mode == Mode::Required ? tr("Log out") : tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_okButton, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

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

void ChangePasswordDialog::validate() {
    const std::string newPassword = m_newPassword->text().toStdString();
    QString newError;
    if (!newPassword.empty()) {
        if (const auto violation = domain::checkPassword(newPassword, "new_password"))
            newError = FieldMessages::rule(violation->field);
        else if (m_newPassword->text() == m_oldPassword->text())
            newError = tr("The new password must differ from the current one.");
    }
    m_newError->setError(newError);
    const bool confirmMismatch = !m_confirm->text().isEmpty() && m_confirm->text() != m_newPassword->text();
    m_confirmError->setError(confirmMismatch ? tr("The passwords do not match.") : QString());
    m_okButton->setEnabled(!m_busy && !m_oldPassword->text().isEmpty() && !newPassword.empty() && newError.isEmpty() &&
                           m_confirm->text() == m_newPassword->text());
}

void ChangePasswordDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QLineEdit* edit : {m_oldPassword, m_newPassword, m_confirm}) edit->setEnabled(!busy);
    m_okButton->setText(busy ? tr("Saving…") : tr("Change password"));
    validate();
}

void ChangePasswordDialog::submit() {
    if (!m_okButton->isEnabled()) return;
    m_oldError->clearError();
    m_error->clearError();
    setBusy(true);
    QPointer<ChangePasswordDialog> self(this);
    m_session.changePassword(m_oldPassword->text(), m_newPassword->text(), [self](const client::Reply& reply) {
        if (!self) return;
        self->setBusy(false);
        if (reply.ok()) {
            self->accept();
            return;
        }
        const client::ClientError& error = reply.error();
        if (error.code == protocol::INVALID_CREDENTIALS) {
            self->m_oldError->setError(tr("The current password is wrong."));
            self->m_oldPassword->setFocus();
            self->m_oldPassword->selectAll();
        } else if (error.code == protocol::VALIDATION_FAILED && error.field == QLatin1String("old_password")) {
            self->m_oldError->setError(FieldMessages::rule(error.field));
        } else if (error.code == protocol::VALIDATION_FAILED && error.field == QLatin1String("new_password")) {
            self->m_newError->setError(FieldMessages::rule(error.field));
        } else {
            self->m_error->setError(error.userMessage());
        }
    });
}

}  // namespace laoke::ui
