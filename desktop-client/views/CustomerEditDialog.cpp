#include "CustomerEditDialog.h"

#include "BranchListModel.h"
#include "CodeCombo.h"
#include "Customer360Model.h"
#include "CustomerContext.h"
#include "CustomerFormats.h"
#include "CustomerValueNames.h"
#include "OwnerChoices.h"
#include "OwnerCombo.h"
#include "SessionModel.h"
#include "domain/CustomerRules.h"
#include "domain/GeoLocation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <limits>

namespace laoke::ui {

namespace {

using Names = client::CustomerValueNames;

std::string text(const QLineEdit* edit) {
    return domain::trimmed(edit->text().toStdString());
}

QString str(const std::string& value) {
    return QString::fromStdString(value);
}

QFormLayout* newForm() {
    auto* form = new QFormLayout;
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(14);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

}  // namespace

CustomerEditDialog::CustomerEditDialog(CustomerContext& context, client::Customer360Model& model,
                                       const protocol::Customer& customer, QWidget* parent)
    : RecordEditDialog(CustomerFieldMessages::Kind::Customer, parent),
      m_context(context),
      m_model(model),
      m_record(customer),
      m_isAdmin(context.session.user().role() == protocol::ADMIN),
      m_name(new QLineEdit(this)),
      m_shortName(new QLineEdit(this)),
      m_code(new QLineEdit(this)),
      m_creditCode(new QLineEdit(this)),
      m_industry(new QComboBox(this)),
      m_sizeClass(new QComboBox(this)),
      m_itMaturity(new QComboBox(this)),
      m_source(new QComboBox(this)),
      m_status(new QComboBox(this)),
      m_grade(new QComboBox(this)),
      m_branch(new QComboBox(this)),
      m_owner(new QComboBox(this)),
      m_province(new QComboBox(this)),
      m_region(new QComboBox(this)),
      m_city(new QLineEdit(this)),
      m_district(new QLineEdit(this)),
      m_address(new QLineEdit(this)),
      m_location(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("customerEditDialog"));
    setMinimumWidth(820);
    const bool creating = customer.id() == 0;
    setTexts(creating ? tr("New customer") : tr("Edit customer"),
             creating ? tr("Only the name is required; the code is assigned when you leave it empty.") : QString(),
             creating ? tr("Create customer") : tr("Save"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. 北京海淀恒达机械制造有限公司"));
    m_shortName->setObjectName(QStringLiteral("shortNameEdit"));
    m_shortName->setPlaceholderText(tr("e.g. 恒达机械"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setPlaceholderText(tr("Assigned automatically"));
    m_creditCode->setObjectName(QStringLiteral("creditCodeEdit"));
    m_creditCode->setPlaceholderText(tr("18 characters"));
    m_creditCode->setMaxLength(18);
    m_industry->setObjectName(QStringLiteral("industryCombo"));
    CodeCombo::fill(m_industry, Names::industries(), &Names::industry, tr("Not recorded"));
    m_sizeClass->setObjectName(QStringLiteral("sizeClassCombo"));
    CodeCombo::fill(m_sizeClass, Names::sizeClasses(), &Names::sizeClass, tr("Not recorded"));
    m_itMaturity->setObjectName(QStringLiteral("itMaturityCombo"));
    for (int level = 0; level <= 6; ++level) m_itMaturity->addItem(Names::itMaturity(level), level);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    CodeCombo::fill(m_source, Names::sources(), &Names::source, tr("Not recorded"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    CodeCombo::fill(m_status, Names::statuses(), &Names::status);
    m_grade->setObjectName(QStringLiteral("gradeCombo"));
    CodeCombo::fill(m_grade, Names::grades(), &Names::grade, Names::grade(QString()));
    m_grade->setToolTip(tr("Set by hand for now."));
    m_branch->setObjectName(QStringLiteral("branchCombo"));
    m_branch->setPlaceholderText(tr("Choose a branch"));
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    m_province->setObjectName(QStringLiteral("provinceCombo"));
    m_province->setEditable(true);
    m_province->addItem(QString());
    m_province->addItems(Names::provinces());
    m_region->setObjectName(QStringLiteral("regionCombo"));
    CodeCombo::fill(m_region, Names::regions(), &Names::region, tr("Not recorded"));
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_city->setPlaceholderText(tr("e.g. 北京"));
    m_district->setObjectName(QStringLiteral("districtEdit"));
    m_district->setPlaceholderText(tr("e.g. 海淀区"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("Optional: paste from a map's coordinate picker, e.g. 116.310316,39.992861"));
    m_location->setToolTip(tr("The customer's own latitude and longitude, in either order. Dispatch then estimates "
                              "the road to the customer instead of to the city centre."));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setFixedHeight(64);

    // The branch: administrators choose; everyone else works in their own.
    for (int row = 0; row < context.branches.rowCount(); ++row) {
        const protocol::Branch& branch = context.branches.branchAt(row);
        m_branch->addItem(str(branch.name()), QVariant::fromValue<qint64>(branch.id()));
    }
    if (m_record.branch_id() == 0) {
        m_record.set_branch_id(context.session.user().branch_id());
        m_record.set_branch_name(context.session.user().branch_name());
    }
    if (m_branch->findData(QVariant::fromValue<qint64>(m_record.branch_id())) < 0 && m_record.branch_id() != 0)
        m_branch->addItem(str(m_record.branch_name()), QVariant::fromValue<qint64>(m_record.branch_id()));
    m_branch->setEnabled(m_isAdmin);
    if (!m_isAdmin) m_branch->setToolTip(tr("Customers stay in your branch; an administrator can move them."));
    if (m_record.status().empty()) m_record.set_status("active");
    if (creating && m_record.owner_id() == 0 && !context.owners.owners().isEmpty() && !m_isAdmin) {
        m_record.set_owner_id(context.session.user().id());
        m_record.set_owner_name(context.session.user().display_name());
    }

    auto* left = newForm();
    left->addRow(tr("Customer name"), fieldRow(QStringLiteral("name"), m_name));
    left->addRow(tr("Short name"), fieldRow(QStringLiteral("short_name"), m_shortName));
    left->addRow(tr("Code"), fieldRow(QStringLiteral("code"), m_code));
    left->addRow(tr("Credit code"), fieldRow(QStringLiteral("credit_code"), m_creditCode));
    left->addRow(tr("Industry"), fieldRow(QStringLiteral("industry"), m_industry));
    left->addRow(tr("Size"), fieldRow(QStringLiteral("size_class"), m_sizeClass));
    left->addRow(tr("IT maturity"), fieldRow(QStringLiteral("it_maturity"), m_itMaturity));
    left->addRow(tr("Source"), fieldRow(QStringLiteral("source"), m_source));

    auto* right = newForm();
    right->addRow(tr("Status"), fieldRow(QStringLiteral("status"), m_status));
    right->addRow(tr("Grade"), fieldRow(QStringLiteral("manual_grade"), m_grade));
    right->addRow(tr("Branch"), fieldRow(QStringLiteral("branch_id"), m_branch));
    right->addRow(tr("Account manager"), fieldRow(QStringLiteral("owner_id"), m_owner));
    right->addRow(tr("Province"), fieldRow(QStringLiteral("province"), m_province));
    right->addRow(tr("Region"), fieldRow(QStringLiteral("region"), m_region));
    right->addRow(tr("City"), fieldRow(QStringLiteral("city"), m_city));
    right->addRow(tr("District"), fieldRow(QStringLiteral("district"), m_district));

    auto* columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* bottom = newForm();
    bottom->addRow(tr("Address"), fieldRow(QStringLiteral("address"), m_address));
    bottom->addRow(tr("Coordinates"), fieldRow(QStringLiteral("location"), m_location));
    bottom->addRow(tr("Notes"), fieldRow(QStringLiteral("notes"), m_notes));
    body()->addLayout(columns);
    body()->addLayout(bottom);

    connect(m_province, &QComboBox::currentTextChanged, this, &CustomerEditDialog::provinceChanged);
    connect(m_branch, &QComboBox::activated, this, [this] {
        refillOwners(OwnerCombo::ownerId(m_owner), m_owner->currentText());
        validate();
    });
    connect(&context.owners, &client::OwnerChoices::changed, this,
            [this] { refillOwners(OwnerCombo::ownerId(m_owner), m_owner->currentText()); });

    setBaseRecord(m_record);
    m_name->setFocus();
}

qint64 CustomerEditDialog::selectedBranchId() const {
    return m_branch->currentIndex() < 0 ? m_record.branch_id() : m_branch->currentData().toLongLong();
}

void CustomerEditDialog::refillOwners(qint64 selectedId, const QString& selectedName) {
    OwnerCombo::fill(m_owner, m_context.owners, selectedBranchId(), selectedId, selectedName);
}

void CustomerEditDialog::provinceChanged() {
    // The region (七大区) follows from the province when it is a known one.
    const std::string_view region = domain::regionOfProvince(domain::trimmed(m_province->currentText().toStdString()));
    if (!region.empty()) CodeCombo::select(m_region, std::string(region));
}

std::unique_ptr<RecordEditDialog::Message> CustomerEditDialog::formRecord() const {
    auto customer = std::make_unique<protocol::Customer>(m_record);
    customer->set_name(text(m_name));
    customer->set_short_name(text(m_shortName));
    customer->set_code(text(m_code));
    customer->set_credit_code(domain::trimmed(m_creditCode->text().toUpper().toStdString()));
    customer->set_industry(CodeCombo::code(m_industry));
    customer->set_size_class(CodeCombo::code(m_sizeClass));
    customer->set_it_maturity(m_itMaturity->currentData().toInt());
    customer->set_source(CodeCombo::code(m_source));
    customer->set_status(CodeCombo::code(m_status));
    customer->set_manual_grade(CodeCombo::code(m_grade));
    customer->set_branch_id(selectedBranchId());
    customer->set_branch_name(m_branch->currentText().toStdString());
    customer->set_owner_id(OwnerCombo::ownerId(m_owner));
    customer->set_owner_name(OwnerCombo::ownerName(m_owner).toStdString());
    customer->set_province(domain::trimmed(m_province->currentText().toStdString()));
    customer->set_region(CodeCombo::code(m_region));
    customer->set_city(text(m_city));
    customer->set_district(text(m_district));
    customer->set_address(text(m_address));
    // Text that is not a point in China becomes an invalid point, so the rule check marks the
    // field instead of silently dropping what the user typed.
    const std::string location = text(m_location);
    if (location.empty()) {
        customer->clear_location();
    } else if (const auto point = domain::parseLocation(location)) {
        *customer->mutable_location() = *point;
    } else {
        customer->mutable_location()->set_latitude(std::numeric_limits<double>::quiet_NaN());
        customer->mutable_location()->set_longitude(std::numeric_limits<double>::quiet_NaN());
    }
    customer->set_notes(domain::trimmed(m_notes->toPlainText().toStdString()));
    return customer;
}

std::unique_ptr<RecordEditDialog::Message> CustomerEditDialog::validBaseline() const {
    auto customer = std::make_unique<protocol::Customer>();
    customer->set_name("有效的客户名称");
    customer->set_branch_id(1);
    customer->set_status("active");
    return customer;
}

std::optional<domain::RuleViolation> CustomerEditDialog::check(const Message& record) const {
    return domain::checkCustomer(static_cast<const protocol::Customer&>(record));
}

void CustomerEditDialog::send(const Message& record, client::Connection::Callback done) {
    m_model.saveCustomer(static_cast<const protocol::Customer&>(record), std::move(done));
}

void CustomerEditDialog::fetchCurrent(std::function<void(const Message*, const QString&)> done) {
    m_model.fetchLatest([done = std::move(done)](const client::Reply& reply) {
        if (!reply.ok()) {
            if (reply.error().code == protocol::NOT_FOUND) done(nullptr, QString());
            else done(nullptr, reply.error().userMessage());
            return;
        }
        const protocol::Customer& current = reply.envelope().customer_360_reply().view().customer();
        done(&current, tr("%1 saved this customer at %2, after you opened it.")
                           .arg(whoChanged(current.updated_by_name()), client::CustomerFormats::dateTime(current.updated_at_unix())));
    });
}

FieldValues CustomerEditDialog::describe(const Message& record) const {
    const auto& c = static_cast<const protocol::Customer&>(record);
    return {
        {QStringLiteral("name"), tr("Customer name"), str(c.name())},
        {QStringLiteral("short_name"), tr("Short name"), str(c.short_name())},
        {QStringLiteral("code"), tr("Code"), str(c.code())},
        {QStringLiteral("credit_code"), tr("Credit code"), str(c.credit_code())},
        {QStringLiteral("industry"), tr("Industry"), Names::industry(str(c.industry()))},
        {QStringLiteral("size_class"), tr("Size"), Names::sizeClass(str(c.size_class()))},
        {QStringLiteral("it_maturity"), tr("IT maturity"), c.it_maturity() == 0 ? QString() : Names::itMaturity(c.it_maturity())},
        {QStringLiteral("source"), tr("Source"), Names::source(str(c.source()))},
        {QStringLiteral("status"), tr("Status"), Names::status(str(c.status()))},
        {QStringLiteral("manual_grade"), tr("Grade"), Names::grade(str(c.manual_grade()))},
        {QStringLiteral("branch_id"), tr("Branch"), str(c.branch_name())},
        {QStringLiteral("owner_id"), tr("Account manager"), str(c.owner_name())},
        {QStringLiteral("province"), tr("Province"), str(c.province())},
        {QStringLiteral("region"), tr("Region"), Names::region(str(c.region()))},
        {QStringLiteral("city"), tr("City"), str(c.city())},
        {QStringLiteral("district"), tr("District"), str(c.district())},
        {QStringLiteral("address"), tr("Address"), str(c.address())},
        {QStringLiteral("location"), tr("Coordinates"), c.has_location() ? str(domain::locationText(c.location())) : QString()},
        {QStringLiteral("notes"), tr("Notes"), str(c.notes())},
    };
}

void CustomerEditDialog::fill(const Message& record) {
    const auto& c = static_cast<const protocol::Customer&>(record);
    m_record = c;
    m_name->setText(str(c.name()));
    m_shortName->setText(str(c.short_name()));
    m_code->setText(str(c.code()));
    m_creditCode->setText(str(c.credit_code()));
    CodeCombo::select(m_industry, c.industry(), &Names::industry);
    CodeCombo::select(m_sizeClass, c.size_class(), &Names::sizeClass);
    m_itMaturity->setCurrentIndex(std::clamp(c.it_maturity(), 0, 6));
    CodeCombo::select(m_source, c.source(), &Names::source);
    CodeCombo::select(m_status, c.status(), &Names::status);
    CodeCombo::select(m_grade, c.manual_grade(), &Names::grade);
    int branch = m_branch->findData(QVariant::fromValue<qint64>(c.branch_id()));
    if (branch < 0 && c.branch_id() != 0) {
        m_branch->addItem(str(c.branch_name()), QVariant::fromValue<qint64>(c.branch_id()));
        branch = m_branch->count() - 1;
    }
    m_branch->setCurrentIndex(branch);
    refillOwners(c.owner_id(), str(c.owner_name()));
    m_province->setCurrentText(str(c.province()));
    CodeCombo::select(m_region, c.region(), &Names::region);
    m_city->setText(str(c.city()));
    m_district->setText(str(c.district()));
    m_address->setText(str(c.address()));
    m_location->setText(c.has_location() ? str(domain::locationText(c.location())) : QString());
    m_notes->setPlainText(str(c.notes()));
}

void CustomerEditDialog::adoptVersion(const Message& current) {
    const auto& c = static_cast<const protocol::Customer&>(current);
    m_record.set_version(c.version());
    m_record.set_updated_at_unix(c.updated_at_unix());
    m_record.set_updated_by_name(c.updated_by_name());
}

}  // namespace laoke::ui
