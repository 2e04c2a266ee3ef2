#include "TicketCategories.h"

#include <QLocale>
#include <QPointer>

namespace laoke::client {

TicketCategories::TicketCategories(Connection& connection, QObject* parent) : QObject(parent), m_connection(connection) {}

void TicketCategories::load() {
    if (m_loaded || m_loading) return;
    m_loading = true;
    protocol::Envelope request;
    request.mutable_list_ticket_categories();
    QPointer<TicketCategories> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self) return;
        self->m_loading = false;
        if (!reply.ok() || !reply.envelope().has_list_ticket_categories_reply()) return;
        const protocol::Envelope envelope = reply.envelope();
        self->m_categories.assign(envelope.list_ticket_categories_reply().categories().begin(),
                                  envelope.list_ticket_categories_reply().categories().end());
        self->m_index.clear();
        for (std::size_t i = 0; i < self->m_categories.size(); ++i) self->m_index.insert(self->m_categories[i].id(), i);
        self->m_loaded = true;
        emit self->changed();
    });
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
