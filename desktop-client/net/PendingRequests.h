#pragma once
// The requests a Connection is waiting on: request ids, one timeout per request, callbacks
// that run exactly once, and the queue of requests made while (re)connecting. It does not
// touch the socket: Connection writes what it hands out.

#include "ClientError.h"
#include "Connection.h"
#include "laoke.pb.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace laoke::client {

class PendingRequests {
public:
    /// Where a request is when it is registered.
    enum class Delivery {
        Written,  ///< already written to the socket
        Queued,   ///< to be written once the connection is ready (see popQueued)
        Held,     ///< never to be written: the caller is about to fail it
    };

    /// What a request left behind when it ended; its callback has not run yet.
    struct Ended {
        Connection::Callback done;
        protocol::Envelope::PayloadCase kind = protocol::Envelope::PAYLOAD_NOT_SET;
    };

    /// The timeout timers are children of `owner`. `timedOut` gets the id of a request whose
    /// timeout expired; the request stays registered until the caller takes it.
    PendingRequests(QObject* owner, std::function<void(quint64 id)> timedOut);

    /// A fresh request id; the handshake requests use them too, so ids never repeat.
    quint64 nextId();

    /// Registers `request` (its request_id already set) and starts its timeout.
    void add(protocol::Envelope request, Delivery delivery, Connection::Callback done, int timeoutMs);

    /// Ends request `id`; nothing if it has ended already, which keeps callbacks exactly-once.
    std::optional<Ended> take(quint64 id);
    /// Ends the requests already written, leaving the queued and held ones.
    std::vector<Ended> takeWritten();
    /// Ends every request and empties the queue.
    std::vector<Ended> takeAll();

    /// The oldest queued request, from now on counted as written; nothing if none is queued.
    std::optional<protocol::Envelope> popQueued();

    /// Runs the callbacks of `ended` with `error`.
    static void fail(std::vector<Ended> ended, const ClientError& error);

private:
    struct Entry {
        Connection::Callback done;
        QTimer* timer = nullptr;
        protocol::Envelope::PayloadCase kind = protocol::Envelope::PAYLOAD_NOT_SET;
        protocol::Envelope request;  ///< kept only until it is written
        bool written = false;
    };

    std::vector<Ended> takeMatching(bool writtenOnly);
    static Ended release(Entry& entry);

    QObject* m_owner;
    std::function<void(quint64 id)> m_timedOut;
    quint64 m_lastId = 0;
    std::map<quint64, Entry> m_entries;
    std::deque<quint64> m_queue;
};

}  // namespace laoke::client
