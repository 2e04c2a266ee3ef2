#pragma once
// 首问负责制: whoever took a request owns the ticket until it is closed, even when others do
// the work, and is told of every change. This watches the pushed changes of the tickets the
// user opened; when someone else made one (an assignment, a state change, a note, a
// correction, a visit), it reads the ticket and says in one line who did what.

#include "Connection.h"
#include "laoke.pb.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

namespace laoke::client {

class LiveEvents;

class OwnerNotices : public QObject {
    Q_OBJECT
public:
    explicit OwnerNotices(Connection& connection, QObject* parent = nullptr);

    /// "GD2026-000123: 王建国 assigned it to 李娜" for the newest event of `reply` (translated);
    /// "" when there is nothing to tell.
    static QString text(const protocol::TicketReply& reply);

signals:
    void noticed(qint64 ticketId, const QString& text);

private:
    void check(const protocol::Event& event);

    Connection& m_connection;
    LiveEvents* m_events;
    QHash<qint64, qint64> m_seenVersions;  ///< per ticket, the newest version already told
};

}  // namespace laoke::client
