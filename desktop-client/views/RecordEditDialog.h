#pragma once
// What every customer edit dialog (customer, contact, installed product, contract,
// activity) shares: the heading, inline validation with the shared CustomerRules while the
// user types, the Save button that stays disabled until the record is valid, the server's
// answers under the field they concern, and the concurrent-edit flow (CONFLICT: fetch the
// saved record, show who changed what, reload or keep editing).
//
// Inline messages appear only for fields the user has touched (or all of them after a
// Save click). The shared checks stop at the first violation, so each touched field is also
// checked on its own: its value is copied into a record that is otherwise valid (the
// subclass's baseline) and checked there. The whole record decides whether Save is enabled.

#include "ConflictPanel.h"
#include "Connection.h"
#include "CustomerFieldMessages.h"
#include "domain/AccountRules.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace google::protobuf {
class Message;
}

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace laoke::ui {

class InlineErrorLabel;

class RecordEditDialog : public QDialog {
    Q_OBJECT
public:
    using Message = google::protobuf::Message;
    ~RecordEditDialog() override;

    /// The inline error shown for a protocol field ("" when none), for tests.
    QString fieldError(const QString& field) const;
    ConflictPanel* conflictPanel() const { return m_conflict; }

signals:
    /// The server accepted the record; `reply` is its answer.
    void saved(const laoke::client::Reply& reply);

protected:
    RecordEditDialog(CustomerFieldMessages::Kind kind, QWidget* parent);

    /// Who made the record's current version, for a conflict message: the name the server
    /// sent (`updated_by_name`), or "Someone else" when it does not know.
    static QString whoChanged(const std::string& updatedByName);

    /// Sets the heading, the explanatory line under it and the Save button's text.
    void setTexts(const QString& heading, const QString& hint, const QString& submitText);
    /// Where subclasses put their forms.
    QVBoxLayout* body() const { return m_body; }
    /// A field editor with its inline error label under it, for one form row; the editor's
    /// edits mark `field` as touched and re-validate.
    QLayout* fieldRow(const QString& field, QWidget* editor);
    /// Also re-validate (without touching any field) when `editor` changes.
    void watch(QWidget* editor);
    /// Re-validates; subclasses call it when something outside the fields changed.
    void validate();
    /// Marks `field` as touched by the user (for editors fieldRow cannot watch) and re-validates.
    void markTouched(const QString& field);
    /// Starts from `record` (a copy is kept to compare with on a conflict).
    void setBaseRecord(const Message& record);
    const Message* baseRecord() const { return m_base.get(); }

    // --- what each kind of record supplies ---
    /// The record as the form shows it now (text trimmed), including id and version.
    virtual std::unique_ptr<Message> formRecord() const = 0;
    /// A record that passes check(), into which single fields are copied to check them alone.
    virtual std::unique_ptr<Message> validBaseline() const = 0;
    virtual std::optional<domain::RuleViolation> check(const Message& record) const = 0;
    /// Fields whose rule involves another one (a contract's end date and its start date).
    virtual QStringList companions(const QString& field) const;
    /// A message for `field` that the shared rules cannot give (e.g. an amount that is not
    /// a number); "" when there is none.
    virtual QString extraError(const QString& field) const;
    virtual void send(const Message& record, client::Connection::Callback done) = 0;
    /// The saved record as it is now and who changed it, via `done` (nullptr: it is gone).
    virtual void fetchCurrent(std::function<void(const Message* current, const QString& who)> done) = 0;
    /// The record's fields as a person reads them, for the conflict comparison.
    virtual FieldValues describe(const Message& record) const = 0;
    /// Fills the form from `record`.
    virtual void fill(const Message& record) = 0;
    /// Keeps the typing but takes `current`'s id and version, so the next Save overwrites it.
    virtual void adoptVersion(const Message& current) = 0;

private:
    QString messageFor(const QString& field, const Message& record,
                       const std::optional<domain::RuleViolation>& whole) const;
    void submit();
    void setBusy(bool busy);
    void handleFailure(const client::ClientError& error);
    void showConflict();
    void showServerError(const QString& field, const QString& message);
    void setFieldError(const QString& field, const QString& message);

    CustomerFieldMessages::Kind m_kind;
    std::unique_ptr<Message> m_base;
    std::unique_ptr<Message> m_theirs;
    QHash<QString, InlineErrorLabel*> m_errors;
    QHash<QString, QWidget*> m_editors;
    QStringList m_fieldOrder;
    QStringList m_touched;
    bool m_busy = false;

    QLabel* m_heading;
    QLabel* m_hint;
    QVBoxLayout* m_body;
    ConflictPanel* m_conflict;
    InlineErrorLabel* m_error;
    QPushButton* m_okButton;
    QPushButton* m_cancelButton;
    QString m_submitText;
};

}  // namespace laoke::ui
