#include "RecordEditDialog.h"

#include "DateField.h"
#include "InlineErrorLabel.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>

namespace laoke::ui {

namespace {

/// Calls `changed` whenever the user changes `editor`, whatever kind of editor it is.
void onUserChange(QWidget* editor, QObject* context, const std::function<void()>& changed) {
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        QObject::connect(edit, &QLineEdit::textEdited, context, changed);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        QObject::connect(combo, &QComboBox::activated, context, changed);
        if (combo->isEditable()) QObject::connect(combo, &QComboBox::editTextChanged, context, changed);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        QObject::connect(text, &QPlainTextEdit::textChanged, context, changed);
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        QObject::connect(spin, &QSpinBox::valueChanged, context, changed);
    } else if (auto* dateTime = qobject_cast<QDateTimeEdit*>(editor)) {
        QObject::connect(dateTime, &QDateTimeEdit::dateTimeChanged, context, changed);
    } else if (auto* date = qobject_cast<DateField*>(editor)) {
        QObject::connect(date, &DateField::edited, context, changed);
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        QObject::connect(check, &QCheckBox::toggled, context, changed);
    } else if (auto* list = qobject_cast<QListWidget*>(editor)) {
        QObject::connect(list, &QListWidget::itemChanged, context, changed);
    }
}

}  // namespace

RecordEditDialog::RecordEditDialog(CustomerFieldMessages::Kind kind, QWidget* parent)
    : QDialog(parent),
      m_kind(kind),
      m_heading(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_body(new QVBoxLayout),
      m_conflict(new ConflictPanel(this)),
      m_error(new InlineErrorLabel(this)) {
    Theme::makeHeading(m_heading);
    Theme::makeHint(m_hint);
    m_error->setObjectName(QStringLiteral("errorLabel"));

    auto* buttons = new QDialogButtonBox(this);
    m_okButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    Theme::makePrimary(m_okButton);
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_okButton, &QPushButton::clicked, this, &RecordEditDialog::submit);
    // Ctrl+Enter saves from anywhere, also from a multi-line summary or notes field.
    auto* saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &RecordEditDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_body->setSpacing(10);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_conflict);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_conflict, &ConflictPanel::reloadRequested, this, [this] {
        if (!m_theirs) return;
        setBaseRecord(*m_theirs);
        m_error->clearError();
    });
    connect(m_conflict, &ConflictPanel::keepEditingRequested, this, [this] {
        if (!m_theirs) {
            reject();  // the record is gone; there is nothing to keep editing
            return;
        }
        adoptVersion(*m_theirs);
        m_base.reset(m_theirs->New());
        m_base->CopyFrom(*m_theirs);
        m_error->clearError();
        validate();
    });
}

RecordEditDialog::~RecordEditDialog() = default;

void RecordEditDialog::setTexts(const QString& heading, const QString& hint, const QString& submitText) {
    setWindowTitle(heading);
    m_heading->setText(heading);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_submitText = submitText;
    m_okButton->setText(submitText);
}

QLayout* RecordEditDialog::fieldRow(const QString& field, QWidget* editor) {
    auto* label = new InlineErrorLabel(this);
    label->setObjectName(field + QStringLiteral("Error"));
    m_errors.insert(field, label);
    m_editors.insert(field, editor);
    m_fieldOrder.append(field);
    onUserChange(editor, this, [this, field] { markTouched(field); });
    return InlineErrorLabel::stacked(editor, label);
}

void RecordEditDialog::watch(QWidget* editor) {
    onUserChange(editor, this, [this] { validate(); });
}

void RecordEditDialog::setBaseRecord(const Message& record) {
    m_base.reset(record.New());
    m_base->CopyFrom(record);
    fill(record);
    // Filling the form is not the user's typing: nothing is "touched" by it.
    m_touched.clear();
    validate();
}

QStringList RecordEditDialog::companions(const QString&) const {
    return {};
}

QString RecordEditDialog::extraError(const QString&) const {
    return {};
}

QString RecordEditDialog::fieldError(const QString& field) const {
    const InlineErrorLabel* label = m_errors.value(field);
    return label && label->hasError() ? label->text() : QString();
}

void RecordEditDialog::markTouched(const QString& field) {
    if (!m_touched.contains(field)) m_touched.append(field);
    validate();
}

QString RecordEditDialog::messageFor(const QString& field, const Message& record,
                                     const std::optional<domain::RuleViolation>& whole) const {
    const QString extra = extraError(field);
    if (!extra.isEmpty()) return extra;
    if (whole && QString::fromStdString(whole->field) == field) return CustomerFieldMessages::rule(m_kind, field);

    // The field on its own, in an otherwise valid record.
    std::unique_ptr<Message> probe = validBaseline();
    std::unique_ptr<Message> source(record.New());
    source->CopyFrom(record);
    std::vector<const google::protobuf::FieldDescriptor*> fields;
    for (const QString& name : QStringList{field} + companions(field))
        if (const auto* descriptor = probe->GetDescriptor()->FindFieldByName(name.toStdString())) fields.push_back(descriptor);
    if (fields.empty()) return {};
    probe->GetReflection()->SwapFields(probe.get(), source.get(), fields);
    const auto alone = check(*probe);
    if (alone && QString::fromStdString(alone->field) == field) return CustomerFieldMessages::rule(m_kind, field);
    return {};
}

void RecordEditDialog::validate() {
    const std::unique_ptr<Message> record = formRecord();
    const auto whole = check(*record);
    bool valid = !whole;
    for (const QString& field : m_fieldOrder) {
        const QString message = messageFor(field, *record, whole);
        if (!extraError(field).isEmpty()) valid = false;
        setFieldError(field, m_touched.contains(field) ? message : QString());
    }
    m_okButton->setEnabled(!m_busy && valid);
}

void RecordEditDialog::setBusy(bool busy) {
    m_busy = busy;
    m_okButton->setText(busy ? tr("Saving…") : m_submitText);
    validate();
}

void RecordEditDialog::submit() {
    m_touched = m_fieldOrder;
    validate();
    if (!m_okButton->isEnabled()) return;
    m_error->clearError();
    m_conflict->hide();
    setBusy(true);
    QPointer<RecordEditDialog> self(this);
    send(*formRecord(), [self](const client::Reply& reply) {
        if (!self) return;
        self->setBusy(false);
        if (reply.ok()) {
            emit self->saved(reply);
            self->accept();
            return;
        }
        self->handleFailure(reply.error());
    });
}

void RecordEditDialog::handleFailure(const client::ClientError& error) {
    const QString field = error.field;
    if (error.code == protocol::CONFLICT) {
        showConflict();
    } else if (error.code == protocol::VALIDATION_FAILED) {
        showServerError(field, CustomerFieldMessages::rule(m_kind, field));
    } else if (error.code == protocol::ALREADY_EXISTS) {
        showServerError(field, CustomerFieldMessages::taken(m_kind, field));
    } else {
        m_error->setError(error.userMessage());
    }
}

void RecordEditDialog::setFieldError(const QString& field, const QString& message) {
    InlineErrorLabel* label = m_errors.value(field);
    label->setError(message);
    // A long message wraps under its field; the form only makes room for the lines if the
    // label asks for them (form layouts do not ask nested labels for height-for-width).
    const int width = std::max(m_editors.value(field)->width(), 160);
    label->setMinimumHeight(label->hasError() ? label->heightForWidth(width) : 0);
}

void RecordEditDialog::showServerError(const QString& field, const QString& message) {
    if (m_errors.contains(field)) {
        if (!m_touched.contains(field)) m_touched.append(field);
        setFieldError(field, message);
        return;
    }
    m_error->setError(message);
}

QString RecordEditDialog::whoChanged(const std::string& updatedByName) {
    return updatedByName.empty() ? tr("Someone else") : QString::fromStdString(updatedByName);
}

void RecordEditDialog::showConflict() {
    setBusy(true);
    QPointer<RecordEditDialog> self(this);
    fetchCurrent([self](const Message* current, const QString& who) {
        if (!self) return;
        self->setBusy(false);
        if (!current) {
            self->m_theirs.reset();
            self->m_conflict->showGone(tr("This record was archived or deleted by someone else; your changes cannot "
                                          "be saved."));
            return;
        }
        self->m_theirs.reset(current->New());
        self->m_theirs->CopyFrom(*current);
        const std::unique_ptr<Message> mine = self->formRecord();
        self->m_conflict->showConflict(who, self->describe(*self->m_base), self->describe(*mine),
                                       self->describe(*current));
    });
}

}  // namespace laoke::ui
