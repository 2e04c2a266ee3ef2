#pragma once
// Adds or edits an installed product of a customer: the product line and version picked
// from the catalogue (each version shows its lifecycle stage today), that line's modules as
// checkboxes, seats, licence type, go-live and service end dates, and server notes. The
// lifecycle stage itself is computed by the server, never typed.

#include "RecordEditDialog.h"
#include "laoke.pb.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace laoke::client {
class Customer360Model;
class ProductCatalogue;
}  // namespace laoke::client

namespace laoke::ui {

class DateField;

class InstalledProductEditDialog : public RecordEditDialog {
    Q_OBJECT
public:
    InstalledProductEditDialog(client::Customer360Model& model, client::ProductCatalogue& catalogue,
                               const protocol::InstalledProduct& product, QWidget* parent = nullptr);

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
    void fillLines();
    void lineChanged();
    void versionChanged();
    void rebuildModules(const QList<qint64>& checked);

    client::Customer360Model& m_model;
    client::ProductCatalogue& m_catalogue;
    protocol::InstalledProduct m_record;

    QComboBox* m_line;
    QComboBox* m_version;
    QLabel* m_lifecycle;
    QWidget* m_modules;
    QGridLayout* m_moduleGrid;
    QLabel* m_noModules;
    QSpinBox* m_seats;
    QComboBox* m_licence;
    DateField* m_goLive;
    DateField* m_serviceEnd;
    QPlainTextEdit* m_serverNotes;
    QLabel* m_catalogueHint;
};

}  // namespace laoke::ui
