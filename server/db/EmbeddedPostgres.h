#pragma once
// A private PostgreSQL 15 cluster owned by laoke-server: created with initdb on first start,
// started as an unprivileged user (postgres refuses root), reachable only through a Unix
// socket in a 0700 directory, stopped when the server stops and killed with it (the child
// gets PR_SET_PDEATHSIG, so even kill -9 of the server does not leave it running).

#include <filesystem>
#include <string>
#include <sys/types.h>

namespace laoke::db {

class EmbeddedPostgres {
public:
    /// `dataDir` is laoke-server's data directory; the cluster lives in dataDir/pg, or, when
    /// running as root and the postgres user cannot reach dataDir, under /var/lib/laoke/
    /// (logged, and recorded in dataDir/pg-location).
    explicit EmbeddedPostgres(std::filesystem::path dataDir);
    ~EmbeddedPostgres();

    EmbeddedPostgres(const EmbeddedPostgres&) = delete;
    EmbeddedPostgres& operator=(const EmbeddedPostgres&) = delete;

    /// initdb if needed, start postgres, wait until it accepts connections, create the
    /// "laoke" database if missing. Throws std::runtime_error with a clear message.
    /// Must be called before the server starts any thread (fork safety).
    void start();

    /// Fast shutdown (SIGINT) and wait for exit. Idempotent.
    void stop();

    /// libpq URL of the "laoke" database, e.g. "postgresql:///laoke?host=/dir/run&user=laoke".
    std::string connectionUrl() const;

    std::filesystem::path clusterDir() const;
    pid_t pid() const { return m_pid; }

private:
    std::filesystem::path m_dataDir;
    std::filesystem::path m_clusterDir;
    pid_t m_pid = -1;
};

}  // namespace laoke::db
