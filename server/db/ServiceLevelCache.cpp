#include "db/ServiceLevelCache.h"

#include "db/ServiceLevelRecords.h"
#include "db/ServiceLevelRepository.h"

#include <spdlog/spdlog.h>

#include <stdexcept>

namespace laoke::db {

std::shared_ptr<const engine::ServiceLevels> ServiceLevelCache::current(UnitOfWork& work)
{
    ServiceLevelRepository repository(work);
    const std::int64_t version = repository.version();
    {
        std::lock_guard lock(m_mutex);
        if (m_levels && m_levels->version == version) return m_levels;
    }
    std::shared_ptr<const engine::ServiceLevels> loaded;
    const auto settings = version == 0 ? std::nullopt : repository.settings();
    if (settings) {
        try {
            loaded = std::make_shared<const engine::ServiceLevels>(toServiceLevels(*settings, repository.years()));
        } catch (const std::invalid_argument& e) {
            // Saves are checked the same way, so only a hand edit of the tables gets here.
            spdlog::error("the stored service levels are unusable ({}); measuring with the shipped defaults", e.what());
        }
    }
    if (!loaded) {
        auto defaults = engine::defaultServiceLevels();
        defaults.version = version;
        loaded = std::make_shared<const engine::ServiceLevels>(std::move(defaults));
    }
    std::lock_guard lock(m_mutex);
    m_levels = loaded;
    return loaded;
}

}  // namespace laoke::db
