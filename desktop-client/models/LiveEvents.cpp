#include "LiveEvents.h"

#include <QPointer>

namespace laoke::client {

LiveEvents::LiveEvents(Connection& connection, QObject* parent) : QObject(parent), m_connection(connection) {
    connect(&m_connection, &Connection::pushReceived, this, [this](const protocol::Envelope& envelope) {
        if (!envelope.has_event()) return;
        if (envelope.event().kind() == "ticket") emit ticketChanged(envelope.event());
        if (envelope.event().kind() == "sla") emit slaAlert(envelope.event());
        if (envelope.event().kind() == "callback") emit callbackChanged(envelope.event());
        if (envelope.event().kind() == "complaint") emit complaintChanged(envelope.event());
        if (envelope.event().kind() == "roster") emit rosterChanged(envelope.event());
        if (envelope.event().kind() == "categories") emit categoriesChanged(envelope.event());
    });
    connect(&m_connection, &Connection::connectionLost, this, [this] {
        m_watching = false;
        m_requested = false;
    });
    connect(&m_connection, &Connection::sessionResumed, this, [this] { watch(true); });
    connect(&m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::Authenticated && !m_requested) watch(false);
    });
    if (m_connection.state() == Connection::State::Authenticated) watch(false);
}

void LiveEvents::watch(bool afterReconnect) {
    m_requested = true;
    protocol::Envelope request;
    request.mutable_watch_events();
    QPointer<LiveEvents> self(this);
    m_connection.send(std::move(request), [self, afterReconnect](const Reply& reply) {
        if (!self || !reply.ok() || !reply.envelope().has_ok()) {
            if (self) self->m_requested = false;
            return;
        }
        self->m_watching = true;
        emit self->watching();
        if (afterReconnect) emit self->resynced();
    });
}

}  // namespace laoke::client
