#pragma once
// The ticket category tree (V0009, V0023): groups (parent 0) and their sub-types, read by
// everyone, edited by administrators (row-level security lets only them write). Categories
// are retired, never deleted: tickets, articles and report facts keep pointing at them.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

class TicketCategoryRepository {
public:
    explicit TicketCategoryRepository(UnitOfWork& work) : m_work(work) {}

    /// Every category, retired ones too (flagged): groups in order, each followed by its sub-types.
    std::vector<protocol::TicketCategory> all();
    /// An active category (one that may be chosen now).
    std::optional<protocol::TicketCategory> findActive(std::int64_t id);
    /// Any category, retired or not.
    std::optional<protocol::TicketCategory> find(std::int64_t id);

    /// Whether an active sibling (same parent; 0: the groups) other than exceptId already has
    /// this Chinese name, or this English name in any case (V0023's unique indexes).
    bool nameTaken(std::int64_t parentId, const std::string& nameZh, const std::string& nameEn, std::int64_t exceptId);

    /// Adds one (parent_id 0: a group) with a code made here; returns its id.
    std::int64_t insert(const protocol::TicketCategory& category);
    /// Names, order and retired flag at expectedVersion; CONFLICT when it changed since.
    void update(const protocol::TicketCategory& category, std::int64_t expectedVersion);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
