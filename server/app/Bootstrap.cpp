#include "app/Bootstrap.h"

#include "db/AuditLog.h"
#include "db/BranchRepository.h"
#include "db/Database.h"
#include "db/ServiceLevelRecords.h"
#include "db/ServiceLevelRepository.h"
#include "db/UserRepository.h"
#include "engine/BusinessDate.h"
#include "engine/ChinaHolidays.h"
#include "engine/PasswordHasher.h"
#include "engine/SessionToken.h"
#include "handlers/AuditDetails.h"

#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

namespace laoke::app {
namespace {

void writeSecretFile(const std::filesystem::path& path, const std::string& content)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw std::runtime_error("cannot write " + path.string() + ": " + std::strerror(errno));
    }
    const std::string line = content + "\n";
    const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size());
    ::close(fd);
    if (!ok) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

struct DemoBranch {
    const char* code;
    const char* name;
    const char* city;
};

struct DemoUser {
    const char* username;
    const char* displayName;
    const char* role;
    const char* branchCode;  // nullptr: no branch
};

constexpr DemoBranch kDemoBranches[] = {
    {"BJ", "北京分公司", "北京市"},
    {"SH", "上海分公司", "上海市"},
    {"GZ", "广州分公司", "广州市"},
};

constexpr DemoUser kDemoUsers[] = {
    {"admin", "系统管理员", "admin", nullptr},
    {"manager", "王建国", "branch_manager", "BJ"},
    {"account", "李婷", "account_manager", "BJ"},
    {"engineer", "张伟", "engineer", "BJ"},
};

}  // namespace

void ensureInitialAdmin(db::Database& database, const engine::PasswordHasher& passwords,
                        const std::filesystem::path& dataDir)
{
    bool exists = true;
    database.transact(db::Actor::system(), [&](db::UnitOfWork& work) { exists = db::UserRepository(work).anyUserExists(); });
    if (exists) return;

    const std::string password = engine::newRandomPassword();
    const std::string hash = passwords.hash(password);
    database.transact(db::Actor::system(), [&](db::UnitOfWork& work) {
        db::UserRepository users(work);
        if (users.anyUserExists()) return;  // another instance was faster
        // Chosen at random by the server, so it need not be changed, but may be.
        const auto admin = users.create(db::NewUser{"admin", "Administrator", "admin", 0, hash, false});
        db::AuditLog(work).record("user.create", "user", admin.id(), {{"after", handlers::auditJson(admin)}});
    });
    const auto file = dataDir / "initial-admin-password";
    writeSecretFile(file, password);
    spdlog::warn("created the initial administrator: user 'admin', password '{}' (also in {}, mode 0600)", password,
                 file.string());
}

void ensureDemoAccounts(db::Database& database, const engine::PasswordHasher& passwords)
{
    const std::string hash = passwords.hash(kDemoPassword);
    database.transact(db::Actor::system(), [&](db::UnitOfWork& work) {
        db::BranchRepository branches(work);
        db::UserRepository users(work);
        db::AuditLog audit(work);
        for (const auto& demo : kDemoBranches) {
            if (!branches.findByCode(demo.code)) {
                const auto branch = branches.create(demo.code, demo.name, demo.city);
                audit.record("branch.create", "branch", branch.id(), {{"after", handlers::auditJson(branch)}});
            }
        }
        for (const auto& demo : kDemoUsers) {
            if (users.findByUsername(demo.username)) continue;
            const std::int64_t branchId = demo.branchCode ? branches.findByCode(demo.branchCode)->id() : 0;
            const auto user = users.create(db::NewUser{demo.username, demo.displayName, demo.role, branchId, hash, false});
            audit.record("user.create", "user", user.id(), {{"after", handlers::auditJson(user)}});
        }
    });
    spdlog::info("demo accounts ready: admin, manager, account, engineer (password '{}')", kDemoPassword);
}

void ensureServiceLevels(db::Database& database)
{
    std::vector<int> missing;
    database.transact(db::Actor::system(), [&](db::UnitOfWork& work) {
        db::ServiceLevelRepository repository(work);
        const engine::ServiceLevels defaults = engine::defaultServiceLevels();
        if (repository.seed(db::toSettingsRecord(defaults), db::toYearRecords(engine::publishedChinaHolidays()))) {
            spdlog::info("service levels: stored the shipped working hours, SLA targets and holiday calendars");
        }
        std::vector<int> kept;
        for (const auto& year : repository.years()) kept.push_back(year.year());
        missing = engine::missingCalendarYears(kept, engine::chinaToday());
    });
    for (const int year : missing) {
        spdlog::warn("the working calendar has no {} yet: SLA clocks count Monday to Friday for it; an administrator "
                     "should enter its holidays and make-up working days",
                     year);
    }
}

}  // namespace laoke::app
