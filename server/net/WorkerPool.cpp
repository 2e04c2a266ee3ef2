#include "net/WorkerPool.h"

#include <spdlog/spdlog.h>

namespace laoke::net {

WorkerPool::WorkerPool(std::size_t threadCount, std::size_t maxQueued)
    : m_maxQueued(maxQueued)
{
    for (std::size_t i = 0; i < std::max<std::size_t>(threadCount, 1); ++i) {
        m_threads.emplace_back([this] { workerLoop(); });
    }
}

WorkerPool::~WorkerPool()
{
    shutdown(std::chrono::milliseconds(0));
}

bool WorkerPool::tryPost(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_queue.size() >= m_maxQueued) {
            return false;
        }
        m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
    return true;
}

bool WorkerPool::shutdown(std::chrono::milliseconds timeout)
{
    bool drained = true;
    {
        std::unique_lock lock(m_mutex);
        m_stopping = true;
        drained = m_idle.wait_for(lock, timeout, [this] { return m_queue.empty() && m_running == 0; });
        if (!drained) {
            spdlog::warn("worker pool: {} queued and {} running tasks did not finish in time", m_queue.size(), m_running);
        }
        m_abandon = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    for (auto& thread : m_threads) {
        if (thread.joinable()) thread.join();
    }
    return drained;
}

void WorkerPool::workerLoop()
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_abandon || !m_queue.empty(); });
            if (m_queue.empty()) {
                return;
            }
            task = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_running;
        }
        try {
            task();
        } catch (const std::exception& e) {
            spdlog::error("worker task failed: {}", e.what());
        }
        {
            std::lock_guard lock(m_mutex);
            --m_running;
        }
        m_idle.notify_all();
    }
}

}  // namespace laoke::net
