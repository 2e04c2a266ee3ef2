#pragma once
// The service levels this server measures tickets by, kept in memory and swapped whole when
// they change. Each use reads the stored version (one row) in the caller's transaction and
// reloads only when it differs, so a change saved through any server instance applies to
// the next request everywhere. Nothing stored yet: the shipped defaults.

#include "db/UnitOfWork.h"
#include "engine/ServiceLevels.h"

#include <memory>
#include <mutex>

namespace laoke::db {

class ServiceLevelCache {
public:
    std::shared_ptr<const engine::ServiceLevels> current(UnitOfWork& work);

private:
    std::mutex m_mutex;
    std::shared_ptr<const engine::ServiceLevels> m_levels;
};

}  // namespace laoke::db
