#include "CustomerListView.h"

#include "BadgeDelegate.h"
#include "BranchListModel.h"
#include "Customer360Model.h"
#include "CustomerEditDialog.h"
#include "CustomerFilterBar.h"
#include "CustomerListModel.h"
#include "CustomerExportDialog.h"
#include "CustomerPermissions.h"
#include "ImportWizard.h"
#include "CustomerWindows.h"
#include "MessageBar.h"
#include "OwnerChoices.h"
#include "ProductCatalogue.h"
#include "SessionModel.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

using Column = client::CustomerListModel::Column;

// Widths that fit typical Chinese values; the table never measures its contents, because
// measuring would read every loaded row (and a long scroll loads many).
constexpr std::pair<Column, int> kColumnWidths[] = {
    {Column::CodeColumn, 92},     {Column::NameColumn, 290},    {Column::ShortNameColumn, 96},
    {Column::StatusColumn, 86},   {Column::GradeColumn, 78},    {Column::ServiceColumn, 176},
    {Column::OwnerColumn, 76},    {Column::CityColumn, 76},     {Column::IndustryColumn, 150},
    {Column::BranchColumn, 96},   {Column::UpdatedColumn, 130},
};

// Prefetch the next page when the last visible row is this close to the end.
constexpr int kPrefetchRows = 60;

}  // namespace

CustomerListView::CustomerListView(client::SessionModel& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_catalogue(new client::ProductCatalogue(session.connection(), this)),
      m_branches(new client::BranchListModel(session.connection(), this)),
      m_owners(new client::OwnerChoices(session, this)),
      m_context{session, prompter, *m_catalogue, *m_branches, *m_owners},
      m_model(new client::CustomerListModel(session.connection(), this)),
      m_windows(new CustomerWindows(m_context, this)),
      m_heading(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_newCustomer(new QPushButton(this)),
      m_refresh(new QPushButton(this)),
      m_import(new QPushButton(this)),
      m_export(new QPushButton(this)),
      m_filters(new CustomerFilterBar(m_context, this)),
      m_messages(new MessageBar(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_emptyState(new QWidget(this)),
      m_emptyTitle(new QLabel(m_emptyState)),
      m_emptyHint(new QLabel(m_emptyState)),
      m_emptyAction(new QPushButton(m_emptyState)),
      m_footer(new QLabel(this)),
      m_searchTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("customerListView"));
    Theme::makeHeading(m_heading);
    Theme::makeHint(m_footer);
    m_footer->setObjectName(QStringLiteral("customerCountLabel"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(420);
    m_search->setStyleSheet(QStringLiteral("QLineEdit { padding:6px 10px; font-size:11pt; }"));
    m_newCustomer->setObjectName(QStringLiteral("newCustomerButton"));
    Theme::makePrimary(m_newCustomer);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_messages->setObjectName(QStringLiteral("messageBar"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(34);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    for (const auto& [column, width] : kColumnWidths) m_table->setColumnWidth(column, width);
    auto* badges = new BadgeDelegate(this);
    m_table->setItemDelegateForColumn(Column::StatusColumn, badges);
    m_table->setItemDelegateForColumn(Column::GradeColumn, badges);

    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setStyleSheet(QStringLiteral("font-size:13pt; font-weight:600; color:#3d4450;"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    Theme::makeHint(m_emptyHint);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyAction->setObjectName(QStringLiteral("emptyActionButton"));
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(3);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);

    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_heading);
    top->addSpacing(12);
    top->addWidget(m_search, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_import);
    top->addWidget(m_export);
    top->addWidget(m_newCustomer);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 14);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_footer);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomerListView::applyFilter);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerListView::applyFilter);
    connect(m_filters, &CustomerFilterBar::changed, this, &CustomerListView::applyFilter);
    connect(m_newCustomer, &QPushButton::clicked, this, &CustomerListView::createCustomer);
    connect(m_refresh, &QPushButton::clicked, m_model, &client::CustomerListModel::refresh);
    connect(m_import, &QPushButton::clicked, this, &CustomerListView::importCustomers);
    connect(m_export, &QPushButton::clicked, this, &CustomerListView::exportCustomers);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CustomerListView::onSortIndicatorChanged);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &CustomerListView::prefetch);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (m_search->text().isEmpty() && !m_filters->isActive()) {
            createCustomer();
            return;
        }
        {
            const QSignalBlocker blocker(m_search);
            m_search->clear();
        }
        m_filters->clear();  // applies the filter
    });
    connect(m_model, &client::CustomerListModel::loadingChanged, this, &CustomerListView::updateState);
    connect(m_model, &client::CustomerListModel::pageLoaded, this, [this](bool first) {
        m_messages->hideMessage();
        if (first) m_table->scrollToTop();
        updateState();
        prefetch();
    });
    connect(m_model, &client::CustomerListModel::loadFailed, this, &CustomerListView::showLoadError);
    connect(m_windows, &CustomerWindows::customerSaved, m_model, &client::CustomerListModel::applyCustomer);
    connect(m_windows, &CustomerWindows::customerArchived, m_model, [this] { m_model->refresh(); });
    // A page lost with the connection is asked for again once the session is back.
    connect(&session, &client::SessionModel::linkStatusChanged, this, [this](client::SessionModel::LinkStatus status) {
        if (status == client::SessionModel::LinkStatus::Reconnected && !m_model->isCurrent() && !m_model->isLoading())
            m_model->refresh();
    });

    m_newCustomer->setVisible(client::CustomerPermissions::canEditProfile(session.user().role()));
    // The server lets only the account side import (engineers keep records up to date one by one).
    m_import->setVisible(client::CustomerPermissions::canEditProfile(session.user().role()));
    // Everyone but administrators sees one branch: the column would say the same on every row.
    m_table->setColumnHidden(Column::BranchColumn, session.user().role() != protocol::ADMIN);
    retranslate();
    m_catalogue->refresh();
    m_owners->refresh();
    if (session.user().role() == protocol::ADMIN) m_branches->refresh();
    applyFilter();
}

CustomerListView::~CustomerListView() = default;

void CustomerListView::importCustomers() {
    ImportWizard wizard(m_session.connection(), this);
    wizard.exec();
    if (wizard.changedCustomers()) m_model->refresh();
}

void CustomerListView::exportCustomers() {
    const auto sort = client::CustomerListModel::sortForColumn(m_model->sortColumn());
    CustomerExportDialog dialog(m_session.connection(), m_model->filter(), sort.value_or(protocol::SORT_BY_NAME),
                                m_model->sortOrder() == Qt::DescendingOrder, this);
    dialog.exec();
}

void CustomerListView::retranslate() {
    m_heading->setText(tr("Customers"));
    m_search->setPlaceholderText(tr("Search name, short name, code, contact, phone or pinyin (bjhd)…"));
    m_newCustomer->setText(tr("New customer…"));
    m_refresh->setText(tr("Refresh"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import customers with contacts and products from an .xlsx or .csv file"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the customers this list shows, with its search, filters and order"));
    m_model->retranslate();
    updateState();
}

bool CustomerListView::isSearchable(const QString& text) {
    // The server's rule (engine/SearchText): one Chinese character, two letters (or a letter
    // and a digit), or three digits. Shorter input would match much of the book and cannot
    // use the search index. White space and punctuation do not count.
    if (text.isEmpty()) return true;
    int alphanumerics = 0;
    bool letter = false;
    for (QChar c : text) {
        if (c.unicode() > 0x7f) return true;
        if (c.isLetter()) letter = true;
        if (c.isLetterOrNumber()) ++alphanumerics;
    }
    return alphanumerics >= (letter ? 2 : 3);
}

void CustomerListView::applyFilter() {
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    m_searchTooShort = !isSearchable(text);
    if (m_searchTooShort) {
        updateState();
        return;
    }
    protocol::CustomerFilter filter;
    filter.set_text(text.toStdString());
    m_filters->applyTo(filter);
    m_model->setFilter(filter);
    updateState();
}

void CustomerListView::onSortIndicatorChanged(int column, Qt::SortOrder order) {
    if (!client::CustomerListModel::sortForColumn(column)) {
        // Not sortable at the server: put the arrow back where the order really is.
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        return;
    }
    m_model->sort(column, order);
}

void CustomerListView::prefetch() {
    if (!m_model->canFetchMore({})) return;
    const int lastVisible = m_table->rowAt(m_table->viewport()->height() - 1);
    if (lastVisible < 0 || lastVisible >= m_model->rowCount() - kPrefetchRows) m_model->fetchMore({});
}

void CustomerListView::updateState() {
    const int rows = m_model->rowCount();
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_filters->isActive();
    const bool empty = m_model->isCurrent() && rows == 0 && !m_model->isLoading();
    m_stack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget*>(m_table));
    if (empty && filtered) {
        m_emptyTitle->setText(tr("No customer matches"));
        m_emptyHint->setText(tr("Check the spelling, try fewer characters or pinyin initials, or clear the filters."));
        m_emptyAction->setText(tr("Clear search and filters"));
    } else if (empty) {
        m_emptyTitle->setText(tr("No customers yet"));
        m_emptyHint->setText(tr("Create the first one, or import your customer book."));
        m_emptyAction->setText(tr("New customer…"));
    }

    if (m_searchTooShort) {
        m_footer->setText(tr("Type at least one Chinese character, two letters or three digits, to search."));
    } else if (m_model->isLoading() && !m_model->isCurrent()) {
        m_footer->setText(tr("Searching…"));
    } else if (m_model->hasMore()) {
        m_footer->setText(tr("Showing the first %n customer(s); scroll down for more", nullptr, rows));
    } else if (m_model->isCurrent()) {
        m_footer->setText(tr("%n customer(s)", nullptr, rows));
    }
}

void CustomerListView::showLoadError(const client::ClientError& error) {
    updateState();
    if (error.code == protocol::VALIDATION_FAILED && error.field == QLatin1String("text")) {
        m_messages->showMessage(MessageBar::Level::Information,
                                tr("Type at least one Chinese character, two letters or three digits, to search."));
        return;
    }
    m_messages->showMessage(MessageBar::Level::Error, tr("The customers could not be loaded: %1").arg(error.userMessage()),
                            tr("Try again"), [this] { m_model->refresh(); });
}

void CustomerListView::openRow(int row) {
    if (row < 0 || row >= m_model->rowCount()) return;
    m_windows->open(m_model->rowAt(row).id());
}

void CustomerListView::createCustomer() {
    if (!client::CustomerPermissions::canEditProfile(m_session.user().role())) return;
    auto* model = new client::Customer360Model(m_session.connection(), this);
    auto* dialog = new CustomerEditDialog(m_context, *model, protocol::Customer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, model] {
        model->setParent(nullptr);
        m_windows->open(model);
        m_model->refresh();
    });
    connect(dialog, &QDialog::rejected, model, &QObject::deleteLater);
    dialog->open();
}

void CustomerListView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
