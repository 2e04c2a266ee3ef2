#pragma once
// Logging a ticket while the customer is on the line, in well under 30 seconds: type part of
// the caller's phone number, name or pinyin and press Enter; the customer's brief 360 view
// appears beside the form (entitlement, contacts, products, last tickets) with the contact
// whose number was typed and the product in service already chosen; write the subject,
// pick one of the suggested categories (from similar past tickets), Ctrl+Enter.
// Knowledge articles matching what is typed are suggested under the category, with their
// reasons; one click opens an article to read to the caller, the "used" box links it to the
// ticket once it is created. None of them takes the keyboard focus: typing is never interrupted.

#include "laoke.pb.h"

#include <QDialog>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace laoke::client {
class CategorySuggestions;
class KbSuggestions;
class Connection;
class Customer360Model;
class CustomerListModel;
class TicketCategories;
}  // namespace laoke::client

namespace laoke::ui {

class CustomerBrief;
class InlineErrorLabel;
class SuggestedArticles;

class TicketFormDialog : public QDialog {
    Q_OBJECT
public:
    TicketFormDialog(client::Connection& connection, client::TicketCategories& categories, QWidget* parent = nullptr);

    /// Starts with this customer chosen (e.g. from their 360 window).
    void chooseCustomer(qint64 customerId);
    qint64 customerId() const;
    /// The ticket the server created (after accepted()).
    const protocol::TicketReply& created() const { return m_created; }
    client::KbSuggestions& articleSuggestions() const;
    /// Marks a suggested article as used (as its "used" box does): it is linked on create.
    void setArticleUsed(qint64 articleId, bool used);
    QList<qint64> usedArticles() const;

signals:
    void ticketCreated(const laoke::protocol::TicketReply& reply);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void searchChanged(const QString& text);
    void showResults();
    void chooseResult(int row);
    void customerLoaded();
    void fillModules();
    void fillCategories();
    void showSuggestions();
    void askSuggestions(bool now);
    void askArticles(bool now);
    void submit();
    void linkUsedArticles();

    client::Connection& m_connection;
    client::TicketCategories& m_categories;
    client::CustomerListModel* m_customerList;
    client::Customer360Model* m_customer;
    client::CategorySuggestions* m_suggestions;
    protocol::TicketReply m_created;
    QString m_typedDigits;  ///< the digits of the search, to pick the contact whose number it was

    QLabel* m_heading;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLabel* m_contactLabel;
    QComboBox* m_contact;
    QLabel* m_channelLabel;
    QComboBox* m_channel;
    QLabel* m_productLabel;
    QComboBox* m_product;
    QComboBox* m_module;
    QLabel* m_subjectLabel;
    QLineEdit* m_subject;
    QLabel* m_descriptionLabel;
    QPlainTextEdit* m_description;
    QLabel* m_categoryLabel;
    QComboBox* m_category;
    QLabel* m_suggestedLabel;
    QHBoxLayout* m_suggestionRow;
    QList<QPushButton*> m_suggestionButtons;
    QLabel* m_articlesLabel;
    SuggestedArticles* m_articles;  ///< the ones marked used are linked once the ticket exists
    QLabel* m_priorityLabel;
    QComboBox* m_priority;
    InlineErrorLabel* m_error;
    QPushButton* m_createButton;
    QPushButton* m_cancelButton;
    CustomerBrief* m_brief;
};

}  // namespace laoke::ui
