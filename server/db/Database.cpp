#include "db/Database.h"

#include "db/Sql.h"
#include "db/UnitOfWork.h"
#include "engine/ServiceError.h"

#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include <chrono>

namespace laoke::db {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr int kMaxAttempts = 4;
constexpr auto kAcquireTimeout = std::chrono::seconds(10);

// Policies and audit triggers read the actor from these per-transaction settings.
const Statement kSetActor{
    "laoke_set_actor",
    "SELECT set_config('laoke.user_id', $1, true), set_config('laoke.role', $2, true), "
    "set_config('laoke.branch_id', $3, true)"};
// A logged-in user's transaction runs as the application role, which row-level security
// applies to (the server's login role owns the tables and may be a superuser).
const Statement kSetUserActor{
    "laoke_set_user_actor",
    "SELECT set_config('laoke.user_id', $1, true), set_config('laoke.role', $2, true), "
    "set_config('laoke.branch_id', $3, true), set_config('role', 'laoke_app', true)"};
const Statement kLeaveApplicationRole{"laoke_leave_app_role", "SELECT set_config('role', 'none', true)"};
const Statement kEnterApplicationRole{"laoke_enter_app_role", "SELECT set_config('role', 'laoke_app', true)"};

}  // namespace

struct Database::PooledConnection {
    std::unique_ptr<pqxx::connection> connection;
    std::set<std::string> prepared;
};

void UnitOfWork::withoutRowSecurity(const std::function<void()>& lookup)
{
    // Nested calls stay in the server's role until the outermost one ends. (After a failure
    // the transaction is aborted and rolls back, role included, so no guard is needed.)
    if (!m_actor.usesApplicationRole() || m_ownRoleDepth > 0) {
        lookup();
        return;
    }
    exec(*this, kLeaveApplicationRole);
    ++m_ownRoleDepth;
    lookup();
    --m_ownRoleDepth;
    exec(*this, kEnterApplicationRole);
}

void UnitOfWork::ensurePrepared(const Statement& statement)
{
    if (m_prepared.insert(statement.name).second) {
        m_transaction.conn().prepare(statement.name, statement.sql);
    }
}

Database::Database(std::string connectionUrl, std::size_t poolSize)
    : m_connectionUrl(std::move(connectionUrl)), m_poolSize(poolSize == 0 ? 1 : poolSize)
{
}

Database::~Database() = default;

std::unique_ptr<Database::PooledConnection> Database::acquire()
{
    std::unique_lock lock(m_mutex);
    const bool ready = m_available.wait_for(lock, kAcquireTimeout, [this] { return !m_idle.empty() || m_created < m_poolSize; });
    if (!ready) {
        throw ServiceError(proto::BUSY, "no database connection became free in time", {}, 1);
    }
    if (!m_idle.empty()) {
        auto connection = std::move(m_idle.back());
        m_idle.pop_back();
        return connection;
    }
    ++m_created;
    lock.unlock();
    try {
        auto pooled = std::make_unique<PooledConnection>();
        pooled->connection = std::make_unique<pqxx::connection>(m_connectionUrl);
        // Plan every statement for its own values and the tables as they are now. A cached
        // generic plan made while a table was empty (a new installation, or rows an import
        // is adding inside its transaction) keeps scanning the whole table once it is large;
        // re-planning costs a fraction of a millisecond. No JIT: it adds tens of
        // milliseconds to large interactive queries.
        pqxx::nontransaction setup(*pooled->connection);
        setup.exec("SET plan_cache_mode = force_custom_plan; SET jit = off");
        return pooled;
    } catch (...) {
        lock.lock();
        --m_created;
        m_available.notify_one();
        throw;
    }
}

void Database::release(std::unique_ptr<PooledConnection> connection)
{
    std::lock_guard lock(m_mutex);
    if (connection && connection->connection && connection->connection->is_open()) {
        m_idle.push_back(std::move(connection));
    } else {
        --m_created;
    }
    m_available.notify_one();
}

// Returns the connection to the pool on every path; a broken one is dropped instead.
class Database::Lease {
public:
    explicit Lease(Database& database) : m_database(database), m_connection(database.acquire()) {}
    ~Lease() { m_database.release(std::move(m_connection)); }
    PooledConnection& operator*() { return *m_connection; }
    void discard() { m_connection->connection.reset(); }

private:
    Database& m_database;
    std::unique_ptr<PooledConnection> m_connection;
};

void Database::transact(const Actor& actor, const std::function<void(UnitOfWork&)>& work)
{
    for (int attempt = 1;; ++attempt) {
        std::optional<Lease> lease;
        try {
            lease.emplace(*this);
            PooledConnection& pooled = **lease;
            pqxx::work transaction(*pooled.connection);
            UnitOfWork unit(transaction, actor, pooled.prepared);
            exec(unit, actor.usesApplicationRole() ? kSetUserActor : kSetActor, std::to_string(actor.userId), actor.role,
                 std::to_string(actor.branchId));
            work(unit);
            transaction.commit();
            return;
        } catch (const pqxx::serialization_failure& e) {
            if (attempt >= kMaxAttempts) {
                spdlog::warn("transaction gave up after {} serialization failures: {}", attempt, e.what());
                throw ServiceError(proto::BUSY, "the database is busy; try again", {}, 1);
            }
        } catch (const pqxx::deadlock_detected& e) {
            if (attempt >= kMaxAttempts) {
                spdlog::warn("transaction gave up after {} deadlocks: {}", attempt, e.what());
                throw ServiceError(proto::BUSY, "the database is busy; try again", {}, 1);
            }
        } catch (const pqxx::in_doubt_error& e) {
            // The commit may or may not have happened: never retry, never claim success.
            if (lease) lease->discard();
            spdlog::error("transaction outcome unknown (connection lost during commit): {}", e.what());
            throw ServiceError(proto::INTERNAL, "the outcome of the change is unknown; check before repeating it");
        } catch (const pqxx::broken_connection& e) {
            if (lease) lease->discard();
            if (attempt >= 2) {
                spdlog::error("database connection lost: {}", e.what());
                throw ServiceError(proto::INTERNAL, "the database is not reachable");
            }
        } catch (const pqxx::unique_violation& e) {
            spdlog::info("unique violation: {}", e.what());
            throw ServiceError(proto::ALREADY_EXISTS, "a record with this value already exists");
        } catch (const pqxx::check_violation& e) {
            spdlog::info("check violation: {}", e.what());
            throw ServiceError(proto::VALIDATION_FAILED, "a value breaks a rule of the database");
        } catch (const pqxx::foreign_key_violation& e) {
            spdlog::info("foreign key violation: {}", e.what());
            throw ServiceError(proto::VALIDATION_FAILED, "a referenced record does not exist");
        } catch (const pqxx::sql_error& e) {
            spdlog::error("SQL error [{}]: {} (query: {})", e.sqlstate(), e.what(), e.query());
            throw ServiceError(proto::INTERNAL, "the server could not complete the request");
        }
    }
}

void Database::checkReachable()
{
    try {
        Lease lease(*this);
        pqxx::nontransaction transaction(*(*lease).connection);
        transaction.exec("SELECT 1");
    } catch (const ServiceError&) {
        throw;
    } catch (const std::exception& e) {
        throw std::runtime_error(std::string("cannot connect to PostgreSQL: ") + e.what());
    }
}

}  // namespace laoke::db
