#include "TicketCategories.h"

#include "LiveEvents.h"

#include <QLocale>
#include <QPointer>

namespace laoke::client {

TicketCategories::TicketCategories(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection) {
    auto* events = new LiveEvents(connection, this);
    connect(events, &LiveEvents::categoriesChanged, this, &TicketCategories::reload);
    // Changes made while the link was down were not pushed.
    connect(events, &LiveEvents::resynced, this, [this] {
        if (m_loaded) reload();
    });
}

void TicketCategories::load() {
    if (m_loaded || m_loading) return;
    m_loading = true;
    protocol::Envelope request;
    request.mutable_list_ticket_categories();
    QPointer<TicketCategories> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        self->m_loading = false;
        if (reply.ok() && reply.envelope().has_list_ticket_categories_reply()) {
            const protocol::Envelope envelope = reply.envelope();
            self->setTree(envelope.list_ticket_categories_reply());
        }
        if (self->m_reloadAgain) {
            self->m_reloadAgain = false;
            self->reload();
        }
    });
}

void TicketCategories::reload() {
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loaded = false;
    load();
}

void TicketCategories::setTree(const protocol::ListTicketCategoriesReply& reply) {
    m_categories.assign(reply.categories().begin(), reply.categories().end());
    m_index.clear();
    for (std::size_t i = 0; i < m_categories.size(); ++i) m_index.insert(m_categories[i].id(), i);
    m_loaded = true;
    emit changed();
}

std::vector<protocol::TicketCategory> TicketCategories::active() const {
    std::vector<protocol::TicketCategory> out;
    for (const auto& category : m_categories) {
        if (!category.retired()) out.push_back(category);
    }
    return out;
}

const protocol::TicketCategory* TicketCategories::find(qint64 id) const {
    const auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? nullptr : &m_categories[*found];
}

QString TicketCategories::nameOf(const protocol::TicketCategory& category) {
    // The UI language decides (LanguageManager sets the default locale with the translator).
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return QString::fromStdString(chinese || category.name_en().empty() ? category.name_zh() : category.name_en());
}

QString TicketCategories::name(qint64 id) const {
    const protocol::TicketCategory* category = find(id);
    return category ? nameOf(*category) : QString();
}

QString TicketCategories::fullName(qint64 id) const {
    const protocol::TicketCategory* category = find(id);
    if (!category) return {};
    const protocol::TicketCategory* group = category->parent_id() == 0 ? nullptr : find(category->parent_id());
    return group ? QStringLiteral("%1 › %2").arg(nameOf(*group), nameOf(*category)) : nameOf(*category);
}

}  // namespace laoke::client
