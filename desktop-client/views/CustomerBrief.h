#pragma once
// The customer's 360 view in brief, beside the ticket form: who they are (grade, status),
// whether they are entitled to service (in service until when, or expired how many days ago,
// so the ticket will be billable), whom to call back, what they run, and their last tickets.

#include <QFrame>

class QLabel;
class QListWidget;

namespace laoke::client {
class Connection;
class Customer360Model;
class TicketCategories;
}  // namespace laoke::client

namespace laoke::ui {

class CustomerBrief : public QFrame {
    Q_OBJECT
public:
    CustomerBrief(client::Customer360Model& model, client::TicketCategories& categories, QWidget* parent = nullptr);

    /// True when the customer's service has ended (or there is none): new work is billable.
    bool serviceEnded() const { return m_serviceEnded; }
    /// The entitlement line as shown ("In service · until 2027-03-31", "Service expired 35 days ago").
    QString entitlementText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void loadRecentTickets();

    client::Customer360Model& m_model;
    client::TicketCategories& m_categories;
    bool m_serviceEnded = false;
    quint64 m_ticketsGeneration = 0;

    QLabel* m_empty;
    QWidget* m_body;
    QLabel* m_name;
    QLabel* m_grade;
    QLabel* m_status;
    QLabel* m_entitlement;
    QLabel* m_contactsTitle;
    QLabel* m_contacts;
    QLabel* m_productsTitle;
    QLabel* m_products;
    QLabel* m_ticketsTitle;
    QListWidget* m_tickets;
};

}  // namespace laoke::ui
