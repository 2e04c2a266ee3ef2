#pragma once
// Keeps track of the open customer 360 windows: opening a customer whose window is already
// open brings that window to the front instead of opening a second one. Windows close with
// the list that opened them (they are its children), e.g. at logout.

#include "laoke.pb.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace laoke::client {
class Customer360Model;
}

namespace laoke::ui {

class Customer360Window;
struct CustomerContext;

class CustomerWindows : public QObject {
    Q_OBJECT
public:
    /// Windows are created as children of `owner`.
    CustomerWindows(CustomerContext& context, QWidget* owner);

    /// Shows the 360 window of `customerId`, opening it if needed.
    Customer360Window* open(qint64 customerId);
    /// Shows a window for a customer `model` already holds (e.g. one just created).
    Customer360Window* open(client::Customer360Model* model);
    /// The open window of `customerId`, or nullptr.
    Customer360Window* window(qint64 customerId) const;
    int count() const;

signals:
    void customerSaved(const laoke::protocol::Customer& customer);
    void customerArchived(qint64 customerId, bool archived);

private:
    Customer360Window* show(Customer360Window* window);

    CustomerContext& m_context;
    QWidget* m_owner;
    QHash<qint64, QPointer<Customer360Window>> m_windows;
};

}  // namespace laoke::ui
