#include "demo/DemoServiceStaff.h"

#include "demo/DemoRandom.h"

#include <algorithm>
#include <unordered_map>

namespace laoke::demo {
namespace {

struct DemoServiceAccount {
    const char* username;
    const char* displayName;
    const char* role;
    const char* branchCode;
    const char* homeCity;  // where they start from for visits
};

// Usernames are written as the branch's code and a name, so they never clash with the four
// --demo accounts an administrator knows from the README.
constexpr DemoServiceAccount kAccounts[] = {
    {"bj.zhaolei", "赵磊", "engineer", "BJ", "北京市"},
    {"bj.liuyang", "刘洋", "engineer", "BJ", "天津市"},
    {"bj.sunli", "孙丽", "engineer", "BJ", "北京市"},
    {"sh.chenzhiming", "陈志明", "branch_manager", "SH", "上海市"},
    {"sh.xujing", "徐静", "engineer", "SH", "上海市"},
    {"sh.zhoujie", "周杰", "engineer", "SH", "苏州市"},
    {"sh.wuqiang", "吴强", "engineer", "SH", "杭州市"},
    {"gz.huangguohua", "黄国华", "branch_manager", "GZ", "广州市"},
    {"gz.linna", "林娜", "engineer", "GZ", "广州市"},
    {"gz.hezhiyong", "何志勇", "engineer", "GZ", "深圳市"},
    {"gz.luoping", "罗萍", "engineer", "GZ", "佛山市"},
};

// Home cities of the accounts above; the demo's first engineer and manager live in their
// branch's city.
std::string homeCityOf(const std::string& username, const std::string& branchCity)
{
    for (const auto& account : kAccounts) {
        if (username == account.username) return account.homeCity;
    }
    return branchCity;
}

}  // namespace

int addDemoServiceAccounts(pqxx::work& tx)
{
    const auto engineer = tx.exec("SELECT password_hash FROM users WHERE username = 'engineer' AND role = 'engineer'");
    if (engineer.empty()) return 0;
    const std::string hash = engineer[0][0].c_str();
    int added = 0;
    for (const auto& account : kAccounts) {
        const auto inserted = tx.exec_params(
            "INSERT INTO users (username, display_name, role, branch_id, password_hash) "
            "SELECT $1, $2, $3::user_role, b.id, $5 FROM branches b WHERE b.code = $4 "
            "AND NOT EXISTS (SELECT 1 FROM users WHERE username = $1) RETURNING id, branch_id",
            account.username, account.displayName, account.role, account.branchCode, hash);
        if (inserted.empty()) continue;
        ++added;
        // Accounts are audited like any the server creates; no password in the record.
        tx.exec_params("INSERT INTO audit_log (actor_username, action, object_type, object_id, details) "
                       "VALUES ('demo-data', 'user.create', 'user', $1, json_build_object('after', json_build_object("
                       "'username', $2::text, 'display_name', $3::text, 'role', $4::text, 'branch_id', $5::bigint)))",
                       inserted[0][0].as<std::int64_t>(), account.username, account.displayName, account.role,
                       inserted[0][1].as<std::int64_t>());
    }
    return added;
}

std::vector<ServiceBranch> readServiceBranches(pqxx::work& tx)
{
    std::vector<ServiceBranch> branches;
    std::unordered_map<std::int64_t, std::size_t> byId;
    for (const auto& row : tx.exec("SELECT id, code FROM branches ORDER BY id")) {
        byId[row[0].as<std::int64_t>()] = branches.size();
        branches.push_back(ServiceBranch{row[0].as<std::int64_t>(), row[1].c_str(), {}, {}});
    }
    for (const auto& row : tx.exec("SELECT id, role::text, branch_id FROM users WHERE enabled AND branch_id IS NOT NULL "
                                   "AND role IN ('engineer', 'branch_manager') ORDER BY id")) {
        auto& branch = branches[byId.at(row[2].as<std::int64_t>())];
        (std::string_view(row[1].c_str()) == "engineer" ? branch.engineers : branch.managers).push_back(row[0].as<std::int64_t>());
    }
    return branches;
}

int addEngineerProfiles(pqxx::work& tx, const std::vector<CatalogueLine>& lines, std::uint64_t seed)
{
    if (lines.empty()) return 0;
    std::vector<double> lineWeights;
    for (const auto& line : lines) lineWeights.push_back(line.profile->mixPercent);
    int written = 0;
    for (const auto& row : tx.exec("SELECT u.id, u.username, u.branch_id, b.city FROM users u JOIN branches b ON b.id = u.branch_id "
                                   "WHERE u.enabled AND u.role IN ('engineer', 'branch_manager') "
                                   "AND NOT EXISTS (SELECT 1 FROM engineer_profiles p WHERE p.user_id = u.id) ORDER BY u.id")) {
        const auto userId = row[0].as<std::int64_t>();
        DemoRandom random = DemoRandom::forItem(seed ^ 0x5EC7E1A11ULL, static_cast<std::uint64_t>(userId));
        tx.exec_params("INSERT INTO engineer_profiles (user_id, branch_id, home_city) VALUES ($1, $2, $3)", userId,
                       row[2].as<std::int64_t>(), homeCityOf(row[1].c_str(), row[3].c_str()));
        // Two or three product lines, the branch's common ones most likely; in each the ledger
        // modules everyone knows and one or two more, a vendor certificate for some.
        std::vector<std::size_t> chosen;
        const int lineCount = static_cast<int>(std::min<std::size_t>(lines.size(), 2 + random.index(2)));
        for (int attempt = 0; static_cast<int>(chosen.size()) < lineCount && attempt < 50; ++attempt) {
            const std::size_t pick = random.weighted(lineWeights);
            if (std::find(chosen.begin(), chosen.end(), pick) == chosen.end()) chosen.push_back(pick);
        }
        for (const std::size_t index : chosen) {
            const CatalogueLine& line = lines[index];
            const bool certified = random.chance(0.4);
            if (random.chance(0.3)) {
                tx.exec_params("INSERT INTO engineer_skills (user_id, product_line_id, certified) VALUES ($1, $2, $3)", userId,
                               line.id, certified);
                continue;
            }
            std::vector<std::int64_t> modules{line.moduleIds.front()};
            const std::size_t more = 1 + random.index(2);
            for (std::size_t i = 0; i < more && line.moduleIds.size() > 1; ++i) {
                const std::int64_t module = line.moduleIds[1 + random.index(line.moduleIds.size() - 1)];
                if (std::find(modules.begin(), modules.end(), module) == modules.end()) modules.push_back(module);
            }
            for (const std::int64_t module : modules) {
                tx.exec_params("INSERT INTO engineer_skills (user_id, product_line_id, module_id, certified) "
                               "VALUES ($1, $2, $3, $4)",
                               userId, line.id, module, certified);
            }
        }
        ++written;
    }
    return written;
}

}  // namespace laoke::demo
