#pragma once
// The knowledge articles linked to one ticket (list_ticket_kb_articles), in the order they
// were linked, and linking one more (record_kb_use: once per ticket; the list is read again
// after it, so it shows who linked it).

#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>

#include <vector>

namespace laoke::client {

class TicketKbLinks : public QObject {
    Q_OBJECT
public:
    explicit TicketKbLinks(Connection& connection, QObject* parent = nullptr);

    /// Lists the links of this ticket (0: none); emits changed.
    void load(qint64 ticketId);
    void reload() { load(m_ticketId); }
    qint64 ticketId() const { return m_ticketId; }
    const std::vector<protocol::TicketKbLink>& links() const { return m_links; }
    bool isLinked(qint64 articleId) const;

    /// Links the article to a ticket (the one shown unless named); `done` gets the reply.
    /// The list is read again when it shows that ticket.
    void link(qint64 articleId, Connection::Callback done) { link(m_ticketId, articleId, std::move(done)); }
    void link(qint64 ticketId, qint64 articleId, Connection::Callback done);

signals:
    void changed();
    void failed(const laoke::client::ClientError& error);

private:
    Connection& m_connection;
    qint64 m_ticketId = 0;
    std::vector<protocol::TicketKbLink> m_links;
    quint64 m_generation = 0;
};

}  // namespace laoke::client
