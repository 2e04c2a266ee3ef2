#pragma once
// Adds or edits one contact of a customer: name, job title, role (老板, 财务总监,
// 账套主管 ...), part in decisions, key contact, phones, WeChat, e-mail, and the date they
// left the company (a key contact leaving is recorded by the server as an event).

#include "RecordEditDialog.h"
#include "laoke.pb.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace laoke::client {
class Customer360Model;
}

namespace laoke::ui {

class DateField;

class ContactEditDialog : public RecordEditDialog {
    Q_OBJECT
public:
    /// Edits `contact` (id 0: a new contact of the model's customer).
    ContactEditDialog(client::Customer360Model& model, const protocol::Contact& contact, QWidget* parent = nullptr);

protected:
    std::unique_ptr<Message> formRecord() const override;
    std::unique_ptr<Message> validBaseline() const override;
    std::optional<domain::RuleViolation> check(const Message& record) const override;
    void send(const Message& record, client::Connection::Callback done) override;
    void fetchCurrent(std::function<void(const Message*, const QString&)> done) override;
    FieldValues describe(const Message& record) const override;
    void fill(const Message& record) override;
    void adoptVersion(const Message& current) override;

private:
    client::Customer360Model& m_model;
    protocol::Contact m_record;

    QLineEdit* m_name;
    QLineEdit* m_title;
    QComboBox* m_role;
    QComboBox* m_decisionRole;
    QCheckBox* m_key;
    QLineEdit* m_mobile;
    QLineEdit* m_phone;
    QLineEdit* m_wechat;
    QLineEdit* m_email;
    DateField* m_leftOn;
    QPlainTextEdit* m_notes;
};

}  // namespace laoke::ui
