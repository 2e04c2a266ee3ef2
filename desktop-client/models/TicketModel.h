#pragma once
// One ticket as its detail pane shows it: the ticket with its SLA clocks, its work log and
// what the user may do with it now (get_ticket), kept current by the server's pushes. Actions
// and notes go through here and state the version the user saw, so a change someone else
// made in between comes back as a CONFLICT instead of being overwritten.

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>
#include <QStringList>

namespace laoke::client {

class LiveEvents;

class TicketModel : public QObject {
    Q_OBJECT
public:
    explicit TicketModel(Connection& connection, QObject* parent = nullptr);
    Connection& connection() const { return m_connection; }

    /// Shows the ticket with this id (0: none); emits loaded or loadFailed.
    void load(qint64 ticketId);
    void reload();
    qint64 ticketId() const { return m_ticketId; }
    bool isLoaded() const { return m_loaded; }

    const protocol::TicketReply& reply() const { return m_reply; }
    const protocol::Ticket& ticket() const { return m_reply.ticket(); }
    /// The action codes the server allows this user now, in its order.
    QStringList allowedActions() const;

    /// Sends an action at the version shown; `done` gets the reply. On success the model
    /// shows the server's answer and emits changed.
    void act(const QString& action, qint64 assigneeId, const QString& note, Connection::Callback done);
    void addNote(const QString& note, Connection::Callback done);
    /// Corrects the ticket (update_ticket): subject, description, contact, installed product
    /// and module, category and priority are taken from `fields`, stated at `expectedVersion`
    /// (the version the user's form was filled from, which a push may have moved on since).
    void update(const protocol::Ticket& fields, qint64 expectedVersion, Connection::Callback done);
    /// What this user may correct now ("subject", "contact", "priority", ...); empty: nothing.
    QStringList editableFields() const;
    /// Shows a ticket reply the caller already has (e.g. from create_ticket).
    void setReply(const protocol::TicketReply& reply);

signals:
    void loaded();
    void loadFailed(const laoke::client::ClientError& error);
    /// Someone else changed the ticket shown (a push); it was loaded again.
    void changedElsewhere();

private:
    void send(protocol::Envelope request, Connection::Callback done);

    Connection& m_connection;
    LiveEvents* m_events;
    qint64 m_ticketId = 0;
    protocol::TicketReply m_reply;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

}  // namespace laoke::client
