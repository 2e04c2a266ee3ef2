#include "TicketKbLinks.h"

#include <QPointer>

namespace laoke::client {

TicketKbLinks::TicketKbLinks(Connection& connection, QObject* parent) : QObject(parent), m_connection(connection) {}

void TicketKbLinks::load(qint64 ticketId) {
    const quint64 generation = ++m_generation;
    if (ticketId != m_ticketId) m_links.clear();
    m_ticketId = ticketId;
    if (ticketId == 0) {
        emit changed();
        return;
    }
    protocol::Envelope request;
    request.mutable_list_ticket_kb_articles()->set_ticket_id(ticketId);
    QPointer<TicketKbLinks> self(this);
    m_connection.send(std::move(request), [self, generation](const Reply& reply) {
        if (!self || generation != self->m_generation) return;
        if (!reply.ok()) {
            emit self->failed(reply.error());
            return;
        }
        const protocol::Envelope envelope = reply.envelope();
        const auto& links = envelope.list_ticket_kb_articles_reply().links();
        self->m_links.assign(links.begin(), links.end());
        emit self->changed();
    });
}

bool TicketKbLinks::isLinked(qint64 articleId) const {
    for (const protocol::TicketKbLink& link : m_links) {
        if (link.article().id() == articleId) return true;
    }
    return false;
}

void TicketKbLinks::link(qint64 ticketId, qint64 articleId, Connection::Callback done) {
    protocol::Envelope request;
    request.mutable_record_kb_use()->set_article_id(articleId);
    request.mutable_record_kb_use()->set_ticket_id(ticketId);
    QPointer<TicketKbLinks> self(this);
    m_connection.send(std::move(request), [self, ticketId, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok() && ticketId == self->m_ticketId) self->load(ticketId);
        if (done) done(reply);
    });
}

}  // namespace laoke::client
