#pragma once
// The real laoke-server binary (path in LAOKE_SERVER_BIN) as a child process of a test:
// started on 127.0.0.1 with an OS-chosen port, ready once it has written its status file,
// and stopped (SIGTERM, then SIGKILL) and cleaned up when the object goes away. End-to-end
// tests use it to check what a user of the installed server would see.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <sys/types.h>

namespace laoke::test {

struct ServerOptions {
    /// Existing database to use; empty = the server starts its own embedded PostgreSQL.
    std::string databaseUrl;
    /// The server's --data-dir; empty = a fresh directory under /tmp (mode 0755, so the
    /// postgres account can reach an embedded cluster in it), removed afterwards.
    std::filesystem::path dataDir;
    bool demo = true;  ///< --demo, without demo customers unless extraArgs has --demo-customers N
    std::vector<std::string> extraArgs;
};

class ServerProcess {
public:
    /// Starts the server and waits up to 60 s for its status file. Throws with the end of
    /// server.log if the server exits first or does not come up in time.
    explicit ServerProcess(ServerOptions options);
    /// SIGTERM, up to 15 s for a graceful exit, then SIGKILL; removes a temporary data dir.
    ~ServerProcess();

    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    std::string host() const { return m_host; }
    std::uint16_t port() const { return m_port; }
    /// "host:port", as a client would be told to connect to.
    std::string address() const;
    /// The TLS certificate fingerprint the server reported ("AB:CD:...").
    std::string fingerprint() const { return m_fingerprint; }
    pid_t pid() const { return m_pid; }
    std::filesystem::path dataDir() const { return m_dataDir; }

    /// Sends `sig` to the server, unless it has already exited.
    void signal(int sig);
    /// Sends SIGSTOP and returns once every thread of the server is stopped (a signal is
    /// delivered asynchronously: a thread running on another core can still answer a request
    /// sent right after kill()). False if that did not happen within `timeout`.
    bool stop(std::chrono::milliseconds timeout = std::chrono::seconds(5));
    /// Waits for the server to exit: its exit status, 128 + the signal number if a signal
    /// ended it, or -1 if it is still running after `timeout`.
    int waitForExit(std::chrono::seconds timeout);
    /// Everything the server wrote to stdout and stderr so far (dataDir/server.log).
    std::string log() const;

private:
    bool reap(bool block);
    std::string logTail() const;
    void stopAndCleanUp();

    std::filesystem::path m_dataDir;
    bool m_ownsDataDir = false;
    pid_t m_pid = -1;
    bool m_exited = false;
    int m_exitStatus = -1;
    std::string m_host;
    std::uint16_t m_port = 0;
    std::string m_fingerprint;
};

}  // namespace laoke::test
