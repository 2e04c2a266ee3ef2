#pragma once
// Adds or edits a contract of a customer: kind (licence sale, annual service ...), number,
// amount typed in yuan (sent as fen), signed/start/end dates, the customer's installed
// products it covers (checkboxes), payment status, owner and notes.

#include "RecordEditDialog.h"
#include "laoke.pb.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace laoke::client {
class Customer360Model;
}

namespace laoke::ui {

class DateField;
struct CustomerContext;

class ContractEditDialog : public RecordEditDialog {
    Q_OBJECT
public:
    ContractEditDialog(CustomerContext& context, client::Customer360Model& model, const protocol::Contract& contract,
                       QWidget* parent = nullptr);

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
    CustomerContext& m_context;
    client::Customer360Model& m_model;
    protocol::Contract m_record;

    QComboBox* m_kind;
    QLineEdit* m_number;
    QLineEdit* m_amount;
    DateField* m_signedOn;
    DateField* m_startsOn;
    DateField* m_endsOn;
    QWidget* m_products;
    QComboBox* m_payment;
    QComboBox* m_owner;
    QPlainTextEdit* m_notes;
};

}  // namespace laoke::ui
