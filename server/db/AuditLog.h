#pragma once
// Appends audit rows: who did what to which object, with before/after details. Called in
// the same transaction as the change it describes, so the two commit or vanish together.

#include "db/UnitOfWork.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace laoke::db {

class AuditLog {
public:
    explicit AuditLog(UnitOfWork& work) : m_work(work) {}

    /// `action` is "object.verb" ("user.create", "login.failed"); `details` is free-form
    /// JSON, typically {"before": {...}, "after": {...}}. Never put secrets into it.
    void record(std::string_view action, std::string_view objectType, std::optional<std::int64_t> objectId,
                const nlohmann::json& details = nlohmann::json::object());

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
