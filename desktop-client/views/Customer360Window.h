#pragma once
// One customer on one screen, for the engineer who picks up the phone and the account
// manager preparing a visit: the header with the essentials, the installed base (lifecycle
// badge, service end with days left, expired service in red), contracts (service status
// and days left), contacts (key contacts first, people who left greyed) and the activity
// timeline, all from one get_customer round trip. "Log activity" is the first button; the
// panes add, edit and archive their records through the edit dialogs. Several of these
// windows can be open at once, one per customer.

#include "Customer360Model.h"
#include "laoke.pb.h"

#include <QWidget>

class QAbstractItemModel;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace laoke::client {
class ContactTableModel;
class ContractTableModel;
class InstalledProductTableModel;
}  // namespace laoke::client

namespace laoke::ui {

class ActivityTimeline;
class CustomerHeader;
class MessageBar;
class SectionPane;
struct CustomerContext;

class Customer360Window : public QWidget {
    Q_OBJECT
public:
    /// Shows the customer of `model` (taking ownership of it), loading it if needed.
    Customer360Window(CustomerContext& context, client::Customer360Model* model, QWidget* parent = nullptr);

    client::Customer360Model& model() const { return *m_model; }
    qint64 customerId() const { return m_model->customerId(); }
    CustomerHeader* header() const { return m_header; }
    MessageBar* messages() const { return m_messages; }

    /// The actions of the toolbar and panes, also for tests.
    void logActivity();
    void editCustomer();
    void addContact();
    void addInstalledProduct();
    void addContract();
    void toggleArchived();

signals:
    void customerSaved(const laoke::protocol::Customer& customer);
    void customerArchived(qint64 customerId, bool archived);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCustomer();
    void updateActions();
    protocol::Role role() const;
    void editContact(const protocol::Contact& contact);
    void editInstalledProduct(const protocol::InstalledProduct& product);
    void editContract(const protocol::Contract& contract);
    void editActivity(const protocol::Activity& activity);
    void archiveRecord(client::Customer360Model::RecordKind kind, qint64 id, qint64 version, const QString& what);
    void openDialog(QDialog* dialog, const QString& doneMessage);
    void editSelected(QTableView* table);
    void archiveSelected(QTableView* table);
    QTableView* makeTable(const QString& objectName, QAbstractItemModel* model);
    SectionPane* makePane(QWidget* content, QPushButton** add, QPushButton** edit, QPushButton** archive,
                          const QString& prefix);

    CustomerContext& m_context;
    client::Customer360Model* m_model;
    client::ContactTableModel* m_contacts;
    client::InstalledProductTableModel* m_products;
    client::ContractTableModel* m_contracts;

    CustomerHeader* m_header;
    MessageBar* m_messages;
    QPushButton* m_logActivity;
    QPushButton* m_editCustomer;
    QPushButton* m_refresh;
    QPushButton* m_archive;
    QTableView* m_productTable;
    QTableView* m_contractTable;
    QTableView* m_contactTable;
    ActivityTimeline* m_timeline;
    SectionPane* m_productPane;
    SectionPane* m_contractPane;
    SectionPane* m_contactPane;
    SectionPane* m_activityPane;
    QPushButton* m_addProduct = nullptr;
    QPushButton* m_editProduct = nullptr;
    QPushButton* m_archiveProduct = nullptr;
    QPushButton* m_addContract = nullptr;
    QPushButton* m_editContract = nullptr;
    QPushButton* m_archiveContract = nullptr;
    QPushButton* m_addContact = nullptr;
    QPushButton* m_editContact = nullptr;
    QPushButton* m_archiveContact = nullptr;
    QPushButton* m_addActivity = nullptr;
};

}  // namespace laoke::ui
