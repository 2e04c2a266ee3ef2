#include "app/Config.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace laoke::app {

std::optional<Config> parseCommandLine(int argc, char** argv, int& exitCode)
{
    Config config;
    CLI::App app{"laoke-server: the Laoke CRM server (TLS protocol, PostgreSQL storage)"};
    app.set_version_flag("--version", LAOKE_VERSION);

    std::string dataDir = config.dataDir.string();
    std::string listen = config.listenHost + ":" + std::to_string(config.listenPort);
    std::string tlsCert;
    std::string tlsKey;
    std::string statusFile;

    app.add_option("--data-dir", dataDir, "Data directory (TLS keys, embedded PostgreSQL)")->capture_default_str();
    app.add_option("--database", config.databaseUrl,
                   "PostgreSQL URL of an existing database; without it the embedded PostgreSQL runs in DIR/pg")
        ->envname("LAOKE_DATABASE_URL");
    app.add_option("--listen", listen, "Address to listen on, HOST:PORT")->capture_default_str();
    auto* cert = app.add_option("--tls-cert", tlsCert, "Server certificate chain (PEM) instead of the generated one");
    auto* key = app.add_option("--tls-key", tlsKey, "Private key (PEM) of --tls-cert");
    cert->needs(key);
    key->needs(cert);
    app.add_flag("--demo", config.demo,
                 "Create demo branches and users (password laoke-demo) and, on first start, demo customers");
    app.add_option("--demo-customers", config.demoCustomers, "How many demo customers --demo loads on first start")
        ->check(CLI::Range(0LL, 10000000LL))
        ->capture_default_str();
    app.add_option("--demo-service-history", config.demoServiceHistory,
                   "Demo loads also make months of tickets, visits, callbacks, complaints and engineer skills (true/false)")
        ->capture_default_str();
    app.add_option("--log-level", config.logLevel, "trace, debug, info, warn, error")
        ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error"}))
        ->capture_default_str();
    app.add_option("--status-file", statusFile, "Write the address and certificate fingerprint here once serving");
    app.add_option("--workers", config.workerThreads, "Worker threads for database work and hashing")
        ->check(CLI::Range(1, 256))
        ->capture_default_str();
    app.add_option("--max-queued", config.maxQueuedRequests, "Requests queued before the server answers BUSY")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    app.add_option("--session-idle-seconds", config.sessionIdleSeconds, "A session unused this long expires")
        ->check(CLI::Range(60LL, 30LL * 24 * 3600))
        ->capture_default_str();
    app.add_option("--sla-watch-seconds", config.slaWatchSeconds, "How often SLA warnings and breaches are looked for")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    // Tests only: argon2id at minimal cost, so a test suite can log in hundreds of times.
    app.add_flag("--insecure-fast-password-hash", config.insecureFastPasswordHash)->group("");

    auto* migrate = app.add_subcommand("migrate", "Apply database migrations and exit");
    migrate->fallthrough();

    auto* demoData = app.add_subcommand(
        "demo-data", "Generate demo customers (with contacts, products, contracts, activities) into the database and exit");
    demoData->fallthrough();
    demoData->add_option("--customers", config.demoCustomers, "How many customers")
        ->check(CLI::Range(1LL, 10000000LL))
        ->capture_default_str();
    demoData->add_option("--seed", config.demoSeed, "Random seed: the same seed gives the same data")->capture_default_str();
    demoData->add_flag("--append", config.demoAppend, "Add to a database that already holds customers");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        exitCode = app.exit(e);
        return std::nullopt;
    }

    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0) {
        std::cerr << "laoke-server: --listen must be HOST:PORT, got '" << listen << "'\n";
        exitCode = 2;
        return std::nullopt;
    }
    try {
        const int port = std::stoi(listen.substr(colon + 1));
        if (port < 0 || port > 65535) throw std::out_of_range("port");
        config.listenPort = static_cast<std::uint16_t>(port);
    } catch (const std::exception&) {
        std::cerr << "laoke-server: --listen has an invalid port in '" << listen << "'\n";
        exitCode = 2;
        return std::nullopt;
    }
    config.listenHost = listen.substr(0, colon);
    if (config.listenHost.size() > 2 && config.listenHost.front() == '[' && config.listenHost.back() == ']') {
        config.listenHost = config.listenHost.substr(1, config.listenHost.size() - 2);
    }
    config.dataDir = dataDir;
    config.tlsCertificate = tlsCert;
    config.tlsKey = tlsKey;
    config.statusFile = statusFile;
    if (migrate->parsed()) config.command = Config::Command::Migrate;
    if (demoData->parsed()) config.command = Config::Command::DemoData;
    exitCode = 0;
    return config;
}

}  // namespace laoke::app
