#pragma once
// Branches (分公司): the offices that serve customers. Every user but an admin belongs to one.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

class BranchRepository {
public:
    explicit BranchRepository(UnitOfWork& work) : m_work(work) {}

    std::vector<protocol::Branch> list();
    std::optional<protocol::Branch> find(std::int64_t id);
    std::optional<protocol::Branch> findByCode(const std::string& code);
    /// Throws ServiceError ALREADY_EXISTS (field "code") when the code is taken.
    protocol::Branch create(const std::string& code, const std::string& name, const std::string& city);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
