#include "db/EmbeddedPostgres.h"

#include <algorithm>

#include <libpq-fe.h>
#include <openssl/evp.h>
#include <pqxx/pqxx>
#include <spdlog/spdlog.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace laoke::db {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

// PostgreSQL's defaults (128 MB of shared buffers) are sized for a shared machine; the
// embedded cluster is the server's own, so it takes a quarter of the memory (at most 8 GB)
// for its cache and tells the planner about the rest. SSD-like random reads; no JIT (it
// adds tens of milliseconds to large interactive queries and saves nothing here).
std::vector<std::string> memorySettings()
{
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    const long long totalMb = pages > 0 && pageSize > 0 ? static_cast<long long>(pages) * pageSize / (1024 * 1024) : 0;
    const long long sharedMb = std::clamp(totalMb / 4, 128LL, 8192LL);
    const long long cacheMb = std::max(totalMb / 2, sharedMb);
    return {"shared_buffers=" + std::to_string(sharedMb) + "MB", "effective_cache_size=" + std::to_string(cacheMb) + "MB",
            "work_mem=16MB", "maintenance_work_mem=256MB", "random_page_cost=1.1", "jit=off"};
}

const fs::path kPostgresBin = "/usr/lib/postgresql/15/bin";
const fs::path kFallbackRoot = "/var/lib/laoke/clusters";
constexpr const char* kSuperuser = "laoke";
constexpr const char* kDatabase = "laoke";
constexpr auto kStartTimeout = 30s;
constexpr auto kRecoveryTimeout = 10min;
constexpr auto kStopTimeout = 30s;
constexpr auto kPreviousInstanceGrace = 5s;

/// The account initdb and postgres run as: `postgres` when we are root, ourselves otherwise.
struct Account {
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

Account resolveAccount()
{
    if (geteuid() != 0) {
        return {false, geteuid(), getegid()};
    }
    const passwd* entry = getpwnam("postgres");
    if (entry == nullptr) {
        throw std::runtime_error(
            "laoke-server runs as root, and PostgreSQL refuses to run as root, but there is no 'postgres' "
            "account to run the embedded database as. Install the postgresql-15 package (it creates the "
            "account), run laoke-server as an unprivileged user, or point it at an existing PostgreSQL "
            "with --database.");
    }
    return {true, entry->pw_uid, entry->pw_gid};
}

// Runs in the forked child only: async-signal-safe calls, no allocation.
[[noreturn]] void childFail(const char* what)
{
    const int error = errno;
    (void)!write(STDERR_FILENO, "laoke-server: ", 14);
    (void)!write(STDERR_FILENO, what, std::strlen(what));
    (void)!write(STDERR_FILENO, ": ", 2);
    const char* reason = strerrordesc_np(error);
    if (reason != nullptr) {
        (void)!write(STDERR_FILENO, reason, std::strlen(reason));
    }
    (void)!write(STDERR_FILENO, "\n", 1);
    _exit(127);
}

// Runs in the forked child: drops root for the postgres account and ties the child's life
// to ours. PR_SET_PDEATHSIG comes after setuid because changing credentials clears it.
void becomeAccount(const Account& account, pid_t parent, int deathSignal)
{
    if (account.switchUser) {
        if (setgroups(1, &account.gid) != 0) childFail("setgroups");
        if (setgid(account.gid) != 0) childFail("setgid");
        if (setuid(account.uid) != 0) childFail("setuid");
    }
    if (prctl(PR_SET_PDEATHSIG, deathSignal) != 0) childFail("prctl(PR_SET_PDEATHSIG)");
    // The parent may have died between fork and prctl; then nobody would ever signal us.
    if (getppid() != parent) _exit(126);
}

// Inherited ignored signals and a blocked mask survive exec and would confuse postgres.
void resetSignals()
{
    struct sigaction action {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (int sig = 1; sig < NSIG; ++sig) {
        if (sig != SIGKILL && sig != SIGSTOP) {
            sigaction(sig, &action, nullptr);
        }
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
}

/// Forks and execs `args` as `account`, stdin from /dev/null, stdout and stderr to `outputFd`;
/// the child receives `deathSignal` when we die. It gets its own process group, so a Ctrl-C in
/// the server's terminal reaches only the server, which then shuts postgres down in order.
pid_t spawn(const Account& account, const std::vector<std::string>& args, int outputFd, int deathSignal)
{
    std::vector<char*> argv;
    for (const std::string& arg : args) {
        argv.push_back(const_cast<char*>(arg.c_str()));
    }
    argv.push_back(nullptr);

    const pid_t parent = getpid();
    const pid_t child = fork();
    if (child < 0) {
        throw std::runtime_error(std::string("could not fork to start ") + args.front() + ": " + std::strerror(errno));
    }
    if (child > 0) {
        return child;
    }

    setpgid(0, 0);
    resetSignals();
    const int devNull = open("/dev/null", O_RDONLY);
    if (devNull < 0 || dup2(devNull, STDIN_FILENO) < 0) childFail("open /dev/null");
    if (dup2(outputFd, STDOUT_FILENO) < 0 || dup2(outputFd, STDERR_FILENO) < 0) childFail("dup2");
    close_range(3, ~0U, 0);
    becomeAccount(account, parent, deathSignal);
    if (chdir("/") != 0) childFail("chdir /");
    execv(argv[0], argv.data());
    childFail(argv[0]);
}

/// Waits for `pid` up to `timeout`; returns its wait status, or nullopt if it still runs.
std::optional<int> waitFor(pid_t pid, std::chrono::steady_clock::duration timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        int status = 0;
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid || (done < 0 && errno == ECHILD)) {
            return status;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            return std::nullopt;
        }
        std::this_thread::sleep_for(50ms);
    }
}

int waitUntilExit(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            throw std::runtime_error(std::string("waiting for a child process failed: ") + std::strerror(errno));
        }
    }
    return status;
}

std::string describeStatus(int status)
{
    if (WIFEXITED(status)) {
        return "exited with status " + std::to_string(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        return std::string("was killed by signal ") + strsignal(WTERMSIG(status));
    }
    return "stopped";
}

std::string readTail(const fs::path& file, std::size_t maxLines = 30)
{
    std::ifstream in(file);
    if (!in) {
        return "(no output: " + file.string() + " is missing)";
    }
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        lines.push_back(std::move(line));
    }
    std::ostringstream out;
    const std::size_t first = lines.size() > maxLines ? lines.size() - maxLines : 0;
    for (std::size_t i = first; i < lines.size(); ++i) {
        out << "  | " << lines[i] << '\n';
    }
    return out.str();
}

int openLog(const fs::path& file, const Account& account)
{
    const int fd = open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        throw std::runtime_error("cannot write " + file.string() + ": " + std::strerror(errno));
    }
    if (account.switchUser && fchown(fd, account.uid, account.gid) != 0) {
        close(fd);
        throw std::runtime_error("cannot hand " + file.string() + " to the postgres account: " + std::strerror(errno));
    }
    return fd;
}

/// Creates `dir` (and missing parents) with `mode`, owned by `account` when we switch users.
void makeOwnedDirectory(const fs::path& dir, mode_t mode, const Account& account)
{
    std::error_code error;
    fs::create_directories(dir, error);
    if (error) {
        throw std::runtime_error("cannot create " + dir.string() + ": " + error.message());
    }
    if (account.switchUser && chown(dir.c_str(), account.uid, account.gid) != 0) {
        throw std::runtime_error("cannot give " + dir.string() + " to the postgres account: " + std::strerror(errno));
    }
    if (chmod(dir.c_str(), mode) != 0) {
        throw std::runtime_error("cannot set the permissions of " + dir.string() + ": " + std::strerror(errno));
    }
}

/// Whether `account` can reach (search) `dir`: every ancestor must let it through. Checked
/// in a forked child with the account's credentials, which is exactly what postgres will have.
bool reachableBy(const Account& account, const fs::path& dir)
{
    const pid_t child = fork();
    if (child < 0) {
        throw std::runtime_error(std::string("could not fork: ") + std::strerror(errno));
    }
    if (child == 0) {
        if (setgroups(1, &account.gid) != 0 || setgid(account.gid) != 0 || setuid(account.uid) != 0) {
            _exit(2);
        }
        _exit(access(dir.c_str(), X_OK) == 0 ? 0 : 1);
    }
    const int status = waitUntilExit(child);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

std::string shortHash(const std::string& text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < 4 && i < length; ++i) {
        hex.push_back(kHex[digest[i] >> 4]);
        hex.push_back(kHex[digest[i] & 0x0F]);
    }
    return hex;
}

/// A readable, unique directory name for a data dir path: "root_work_data-1a2b3c4d".
std::string clusterNameFor(const fs::path& dataDir)
{
    std::string readable;
    for (char c : dataDir.string()) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (plain) {
            readable.push_back(c);
        } else if (!readable.empty() && readable.back() != '_') {
            readable.push_back('_');
        }
    }
    while (!readable.empty() && readable.back() == '_') {
        readable.pop_back();
    }
    if (readable.size() > 48) {
        readable.erase(0, readable.size() - 48);
    }
    return readable + "-" + shortHash(dataDir.string());
}

std::string keywordValue(const fs::path& runDir, const std::string& database)
{
    std::string quoted;
    for (char c : runDir.string()) {
        if (c == '\'' || c == '\\') {
            quoted.push_back('\\');
        }
        quoted.push_back(c);
    }
    return "host='" + quoted + "' dbname=" + database + " user=" + kSuperuser;
}

std::string percentEncode(const std::string& text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (unreserved) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0x0F]);
        }
    }
    return out;
}

/// The pid recorded in postmaster.pid, if that process still exists and is a postgres.
std::optional<pid_t> livePostmaster(const fs::path& pgData)
{
    std::ifstream in(pgData / "postmaster.pid");
    long pid = 0;
    if (!(in >> pid) || pid <= 0) {
        return std::nullopt;
    }
    std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
    std::string name;
    if (!std::getline(comm, name) || (name != "postgres" && name != "postmaster")) {
        return std::nullopt;
    }
    // A zombie still has a comm but no longer holds the cluster.
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string statLine;
    std::getline(stat, statLine);
    const auto close = statLine.rfind(')');
    if (close != std::string::npos && close + 2 < statLine.size() && statLine[close + 2] == 'Z') {
        return std::nullopt;
    }
    return static_cast<pid_t>(pid);
}

/// Where the cluster of `dataDir` lives: dataDir/pg, or when the postgres account cannot
/// reach dataDir, a directory under /var/lib/laoke/clusters recorded in dataDir/pg-location.
fs::path locateCluster(const fs::path& dataDir, const Account& account)
{
    // A cluster placed elsewhere on an earlier start stays there: the location file says where.
    const fs::path locationFile = dataDir / "pg-location";
    std::ifstream recorded(locationFile);
    std::string recordedPath;
    if (recorded && std::getline(recorded, recordedPath) && !recordedPath.empty()) {
        return recordedPath;
    }
    if (!account.switchUser || reachableBy(account, dataDir)) {
        return dataDir / "pg";
    }
    const fs::path clusterDir = kFallbackRoot / clusterNameFor(dataDir);
    makeOwnedDirectory(kFallbackRoot, 0755, Account{});
    std::ofstream location(locationFile, std::ios::trunc);
    location << clusterDir.string() << '\n';
    if (!location.flush()) {
        throw std::runtime_error("cannot write " + locationFile.string());
    }
    spdlog::info("The postgres account cannot reach {}, so the embedded PostgreSQL cluster lives in {} (recorded in {})",
                 dataDir.string(), clusterDir.string(), locationFile.string());
    return clusterDir;
}

// initdb works in data.initdb and the result is renamed to data only when it succeeded, so a
// server killed during initdb never leaves a half-made cluster that a later start would use.
void initCluster(const fs::path& clusterDir, const Account& account)
{
    const fs::path pgData = clusterDir / "data";
    const fs::path unfinished = clusterDir / "data.initdb";
    spdlog::info("Creating the embedded PostgreSQL cluster in {}", pgData.string());
    std::error_code error;
    fs::remove_all(unfinished, error);
    if (error) {
        throw std::runtime_error("cannot remove the unfinished cluster " + unfinished.string() + ": " + error.message());
    }
    const fs::path initdbLog = clusterDir / "initdb.log";
    const int logFd = openLog(initdbLog, account);
    pid_t initdb = -1;
    try {
        // SIGKILL, not SIGQUIT: initdb traps SIGQUIT and would carry on without us.
        initdb = spawn(account,
                       {(kPostgresBin / "initdb").string(), "-D", unfinished.string(), "-A", "trust", "-U", kSuperuser,
                        "-E", "UTF8", "--locale=C.UTF-8"},
                       logFd, SIGKILL);
    } catch (...) {
        close(logFd);
        throw;
    }
    close(logFd);
    const int status = waitUntilExit(initdb);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        throw std::runtime_error("initdb " + describeStatus(status) + " while creating the embedded PostgreSQL cluster in " +
                                 pgData.string() + ". Its output (" + initdbLog.string() + "):\n" + readTail(initdbLog));
    }
    fs::rename(unfinished, pgData, error);
    if (error) {
        throw std::runtime_error("cannot move the new cluster " + unfinished.string() + " to " + pgData.string() + ": " +
                                 error.message());
    }
}

/// PostgreSQL clears a stale postmaster.pid itself; a live one is a previous instance that is
/// still shutting down (given a moment) or another server using this data directory.
void refuseRunningInstance(const fs::path& pgData, const fs::path& dataDir)
{
    const auto deadline = std::chrono::steady_clock::now() + kPreviousInstanceGrace;
    while (auto running = livePostmaster(pgData)) {
        if (std::chrono::steady_clock::now() >= deadline) {
            throw std::runtime_error(
                "A PostgreSQL server (pid " + std::to_string(*running) + ") is already running on the embedded cluster " +
                pgData.string() + ", probably started by another laoke-server using the data directory " +
                dataDir.string() + ". Stop that laoke-server (or that postgres, with kill -INT " +
                std::to_string(*running) + ") and start again.");
        }
        std::this_thread::sleep_for(100ms);
    }
}

/// Waits until postgres `pid` accepts connections. Throws with the end of its log if it exits
/// (then `pid` becomes -1: it is reaped) or stays silent for 30 s; a server that answers
/// "starting up" is replaying WAL after an unclean stop, which must not be cut short, so that
/// gets up to 10 minutes.
void waitUntilReady(pid_t& pid, const std::string& connection, const fs::path& serverLog)
{
    const auto started = std::chrono::steady_clock::now();
    bool recovering = false;
    for (;;) {
        const PGPing ping = PQping(connection.c_str());
        if (ping == PQPING_OK) {
            return;
        }
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            pid = -1;
            throw std::runtime_error("The embedded PostgreSQL " + describeStatus(status) +
                                     " during start-up. The end of its log (" + serverLog.string() + "):\n" +
                                     readTail(serverLog));
        }
        const auto waited = std::chrono::steady_clock::now() - started;
        if (ping == PQPING_REJECT && !recovering && waited >= 3s) {
            recovering = true;
            spdlog::info("The embedded PostgreSQL is still starting up (recovering after an unclean stop?); waiting");
        }
        if (waited >= (recovering ? kRecoveryTimeout : kStartTimeout)) {
            throw std::runtime_error("The embedded PostgreSQL did not accept connections within " +
                                     std::to_string(std::chrono::duration_cast<std::chrono::seconds>(waited).count()) +
                                     " seconds. The end of its log (" + serverLog.string() + "):\n" +
                                     readTail(serverLog));
        }
        std::this_thread::sleep_for(100ms);
    }
}

void ensureDatabase(const std::string& adminConnection)
{
    pqxx::connection admin(adminConnection);
    pqxx::nontransaction tx(admin);
    if (tx.exec("SELECT 1 FROM pg_database WHERE datname = " + tx.quote(kDatabase)).empty()) {
        tx.exec(std::string("CREATE DATABASE ") + kDatabase);
        spdlog::info("Created the database '{}' in the embedded PostgreSQL", kDatabase);
    }
}

}  // namespace

EmbeddedPostgres::EmbeddedPostgres(fs::path dataDir) : m_dataDir(fs::absolute(std::move(dataDir)).lexically_normal())
{
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    try {
        stop();
    } catch (const std::exception& error) {
        spdlog::error("Stopping the embedded PostgreSQL failed: {}", error.what());
    }
}

fs::path EmbeddedPostgres::clusterDir() const
{
    return m_clusterDir;
}

std::string EmbeddedPostgres::connectionUrl() const
{
    return "postgresql:///" + std::string(kDatabase) + "?host=" + percentEncode((m_clusterDir / "run").string()) +
           "&user=" + kSuperuser;
}

void EmbeddedPostgres::start()
{
    if (m_pid > 0) {
        return;
    }
    const Account account = resolveAccount();

    std::error_code error;
    fs::create_directories(m_dataDir, error);
    if (error) {
        throw std::runtime_error("cannot create the data directory " + m_dataDir.string() + ": " + error.message());
    }
    m_clusterDir = locateCluster(m_dataDir, account);
    const fs::path pgData = m_clusterDir / "data";
    const fs::path runDir = m_clusterDir / "run";
    makeOwnedDirectory(m_clusterDir, 0700, account);
    makeOwnedDirectory(runDir, 0700, account);
    if (!fs::exists(pgData / "PG_VERSION")) {
        initCluster(m_clusterDir, account);
    }
    refuseRunningInstance(pgData, m_dataDir);

    const fs::path serverLog = m_clusterDir / "postgres.log";
    if (fs::exists(serverLog)) {
        fs::rename(serverLog, m_clusterDir / "postgres.log.1", error);
    }
    const int logFd = openLog(serverLog, account);
    try {
        std::vector<std::string> arguments{(kPostgresBin / "postgres").string(), "-D", pgData.string(), "-k",
                                           runDir.string(), "-c", "listen_addresses="};
        for (const std::string& setting : memorySettings()) {
            arguments.push_back("-c");
            arguments.push_back(setting);
        }
        m_pid = spawn(account, arguments, logFd, SIGQUIT);
    } catch (...) {
        close(logFd);
        throw;
    }
    close(logFd);
    spdlog::info("Started the embedded PostgreSQL (pid {}), log in {}", m_pid, serverLog.string());

    const std::string adminConnection = keywordValue(runDir, "postgres");
    try {
        waitUntilReady(m_pid, adminConnection, serverLog);
    } catch (...) {
        stop();
        throw;
    }
    try {
        ensureDatabase(adminConnection);
    } catch (const std::exception& failure) {
        stop();
        throw std::runtime_error(std::string("The embedded PostgreSQL started, but creating the database '") +
                                 kDatabase + "' failed: " + failure.what());
    }
}

void EmbeddedPostgres::stop()
{
    if (m_pid <= 0) {
        return;
    }
    const pid_t pid = m_pid;
    m_pid = -1;
    // SIGINT is PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit.
    kill(pid, SIGINT);
    if (waitFor(pid, kStopTimeout)) {
        spdlog::info("The embedded PostgreSQL stopped");
        return;
    }
    spdlog::warn("The embedded PostgreSQL did not stop within 30 seconds; sending SIGQUIT (immediate shutdown)");
    kill(pid, SIGQUIT);
    if (waitFor(pid, 5s)) {
        return;
    }
    kill(pid, SIGKILL);
    waitFor(pid, 5s);
}

}  // namespace laoke::db
