#pragma once
// Correcting a ticket after it was logged: the subject and description as the problem became
// clear, the contact who actually called, the installed product and module concerned, the
// category once the cause is known, and (branch managers only) the priority. Fields the user
// may not change are shown but disabled. Saving states the version the pane showed: a change
// someone made meanwhile comes back as a conflict, and the pane shows the ticket as it is now.

#include "laoke.pb.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace laoke::client {
class Customer360Model;
class TicketCategories;
class TicketModel;
}  // namespace laoke::client

namespace laoke::ui {

class InlineErrorLabel;

class TicketEditDialog : public QDialog {
    Q_OBJECT
public:
    TicketEditDialog(client::TicketModel& ticket, client::TicketCategories& categories, QWidget* parent = nullptr);

    /// The ticket as the form would send it.
    protocol::Ticket fields() const;

signals:
    /// The server took the correction; the ticket model already shows it.
    void saved();
    /// Someone else changed the ticket first; the dialog closed and the model reloads.
    void conflicted();

private:
    void retranslate();
    void fillFromCustomer();
    void fillModules(qint64 chosen);
    void fillPriorities();
    void submit();

    client::TicketModel& m_ticket;
    client::TicketCategories& m_categories;
    client::Customer360Model* m_customer;
    const protocol::Ticket m_original;  ///< as the pane showed it when the dialog opened
    const QStringList m_editable;
    QString m_shownDescription;  ///< the description as the editor first showed it

    QList<QLabel*> m_labels;  ///< the form's row labels, in order
    QLabel* m_heading;
    QLineEdit* m_subject;
    QComboBox* m_contact;
    QComboBox* m_product;
    QComboBox* m_module;
    QComboBox* m_category;
    QComboBox* m_priority;
    QLabel* m_priorityHint;
    QPlainTextEdit* m_description;
    InlineErrorLabel* m_error;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
};

}  // namespace laoke::ui
