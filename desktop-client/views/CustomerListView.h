#pragma once
// The customer list, the first screen for every role: a search box that searches as you
// type (name, short name, code, contact, phone, pinyin; traditional characters too), the
// filters, and the table, paged from the server as it scrolls and sorted by clicking a
// column header. Double-click or Enter opens the customer's 360 window; "New customer"
// creates one and opens it. When nothing matches, the table gives way to a sentence saying
// so and a way out.

#include "CustomerContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace laoke::client {
class BranchListModel;
class CustomerListModel;
class OwnerChoices;
class ProductCatalogue;
class SessionModel;
struct ClientError;
}  // namespace laoke::client

namespace laoke::ui {

class CustomerFilterBar;
class CustomerWindows;
class MessageBar;
class Prompter;

class CustomerListView : public QWidget {
    Q_OBJECT
public:
    /// Searches at once (every customer the user may see, by name).
    CustomerListView(client::SessionModel& session, Prompter& prompter, QWidget* parent = nullptr);
    ~CustomerListView() override;

    client::CustomerListModel& model() const { return *m_model; }
    CustomerWindows& windows() const { return *m_windows; }
    CustomerContext& context() { return m_context; }
    /// The delay between the last keystroke and the search.
    static constexpr int kSearchDelayMs = 150;

    /// Opens the new-customer dialog.
    void createCustomer();
    /// Opens the import wizard; the list reloads when customers were added or updated.
    void importCustomers();
    /// Exports what the list shows now (search, filters, sort) to .xlsx or .csv.
    void exportCustomers();
    /// Opens the 360 window of the customer in `row` of the table.
    void openRow(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyFilter();
    void updateState();
    void prefetch();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showLoadError(const client::ClientError& error);
    static bool isSearchable(const QString& text);

    client::SessionModel& m_session;
    client::ProductCatalogue* m_catalogue;
    client::BranchListModel* m_branches;
    client::OwnerChoices* m_owners;
    CustomerContext m_context;
    client::CustomerListModel* m_model;
    CustomerWindows* m_windows;

    QLabel* m_heading;
    QLineEdit* m_search;
    QPushButton* m_newCustomer;
    QPushButton* m_refresh;
    QPushButton* m_import;
    QPushButton* m_export;
    CustomerFilterBar* m_filters;
    MessageBar* m_messages;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QWidget* m_emptyState;
    QLabel* m_emptyTitle;
    QLabel* m_emptyHint;
    QPushButton* m_emptyAction;
    QLabel* m_footer;
    QTimer* m_searchTimer;
    bool m_searchTooShort = false;
};

}  // namespace laoke::ui
