#pragma once
// Turns SLA clocks passing their lines into recorded events (V0013): every `interval` it
// computes the clocks of every open ticket, and of those resolved in the last day (a clock
// stopped late between two sweeps missed all the same) (engine/TicketSla, by the service
// levels in force)
// and records a warning when one has used 75% of its target and a breach when it has used
// all of it, once per ticket, clock and round (a reopen starts a new round of the resolution
// clock). Recording announces the event to the screens (the table's trigger), so the board,
// the owner and the branch manager see it at once, through every server.
//
// Every server instance runs one; a transaction-scoped advisory lock lets one sweep at a
// time, and the table's unique key records each crossing once whichever server sees it.
// Each round also closes the resolved tickets that have nothing left to wait for
// (db/TicketAutoClose), in a transaction of its own.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <thread>

namespace laoke::db {

class Database;
class ServiceLevelCache;

class SlaWatch {
public:
    SlaWatch(Database& database, ServiceLevelCache& levels, std::chrono::seconds interval)
        : m_database(database), m_levels(levels), m_interval(interval) {}
    ~SlaWatch() { stop(); }

    SlaWatch(const SlaWatch&) = delete;
    SlaWatch& operator=(const SlaWatch&) = delete;

    void start();
    void stop();
    /// One sweep now; the number of events recorded (0 when another server was sweeping).
    std::size_t sweep();
    /// Closes the settled resolved tickets now; how many.
    std::size_t closeSettled();

private:
    void run();

    Database& m_database;
    ServiceLevelCache& m_levels;
    std::chrono::seconds m_interval;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};

}  // namespace laoke::db
