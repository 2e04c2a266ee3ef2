#pragma once
// Users (accounts) and their credentials. Read models are protocol::User so the handlers
// pass them on unchanged; password hashes never leave this repository except to the
// login check (UserCredentials).

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

struct UserCredentials {
    std::int64_t userId = 0;
    std::string passwordHash;
    bool enabled = false;
    long long lockedForSeconds = 0;  ///< > 0 while the account is locked
    std::int64_t version = 0;
};

struct NewUser {
    std::string username;
    std::string displayName;
    std::string role;         ///< "admin", "branch_manager", ...
    std::int64_t branchId = 0;
    std::string passwordHash;
    bool mustChangePassword = true;
};

class UserRepository {
public:
    explicit UserRepository(UnitOfWork& work) : m_work(work) {}

    std::vector<protocol::User> list();
    /// Enabled account and branch managers of `branchId` (0 = every branch), by name; only
    /// the identifying fields are filled in.
    std::vector<protocol::User> owners(std::int64_t branchId);
    /// Throws ServiceError NOT_FOUND.
    protocol::User get(std::int64_t id);
    std::optional<protocol::User> find(std::int64_t id);
    std::optional<protocol::User> findByUsername(const std::string& username);
    bool anyUserExists();

    /// Locks the user's row for the rest of the transaction, so concurrent logins of one
    /// user count their failures one after the other. (FOR NO KEY UPDATE: rows that merely
    /// reference the user, such as an import's new customers, do not block the login.)
    std::optional<UserCredentials> credentialsForUpdate(const std::string& username);
    std::optional<UserCredentials> credentialsForUpdate(std::int64_t userId);

    /// Throws ServiceError ALREADY_EXISTS (field "username").
    protocol::User create(const NewUser& user);

    /// Optimistic update: throws CONFLICT when the row's version is not `expectedVersion`,
    /// NOT_FOUND when the user does not exist.
    protocol::User setEnabled(std::int64_t id, bool enabled, std::int64_t expectedVersion);
    protocol::User setPassword(std::int64_t id, const std::string& passwordHash, bool mustChangePassword,
                               std::int64_t expectedVersion);

    /// Failed logins recorded in the audit log within the last `windowSeconds`.
    int recentFailedLogins(std::int64_t id, long long windowSeconds);
    void lock(std::int64_t id, long long seconds);
    void recordSuccessfulLogin(std::int64_t id);

private:
    protocol::User afterUpdate(std::int64_t id, std::int64_t expectedVersion, bool updated);

    UnitOfWork& m_work;
};

}  // namespace laoke::db
