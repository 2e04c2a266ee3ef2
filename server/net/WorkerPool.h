#pragma once
// A fixed set of threads for blocking work (database transactions, password hashing), so
// the I/O threads never block. The queue is bounded: when it is full, tryPost refuses and
// the caller answers BUSY instead of queueing without limit.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace laoke::net {

class WorkerPool {
public:
    using Task = std::function<void()>;

    WorkerPool(std::size_t threadCount, std::size_t maxQueued);
    ~WorkerPool();

    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    /// Queues `task`; false when the queue is full or the pool is shutting down.
    bool tryPost(Task task);

    /// Refuses new tasks, lets queued and running ones finish (up to `timeout`), then joins.
    /// Tasks still queued after the timeout are dropped. Returns true if all finished.
    bool shutdown(std::chrono::milliseconds timeout);

    std::size_t threadCount() const { return m_threads.size(); }

private:
    void workerLoop();

    std::size_t m_maxQueued;
    std::deque<Task> m_queue;
    std::size_t m_running = 0;
    bool m_stopping = false;
    bool m_abandon = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::vector<std::thread> m_threads;
};

}  // namespace laoke::net
