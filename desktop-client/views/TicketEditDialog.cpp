#include "TicketEditDialog.h"

#include "CategoryCombo.h"
#include "Customer360Model.h"
#include "CustomerValueNames.h"
#include "InlineErrorLabel.h"
#include "TicketCategories.h"
#include "TicketModel.h"
#include "TicketNames.h"
#include "Theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

QString str(const std::string& text) { return QString::fromStdString(text); }

qint64 chosenId(const QComboBox* combo) { return combo->currentData().toLongLong(); }

void select(QComboBox* combo, qint64 id) { combo->setCurrentIndex(qMax(0, combo->findData(QVariant::fromValue<qint64>(id)))); }

}  // namespace

TicketEditDialog::TicketEditDialog(client::TicketModel& ticket, client::TicketCategories& categories, QWidget* parent)
    : QDialog(parent),
      m_ticket(ticket),
      m_categories(categories),
      m_customer(new client::Customer360Model(ticket.connection(), this)),
      m_original(ticket.ticket()),
      m_editable(ticket.editableFields()),
      m_heading(new QLabel(this)),
      m_subject(new QLineEdit(this)),
      m_contact(new QComboBox(this)),
      m_product(new QComboBox(this)),
      m_module(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_priority(new QComboBox(this)),
      m_priorityHint(new QLabel(this)),
      m_description(new QPlainTextEdit(this)),
      m_error(new InlineErrorLabel(this)),
      m_saveButton(new QPushButton(this)),
      m_cancelButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("ticketEditDialog"));
    m_heading->setStyleSheet(QStringLiteral("font-size:13pt; font-weight:600;"));
    m_subject->setObjectName(QStringLiteral("editSubject"));
    m_subject->setMaxLength(100);
    m_contact->setObjectName(QStringLiteral("editContact"));
    m_product->setObjectName(QStringLiteral("editProduct"));
    m_module->setObjectName(QStringLiteral("editModule"));
    m_category->setObjectName(QStringLiteral("editCategory"));
    m_category->setMaxVisibleItems(20);
    m_priority->setObjectName(QStringLiteral("editPriority"));
    Theme::makeHint(m_priorityHint);
    m_description->setObjectName(QStringLiteral("editDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(110);
    m_error->setObjectName(QStringLiteral("editError"));
    m_saveButton->setObjectName(QStringLiteral("saveTicketEditButton"));
    m_saveButton->setDefault(true);
    Theme::makePrimary(m_saveButton);
    m_cancelButton->setObjectName(QStringLiteral("cancelTicketEditButton"));

    // What the pane showed, until the customer's contacts and products arrive.
    const protocol::Ticket& t = m_original;
    m_subject->setText(str(t.subject()));
    m_description->setPlainText(str(t.description()));
    m_shownDescription = m_description->toPlainText();
    m_contact->addItem(str(t.contact_name()), QVariant::fromValue<qint64>(t.contact_id()));
    m_product->addItem(str(t.product_name()), QVariant::fromValue<qint64>(t.installed_product_id()));
    m_module->addItem(str(t.module_name()), QVariant::fromValue<qint64>(t.module_id()));

    auto* productRow = new QHBoxLayout;
    productRow->addWidget(m_product, 3);
    productRow->addWidget(m_module, 2);
    auto* priorityRow = new QVBoxLayout;
    priorityRow->setSpacing(2);
    priorityRow->addWidget(m_priority);
    priorityRow->addWidget(m_priorityHint);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_labels = {new QLabel(this), new QLabel(this), new QLabel(this), new QLabel(this), new QLabel(this), new QLabel(this)};
    form->addRow(m_labels[0], m_subject);
    form->addRow(m_labels[1], m_contact);
    form->addRow(m_labels[2], productRow);
    form->addRow(m_labels[3], m_category);
    form->addRow(m_labels[4], priorityRow);
    form->addRow(m_labels[5], m_description);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    resize(620, 480);

    m_subject->setEnabled(m_editable.contains(QStringLiteral("subject")));
    m_description->setReadOnly(!m_editable.contains(QStringLiteral("description")));
    m_contact->setEnabled(false);  // enabled once the customer's contacts are known
    m_product->setEnabled(false);
    m_module->setEnabled(false);
    m_category->setEnabled(m_editable.contains(QStringLiteral("category")));
    m_priority->setEnabled(m_editable.contains(QStringLiteral("priority")));

    connect(m_customer, &client::Customer360Model::loaded, this, &TicketEditDialog::fillFromCustomer);
    connect(m_customer, &client::Customer360Model::loadFailed, this,
            [this](const client::ClientError& error) { m_error->setError(error.userMessage()); });
    connect(m_product, &QComboBox::activated, this, [this] { fillModules(0); });
    connect(&m_categories, &client::TicketCategories::changed, this,
            [this] { CategoryCombo::fill(*m_category, m_categories, chosenId(m_category), tr("(not categorised yet)")); });
    connect(m_saveButton, &QPushButton::clicked, this, &TicketEditDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    retranslate();
    CategoryCombo::fill(*m_category, m_categories, t.category_id(), tr("(not categorised yet)"));
    m_categories.load();
    m_customer->load(t.customer_id());
    m_subject->setFocus();
}

void TicketEditDialog::retranslate() {
    setWindowTitle(tr("Correct ticket %1").arg(str(m_original.number())));
    m_heading->setText(tr("Correct ticket %1 · %2").arg(str(m_original.number()), str(m_original.customer_name())));
    m_labels[0]->setText(tr("Subject"));
    m_labels[1]->setText(tr("Contact"));
    m_labels[2]->setText(tr("Product / module"));
    m_labels[3]->setText(tr("Category"));
    m_labels[4]->setText(tr("Priority"));
    m_labels[5]->setText(tr("Description"));
    m_priorityHint->setText(m_priority->isEnabled() ? tr("Changing the priority changes the SLA targets.")
                                                    : tr("Only a branch manager changes the priority."));
    m_saveButton->setText(tr("Save"));
    m_cancelButton->setText(tr("Cancel"));
    fillPriorities();
}

void TicketEditDialog::fillPriorities() {
    m_priority->clear();
    for (const QString& code : client::TicketNames::priorities()) m_priority->addItem(client::TicketNames::priority(code), code);
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(str(m_original.priority()))));
}

void TicketEditDialog::fillFromCustomer() {
    const protocol::Customer360& view = m_customer->view();
    const qint64 contact = chosenId(m_contact);
    m_contact->clear();
    m_contact->addItem(tr("(not recorded)"), QVariant::fromValue<qint64>(0));
    for (const protocol::Contact& c : view.contacts()) {
        // Someone who left is no longer offered, unless they are the one on the ticket.
        if ((c.archived() || !c.left_on().empty()) && c.id() != contact) continue;
        const QString phone = str(c.mobile().empty() ? c.phone() : c.mobile());
        m_contact->addItem(QStringLiteral("%1 · %2 %3").arg(str(c.name()), client::CustomerValueNames::contactRole(str(c.role())), phone),
                           QVariant::fromValue<qint64>(c.id()));
    }
    select(m_contact, contact);

    const qint64 product = chosenId(m_product);
    const qint64 module = chosenId(m_module);
    m_product->clear();
    m_product->addItem(tr("(no particular product)"), QVariant::fromValue<qint64>(0));
    for (const protocol::InstalledProduct& p : view.installed_products()) {
        if (p.archived() && p.id() != product) continue;
        m_product->addItem(QStringLiteral("%1 %2").arg(str(p.product_line_name()), str(p.product_version_name())),
                           QVariant::fromValue<qint64>(p.id()));
    }
    select(m_product, product);
    fillModules(module);
    m_contact->setEnabled(m_editable.contains(QStringLiteral("contact")));
    m_product->setEnabled(m_editable.contains(QStringLiteral("product")));
}

void TicketEditDialog::fillModules(qint64 chosen) {
    m_module->clear();
    m_module->addItem(tr("(any module)"), QVariant::fromValue<qint64>(0));
    const qint64 productId = chosenId(m_product);
    for (const protocol::InstalledProduct& p : m_customer->view().installed_products()) {
        if (p.id() != productId) continue;
        for (int i = 0; i < p.module_ids_size() && i < p.module_names_size(); ++i)
            m_module->addItem(str(p.module_names(i)), QVariant::fromValue<qint64>(p.module_ids(i)));
    }
    select(m_module, chosen);
    m_module->setEnabled(m_editable.contains(QStringLiteral("product")) && m_module->count() > 1);
}

protocol::Ticket TicketEditDialog::fields() const {
    protocol::Ticket t;
    t.set_subject(m_subject->text().trimmed().toStdString());
    // Untouched, the description goes back byte for byte (the editor turns \r\n into \n, and
    // trimming would count as a rewrite).
    const QString description = m_description->toPlainText();
    t.set_description(description == m_shownDescription ? m_original.description() : description.trimmed().toStdString());
    t.set_contact_id(chosenId(m_contact));
    t.set_installed_product_id(chosenId(m_product));
    t.set_module_id(chosenId(m_module));
    t.set_category_id(chosenId(m_category));
    t.set_priority(m_priority->currentData().toString().toStdString());
    return t;
}

void TicketEditDialog::submit() {
    m_error->clearError();
    if (m_subject->text().trimmed().isEmpty()) {
        m_error->setError(tr("Write what the problem is."));
        m_subject->setFocus();
        return;
    }
    m_saveButton->setEnabled(false);
    QPointer<TicketEditDialog> self(this);
    m_ticket.update(fields(), m_original.version(), [self](const client::Reply& reply) {
        if (!self) return;
        self->m_saveButton->setEnabled(true);
        if (reply.ok()) {
            emit self->saved();
            self->accept();
            return;
        }
        if (reply.error().code == protocol::CONFLICT) {
            emit self->conflicted();
            self->reject();
            return;
        }
        self->m_error->setError(reply.error().userMessage());
    });
}

}  // namespace laoke::ui
