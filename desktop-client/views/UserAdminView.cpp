#include "UserAdminView.h"

#include "BranchListModel.h"
#include "CreateUserDialog.h"
#include "FieldMessages.h"
#include "MessageBar.h"
#include "Prompter.h"
#include "ResetPasswordDialog.h"
#include "SessionModel.h"
#include "Theme.h"
#include "UserListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace laoke::ui {

UserAdminView::UserAdminView(client::SessionModel& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_prompter(prompter),
      m_users(new client::UserListModel(session.connection(), this)),
      m_branches(new client::BranchListModel(session.connection(), this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_heading(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_newUser(new QPushButton(this)),
      m_toggleEnabled(new QPushButton(this)),
      m_resetPassword(new QPushButton(this)),
      m_refresh(new QPushButton(this)),
      m_messages(new MessageBar(this)),
      m_table(new QTableView(this)),
      m_footer(new QLabel(this)) {
    setObjectName(QStringLiteral("userAdminView"));
    Theme::makeHeading(m_heading);
    Theme::makeHint(m_hint);
    Theme::makeHint(m_footer);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(280);
    m_newUser->setObjectName(QStringLiteral("newUserButton"));
    Theme::makePrimary(m_newUser);
    m_toggleEnabled->setObjectName(QStringLiteral("toggleEnabledButton"));
    m_resetPassword->setObjectName(QStringLiteral("resetPasswordButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_messages->setObjectName(QStringLiteral("messageBar"));
    m_footer->setObjectName(QStringLiteral("userCountLabel"));

    m_proxy->setSourceModel(m_users);
    m_proxy->setSortRole(client::UserListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(client::UserListModel::UsernameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_filter);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_resetPassword);
    toolbar->addWidget(m_toggleEnabled);
    toolbar->addWidget(m_newUser);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addLayout(toolbar);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &UserAdminView::updateFooter);
    connect(m_newUser, &QPushButton::clicked, this, &UserAdminView::openCreateUser);
    connect(m_toggleEnabled, &QPushButton::clicked, this, &UserAdminView::toggleEnabled);
    connect(m_resetPassword, &QPushButton::clicked, this, &UserAdminView::openResetPassword);
    connect(m_refresh, &QPushButton::clicked, m_users, &client::UserListModel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UserAdminView::updateActions);
    connect(m_users, &QAbstractItemModel::dataChanged, this, &UserAdminView::updateActions);
    connect(m_users, &QAbstractItemModel::modelReset, this, &UserAdminView::updateActions);
    connect(m_users, &QAbstractItemModel::modelReset, this, &UserAdminView::updateFooter);
    connect(m_users, &QAbstractItemModel::rowsInserted, this, &UserAdminView::updateFooter);
    connect(m_users, &client::UserListModel::loadingChanged, this, &UserAdminView::updateFooter);
    connect(m_users, &client::UserListModel::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error, tr("The user list could not be loaded: %1").arg(error.userMessage()),
                                tr("Try again"), [this] { m_users->refresh(); });
    });
    connect(m_users, &client::UserListModel::refreshed, this, [this] {
        if (m_reloadFocusUserId == 0) return;
        const qint64 userId = std::exchange(m_reloadFocusUserId, 0);
        const int row = m_users->rowOfUser(userId);
        if (row < 0) return;
        selectUser(userId);
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("List reloaded. %1 is now: %2.")
                                    .arg(describe(userId), client::UserListModel::statusText(m_users->userAt(row))));
    });

    retranslate();
    m_users->refresh();
}

void UserAdminView::retranslate() {
    m_heading->setText(tr("Users"));
    m_hint->setText(tr("Everyone who works with Laoke in your company. Disabled users cannot log in; "
                       "their history is kept."));
    m_filter->setPlaceholderText(tr("Filter by name, user name, role or branch…"));
    m_newUser->setText(tr("New user…"));
    m_resetPassword->setText(tr("Reset password…"));
    m_refresh->setText(tr("Refresh"));
    m_users->retranslate();
    updateActions();
    updateFooter();
}

std::optional<qint64> UserAdminView::selectedUserId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return std::nullopt;
    return rows.first().data(client::UserListModel::UserIdRole).toLongLong();
}

bool UserAdminView::selectUser(qint64 userId) {
    const int row = m_users->rowOfUser(userId);
    if (row < 0) return false;
    const QModelIndex index = m_proxy->mapFromSource(m_users->index(row, 0));
    if (!index.isValid()) return false;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

QString UserAdminView::describe(qint64 userId) const {
    const int row = m_users->rowOfUser(userId);
    if (row < 0) return {};
    const protocol::User& user = m_users->userAt(row);
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(user.display_name()), QString::fromStdString(user.username()));
}

void UserAdminView::updateActions() {
    const auto userId = selectedUserId();
    const int row = userId ? m_users->rowOfUser(*userId) : -1;
    const bool enabled = row >= 0 && m_users->userAt(row).enabled();
    const bool isSelf = userId && *userId == m_session.user().id();
    m_toggleEnabled->setText(row >= 0 && !enabled ? tr("Enable") : tr("Disable"));
    m_toggleEnabled->setEnabled(row >= 0 && !(enabled && isSelf));
    m_toggleEnabled->setToolTip(enabled && isSelf ? FieldMessages::rule(QStringLiteral("user_id")) : QString());
    m_resetPassword->setEnabled(row >= 0 && !isSelf);
    m_resetPassword->setToolTip(isSelf ? tr("Change your own password under My account.") : QString());
}

void UserAdminView::updateFooter() {
    if (m_users->isLoading()) {
        m_footer->setText(tr("Loading…"));
        return;
    }
    const int total = m_users->rowCount();
    const int shown = m_proxy->rowCount();
    m_footer->setText(shown == total ? tr("%n user(s)", nullptr, total) : tr("Showing %1 of %n user(s)", nullptr, total).arg(shown));
}

void UserAdminView::openCreateUser() {
    auto* dialog = new CreateUserDialog(*m_users, *m_branches, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 userId = dialog->createdUserId();
        m_filter->clear();
        selectUser(userId);
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("%1 was created. Give them the initial password; they choose their own at the first "
                                   "login.")
                                    .arg(describe(userId)));
    });
    dialog->open();
}

void UserAdminView::toggleEnabled() {
    const auto userId = selectedUserId();
    const int row = userId ? m_users->rowOfUser(*userId) : -1;
    if (row < 0) return;
    const bool enable = !m_users->userAt(row).enabled();
    const QString who = describe(*userId);
    if (!enable && !m_prompter.confirm(this, tr("Disable user"),
                                       tr("Disable %1? They are logged out at once and can no longer log in. "
                                          "You can enable the account again later.")
                                           .arg(who),
                                       tr("Disable")))
        return;
    QPointer<UserAdminView> self(this);
    const qint64 id = *userId;
    m_users->setUserEnabled(id, enable, [self, id, enable, who](const client::Reply& reply) {
        if (!self) return;
        if (!reply.ok()) {
            self->showActionError(id, reply.error());
            return;
        }
        self->m_messages->showMessage(MessageBar::Level::Information,
                                      enable ? tr("%1 can log in again.").arg(who) : tr("%1 is disabled.").arg(who));
    });
}

void UserAdminView::openResetPassword() {
    const auto userId = selectedUserId();
    if (!userId) return;
    auto* dialog = new ResetPasswordDialog(*m_users, *userId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = *userId;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("The password of %1 was reset. They must choose a new one at the next login.")
                                    .arg(describe(id)));
    });
    connect(dialog, &ResetPasswordDialog::conflictOccurred, this, &UserAdminView::showConflict);
    dialog->open();
}

void UserAdminView::showActionError(qint64 userId, const client::ClientError& error) {
    if (error.code == protocol::CONFLICT) {
        showConflict(userId);
        return;
    }
    const QString message = error.code == protocol::VALIDATION_FAILED ? FieldMessages::rule(error.field) : error.userMessage();
    m_messages->showMessage(MessageBar::Level::Error, message);
}

void UserAdminView::showConflict(qint64 userId) {
    m_messages->showMessage(MessageBar::Level::Warning,
                            tr("Nothing was changed: %1 was changed by someone else after this list was loaded.")
                                .arg(describe(userId)),
                            tr("Reload"), [this, userId] {
                                m_reloadFocusUserId = userId;
                                m_users->refresh();
                            });
}

void UserAdminView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
