#include "TicketModel.h"

#include "LiveEvents.h"

#include <QPointer>

namespace laoke::client {

TicketModel::TicketModel(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection), m_events(new LiveEvents(connection, this)) {
    connect(m_events, &LiveEvents::ticketChanged, this, [this](const protocol::Event& event) {
        if (m_ticketId == 0 || event.ticket_id() != m_ticketId) return;
        if (m_loaded && event.version() <= ticket().version()) return;  // the user's own change, already shown
        const quint64 generation = ++m_generation;
        protocol::Envelope request;
        request.mutable_get_ticket()->set_ticket_id(m_ticketId);
        QPointer<TicketModel> self(this);
        m_connection.send(std::move(request), [self, generation](const Reply& reply) {
            if (!self || generation != self->m_generation || !reply.ok() || !reply.envelope().has_ticket_reply()) return;
            const protocol::Envelope envelope = reply.envelope();
            self->setReply(envelope.ticket_reply());
            emit self->changedElsewhere();
        });
    });
    connect(m_events, &LiveEvents::resynced, this, &TicketModel::reload);
}

void TicketModel::load(qint64 ticketId) {
    m_ticketId = ticketId;
    m_loaded = false;
    m_reply.Clear();
    const quint64 generation = ++m_generation;
    if (ticketId == 0) {
        emit loaded();
        return;
    }
    protocol::Envelope request;
    request.mutable_get_ticket()->set_ticket_id(ticketId);
    QPointer<TicketModel> self(this);
    m_connection.send(std::move(request), [self, generation](const Reply& reply) {
        if (!self || generation != self->m_generation) return;
        if (!reply.ok()) {
            emit self->loadFailed(reply.error());
            return;
        }
        if (!reply.envelope().has_ticket_reply()) return;
        const protocol::Envelope envelope = reply.envelope();
        self->setReply(envelope.ticket_reply());
    });
}

void TicketModel::reload() {
    if (m_ticketId != 0) load(m_ticketId);
}

QStringList TicketModel::allowedActions() const {
    QStringList actions;
    for (const std::string& action : m_reply.allowed_actions()) actions.append(QString::fromStdString(action));
    return actions;
}

void TicketModel::setReply(const protocol::TicketReply& reply) {
    m_reply = reply;
    m_ticketId = reply.ticket().id();
    m_loaded = true;
    emit loaded();
}

void TicketModel::act(const QString& action, qint64 assigneeId, const QString& note, Connection::Callback done) {
    protocol::Envelope request;
    auto* act = request.mutable_ticket_action();
    act->set_ticket_id(m_ticketId);
    act->set_expected_version(ticket().version());
    act->set_action(action.toStdString());
    act->set_assignee_id(assigneeId);
    act->set_note(note.toStdString());
    send(std::move(request), std::move(done));
}

void TicketModel::addNote(const QString& note, Connection::Callback done) {
    protocol::Envelope request;
    auto* add = request.mutable_add_ticket_note();
    add->set_ticket_id(m_ticketId);
    add->set_note(note.toStdString());
    send(std::move(request), std::move(done));
}

void TicketModel::update(const protocol::Ticket& fields, qint64 expectedVersion, Connection::Callback done) {
    protocol::Envelope request;
    auto* update = request.mutable_update_ticket();
    update->set_ticket_id(m_ticketId);
    update->set_expected_version(expectedVersion);
    *update->mutable_ticket() = fields;
    send(std::move(request), std::move(done));
}

QStringList TicketModel::editableFields() const {
    QStringList fields;
    for (const std::string& field : m_reply.editable_fields()) fields.append(QString::fromStdString(field));
    return fields;
}

void TicketModel::send(protocol::Envelope request, Connection::Callback done) {
    ++m_generation;  // a push-triggered fetch under way would be older than this answer
    QPointer<TicketModel> self(this);
    m_connection.send(std::move(request), [self, done = std::move(done)](const Reply& reply) {
        if (self && reply.ok() && reply.envelope().has_ticket_reply()) {
            const protocol::Envelope envelope = reply.envelope();
            self->setReply(envelope.ticket_reply());
        }
        if (done) done(reply);
    });
}

}  // namespace laoke::client
