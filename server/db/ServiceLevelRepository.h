#pragma once
// The stored service levels (V0012): the one settings row with its SLA rules, and the
// calendar years with their days. Every save states the version it read (CONFLICT when
// someone saved in between) and bumps the settings' version, which servers compare to know
// whether their copy is current (db/ServiceLevelCache).

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace laoke::db {

class ServiceLevelRepository {
public:
    explicit ServiceLevelRepository(UnitOfWork& work) : m_work(work) {}

    /// The settings' version; 0 while nothing is stored (the shipped defaults apply).
    std::int64_t version();
    /// The settings with their rules and version, or nullopt while nothing is stored.
    std::optional<protocol::ServiceSettings> settings();
    /// Every kept year with its days.
    std::vector<protocol::CalendarYear> years();
    /// One year (version 0 and no days when it is not kept).
    protocol::CalendarYear year(int year);

    /// Stores `settings` and `years` when nothing is stored yet (first start); false if
    /// something was.
    bool seed(const protocol::ServiceSettings& settings, const std::vector<protocol::CalendarYear>& years);
    /// Replaces the settings and rules at settings.version(); CONFLICT if it changed.
    void saveSettings(const protocol::ServiceSettings& settings);
    /// Replaces (or adds, at version 0) one year's days; CONFLICT if it changed meanwhile.
    void saveYear(const protocol::CalendarYear& year);

private:
    void insertYear(const protocol::CalendarYear& year);
    void bumpVersion();

    UnitOfWork& m_work;
};

}  // namespace laoke::db
