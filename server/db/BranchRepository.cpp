#include "db/BranchRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {


const Statement kList{"branch_list", "SELECT id, code, name, city, version FROM branches ORDER BY code"};
const Statement kFind{"branch_find", "SELECT id, code, name, city, version FROM branches WHERE id = $1"};
const Statement kFindByCode{"branch_find_code", "SELECT id, code, name, city, version FROM branches WHERE code = $1"};
const Statement kInsert{
    "branch_insert",
    "INSERT INTO branches (code, name, city) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING "
    "RETURNING id, code, name, city, version"};

protocol::Branch toBranch(const pqxx::row& row)
{
    protocol::Branch branch;
    branch.set_id(row["id"].as<std::int64_t>());
    branch.set_code(row["code"].c_str());
    branch.set_name(row["name"].c_str());
    branch.set_city(row["city"].c_str());
    branch.set_version(row["version"].as<std::int64_t>());
    return branch;
}

}  // namespace

std::vector<protocol::Branch> BranchRepository::list()
{
    std::vector<protocol::Branch> branches;
    for (const auto& row : exec(m_work, kList)) {
        branches.push_back(toBranch(row));
    }
    return branches;
}

std::optional<protocol::Branch> BranchRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kFind, id);
    if (result.empty()) return std::nullopt;
    return toBranch(result[0]);
}

std::optional<protocol::Branch> BranchRepository::findByCode(const std::string& code)
{
    const auto result = exec(m_work, kFindByCode, code);
    if (result.empty()) return std::nullopt;
    return toBranch(result[0]);
}

protocol::Branch BranchRepository::create(const std::string& code, const std::string& name, const std::string& city)
{
    const auto result = exec(m_work, kInsert, code, name, city);
    if (result.empty()) {
        throw engine::ServiceError(protocol::ALREADY_EXISTS, "a branch with this code already exists", "code");
    }
    return toBranch(result[0]);
}

}  // namespace laoke::db
