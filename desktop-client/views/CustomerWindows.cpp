#include "CustomerWindows.h"

#include "Customer360Model.h"
#include "Customer360Window.h"
#include "CustomerContext.h"
#include "SessionModel.h"

namespace laoke::ui {

CustomerWindows::CustomerWindows(CustomerContext& context, QWidget* owner)
    : QObject(owner), m_context(context), m_owner(owner) {}

Customer360Window* CustomerWindows::window(qint64 customerId) const {
    return m_windows.value(customerId).data();
}

int CustomerWindows::count() const {
    int open = 0;
    for (const auto& window : m_windows)
        if (window) ++open;
    return open;
}

Customer360Window* CustomerWindows::open(qint64 customerId) {
    if (Customer360Window* existing = window(customerId)) return show(existing);
    auto* model = new client::Customer360Model(m_context.session.connection());
    model->load(customerId);
    return open(model);
}

Customer360Window* CustomerWindows::open(client::Customer360Model* model) {
    const qint64 customerId = model->customerId();
    if (Customer360Window* existing = window(customerId)) {
        delete model;
        return show(existing);
    }
    auto* window = new Customer360Window(m_context, model, m_owner);
    m_windows.insert(customerId, window);
    connect(window, &Customer360Window::customerSaved, this, &CustomerWindows::customerSaved);
    connect(window, &Customer360Window::customerArchived, this, &CustomerWindows::customerArchived);
    connect(window, &QObject::destroyed, this, [this, customerId] { m_windows.remove(customerId); });
    return show(window);
}

Customer360Window* CustomerWindows::show(Customer360Window* window) {
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

}  // namespace laoke::ui
