#pragma once
// Creates or edits a customer's profile: name, short name, code, credit code, industry,
// size, IT maturity, source, status, grade (set by hand for now), serving branch, owner,
// location (the region follows the province) and notes. Administrators choose the branch;
// everyone else creates customers in their own branch.

#include "RecordEditDialog.h"
#include "laoke.pb.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace laoke::client {
class Customer360Model;
}

namespace laoke::ui {

struct CustomerContext;

class CustomerEditDialog : public RecordEditDialog {
    Q_OBJECT
public:
    /// Edits `customer` (id 0: a new customer) through `model`, which shows it afterwards.
    CustomerEditDialog(CustomerContext& context, client::Customer360Model& model, const protocol::Customer& customer,
                       QWidget* parent = nullptr);

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
    qint64 selectedBranchId() const;
    void refillOwners(qint64 selectedId, const QString& selectedName);
    void provinceChanged();

    CustomerContext& m_context;
    client::Customer360Model& m_model;
    protocol::Customer m_record;  ///< the fields the form does not edit (id, version, read-only ones)
    bool m_isAdmin;

    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QLineEdit* m_code;
    QLineEdit* m_creditCode;
    QComboBox* m_industry;
    QComboBox* m_sizeClass;
    QComboBox* m_itMaturity;
    QComboBox* m_source;
    QComboBox* m_status;
    QComboBox* m_grade;
    QComboBox* m_branch;
    QComboBox* m_owner;
    QComboBox* m_province;
    QComboBox* m_region;
    QLineEdit* m_city;
    QLineEdit* m_district;
    QLineEdit* m_address;
    QLineEdit* m_location;
    QPlainTextEdit* m_notes;
};

}  // namespace laoke::ui
