#include "ServerProcess.h"

#include "Processes.h"
#include "TestEnvironment.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace laoke::test {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

constexpr auto kStartTimeout = 60s;
constexpr auto kGracefulStopTimeout = 15s;

fs::path makeTempDataDir()
{
    std::string pattern = "/tmp/laoke-server-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error(std::string("cannot create a temporary data directory: ") + std::strerror(errno));
    }
    // mkdtemp makes it 0700; the postgres account must reach an embedded cluster inside it.
    chmod(pattern.c_str(), 0755);
    return pattern;
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string tailOf(const std::string& text, std::size_t maxLines)
{
    std::size_t start = text.size();
    std::size_t lines = 0;
    while (start > 0) {
        if (text[start - 1] == '\n' && start != text.size() && ++lines >= maxLines) {
            break;
        }
        --start;
    }
    return text.substr(start);
}

/// The directory of the embedded cluster the server keeps for `dataDir` (see EmbeddedPostgres).
fs::path embeddedClusterDir(const fs::path& dataDir)
{
    std::ifstream location(dataDir / "pg-location");
    std::string recorded;
    if (location && std::getline(location, recorded) && !recorded.empty()) {
        return recorded;
    }
    return dataDir / "pg";
}

}  // namespace

ServerProcess::ServerProcess(ServerOptions options)
{
    const std::string binary = requireEnv("LAOKE_SERVER_BIN");
    if (options.dataDir.empty()) {
        m_dataDir = makeTempDataDir();
        m_ownsDataDir = true;
    } else {
        m_dataDir = options.dataDir;
        fs::create_directories(m_dataDir);
    }

    try {
        const fs::path statusFile = m_dataDir / "status.json";
        fs::remove(statusFile);

        std::vector<std::string> args{binary,
                                      "--data-dir",
                                      m_dataDir.string(),
                                      "--listen",
                                      "127.0.0.1:0",
                                      "--status-file",
                                      statusFile.string(),
                                      "--insecure-fast-password-hash"};
        if (!options.databaseUrl.empty()) {
            args.insert(args.end(), {"--database", options.databaseUrl});
        }
        if (options.demo) {
            args.push_back("--demo");
            // --demo also loads 20,000 demo customers on a first start; tests that want them
            // ask with "--demo-customers N" in extraArgs, the others start fast without.
            if (std::find(options.extraArgs.begin(), options.extraArgs.end(), "--demo-customers") == options.extraArgs.end()) {
                args.insert(args.end(), {"--demo-customers", "0"});
            }
        }
        args.insert(args.end(), options.extraArgs.begin(), options.extraArgs.end());
        std::vector<char*> argv;
        for (std::string& arg : args) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);

        const int logFd = open((m_dataDir / "server.log").c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (logFd < 0) {
            throw std::runtime_error("cannot write " + (m_dataDir / "server.log").string() + ": " +
                                     std::strerror(errno));
        }
        const pid_t parent = getpid();
        m_pid = fork();
        if (m_pid == 0) {
            // A test that crashes must not leave servers behind.
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent) _exit(126);
            const int devNull = open("/dev/null", O_RDONLY);
            dup2(devNull, STDIN_FILENO);
            dup2(logFd, STDOUT_FILENO);
            dup2(logFd, STDERR_FILENO);
            close_range(3, ~0U, 0);
            execv(argv[0], argv.data());
            static constexpr char kFailed[] = "ServerProcess: exec of LAOKE_SERVER_BIN failed\n";
            (void)!write(STDERR_FILENO, kFailed, sizeof kFailed - 1);
            _exit(127);
        }
        const int forkError = errno;
        close(logFd);
        if (m_pid < 0) {
            throw std::runtime_error(std::string("cannot fork to start laoke-server: ") + std::strerror(forkError));
        }

        static const std::regex kListen(R"re("listen"\s*:\s*"([^"]*):([0-9]+)")re");
        static const std::regex kFingerprint(R"re("fingerprint"\s*:\s*"([^"]*)")re");
        const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
        for (;;) {
            // The server writes the file atomically (rename), so whatever exists is complete.
            const std::string status = readFile(statusFile);
            std::smatch listen;
            if (std::regex_search(status, listen, kListen)) {
                m_host = listen[1].str();
                m_port = static_cast<std::uint16_t>(std::stoi(listen[2].str()));
                std::smatch fingerprint;
                if (std::regex_search(status, fingerprint, kFingerprint)) {
                    m_fingerprint = fingerprint[1].str();
                }
                break;
            }
            if (reap(false)) {
                throw std::runtime_error(binary + " exited with status " + std::to_string(m_exitStatus) +
                                         " before it was serving. The end of its log:\n" + logTail());
            }
            if (std::chrono::steady_clock::now() >= deadline) {
                throw std::runtime_error(binary + " did not write " + statusFile.string() +
                                         " within 60 seconds. The end of its log:\n" + logTail());
            }
            std::this_thread::sleep_for(50ms);
        }
    } catch (...) {
        stopAndCleanUp();
        throw;
    }
}

ServerProcess::~ServerProcess()
{
    stopAndCleanUp();
}

std::string ServerProcess::address() const
{
    return m_host + ":" + std::to_string(m_port);
}

void ServerProcess::signal(int sig)
{
    if (m_pid > 0 && !m_exited) {
        kill(m_pid, sig);
    }
}

bool ServerProcess::stop(std::chrono::milliseconds timeout)
{
    if (m_pid <= 0 || m_exited) return false;
    kill(m_pid, SIGSTOP);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    const std::filesystem::path tasks = "/proc/" + std::to_string(m_pid) + "/task";
    while (std::chrono::steady_clock::now() < deadline) {
        bool allStopped = true;
        std::error_code error;
        for (const auto& task : std::filesystem::directory_iterator(tasks, error)) {
            std::ifstream stat(task.path() / "stat");
            std::string line;
            std::getline(stat, line);
            // "pid (comm) S ...": the state follows the last ')'; T = stopped.
            const auto close = line.rfind(')');
            if (close == std::string::npos || close + 2 >= line.size() || line[close + 2] != 'T') allStopped = false;
        }
        if (!error && allStopped) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return false;
}

int ServerProcess::waitForExit(std::chrono::seconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!reap(false)) {
        if (std::chrono::steady_clock::now() >= deadline) {
            return -1;
        }
        std::this_thread::sleep_for(20ms);
    }
    return m_exitStatus;
}

std::string ServerProcess::log() const
{
    return readFile(m_dataDir / "server.log");
}

bool ServerProcess::reap(bool block)
{
    if (m_exited) {
        return true;
    }
    if (m_pid <= 0) {
        return false;
    }
    int status = 0;
    pid_t done = 0;
    do {
        done = waitpid(m_pid, &status, block ? 0 : WNOHANG);
    } while (done < 0 && errno == EINTR);
    if (done != m_pid) {
        return false;
    }
    m_exited = true;
    m_exitStatus = WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
    return true;
}

std::string ServerProcess::logTail() const
{
    return tailOf(log(), 40);
}

void ServerProcess::stopAndCleanUp()
{
    if (m_pid > 0 && !m_exited) {
        kill(m_pid, SIGTERM);
        if (waitForExit(kGracefulStopTimeout) < 0) {
            std::cerr << "laoke-server (pid " << m_pid << ") ignored SIGTERM for 15 s; killing it\n";
            kill(m_pid, SIGKILL);
            reap(true);
        }
    }
    if (!m_ownsDataDir || m_dataDir.empty()) {
        return;
    }
    // A killed server's postgres may still be shutting down and writing into its cluster.
    const fs::path cluster = embeddedClusterDir(m_dataDir);
    if (!waitUntilNoProcessWorkingIn(cluster / "data", 10s)) {
        std::cerr << "PostgreSQL is still running in " << cluster << "; leaving " << m_dataDir << " in place\n";
        return;
    }
    std::error_code error;
    if (cluster.parent_path() != m_dataDir) {
        fs::remove_all(cluster, error);
    }
    fs::remove_all(m_dataDir, error);
}

}  // namespace laoke::test
