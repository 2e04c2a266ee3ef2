#include "net/EventFeed.h"

#include "net/Listener.h"
#include "protocol/FrameCodec.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include <chrono>

namespace laoke::net {

namespace {

constexpr const char* kChannel = "laoke_events";

class Receiver : public pqxx::notification_receiver {
public:
    Receiver(pqxx::connection_base& connection, EventFeed& feed) : notification_receiver(connection, kChannel), m_feed(feed) {}
    void operator()(const std::string& payload, int) override { m_feed.deliver(payload); }

private:
    EventFeed& m_feed;
};

}  // namespace

void EventFeed::start()
{
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void EventFeed::stop()
{
    m_stopping = true;
    if (m_thread.joinable()) m_thread.join();
}

void EventFeed::run()
{
    bool lostBefore = false;
    while (!m_stopping) {
        try {
            pqxx::connection connection(m_databaseUrl);
            Receiver receiver(connection, *this);
            if (lostBefore) spdlog::info("live updates: listening again");
            lostBefore = false;
            // Wakes at least every 200 ms to notice stop().
            while (!m_stopping) connection.await_notification(0, 200000);
        } catch (const std::exception& e) {
            if (!lostBefore) spdlog::warn("live updates: database connection lost ({}); retrying every second", e.what());
            lostBefore = true;
            for (int i = 0; i < 10 && !m_stopping; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
}

void EventFeed::deliver(const std::string& payload)
{
    const nlohmann::json event = nlohmann::json::parse(payload, nullptr, false);
    if (!event.is_object() || !event.contains("branch_id")) {
        spdlog::warn("live updates: ignored a notification that is not an event");
        return;
    }
    protocol::Envelope push;
    push.set_request_id(0);
    auto* out = push.mutable_event();
    out->set_kind(event.value("kind", ""));
    out->set_ticket_id(event.value("ticket_id", std::int64_t{0}));
    out->set_ticket_number(event.value("ticket_number", ""));
    out->set_branch_id(event.value("branch_id", std::int64_t{0}));
    out->set_state(event.value("state", ""));
    out->set_assignee_id(event.value("assignee_id", std::int64_t{0}));
    out->set_owner_id(event.value("owner_id", std::int64_t{0}));
    out->set_version(event.value("version", std::int64_t{0}));
    out->set_sla_clock(event.value("sla_clock", ""));
    out->set_sla_level(event.value("sla_level", ""));
    out->set_deadline_unix(event.value("deadline_unix", std::int64_t{0}));
    out->set_callback_id(event.value("callback_id", std::int64_t{0}));
    out->set_callback_state(event.value("callback_state", ""));
    out->set_complaint_id(event.value("complaint_id", std::int64_t{0}));
    out->set_complaint_state(event.value("complaint_state", ""));
    const std::string frame = protocol::encodeFrame(push);
    m_listener.forEachSession([&](ClientSession& session) {
        const ClientSession::Audience audience = session.audience();
        if (!audience.watching) return;
        // Branch 0: a change everyone sees (the category tree).
        if (out->branch_id() != 0 && audience.role != "admin" && audience.branchId != out->branch_id()) return;
        session.push(frame);
    });
}

}  // namespace laoke::net
