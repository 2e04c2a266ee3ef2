#include "PendingRequests.h"

#include <algorithm>
#include <utility>

namespace laoke::client {

PendingRequests::PendingRequests(QObject* owner, std::function<void(quint64 id)> timedOut)
    : m_owner(owner)
    , m_timedOut(std::move(timedOut))
{
}

quint64 PendingRequests::nextId()
{
    return ++m_lastId;
}

void PendingRequests::add(protocol::Envelope request, Delivery delivery, Connection::Callback done, int timeoutMs)
{
    const quint64 id = request.request_id();
    Entry entry;
    entry.done = std::move(done);
    entry.kind = request.payload_case();
    entry.timer = new QTimer(m_owner);
    entry.timer->setSingleShot(true);
    QObject::connect(entry.timer, &QTimer::timeout, m_owner, [this, id] { m_timedOut(id); });
    entry.timer->start(timeoutMs);

    switch (delivery) {
    case Delivery::Written:
        entry.written = true;
        break;
    case Delivery::Queued:
        entry.request = std::move(request);
        m_queue.push_back(id);
        break;
    case Delivery::Held:
        break;
    }
    m_entries.emplace(id, std::move(entry));
}

std::optional<PendingRequests::Ended> PendingRequests::take(quint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        return std::nullopt;
    }
    Entry entry = std::move(it->second);
    m_entries.erase(it);
    if (!entry.written) {
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
    }
    return release(entry);
}

std::vector<PendingRequests::Ended> PendingRequests::takeWritten()
{
    return takeMatching(true);
}

std::vector<PendingRequests::Ended> PendingRequests::takeAll()
{
    std::vector<Ended> ended = takeMatching(false);
    m_queue.clear();
    return ended;
}

std::optional<protocol::Envelope> PendingRequests::popQueued()
{
    while (!m_queue.empty()) {
        const quint64 id = m_queue.front();
        m_queue.pop_front();
        const auto it = m_entries.find(id);
        if (it == m_entries.end()) {
            continue;
        }
        it->second.written = true;
        return std::exchange(it->second.request, protocol::Envelope());
    }
    return std::nullopt;
}

void PendingRequests::fail(std::vector<Ended> ended, const ClientError& error)
{
    const Reply reply(error);
    for (Ended& entry : ended) {
        if (entry.done) {
            entry.done(reply);
        }
    }
}

std::vector<PendingRequests::Ended> PendingRequests::takeMatching(bool writtenOnly)
{
    std::vector<Ended> ended;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (writtenOnly && !it->second.written) {
            ++it;
            continue;
        }
        ended.push_back(release(it->second));
        it = m_entries.erase(it);
    }
    return ended;
}

PendingRequests::Ended PendingRequests::release(Entry& entry)
{
    entry.timer->stop();
    entry.timer->deleteLater();
    return Ended{std::move(entry.done), entry.kind};
}

}  // namespace laoke::client
