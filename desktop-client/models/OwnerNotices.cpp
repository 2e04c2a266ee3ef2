#include "OwnerNotices.h"

#include "LiveEvents.h"
#include "TicketNames.h"
#include "VisitNames.h"

#include <QPointer>

#include <algorithm>

namespace laoke::client {

namespace {

QString str(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

OwnerNotices::OwnerNotices(Connection& connection, QObject* parent)
    : QObject(parent), m_connection(connection), m_events(new LiveEvents(connection, this)) {
    connect(m_events, &LiveEvents::ticketChanged, this, &OwnerNotices::check);
}

void OwnerNotices::check(const protocol::Event& event) {
    const protocol::User& me = m_connection.currentUser();
    if (me.id() == 0 || event.owner_id() != me.id()) return;
    if (event.version() <= m_seenVersions.value(event.ticket_id())) return;  // told already (or older)
    m_seenVersions.insert(event.ticket_id(), event.version());
    protocol::Envelope request;
    request.mutable_get_ticket()->set_ticket_id(event.ticket_id());
    QPointer<OwnerNotices> self(this);
    m_connection.send(std::move(request), [self](const Reply& reply) {
        if (!self || !reply.ok() || !reply.envelope().has_ticket_reply()) return;
        const protocol::Envelope envelope = reply.envelope();
        const protocol::TicketReply& ticket = envelope.ticket_reply();
        // What this read shows is told now; pushes of versions up to it need no other read.
        qint64& seen = self->m_seenVersions[ticket.ticket().id()];
        seen = std::max<qint64>(seen, ticket.ticket().version());
        // The owner's own change is nothing to be told about (the server names who made the
        // version it sends; a change by the server itself has no name).
        const protocol::User& me = self->m_connection.currentUser();
        if (!ticket.ticket().updated_by_name().empty() && ticket.ticket().updated_by_name() == me.display_name()) return;
        const QString line = text(ticket);
        if (!line.isEmpty()) emit self->noticed(ticket.ticket().id(), line);
    });
}

QString OwnerNotices::text(const protocol::TicketReply& reply) {
    if (reply.events_size() == 0) return {};
    const protocol::TicketEvent& e = reply.events(reply.events_size() - 1);
    const QString number = str(reply.ticket().number());
    const QString who = e.actor_name().empty() ? tr("The system") : str(e.actor_name());
    if (e.kind() == "note") return tr("%1: %2 added to the log: %3").arg(number, who, str(e.note()));
    if (e.kind() == "edited") return tr("%1: %2 corrected the ticket").arg(number, who);
    if (e.kind() == "appointment") return tr("%1: %2 · %3").arg(number, who, VisitNames::change(e));
    if (e.kind() != "action") return {};
    if (e.action() == "assign" || e.action() == "reassign") {
        return tr("%1: %2 gave it to %3").arg(number, who, str(e.assignee_name()));
    }
    return tr("%1: %2 changed it to %3").arg(number, who, TicketNames::state(str(e.to_state())));
}

}  // namespace laoke::client
