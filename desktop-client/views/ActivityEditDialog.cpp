#include "ActivityEditDialog.h"

#include "CodeCombo.h"
#include "Customer360Model.h"
#include "CustomerFormats.h"
#include "CustomerValueNames.h"
#include "DateField.h"
#include "domain/CustomerRules.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>

namespace laoke::ui {

namespace {

using Names = client::CustomerValueNames;

QString str(const std::string& value) {
    return QString::fromStdString(value);
}

}  // namespace

ActivityEditDialog::ActivityEditDialog(client::Customer360Model& model, const protocol::Activity& activity,
                                       QWidget* parent)
    : RecordEditDialog(CustomerFieldMessages::Kind::Activity, parent),
      m_model(model),
      m_record(activity),
      m_kind(new QComboBox(this)),
      m_when(new QDateTimeEdit(this)),
      m_contact(new QComboBox(this)),
      m_summary(new QPlainTextEdit(this)),
      m_nextStep(new QLineEdit(this)),
      m_nextStepOn(new DateField(this)) {
    setObjectName(QStringLiteral("activityEditDialog"));
    setMinimumWidth(560);
    const bool creating = activity.id() == 0;
    setTexts(creating ? tr("Log activity") : tr("Edit activity"), str(model.customer().name()),
             creating ? tr("Log activity") : tr("Save"));
    if (m_record.customer_id() == 0) m_record.set_customer_id(model.customerId());
    if (m_record.kind().empty()) m_record.set_kind("call");
    if (m_record.occurred_at_unix() == 0) m_record.set_occurred_at_unix(QDateTime::currentSecsSinceEpoch());

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    CodeCombo::fill(m_kind, Names::activityKinds(), &Names::activityKind);
    m_when->setObjectName(QStringLiteral("whenEdit"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_contact->setObjectName(QStringLiteral("contactCombo"));
    m_contact->addItem(tr("No particular contact"), QVariant::fromValue<qint64>(0));
    // People still with the company, key contacts first; the one already chosen stays even if they left.
    std::vector<protocol::Contact> contacts;
    for (const auto& contact : model.view().contacts())
        if (!contact.archived() && (contact.left_on().empty() || contact.id() == activity.contact_id()))
            contacts.push_back(contact);
    std::stable_sort(contacts.begin(), contacts.end(), [](const auto& a, const auto& b) { return a.is_key() && !b.is_key(); });
    for (const auto& contact : contacts) {
        const QString role = Names::contactRole(str(contact.role()));
        m_contact->addItem(QStringLiteral("%1 · %2").arg(str(contact.name()), role), QVariant::fromValue<qint64>(contact.id()));
    }
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setPlaceholderText(tr("What was it about, what was agreed?"));
    m_summary->setMinimumHeight(110);
    m_summary->setTabChangesFocus(true);
    m_nextStep->setObjectName(QStringLiteral("nextStepEdit"));
    m_nextStep->setPlaceholderText(tr("e.g. send the T+ upgrade quote"));
    m_nextStepOn->setObjectName(QStringLiteral("nextStepOnField"));

    auto* form = new QFormLayout;
    form->setVerticalSpacing(8);
    form->setHorizontalSpacing(14);
    form->addRow(tr("Kind"), fieldRow(QStringLiteral("kind"), m_kind));
    form->addRow(tr("When"), fieldRow(QStringLiteral("occurred_at_unix"), m_when));
    form->addRow(tr("Contact"), fieldRow(QStringLiteral("contact_id"), m_contact));
    form->addRow(tr("Summary"), fieldRow(QStringLiteral("summary"), m_summary));
    form->addRow(tr("Next step"), fieldRow(QStringLiteral("next_step"), m_nextStep));
    form->addRow(tr("Next step on"), fieldRow(QStringLiteral("next_step_on"), m_nextStepOn));
    body()->addLayout(form);

    setBaseRecord(m_record);
    m_summary->setFocus();
}

std::unique_ptr<RecordEditDialog::Message> ActivityEditDialog::formRecord() const {
    auto activity = std::make_unique<protocol::Activity>(m_record);
    activity->set_kind(CodeCombo::code(m_kind));
    activity->set_occurred_at_unix(m_when->dateTime().toSecsSinceEpoch());
    activity->set_contact_id(m_contact->currentData().toLongLong());
    activity->set_contact_name(activity->contact_id() == 0 ? std::string() : m_contact->currentText().toStdString());
    activity->set_summary(domain::trimmed(m_summary->toPlainText().toStdString()));
    activity->set_next_step(domain::trimmed(m_nextStep->text().toStdString()));
    activity->set_next_step_on(m_nextStepOn->isoText());
    return activity;
}

std::unique_ptr<RecordEditDialog::Message> ActivityEditDialog::validBaseline() const {
    auto activity = std::make_unique<protocol::Activity>();
    activity->set_kind("call");
    activity->set_occurred_at_unix(1);
    activity->set_summary("电话回访");
    return activity;
}

std::optional<domain::RuleViolation> ActivityEditDialog::check(const Message& record) const {
    return domain::checkActivity(static_cast<const protocol::Activity&>(record));
}

QStringList ActivityEditDialog::companions(const QString& field) const {
    // "Say what the next step is" depends on whether its date is set.
    if (field == QLatin1String("next_step")) return {QStringLiteral("next_step_on")};
    return {};
}

void ActivityEditDialog::send(const Message& record, client::Connection::Callback done) {
    m_model.saveActivity(static_cast<const protocol::Activity&>(record), std::move(done));
}

void ActivityEditDialog::fetchCurrent(std::function<void(const Message*, const QString&)> done) {
    const qint64 id = m_record.id();
    QPointer<client::Customer360Model> model(&m_model);
    m_model.fetchLatest([model, done = std::move(done), id](const client::Reply& reply) {
        if (!model) return;
        if (!reply.ok()) {
            done(nullptr, reply.error().code == protocol::NOT_FOUND ? QString() : reply.error().userMessage());
            return;
        }
        for (const auto& activity : model->activities()) {
            if (activity.id() == id) {
                done(&activity, tr("%1 changed this activity after you opened it.")
                             .arg(whoChanged(activity.updated_by_name())));
                return;
            }
        }
        done(nullptr, QString());
    });
}

FieldValues ActivityEditDialog::describe(const Message& record) const {
    const auto& a = static_cast<const protocol::Activity&>(record);
    return {
        {QStringLiteral("kind"), tr("Kind"), Names::activityKind(str(a.kind()))},
        {QStringLiteral("occurred_at_unix"), tr("When"), client::CustomerFormats::dateTime(a.occurred_at_unix())},
        {QStringLiteral("contact_id"), tr("Contact"), str(a.contact_name())},
        {QStringLiteral("summary"), tr("Summary"), str(a.summary())},
        {QStringLiteral("next_step"), tr("Next step"), str(a.next_step())},
        {QStringLiteral("next_step_on"), tr("Next step on"), str(a.next_step_on())},
    };
}

void ActivityEditDialog::fill(const Message& record) {
    const auto& a = static_cast<const protocol::Activity&>(record);
    m_record = a;
    CodeCombo::select(m_kind, a.kind(), &Names::activityKind);
    m_when->setDateTime(QDateTime::fromSecsSinceEpoch(a.occurred_at_unix()));
    int contact = m_contact->findData(QVariant::fromValue<qint64>(a.contact_id()));
    if (contact < 0) {
        m_contact->addItem(str(a.contact_name()), QVariant::fromValue<qint64>(a.contact_id()));
        contact = m_contact->count() - 1;
    }
    m_contact->setCurrentIndex(contact);
    m_summary->setPlainText(str(a.summary()));
    m_nextStep->setText(str(a.next_step()));
    m_nextStepOn->setIsoText(a.next_step_on());
}

void ActivityEditDialog::adoptVersion(const Message& current) {
    m_record.set_version(static_cast<const protocol::Activity&>(current).version());
}

}  // namespace laoke::ui
