#include "Customer360Window.h"

#include "ActivityEditDialog.h"
#include "ActivityTimeline.h"
#include "BadgeDelegate.h"
#include "ContactEditDialog.h"
#include "ContactTableModel.h"
#include "ContractEditDialog.h"
#include "ContractTableModel.h"
#include "CustomerContext.h"
#include "CustomerEditDialog.h"
#include "CustomerFormats.h"
#include "CustomerHeader.h"
#include "CustomerPermissions.h"
#include "InstalledProductEditDialog.h"
#include "InstalledProductTableModel.h"
#include "MessageBar.h"
#include "Prompter.h"
#include "SectionPane.h"
#include "SessionModel.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

using Kind = client::Customer360Model::RecordKind;

QString str(const std::string& value) {
    return QString::fromStdString(value);
}

}  // namespace

Customer360Window::Customer360Window(CustomerContext& context, client::Customer360Model* model, QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_context(context),
      m_model(model),
      m_contacts(new client::ContactTableModel(*model, this)),
      m_products(new client::InstalledProductTableModel(*model, this)),
      m_contracts(new client::ContractTableModel(*model, this)),
      m_header(new CustomerHeader(this)),
      m_messages(new MessageBar(this)),
      m_logActivity(new QPushButton(this)),
      m_editCustomer(new QPushButton(this)),
      m_refresh(new QPushButton(this)),
      m_archive(new QPushButton(this)) {
    m_model->setParent(this);
    setObjectName(QStringLiteral("customer360Window"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1320, 840);

    m_logActivity->setObjectName(QStringLiteral("logActivityButton"));
    Theme::makePrimary(m_logActivity);
    m_logActivity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_editCustomer->setObjectName(QStringLiteral("editCustomerButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_archive->setObjectName(QStringLiteral("archiveCustomerButton"));
    m_messages->setObjectName(QStringLiteral("messageBar"));

    m_productTable = makeTable(QStringLiteral("installedProductTable"), m_products);
    m_productTable->setItemDelegateForColumn(client::InstalledProductTableModel::LifecycleColumn, new BadgeDelegate(this));
    m_productTable->horizontalHeader()->setSectionResizeMode(client::InstalledProductTableModel::ModulesColumn,
                                                             QHeaderView::Stretch);
    m_productTable->horizontalHeader()->setStretchLastSection(false);
    m_contractTable = makeTable(QStringLiteral("contractTable"), m_contracts);
    m_contractTable->setItemDelegateForColumn(client::ContractTableModel::PaymentColumn, new BadgeDelegate(this));
    m_contactTable = makeTable(QStringLiteral("contactTable"), m_contacts);
    m_timeline = new ActivityTimeline(*m_model, context.session, this);

    m_productPane = makePane(m_productTable, &m_addProduct, &m_editProduct, &m_archiveProduct, QStringLiteral("product"));
    m_productPane->setObjectName(QStringLiteral("installedProductPane"));
    m_contractPane = makePane(m_contractTable, &m_addContract, &m_editContract, &m_archiveContract, QStringLiteral("contract"));
    m_contractPane->setObjectName(QStringLiteral("contractPane"));
    m_contactPane = makePane(m_contactTable, &m_addContact, &m_editContact, &m_archiveContact, QStringLiteral("contact"));
    m_contactPane->setObjectName(QStringLiteral("contactPane"));
    m_activityPane = makePane(m_timeline, &m_addActivity, nullptr, nullptr, QStringLiteral("activity"));
    m_activityPane->setObjectName(QStringLiteral("activityPane"));

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_logActivity);
    toolbar->addWidget(m_editCustomer);
    toolbar->addStretch(1);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_archive);

    // Left: what the customer has (installed base, contracts); right: whom to talk to and
    // what was said (contacts, timeline).
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_productPane);
    left->addWidget(m_contractPane);
    left->setChildrenCollapsible(false);
    left->setSizes({360, 300});
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_contactPane);
    right->addWidget(m_activityPane);
    right->setChildrenCollapsible(false);
    right->setSizes({250, 410});
    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("paneSplitter"));
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setSizes({760, 520});
    columns->setChildrenCollapsible(false);
    columns->setHandleWidth(12);
    left->setHandleWidth(12);
    right->setHandleWidth(12);

    auto* content = new QVBoxLayout;
    content->setContentsMargins(20, 12, 20, 16);
    content->setSpacing(10);
    content->addLayout(toolbar);
    content->addWidget(m_messages);
    content->addWidget(columns, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(content, 1);

    connect(m_logActivity, &QPushButton::clicked, this, &Customer360Window::logActivity);
    connect(m_editCustomer, &QPushButton::clicked, this, &Customer360Window::editCustomer);
    connect(m_refresh, &QPushButton::clicked, m_model, &client::Customer360Model::reload);
    connect(m_archive, &QPushButton::clicked, this, &Customer360Window::toggleArchived);
    connect(m_addProduct, &QPushButton::clicked, this, &Customer360Window::addInstalledProduct);
    connect(m_addContract, &QPushButton::clicked, this, &Customer360Window::addContract);
    connect(m_addContact, &QPushButton::clicked, this, &Customer360Window::addContact);
    connect(m_addActivity, &QPushButton::clicked, this, &Customer360Window::logActivity);
    connect(m_editProduct, &QPushButton::clicked, this, [this] { editSelected(m_productTable); });
    connect(m_editContract, &QPushButton::clicked, this, [this] { editSelected(m_contractTable); });
    connect(m_editContact, &QPushButton::clicked, this, [this] { editSelected(m_contactTable); });
    connect(m_archiveProduct, &QPushButton::clicked, this, [this] { archiveSelected(m_productTable); });
    connect(m_archiveContract, &QPushButton::clicked, this, [this] { archiveSelected(m_contractTable); });
    connect(m_archiveContact, &QPushButton::clicked, this, [this] { archiveSelected(m_contactTable); });
    connect(m_timeline, &ActivityTimeline::editRequested, this, &Customer360Window::editActivity);
    connect(m_timeline, &ActivityTimeline::archiveRequested, this, [this](const protocol::Activity& activity) {
        archiveRecord(Kind::Activity, activity.id(), activity.version(),
                      tr("the activity of %1").arg(client::CustomerFormats::dateTime(activity.occurred_at_unix())));
    });
    connect(m_model, &client::Customer360Model::loaded, this, &Customer360Window::showCustomer);
    connect(m_model, &client::Customer360Model::activitiesChanged, this, [this] {
        m_activityPane->setCount(m_model->activityCount());
    });
    connect(m_model, &client::Customer360Model::loadFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error,
                                error.code == protocol::NOT_FOUND
                                    ? tr("This customer does not exist any more, or it is not in your branch.")
                                    : tr("The customer could not be loaded: %1").arg(error.userMessage()),
                                tr("Try again"), [this] { m_model->reload(); });
    });
    connect(m_model, &client::Customer360Model::activitiesFailed, this, [this](const client::ClientError& error) {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("Older activities could not be loaded: %1").arg(error.userMessage()));
    });
    connect(m_model, &client::Customer360Model::customerSaved, this, &Customer360Window::customerSaved);
    connect(m_model, &client::Customer360Model::customerArchived, this, &Customer360Window::customerArchived);

    retranslate();
    if (m_model->isLoaded()) {
        showCustomer();
    } else {
        m_header->setPlaceholder(tr("Loading…"));
        if (m_model->customerId() != 0 && !m_model->isLoading()) m_model->load(m_model->customerId());
    }
}

QTableView* Customer360Window::makeTable(const QString& objectName, QAbstractItemModel* model) {
    auto* table = new QTableView(this);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(32);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    connect(table, &QTableView::doubleClicked, this, [this, table] { editSelected(table); });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &Customer360Window::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &Customer360Window::updateActions);
    connect(table, &QTableView::customContextMenuRequested, this, [this, table](const QPoint& at) {
        const QModelIndex index = table->indexAt(at);
        if (!index.isValid()) return;
        table->selectRow(index.row());
        QMenu menu(table);
        menu.addAction(tr("Edit…"), this, [this, table] { editSelected(table); });
        menu.addAction(tr("Archive…"), this, [this, table] { archiveSelected(table); });
        menu.exec(table->viewport()->mapToGlobal(at));
    });
    return table;
}

SectionPane* Customer360Window::makePane(QWidget* content, QPushButton** add, QPushButton** edit, QPushButton** archive,
                                         const QString& prefix) {
    auto* pane = new SectionPane(content, this);
    *add = pane->addButton(prefix + QStringLiteral("AddButton"));
    if (edit) *edit = pane->addButton(prefix + QStringLiteral("EditButton"));
    if (archive) *archive = pane->addButton(prefix + QStringLiteral("ArchiveButton"));
    return pane;
}

void Customer360Window::retranslate() {
    m_logActivity->setText(tr("Log activity"));
    m_logActivity->setToolTip(tr("A call, visit or WeChat with this customer, logged as of now (Ctrl+L)."));
    m_editCustomer->setText(tr("Edit profile…"));
    m_refresh->setText(tr("Refresh"));
    m_productPane->setTitle(tr("Installed base"));
    m_productPane->setEmptyText(tr("No installed products recorded yet."));
    m_contractPane->setTitle(tr("Contracts"));
    m_contractPane->setEmptyText(tr("No contracts recorded yet."));
    m_contactPane->setTitle(tr("Contacts"));
    m_contactPane->setEmptyText(tr("No contacts yet. Who is the boss, who keeps the books?"));
    m_activityPane->setTitle(tr("Activities"));
    m_activityPane->setEmptyText(tr("Nothing logged yet. \"Log activity\" records a call or visit in two clicks."));
    for (QPushButton* add : {m_addProduct, m_addContract, m_addContact}) add->setText(tr("+ Add"));
    m_addActivity->setText(tr("+ Log"));
    for (QPushButton* edit : {m_editProduct, m_editContract, m_editContact}) edit->setText(tr("Edit"));
    for (QPushButton* archive : {m_archiveProduct, m_archiveContract, m_archiveContact}) archive->setText(tr("Archive"));
    m_contacts->retranslate();
    m_products->retranslate();
    m_contracts->retranslate();
    showCustomer();
}

void Customer360Window::showCustomer() {
    if (!m_model->isLoaded()) return;
    const protocol::Customer& customer = m_model->customer();
    setWindowTitle(tr("%1 – Customer").arg(str(customer.name())));
    m_header->setCustomer(customer);
    m_archive->setText(customer.archived() ? tr("Restore customer") : tr("Archive customer…"));
    m_productPane->setCount(m_products->rowCount());
    m_contractPane->setCount(m_contracts->rowCount());
    m_contactPane->setCount(m_contacts->rowCount());
    m_activityPane->setCount(m_model->activityCount());
    updateActions();
}

void Customer360Window::updateActions() {
    // Only what this role may do is offered (the server checks again).
    m_editCustomer->setVisible(client::CustomerPermissions::canEditProfile(role()));
    m_archive->setVisible(client::CustomerPermissions::canArchiveCustomer(role()));
    for (QPushButton* button : {m_addContract, m_editContract, m_archiveContract})
        button->setVisible(client::CustomerPermissions::canEditContracts(role()));
    const bool loaded = m_model->isLoaded();
    for (QPushButton* button : {m_logActivity, m_editCustomer, m_archive, m_addProduct, m_addContract, m_addContact, m_addActivity})
        button->setEnabled(loaded);
    const std::pair<QTableView*, std::pair<QPushButton*, QPushButton*>> tables[] = {
        {m_productTable, {m_editProduct, m_archiveProduct}},
        {m_contractTable, {m_editContract, m_archiveContract}},
        {m_contactTable, {m_editContact, m_archiveContact}},
    };
    for (const auto& [table, buttons] : tables) {
        const bool selected = table->selectionModel()->hasSelection();
        buttons.first->setEnabled(selected);
        buttons.second->setEnabled(selected);
    }
}

protocol::Role Customer360Window::role() const {
    return m_context.session.user().role();
}

void Customer360Window::openDialog(QDialog* dialog, const QString& doneMessage) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, doneMessage] {
        m_messages->showMessage(MessageBar::Level::Information, doneMessage);
    });
    dialog->open();
}

void Customer360Window::logActivity() {
    if (!m_model->isLoaded()) return;
    openDialog(new ActivityEditDialog(*m_model, protocol::Activity(), this), tr("The activity was logged."));
}

void Customer360Window::editActivity(const protocol::Activity& activity) {
    openDialog(new ActivityEditDialog(*m_model, activity, this), tr("The activity was saved."));
}

void Customer360Window::editCustomer() {
    if (!m_model->isLoaded() || !client::CustomerPermissions::canEditProfile(role())) return;
    openDialog(new CustomerEditDialog(m_context, *m_model, m_model->customer(), this), tr("The profile was saved."));
}

void Customer360Window::addContact() {
    if (!m_model->isLoaded()) return;
    editContact(protocol::Contact());
}

void Customer360Window::editContact(const protocol::Contact& contact) {
    openDialog(new ContactEditDialog(*m_model, contact, this),
               contact.id() == 0 ? tr("The contact was added.") : tr("The contact was saved."));
}

void Customer360Window::addInstalledProduct() {
    if (!m_model->isLoaded()) return;
    editInstalledProduct(protocol::InstalledProduct());
}

void Customer360Window::editInstalledProduct(const protocol::InstalledProduct& product) {
    openDialog(new InstalledProductEditDialog(*m_model, m_context.catalogue, product, this),
               product.id() == 0 ? tr("The product was added.") : tr("The product was saved."));
}

void Customer360Window::addContract() {
    if (!m_model->isLoaded() || !client::CustomerPermissions::canEditContracts(role())) return;
    editContract(protocol::Contract());
}

void Customer360Window::editContract(const protocol::Contract& contract) {
    openDialog(new ContractEditDialog(m_context, *m_model, contract, this),
               contract.id() == 0 ? tr("The contract was added.") : tr("The contract was saved."));
}

void Customer360Window::editSelected(QTableView* table) {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    const int row = rows.first().row();
    if (table == m_productTable) editInstalledProduct(m_products->productAt(row));
    else if (table == m_contractTable && client::CustomerPermissions::canEditContracts(role())) editContract(m_contracts->contractAt(row));
    else if (table == m_contactTable) editContact(m_contacts->contactAt(row));
}

void Customer360Window::archiveSelected(QTableView* table) {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    const int row = rows.first().row();
    if (table == m_productTable) {
        const auto& product = m_products->productAt(row);
        archiveRecord(Kind::InstalledProduct, product.id(), product.version(),
                      client::InstalledProductTableModel::label(product));
    } else if (table == m_contractTable && client::CustomerPermissions::canEditContracts(role())) {
        const auto& contract = m_contracts->contractAt(row);
        archiveRecord(Kind::Contract, contract.id(), contract.version(), tr("contract %1").arg(str(contract.number())));
    } else if (table == m_contactTable) {
        const auto& contact = m_contacts->contactAt(row);
        archiveRecord(Kind::Contact, contact.id(), contact.version(), str(contact.name()));
    }
}

void Customer360Window::archiveRecord(Kind kind, qint64 id, qint64 version, const QString& what) {
    if (!m_context.prompter.confirm(this, tr("Archive"),
                                    tr("Archive %1? It no longer appears here; its history is kept.").arg(what),
                                    tr("Archive")))
        return;
    QPointer<Customer360Window> self(this);
    m_model->archive(kind, id, version, true, [self, what](const client::Reply& reply) {
        if (!self) return;
        if (reply.ok()) {
            self->m_messages->showMessage(MessageBar::Level::Information, tr("%1 was archived.").arg(what));
        } else if (reply.error().code == protocol::CONFLICT) {
            self->m_messages->showMessage(MessageBar::Level::Warning,
                                          tr("Nothing was archived: %1 was changed by someone else meanwhile. The view "
                                             "now shows the current state.")
                                              .arg(what));
            self->m_model->reload();
        } else {
            self->m_messages->showMessage(MessageBar::Level::Error, reply.error().userMessage());
        }
    });
}

void Customer360Window::toggleArchived() {
    if (!m_model->isLoaded() || !client::CustomerPermissions::canArchiveCustomer(role())) return;
    const protocol::Customer& customer = m_model->customer();
    const bool archive = !customer.archived();
    const QString name = str(customer.name());
    if (archive && !m_context.prompter.confirm(this, tr("Archive customer"),
                                               tr("Archive %1? The customer disappears from the customer list; the "
                                                  "records are kept and can be restored.")
                                                   .arg(name),
                                               tr("Archive")))
        return;
    QPointer<Customer360Window> self(this);
    m_model->archive(Kind::Customer, customer.id(), customer.version(), archive, [self, name, archive](const client::Reply& reply) {
        if (!self) return;
        if (reply.ok()) {
            self->m_messages->showMessage(MessageBar::Level::Information,
                                          archive ? tr("%1 was archived.").arg(name) : tr("%1 was restored.").arg(name));
        } else if (reply.error().code == protocol::CONFLICT) {
            self->m_messages->showMessage(MessageBar::Level::Warning,
                                          tr("Nothing was changed: someone else changed %1 meanwhile. The view now "
                                             "shows the current state.")
                                              .arg(name));
            self->m_model->reload();
        } else {
            self->m_messages->showMessage(MessageBar::Level::Error, reply.error().userMessage());
        }
    });
}

void Customer360Window::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

}  // namespace laoke::ui
