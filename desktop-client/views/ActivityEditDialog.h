#pragma once
// Logs (or corrects) one activity with a customer: kind (visit, call, WeChat ...), when,
// with which contact (optional), a summary, and the next step with its date. Opened from
// the 360 window's "Log activity" button with the kind and time preset to a call right
// now, so logging takes two clicks and the summary.

#include "RecordEditDialog.h"
#include "laoke.pb.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace laoke::client {
class Customer360Model;
}

namespace laoke::ui {

class DateField;

class ActivityEditDialog : public RecordEditDialog {
    Q_OBJECT
public:
    /// Edits `activity`; id 0 logs a new one (kind "" is preset to a call, time 0 to now).
    ActivityEditDialog(client::Customer360Model& model, const protocol::Activity& activity, QWidget* parent = nullptr);

protected:
    std::unique_ptr<Message> formRecord() const override;
    std::unique_ptr<Message> validBaseline() const override;
    std::optional<domain::RuleViolation> check(const Message& record) const override;
    QStringList companions(const QString& field) const override;
    void send(const Message& record, client::Connection::Callback done) override;
    void fetchCurrent(std::function<void(const Message*, const QString&)> done) override;
    FieldValues describe(const Message& record) const override;
    void fill(const Message& record) override;
    void adoptVersion(const Message& current) override;

private:
    client::Customer360Model& m_model;
    protocol::Activity m_record;

    QComboBox* m_kind;
    QDateTimeEdit* m_when;
    QComboBox* m_contact;
    QPlainTextEdit* m_summary;
    QLineEdit* m_nextStep;
    DateField* m_nextStepOn;
};

}  // namespace laoke::ui
