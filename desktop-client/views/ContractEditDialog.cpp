#include "ContractEditDialog.h"

#include "CodeCombo.h"
#include "Customer360Model.h"
#include "CustomerContext.h"
#include "CustomerFormats.h"
#include "CustomerValueNames.h"
#include "DateField.h"
#include "InstalledProductTableModel.h"
#include "OwnerChoices.h"
#include "OwnerCombo.h"
#include "Theme.h"
#include "domain/CustomerRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace laoke::ui {

namespace {

using Names = client::CustomerValueNames;
using Formats = client::CustomerFormats;
constexpr char kProductIdProperty[] = "laokeInstalledProductId";

QString str(const std::string& value) {
    return QString::fromStdString(value);
}

}  // namespace

ContractEditDialog::ContractEditDialog(CustomerContext& context, client::Customer360Model& model,
                                       const protocol::Contract& contract, QWidget* parent)
    : RecordEditDialog(CustomerFieldMessages::Kind::Contract, parent),
      m_context(context),
      m_model(model),
      m_record(contract),
      m_kind(new QComboBox(this)),
      m_number(new QLineEdit(this)),
      m_amount(new QLineEdit(this)),
      m_signedOn(new DateField(this)),
      m_startsOn(new DateField(this)),
      m_endsOn(new DateField(this)),
      m_products(new QWidget(this)),
      m_payment(new QComboBox(this)),
      m_owner(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("contractEditDialog"));
    setMinimumWidth(600);
    const bool creating = contract.id() == 0;
    setTexts(creating ? tr("New contract") : tr("Edit contract"), str(model.customer().name()),
             creating ? tr("Add contract") : tr("Save"));
    if (m_record.customer_id() == 0) m_record.set_customer_id(model.customerId());
    if (m_record.kind().empty()) m_record.set_kind("annual_service");
    if (m_record.payment_status().empty()) m_record.set_payment_status("unpaid");
    if (creating && m_record.owner_id() == 0) {
        m_record.set_owner_id(model.customer().owner_id());
        m_record.set_owner_name(model.customer().owner_name());
    }

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    CodeCombo::fill(m_kind, Names::contractKinds(), &Names::contractKind);
    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setPlaceholderText(tr("e.g. HT-2025-0312"));
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(tr("e.g. 12800.00"));
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* amountBox = new QWidget(this);
    auto* amountLayout = new QHBoxLayout(amountBox);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->setSpacing(6);
    amountLayout->addWidget(new QLabel(QStringLiteral("¥"), amountBox));
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(new QLabel(tr("yuan"), amountBox));
    m_signedOn->setObjectName(QStringLiteral("signedOnField"));
    m_startsOn->setObjectName(QStringLiteral("startsOnField"));
    m_endsOn->setObjectName(QStringLiteral("endsOnField"));
    m_payment->setObjectName(QStringLiteral("paymentCombo"));
    CodeCombo::fill(m_payment, Names::paymentStatuses(), &Names::paymentStatus);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setFixedHeight(56);

    // The installed products this contract may cover: this customer's, as checkboxes.
    m_products->setObjectName(QStringLiteral("productChecks"));
    auto* productLayout = new QVBoxLayout(m_products);
    productLayout->setContentsMargins(0, 2, 0, 2);
    productLayout->setSpacing(4);
    int productCount = 0;
    for (const auto& product : model.view().installed_products()) {
        if (product.archived()) continue;
        auto* box = new QCheckBox(client::InstalledProductTableModel::label(product), m_products);
        box->setProperty(kProductIdProperty, QVariant::fromValue<qint64>(product.id()));
        connect(box, &QCheckBox::toggled, this, [this] { markTouched(QStringLiteral("installed_product_ids")); });
        productLayout->addWidget(box);
        ++productCount;
    }
    if (productCount == 0) {
        auto* none = new QLabel(tr("This customer has no installed products yet."), m_products);
        Theme::makeHint(none);
        productLayout->addWidget(none);
    }

    auto* dates = new QHBoxLayout;
    dates->setSpacing(8);
    dates->addLayout(fieldRow(QStringLiteral("starts_on"), m_startsOn), 1);
    dates->addWidget(new QLabel(QStringLiteral("–"), this), 0, Qt::AlignTop);
    dates->addLayout(fieldRow(QStringLiteral("ends_on"), m_endsOn), 1);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(14);
    form->addRow(tr("Kind"), fieldRow(QStringLiteral("kind"), m_kind));
    form->addRow(tr("Number"), fieldRow(QStringLiteral("number"), m_number));
    form->addRow(tr("Amount"), fieldRow(QStringLiteral("amount_fen"), amountBox));
    form->addRow(tr("Signed on"), fieldRow(QStringLiteral("signed_on"), m_signedOn));
    form->addRow(tr("Term"), dates);
    form->addRow(tr("Covers"), fieldRow(QStringLiteral("installed_product_ids"), m_products));
    form->addRow(tr("Payment"), fieldRow(QStringLiteral("payment_status"), m_payment));
    form->addRow(tr("Owner"), fieldRow(QStringLiteral("owner_id"), m_owner));
    form->addRow(tr("Notes"), fieldRow(QStringLiteral("notes"), m_notes));
    body()->addLayout(form);

    // The amount box is a container: its line edit is what the user types in.
    connect(m_amount, &QLineEdit::textEdited, this, [this] { markTouched(QStringLiteral("amount_fen")); });
    connect(&context.owners, &client::OwnerChoices::changed, this, [this] {
        OwnerCombo::fill(m_owner, m_context.owners, m_model.customer().branch_id(), OwnerCombo::ownerId(m_owner),
                         m_owner->currentText());
    });

    setBaseRecord(m_record);
    m_number->setFocus();
}

std::unique_ptr<RecordEditDialog::Message> ContractEditDialog::formRecord() const {
    auto contract = std::make_unique<protocol::Contract>(m_record);
    contract->set_kind(CodeCombo::code(m_kind));
    contract->set_number(domain::trimmed(m_number->text().toStdString()));
    // An amount that is not a number is sent nowhere: -1 makes the shared check refuse it.
    contract->set_amount_fen(Formats::parseYuan(m_amount->text()).value_or(-1));
    contract->set_signed_on(m_signedOn->isoText());
    contract->set_starts_on(m_startsOn->isoText());
    contract->set_ends_on(m_endsOn->isoText());
    contract->clear_installed_product_ids();
    for (const QCheckBox* box : m_products->findChildren<QCheckBox*>())
        if (box->isChecked()) contract->add_installed_product_ids(box->property(kProductIdProperty).toLongLong());
    contract->set_payment_status(CodeCombo::code(m_payment));
    contract->set_owner_id(OwnerCombo::ownerId(m_owner));
    contract->set_owner_name(OwnerCombo::ownerName(m_owner).toStdString());
    contract->set_notes(domain::trimmed(m_notes->toPlainText().toStdString()));
    return contract;
}

std::unique_ptr<RecordEditDialog::Message> ContractEditDialog::validBaseline() const {
    auto contract = std::make_unique<protocol::Contract>();
    contract->set_kind("licence");
    contract->set_number("HT-1");
    contract->set_payment_status("unpaid");
    return contract;
}

std::optional<domain::RuleViolation> ContractEditDialog::check(const Message& record) const {
    return domain::checkContract(static_cast<const protocol::Contract&>(record));
}

QStringList ContractEditDialog::companions(const QString& field) const {
    if (field == QLatin1String("ends_on")) return {QStringLiteral("starts_on")};
    return {};
}

void ContractEditDialog::send(const Message& record, client::Connection::Callback done) {
    m_model.saveContract(static_cast<const protocol::Contract&>(record), std::move(done));
}

void ContractEditDialog::fetchCurrent(std::function<void(const Message*, const QString&)> done) {
    const qint64 id = m_record.id();
    m_model.fetchLatest([done = std::move(done), id](const client::Reply& reply) {
        if (!reply.ok()) {
            done(nullptr, reply.error().code == protocol::NOT_FOUND ? QString() : reply.error().userMessage());
            return;
        }
        for (const auto& contract : reply.envelope().customer_360_reply().view().contracts()) {
            if (contract.id() == id && !contract.archived()) {
                done(&contract, tr("%1 changed this contract after you opened it.")
                             .arg(whoChanged(contract.updated_by_name())));
                return;
            }
        }
        done(nullptr, QString());
    });
}

FieldValues ContractEditDialog::describe(const Message& record) const {
    const auto& c = static_cast<const protocol::Contract&>(record);
    QStringList products;
    for (qint64 id : c.installed_product_ids())
        for (const auto& product : m_model.view().installed_products())
            if (product.id() == id) products.append(client::InstalledProductTableModel::label(product));
    return {
        {QStringLiteral("kind"), tr("Kind"), Names::contractKind(str(c.kind()))},
        {QStringLiteral("number"), tr("Number"), str(c.number())},
        {QStringLiteral("amount_fen"), tr("Amount"), c.amount_fen() < 0 ? QString() : Formats::money(c.amount_fen())},
        {QStringLiteral("signed_on"), tr("Signed on"), str(c.signed_on())},
        {QStringLiteral("starts_on"), tr("Starts on"), str(c.starts_on())},
        {QStringLiteral("ends_on"), tr("Ends on"), str(c.ends_on())},
        {QStringLiteral("installed_product_ids"), tr("Covers"), products.join(QStringLiteral("、"))},
        {QStringLiteral("payment_status"), tr("Payment"), Names::paymentStatus(str(c.payment_status()))},
        {QStringLiteral("owner_id"), tr("Owner"), str(c.owner_name())},
        {QStringLiteral("notes"), tr("Notes"), str(c.notes())},
    };
}

void ContractEditDialog::fill(const Message& record) {
    const auto& c = static_cast<const protocol::Contract&>(record);
    m_record = c;
    CodeCombo::select(m_kind, c.kind(), &Names::contractKind);
    m_number->setText(str(c.number()));
    m_amount->setText(c.id() == 0 && c.amount_fen() == 0 ? QString() : Formats::yuanForEditing(c.amount_fen()));
    m_signedOn->setIsoText(c.signed_on());
    m_startsOn->setIsoText(c.starts_on());
    m_endsOn->setIsoText(c.ends_on());
    const QList<qint64> covered(c.installed_product_ids().begin(), c.installed_product_ids().end());
    for (QCheckBox* box : m_products->findChildren<QCheckBox*>())
        box->setChecked(covered.contains(box->property(kProductIdProperty).toLongLong()));
    CodeCombo::select(m_payment, c.payment_status(), &Names::paymentStatus);
    OwnerCombo::fill(m_owner, m_context.owners, m_model.customer().branch_id(), c.owner_id(), str(c.owner_name()));
    m_notes->setPlainText(str(c.notes()));
}

void ContractEditDialog::adoptVersion(const Message& current) {
    m_record.set_version(static_cast<const protocol::Contract&>(current).version());
}

}  // namespace laoke::ui
