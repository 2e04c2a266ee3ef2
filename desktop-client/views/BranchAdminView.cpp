#include "BranchAdminView.h"

#include "BranchListModel.h"
#include "CreateBranchDialog.h"
#include "MessageBar.h"
#include "SessionModel.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace laoke::ui {

BranchAdminView::BranchAdminView(client::SessionModel& session, QWidget* parent)
    : QWidget(parent),
      m_branches(new client::BranchListModel(session.connection(), this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_heading(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_newBranch(new QPushButton(this)),
      m_refresh(new QPushButton(this)),
      m_messages(new MessageBar(this)),
      m_table(new QTableView(this)),
      m_footer(new QLabel(this)) {
    setObjectName(QStringLiteral("branchAdminView"));
    Theme::makeHeading(m_heading);
    Theme::makeHint(m_hint);
    Theme::makeHint(m_footer);
    m_newBranch->setObjectName(QStringLiteral("newBranchButton"));
    Theme::makePrimary(m_newBranch);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_messages->setObjectName(QStringLiteral("messageBar"));
    m_footer->setObjectName(QStringLiteral("branchCountLabel"));

    m_proxy->setSourceModel(m_branches);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("branchTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(client::BranchListModel::CodeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_newBranch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addLayout(toolbar);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_footer);

    connect(m_newBranch, &QPushButton::clicked, this, &BranchAdminView::openCreateBranch);
    connect(m_refresh, &QPushButton::clicked, m_branches, &client::BranchListModel::refresh);
    connect(m_branches, &QAbstractItemModel::modelReset, this, &BranchAdminView::updateFooter);
    connect(m_branches, &QAbstractItemModel::rowsInserted, this, &BranchAdminView::updateFooter);
    connect(m_branches, &client::BranchListModel::loadingChanged, this, &BranchAdminView::updateFooter);
    connect(m_branches, &client::BranchListModel::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("The branch list could not be loaded: %1").arg(error.userMessage()), tr("Try again"),
                                [this] { m_branches->refresh(); });
    });

    retranslate();
    m_branches->refresh();
}

void BranchAdminView::retranslate() {
    m_heading->setText(tr("Branches"));
    m_hint->setText(tr("The branches of your company. Every user except administrators belongs to one."));
    m_newBranch->setText(tr("New branch…"));
    m_refresh->setText(tr("Refresh"));
    m_branches->retranslate();
    updateFooter();
}

void BranchAdminView::updateFooter() {
    m_footer->setText(m_branches->isLoading() ? tr("Loading…") : tr("%n branch(es)", nullptr, m_branches->rowCount()));
}

void BranchAdminView::openCreateBranch() {
    auto* dialog = new CreateBranchDialog(*m_branches, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int row = m_branches->rowOfBranch(dialog->createdBranchId());
        if (row < 0) return;
        const QModelIndex index = m_proxy->mapFromSource(m_branches->index(row, 0));
        m_table->selectRow(index.row());
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("Branch %1 was created.").arg(QString::fromStdString(m_branches->branchAt(row).name())));
    });
    dialog->open();
}

void BranchAdminView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
