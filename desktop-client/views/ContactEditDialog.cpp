#include "ContactEditDialog.h"

#include "CodeCombo.h"
#include "Customer360Model.h"
#include "CustomerValueNames.h"
#include "DateField.h"
#include "domain/CustomerRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace laoke::ui {

namespace {

using Names = client::CustomerValueNames;

std::string text(const QLineEdit* edit) {
    return domain::trimmed(edit->text().toStdString());
}

QString str(const std::string& value) {
    return QString::fromStdString(value);
}

}  // namespace

ContactEditDialog::ContactEditDialog(client::Customer360Model& model, const protocol::Contact& contact, QWidget* parent)
    : RecordEditDialog(CustomerFieldMessages::Kind::Contact, parent),
      m_model(model),
      m_record(contact),
      m_name(new QLineEdit(this)),
      m_title(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_decisionRole(new QComboBox(this)),
      m_key(new QCheckBox(this)),
      m_mobile(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_wechat(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_leftOn(new DateField(this)),
      m_notes(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("contactEditDialog"));
    setMinimumWidth(520);
    const bool creating = contact.id() == 0;
    const QString customerName = str(model.customer().name());
    setTexts(creating ? tr("New contact") : tr("Edit contact"), customerName, creating ? tr("Add contact") : tr("Save"));
    if (m_record.customer_id() == 0) m_record.set_customer_id(model.customerId());
    if (m_record.role().empty()) m_record.set_role("business_user");
    if (m_record.decision_role().empty()) m_record.set_decision_role("user");

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. 王芳"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. 财务经理"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    CodeCombo::fill(m_role, Names::contactRoles(), &Names::contactRole);
    m_decisionRole->setObjectName(QStringLiteral("decisionRoleCombo"));
    CodeCombo::fill(m_decisionRole, Names::decisionRoles(), &Names::decisionRole);
    m_key->setObjectName(QStringLiteral("keyCheck"));
    m_key->setText(tr("Key contact"));
    m_key->setToolTip(tr("Someone whose leaving would put the customer at risk (often the chief accountant)."));
    m_mobile->setObjectName(QStringLiteral("mobileEdit"));
    m_mobile->setPlaceholderText(tr("e.g. 13812345678"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("e.g. 010-62345678"));
    m_wechat->setObjectName(QStringLiteral("wechatEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("e.g. wang.fang@example.com"));
    m_leftOn->setObjectName(QStringLiteral("leftOnField"));
    m_leftOn->setToolTip(tr("Leave empty while they work there."));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setFixedHeight(56);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(14);
    form->addRow(tr("Name"), fieldRow(QStringLiteral("name"), m_name));
    form->addRow(tr("Job title"), fieldRow(QStringLiteral("title"), m_title));
    form->addRow(tr("Role"), fieldRow(QStringLiteral("role"), m_role));
    form->addRow(tr("Decision role"), fieldRow(QStringLiteral("decision_role"), m_decisionRole));
    form->addRow(QString(), fieldRow(QStringLiteral("is_key"), m_key));
    form->addRow(tr("Mobile"), fieldRow(QStringLiteral("mobile"), m_mobile));
    form->addRow(tr("Phone"), fieldRow(QStringLiteral("phone"), m_phone));
    form->addRow(tr("WeChat"), fieldRow(QStringLiteral("wechat"), m_wechat));
    form->addRow(tr("E-mail"), fieldRow(QStringLiteral("email"), m_email));
    form->addRow(tr("Left on"), fieldRow(QStringLiteral("left_on"), m_leftOn));
    form->addRow(tr("Notes"), fieldRow(QStringLiteral("notes"), m_notes));
    body()->addLayout(form);

    setBaseRecord(m_record);
    m_name->setFocus();
}

std::unique_ptr<RecordEditDialog::Message> ContactEditDialog::formRecord() const {
    auto contact = std::make_unique<protocol::Contact>(m_record);
    contact->set_name(text(m_name));
    contact->set_title(text(m_title));
    contact->set_role(CodeCombo::code(m_role));
    contact->set_decision_role(CodeCombo::code(m_decisionRole));
    contact->set_is_key(m_key->isChecked());
    // Phone numbers are often pasted with spaces ("138 1234 5678"): they are not part of it.
    contact->set_mobile(m_mobile->text().remove(QLatin1Char(' ')).toStdString());
    contact->set_phone(text(m_phone));
    contact->set_wechat(text(m_wechat));
    contact->set_email(text(m_email));
    contact->set_left_on(m_leftOn->isoText());
    contact->set_notes(domain::trimmed(m_notes->toPlainText().toStdString()));
    return contact;
}

std::unique_ptr<RecordEditDialog::Message> ContactEditDialog::validBaseline() const {
    auto contact = std::make_unique<protocol::Contact>();
    contact->set_name("王芳");
    contact->set_role("business_user");
    contact->set_decision_role("user");
    return contact;
}

std::optional<domain::RuleViolation> ContactEditDialog::check(const Message& record) const {
    return domain::checkContact(static_cast<const protocol::Contact&>(record));
}

void ContactEditDialog::send(const Message& record, client::Connection::Callback done) {
    m_model.saveContact(static_cast<const protocol::Contact&>(record), std::move(done));
}

void ContactEditDialog::fetchCurrent(std::function<void(const Message*, const QString&)> done) {
    const qint64 id = m_record.id();
    m_model.fetchLatest([done = std::move(done), id](const client::Reply& reply) {
        if (!reply.ok()) {
            done(nullptr, reply.error().code == protocol::NOT_FOUND ? QString() : reply.error().userMessage());
            return;
        }
        for (const auto& contact : reply.envelope().customer_360_reply().view().contacts()) {
            if (contact.id() == id && !contact.archived()) {
                done(&contact, tr("%1 changed this contact after you opened it.")
                             .arg(whoChanged(contact.updated_by_name())));
                return;
            }
        }
        done(nullptr, QString());
    });
}

FieldValues ContactEditDialog::describe(const Message& record) const {
    const auto& c = static_cast<const protocol::Contact&>(record);
    return {
        {QStringLiteral("name"), tr("Name"), str(c.name())},
        {QStringLiteral("title"), tr("Job title"), str(c.title())},
        {QStringLiteral("role"), tr("Role"), Names::contactRole(str(c.role()))},
        {QStringLiteral("decision_role"), tr("Decision role"), Names::decisionRole(str(c.decision_role()))},
        {QStringLiteral("is_key"), tr("Key contact"), c.is_key() ? tr("Yes") : tr("No")},
        {QStringLiteral("mobile"), tr("Mobile"), str(c.mobile())},
        {QStringLiteral("phone"), tr("Phone"), str(c.phone())},
        {QStringLiteral("wechat"), tr("WeChat"), str(c.wechat())},
        {QStringLiteral("email"), tr("E-mail"), str(c.email())},
        {QStringLiteral("left_on"), tr("Left on"), str(c.left_on())},
        {QStringLiteral("notes"), tr("Notes"), str(c.notes())},
    };
}

void ContactEditDialog::fill(const Message& record) {
    const auto& c = static_cast<const protocol::Contact&>(record);
    m_record = c;
    m_name->setText(str(c.name()));
    m_title->setText(str(c.title()));
    CodeCombo::select(m_role, c.role(), &Names::contactRole);
    CodeCombo::select(m_decisionRole, c.decision_role(), &Names::decisionRole);
    m_key->setChecked(c.is_key());
    m_mobile->setText(str(c.mobile()));
    m_phone->setText(str(c.phone()));
    m_wechat->setText(str(c.wechat()));
    m_email->setText(str(c.email()));
    m_leftOn->setIsoText(c.left_on());
    m_notes->setPlainText(str(c.notes()));
}

void ContactEditDialog::adoptVersion(const Message& current) {
    m_record.set_version(static_cast<const protocol::Contact&>(current).version());
}

}  // namespace laoke::ui
