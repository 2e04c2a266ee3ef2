#include "CreateUserDialog.h"

#include "BranchListModel.h"
#include "FieldMessages.h"
#include "InlineErrorLabel.h"
#include "RoleNames.h"
#include "Theme.h"
#include "UserListModel.h"
#include "domain/AccountRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

CreateUserDialog::CreateUserDialog(client::UserListModel& users, client::BranchListModel& branches, QWidget* parent)
    : QDialog(parent),
      m_users(users),
      m_branches(branches),
      m_username(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_branch(new QComboBox(this)),
      m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)),
      m_branchHint(new QLabel(this)),
      m_usernameError(new InlineErrorLabel(this)),
      m_displayNameError(new InlineErrorLabel(this)),
      m_roleError(new InlineErrorLabel(this)),
      m_branchError(new InlineErrorLabel(this)),
      m_passwordError(new InlineErrorLabel(this)),
      m_confirmError(new InlineErrorLabel(this)),
      m_error(new InlineErrorLabel(this)) {
    setObjectName(QStringLiteral("createUserDialog"));
    setWindowTitle(tr("New user"));
    setMinimumWidth(520);

    auto* heading = new QLabel(tr("New user"), this);
    Theme::makeHeading(heading);
    auto* hint = new QLabel(tr("The new user logs in with the initial password and must then choose their own."), this);
    Theme::makeHint(hint);

    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("e.g. zhang.wei"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setPlaceholderText(tr("e.g. 张伟"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (protocol::Role role : client::RoleNames::all())
        m_role->addItem(client::RoleNames::displayName(role), static_cast<int>(role));
    m_role->setPlaceholderText(tr("Choose a role"));
    m_role->setCurrentIndex(-1);
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    m_branch->setModel(&m_branches);
    m_branch->setModelColumn(client::BranchListModel::NameColumn);
    m_branch->setPlaceholderText(tr("Choose a branch"));
    m_branch->setCurrentIndex(-1);
    Theme::makeHint(m_branchHint);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least 8 characters"));
    m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_usernameError->setObjectName(QStringLiteral("usernameError"));
    m_displayNameError->setObjectName(QStringLiteral("displayNameError"));
    m_roleError->setObjectName(QStringLiteral("roleError"));
    m_branchError->setObjectName(QStringLiteral("branchError"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_confirmError->setObjectName(QStringLiteral("confirmPasswordError"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* branchBox = InlineErrorLabel::stacked(m_branch, m_branchError);
    branchBox->addWidget(m_branchHint);
    auto* form = new QFormLayout;
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    form->addRow(tr("User name"), InlineErrorLabel::stacked(m_username, m_usernameError));
    form->addRow(tr("Name"), InlineErrorLabel::stacked(m_displayName, m_displayNameError));
    form->addRow(tr("Role"), InlineErrorLabel::stacked(m_role, m_roleError));
    form->addRow(tr("Branch"), branchBox);
    form->addRow(tr("Initial password"), InlineErrorLabel::stacked(m_password, m_passwordError));
    form->addRow(tr("Repeat password"), InlineErrorLabel::stacked(m_confirm, m_confirmError));

    auto* buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(tr("Create user"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    Theme::makePrimary(m_okButton);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_okButton, &QPushButton::clicked, this, &CreateUserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_username, m_displayName, m_password, m_confirm})
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { markTouched(edit); });
    connect(m_role, &QComboBox::activated, this, [this] { markTouched(m_role); });
    connect(m_branch, &QComboBox::activated, this, [this] { markTouched(m_branch); });
    connect(m_role, &QComboBox::currentIndexChanged, this, &CreateUserDialog::validate);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &CreateUserDialog::validate);
    connect(&m_branches, &client::BranchListModel::refreshed, this, [this] {
        m_branch->setCurrentIndex(-1);
        validate();
    });
    connect(&m_branches, &client::BranchListModel::loadFailed, this, [this](const client::ClientError& error) {
        m_branchError->setError(tr("The branches could not be loaded: %1").arg(error.userMessage()));
    });
    if (m_branches.rowCount() == 0) m_branches.refresh();
    validate();
}

bool CreateUserDialog::branchRequired() const {
    return m_role->currentIndex() < 0 || m_role->currentData().toInt() != protocol::ADMIN;
}

void CreateUserDialog::markTouched(QWidget* field) {
    if (!m_touched.contains(field)) m_touched.append(field);
    validate();
}

void CreateUserDialog::validate() {
    auto show = [this](QWidget* field, InlineErrorLabel* label, const QString& message) {
        label->setError(m_touched.contains(field) ? message : QString());
        return message.isEmpty();
    };
    auto ruleMessage = [](const std::optional<domain::RuleViolation>& violation) {
        return violation ? FieldMessages::rule(violation->field) : QString();
    };

    bool valid = show(m_username, m_usernameError, ruleMessage(domain::checkUsername(m_username->text().toStdString())));
    valid &= show(m_displayName, m_displayNameError,
                  ruleMessage(domain::checkDisplayName(m_displayName->text().toStdString())));
    valid &= show(m_role, m_roleError, m_role->currentIndex() < 0 ? FieldMessages::rule(QStringLiteral("role")) : QString());

    const bool noBranches = m_branches.rowCount() == 0 && !m_branches.isLoading();
    m_branchHint->setText(m_branches.isLoading() ? tr("Loading branches…")
                          : !branchRequired()    ? tr("Optional for administrators.")
                          : noBranches           ? tr("There are no branches yet: create one under Branches first.")
                                                 : QString());
    m_branchHint->setVisible(!m_branchHint->text().isEmpty());
    m_branch->setEnabled(!m_busy && m_branches.rowCount() > 0);
    valid &= show(m_branch, m_branchError,
                  branchRequired() && m_branch->currentIndex() < 0 ? FieldMessages::rule(QStringLiteral("branch_id"))
                                                                   : QString());

    valid &= show(m_password, m_passwordError, ruleMessage(domain::checkPassword(m_password->text().toStdString())));
    const bool match = m_confirm->text() == m_password->text();
    valid &= show(m_confirm, m_confirmError, match ? QString() : tr("The passwords do not match."));
    m_okButton->setEnabled(!m_busy && valid);
}

void CreateUserDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QWidget* field : std::initializer_list<QWidget*>{m_username, m_displayName, m_role, m_password, m_confirm})
        field->setEnabled(!busy);
    m_okButton->setText(busy ? tr("Creating…") : tr("Create user"));
    validate();
}

void CreateUserDialog::submit() {
    m_touched = {m_username, m_displayName, m_role, m_branch, m_password, m_confirm};
    validate();
    if (!m_okButton->isEnabled()) return;

    protocol::CreateUserRequest request;
    request.set_username(m_username->text().toStdString());
    request.set_display_name(m_displayName->text().trimmed().toStdString());
    request.set_role(static_cast<protocol::Role>(m_role->currentData().toInt()));
    if (m_branch->currentIndex() >= 0) request.set_branch_id(m_branches.branchAt(m_branch->currentIndex()).id());
    request.set_password(m_password->text().toStdString());

    m_error->clearError();
    setBusy(true);
    QPointer<CreateUserDialog> self(this);
    m_users.createUser(request, [self](const client::Reply& reply) {
        if (!self) return;
        self->setBusy(false);
        if (reply.ok()) {
            self->m_createdUserId = reply.envelope().user_reply().user().id();
            self->accept();
            return;
        }
        const client::ClientError& error = reply.error();
        if (error.code == protocol::ALREADY_EXISTS)
            self->showServerError(QStringLiteral("username"), tr("This user name is already taken."));
        else if (error.code == protocol::VALIDATION_FAILED)
            self->showServerError(error.field, FieldMessages::rule(error.field));
        else
            self->m_error->setError(error.userMessage());
    });
}

void CreateUserDialog::showServerError(const QString& field, const QString& message) {
    const QList<std::pair<QString, InlineErrorLabel*>> labels{
        {QStringLiteral("username"), m_usernameError}, {QStringLiteral("display_name"), m_displayNameError},
        {QStringLiteral("role"), m_roleError},         {QStringLiteral("branch_id"), m_branchError},
        {QStringLiteral("password"), m_passwordError},
    };
    for (const auto& [name, label] : labels) {
        if (name == field) {
            label->setError(message);
            return;
        }
    }
    m_error->setError(message);
}

}  // namespace laoke::ui
