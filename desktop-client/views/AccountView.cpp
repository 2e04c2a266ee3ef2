#include "AccountView.h"

#include "ChangePasswordDialog.h"
#include "RoleNames.h"
#include "SessionModel.h"
#include "Theme.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

AccountView::AccountView(client::SessionModel& session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_heading(new QLabel(this)),
      m_notice(new QLabel(this)),
      m_displayName(new QLabel(this)),
      m_username(new QLabel(this)),
      m_role(new QLabel(this)),
      m_branch(new QLabel(this)),
      m_server(new QLabel(this)),
      m_changePassword(new QPushButton(this)) {
    setObjectName(QStringLiteral("accountView"));
    Theme::makeHeading(m_heading);
    m_notice->setObjectName(QStringLiteral("passwordChangeNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background:#fff7e6; border:1px solid #f3d49b; border-radius:6px; "
                                           "padding:10px 12px;"));
    m_displayName->setObjectName(QStringLiteral("accountDisplayName"));
    m_username->setObjectName(QStringLiteral("accountUsername"));
    m_role->setObjectName(QStringLiteral("accountRole"));
    m_branch->setObjectName(QStringLiteral("accountBranch"));
    m_server->setObjectName(QStringLiteral("accountServer"));
    m_changePassword->setObjectName(QStringLiteral("changePasswordButton"));
    Theme::makePrimary(m_changePassword);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("accountCard"));
    card->setStyleSheet(QStringLiteral("QFrame#accountCard { background:white; border:1px solid #dfe3ea; "
                                       "border-radius:8px; }"));
    card->setMaximumWidth(560);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 18, 20, 18);
    auto* form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    for (QLabel* value : {m_displayName, m_username, m_role, m_branch, m_server}) {
        auto* caption = new QLabel(card);
        caption->setProperty("laokeRole", QStringLiteral("hint"));
        m_captions.append(caption);
        form->addRow(caption, value);
    }
    cardLayout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_changePassword);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addWidget(card);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_changePassword, &QPushButton::clicked, this, &AccountView::openChangePassword);
    connect(&m_session, &client::SessionModel::userChanged, this, &AccountView::updateValues);
    retranslate();
}

void AccountView::retranslate() {
    m_heading->setText(tr("My account"));
    m_notice->setText(tr("Your password was set by an administrator. Choose your own password before you continue."));
    const QStringList captions{tr("Name"), tr("User name"), tr("Role"), tr("Branch"), tr("Server")};
    for (int row = 0; row < captions.size(); ++row) m_captions[row]->setText(captions[row]);
    m_changePassword->setText(tr("Change password…"));
    updateValues();
}

void AccountView::updateValues() {
    const protocol::User& user = m_session.user();
    m_displayName->setText(QString::fromStdString(user.display_name()));
    m_username->setText(QString::fromStdString(user.username()));
    m_role->setText(client::RoleNames::displayName(user.role()));
    m_branch->setText(user.branch_name().empty() ? tr("No branch (whole company)")
                                                 : QString::fromStdString(user.branch_name()));
    m_server->setText(m_session.server().toString());
    m_notice->setVisible(m_session.mustChangePassword());
}

void AccountView::openChangePassword() {
    auto* dialog = new ChangePasswordDialog(
        m_session,
        m_session.mustChangePassword() ? ChangePasswordDialog::Mode::Required : ChangePasswordDialog::Mode::Voluntary,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
