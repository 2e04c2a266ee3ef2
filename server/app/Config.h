#pragma once
// laoke-server's configuration from the command line (and LAOKE_DATABASE_URL).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace laoke::app {

struct Config {
    enum class Command {
        Serve,    ///< migrate, then serve until SIGINT/SIGTERM
        Migrate,  ///< apply migrations and exit
        DemoData, ///< apply migrations, load generated demo customers, exit
    };

    Command command = Command::Serve;
    std::filesystem::path dataDir = "laoke-data";
    std::string databaseUrl;  ///< empty: run the embedded PostgreSQL in dataDir
    std::string listenHost = "127.0.0.1";
    std::uint16_t listenPort = 7443;
    std::filesystem::path tlsCertificate;
    std::filesystem::path tlsKey;
    bool demo = false;
    /// demo-data --customers; with --demo, how many customers a first start loads (0: none).
    long long demoCustomers = 20000;
    unsigned long long demoSeed = 1;  ///< demo-data --seed
    bool demoAppend = false;          ///< demo-data --append
    /// Demo loads also generate the service history (tickets, visits, callbacks, complaints, skills).
    bool demoServiceHistory = true;
    std::string logLevel = "info";
    std::filesystem::path statusFile;  ///< written once serving: {"listen","fingerprint","pid"}
    bool insecureFastPasswordHash = false;
    std::size_t workerThreads = 4;
    std::size_t ioThreads = 2;
    std::size_t maxQueuedRequests = 256;
    std::size_t maxFrameBytes = 1024 * 1024;
    long long sessionIdleSeconds = 12 * 3600;
    int slaWatchSeconds = 30;  ///< how often SLA warnings and breaches are looked for
    int shutdownTimeoutSeconds = 10;
};

/// Parses the command line. Returns nullopt after printing help or an error, with the exit
/// code in `exitCode` (0 for --help, 2 for a usage error).
std::optional<Config> parseCommandLine(int argc, char** argv, int& exitCode);

}  // namespace laoke::app
