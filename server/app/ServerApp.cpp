#include "app/ServerApp.h"

#include "app/Bootstrap.h"
#include "app/DemoData.h"
#include "demo/DemoKnowledgeBase.h"
#include "db/CustomerSearchIndex.h"
#include "db/SlaWatch.h"
#include "db/Database.h"
#include "db/EmbeddedPostgres.h"
#include "db/MigrationRunner.h"
#include "engine/PasswordHasher.h"
#include "handlers/Dispatcher.h"
#include "net/EventFeed.h"
#include "net/Listener.h"
#include "net/TlsMaterial.h"
#include "net/WorkerPool.h"

#include <asio.hpp>
#include <asio/ssl.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <unistd.h>

#include <fstream>
#include <optional>
#include <thread>

namespace laoke::app {
namespace {

std::string hostName()
{
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) return "localhost";
    return name;
}

void writeStatusFile(const std::filesystem::path& path, const std::string& listen, const std::string& fingerprint)
{
    const nlohmann::json status = {{"listen", listen}, {"fingerprint", fingerprint}, {"pid", ::getpid()}};
    const auto temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << status.dump() << "\n";
        if (!out) throw std::runtime_error("cannot write the status file " + temporary);
    }
    std::filesystem::rename(temporary, path);
}

std::vector<db::AppliedMigration> migrate(const std::string& url)
{
    auto applied = db::MigrationRunner(url, db::embeddedMigrations()).run();
    for (const auto& migration : applied) {
        spdlog::info("applied migration V{:04d} {}", migration.version, migration.name);
    }
    if (applied.empty()) spdlog::info("database schema is up to date");
    return applied;
}

net::TlsMaterial tlsMaterial(const Config& config)
{
    if (!config.tlsCertificate.empty()) {
        return net::loadTlsMaterial(config.tlsCertificate, config.tlsKey);
    }
    std::vector<std::string> names{hostName()};
    if (config.listenHost != "0.0.0.0" && config.listenHost != "::") names.push_back(config.listenHost);
    return net::loadOrCreateTlsMaterial(config.dataDir / "tls", names);
}

int serve(const Config& config, const std::string& databaseUrl)
{
    const engine::PasswordHasher passwords(config.insecureFastPasswordHash ? engine::PasswordHasher::Cost::InsecureFast
                                                                           : engine::PasswordHasher::Cost::Interactive);
    if (config.insecureFastPasswordHash) {
        spdlog::warn("password hashing at minimal cost (--insecure-fast-password-hash): for tests only");
    }
    db::Database database(databaseUrl, config.workerThreads);
    database.checkReachable();
    if (config.demo) {
        ensureDemoAccounts(database, passwords);
        // The articles first: the demo history links the ones its engineers solved tickets with.
        demo::ensureDemoKnowledgeBase(database);
        loadDemoCustomersOnFirstStart(config, databaseUrl);
    } else {
        ensureInitialAdmin(database, passwords, config.dataDir);
    }
    ensureServiceLevels(database);

    // Before listening: searches are answered from memory from the first request on.
    db::CustomerSearchIndex searchIndex(database);
    searchIndex.build();

    const net::TlsMaterial tls = tlsMaterial(config);
    asio::ssl::context tlsContext(asio::ssl::context::tls_server);
    net::configureServerContext(tlsContext, tls);

    asio::io_context io(static_cast<int>(config.ioThreads));
    net::WorkerPool pool(config.workerThreads, config.maxQueuedRequests);
    handlers::Services services{database, passwords, engine::LoginThrottle{}, config.sessionIdleSeconds, LAOKE_VERSION,
                                &searchIndex};
    handlers::Dispatcher dispatcher(services);
    net::SessionLimits limits;
    limits.maxFrameBytes = config.maxFrameBytes;
    const auto endpoint = asio::ip::tcp::endpoint(asio::ip::make_address(config.listenHost), config.listenPort);
    net::Listener listener(io, tlsContext, endpoint, dispatcher, pool, limits);
    listener.start();
    net::EventFeed events(databaseUrl, listener);
    events.start();
    db::SlaWatch slaWatch(database, *services.serviceLevels, std::chrono::seconds(config.slaWatchSeconds));
    slaWatch.start();

    const auto bound = listener.localEndpoint();
    const std::string address = (bound.address().is_v6() ? "[" + bound.address().to_string() + "]" : bound.address().to_string()) +
                                ":" + std::to_string(bound.port());
    spdlog::info("laoke-server {} listening on {}", LAOKE_VERSION, address);
    spdlog::info("TLS certificate fingerprint (SHA-256): {}", tls.fingerprintSha256);
    if (!config.statusFile.empty()) writeStatusFile(config.statusFile, address, tls.fingerprintSha256);

    std::thread stopper;
    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const asio::error_code& ec, int signal) {
        if (ec) return;
        spdlog::info("received signal {}; shutting down", signal);
        // The drain waits for sessions that need the I/O threads, so it runs on its own thread.
        stopper = std::thread([&]() {
            listener.shutdown();
            const auto timeout = std::chrono::seconds(config.shutdownTimeoutSeconds);
            if (!listener.waitForSessions(timeout)) {
                spdlog::warn("some connections did not finish within {} s; closing them", timeout.count());
            }
            pool.shutdown(std::chrono::seconds(2));
            io.stop();
        });
    });

    std::vector<std::thread> ioThreads;
    for (std::size_t i = 1; i < config.ioThreads; ++i) {
        ioThreads.emplace_back([&io]() { io.run(); });
    }
    io.run();
    for (auto& thread : ioThreads) thread.join();
    if (stopper.joinable()) stopper.join();
    spdlog::info("laoke-server stopped");
    return 0;
}

}  // namespace

int runServer(const Config& config)
{
    try {
        std::filesystem::create_directories(config.dataDir);
        std::optional<db::EmbeddedPostgres> embedded;
        std::string databaseUrl = config.databaseUrl;
        if (databaseUrl.empty()) {
            // Started before any thread exists: it forks.
            embedded.emplace(std::filesystem::absolute(config.dataDir));
            embedded->start();
            databaseUrl = embedded->connectionUrl();
            spdlog::info("embedded PostgreSQL running in {}", embedded->clusterDir().string());
        }
        migrate(databaseUrl);
        if (config.command == Config::Command::Migrate) {
            return 0;
        }
        if (config.command == Config::Command::DemoData) {
            return runDemoData(config, databaseUrl);
        }
        return serve(config, databaseUrl);
    } catch (const db::MigrationError& e) {
        spdlog::critical("migration failed; the database was left as it was: {}", e.what());
        return 1;
    } catch (const std::exception& e) {
        spdlog::critical("laoke-server cannot run: {}", e.what());
        return 1;
    }
}

}  // namespace laoke::app
