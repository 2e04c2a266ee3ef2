#include "CreateBranchDialog.h"

#include "BranchListModel.h"
#include "FieldMessages.h"
#include "InlineErrorLabel.h"
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

namespace {
constexpr qsizetype kMaxNameLength = 64;
}

CreateBranchDialog::CreateBranchDialog(client::BranchListModel& branches, QWidget* parent)
    : QDialog(parent),
      m_branches(branches),
      m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)),
      m_city(new QLineEdit(this)),
      m_codeError(new InlineErrorLabel(this)),
      m_nameError(new InlineErrorLabel(this)),
      m_cityError(new InlineErrorLabel(this)),
      m_error(new InlineErrorLabel(this)) {
    setObjectName(QStringLiteral("createBranchDialog"));
    setWindowTitle(tr("New branch"));
    setMinimumWidth(480);

    auto* heading = new QLabel(tr("New branch"), this);
    Theme::makeHeading(heading);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("e.g. BJ-HD"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. 北京海淀分公司"));
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_city->setPlaceholderText(tr("e.g. 北京"));
    m_codeError->setObjectName(QStringLiteral("codeError"));
    m_nameError->setObjectName(QStringLiteral("nameError"));
    m_cityError->setObjectName(QStringLiteral("cityError"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->addRow(tr("Code"), InlineErrorLabel::stacked(m_code, m_codeError));
    form->addRow(tr("Name"), InlineErrorLabel::stacked(m_name, m_nameError));
    form->addRow(tr("City"), InlineErrorLabel::stacked(m_city, m_cityError));

    auto* buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(tr("Create branch"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    Theme::makePrimary(m_okButton);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_okButton, &QPushButton::clicked, this, &CreateBranchDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_code, m_name, m_city}) connect(edit, &QLineEdit::textChanged, this, &CreateBranchDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    validate();
}

void CreateBranchDialog::validate() {
    const auto codeViolation = domain::checkBranchCode(m_code->text().toStdString());
    m_codeError->setError(!m_code->text().isEmpty() && codeViolation ? FieldMessages::rule(codeViolation->field) : QString());
    const QString name = m_name->text().trimmed();
    const bool nameValid = !name.isEmpty() && name.size() <= kMaxNameLength;
    m_nameError->setError(!m_name->text().isEmpty() && !nameValid ? FieldMessages::rule(QStringLiteral("name")) : QString());
    const bool cityValid = m_city->text().trimmed().size() <= kMaxNameLength;
    m_cityError->setError(cityValid ? QString() : FieldMessages::rule(QStringLiteral("city")));
    m_okButton->setEnabled(!m_busy && !codeViolation && nameValid && cityValid);
}

void CreateBranchDialog::submit() {
    if (!m_okButton->isEnabled()) return;
    protocol::CreateBranchRequest request;
    request.set_code(m_code->text().toStdString());
    request.set_name(m_name->text().trimmed().toStdString());
    request.set_city(m_city->text().trimmed().toStdString());
    m_busy = true;
    m_error->clearError();
    validate();
    QPointer<CreateBranchDialog> self(this);
    m_branches.createBranch(request, [self](const client::Reply& reply) {
        if (!self) return;
        self->m_busy = false;
        self->validate();
        if (reply.ok()) {
            self->m_createdBranchId = reply.envelope().branch_reply().branch().id();
            self->accept();
            return;
        }
        const client::ClientError& error = reply.error();
        if (error.code == protocol::ALREADY_EXISTS)
            self->m_codeError->setError(tr("A branch with this code already exists."));
        else if (error.code == protocol::VALIDATION_FAILED && error.field == QLatin1String("code"))
            self->m_codeError->setError(FieldMessages::rule(error.field));
        else if (error.code == protocol::VALIDATION_FAILED && error.field == QLatin1String("name"))
            self->m_nameError->setError(FieldMessages::rule(error.field));
        else if (error.code == protocol::VALIDATION_FAILED && error.field == QLatin1String("city"))
            self->m_cityError->setError(FieldMessages::rule(error.field));
        else
            self->m_error->setError(error.userMessage());
    });
}

}  // namespace laoke::ui
