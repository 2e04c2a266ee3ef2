// laoke-bench-requests: round-trip latency of requests against a running laoke-server,
// measured from the client side over real TLS (what a user waits for). Not a test: run it
// through scripts/bench.sh, which starts a server, and copy the figures to
// docs/performance.md.
//
//   laoke-bench-requests HOST:PORT USER PASSWORD [COUNT] [CONNECTIONS]

#include "RawClient.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace proto = laoke::protocol;
using Clock = std::chrono::steady_clock;

namespace {

struct Figures {
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

Figures summarise(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) { return samples[std::min(samples.size() - 1, static_cast<std::size_t>(q * samples.size()))]; };
    return {at(0.50), at(0.95), at(0.99), samples.back()};
}

// Runs `count` requests on each of `connections` logged-in connections in parallel.
std::vector<double> measure(const std::string& host, std::uint16_t port, const std::string& user,
                            const std::string& password, int count, int connections,
                            const std::function<proto::Envelope()>& makeRequest)
{
    std::vector<std::vector<double>> perThread(connections);
    std::vector<std::thread> threads;
    for (int t = 0; t < connections; ++t) {
        threads.emplace_back([&, t]() {
            laoke::test::RawClient client(host, port);
            const auto login = client.login(user, password);
            if (!login.has_login_reply()) {
                std::fprintf(stderr, "login failed: %s\n", login.DebugString().c_str());
                std::exit(1);
            }
            for (int i = 0; i < count; ++i) {
                const auto start = Clock::now();
                const auto reply = client.call(makeRequest());
                const auto end = Clock::now();
                if (reply.has_error()) {
                    std::fprintf(stderr, "request failed: %s\n", reply.DebugString().c_str());
                    std::exit(1);
                }
                perThread[t].push_back(std::chrono::duration<double, std::milli>(end - start).count());
            }
        });
    }
    for (auto& thread : threads) thread.join();
    std::vector<double> all;
    for (auto& samples : perThread) all.insert(all.end(), samples.begin(), samples.end());
    return all;
}

void report(const char* name, const std::vector<double>& samples)
{
    const Figures f = summarise(samples);
    std::printf("| %-22s | %6zu | %7.2f | %7.2f | %7.2f | %7.2f |\n", name, samples.size(), f.p50, f.p95, f.p99, f.max);
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s HOST:PORT USER PASSWORD [COUNT] [CONNECTIONS]\n", argv[0]);
        return 2;
    }
    const std::string address = argv[1];
    const auto colon = address.rfind(':');
    const std::string host = address.substr(0, colon);
    const auto port = static_cast<std::uint16_t>(std::stoi(address.substr(colon + 1)));
    const std::string user = argv[2];
    const std::string password = argv[3];
    const int count = argc > 4 ? std::stoi(argv[4]) : 2000;
    const int connections = argc > 5 ? std::stoi(argv[5]) : 4;

    std::printf("%d requests per connection, %d connections in parallel; milliseconds\n\n", count, connections);
    std::printf("| request                | count  |   p50   |   p95   |   p99   |   max   |\n");
    std::printf("|------------------------|--------|---------|---------|---------|---------|\n");
    report("ping", measure(host, port, user, password, count, connections, [] {
               proto::Envelope e;
               e.mutable_ping();
               return e;
           }));
    report("who_am_i", measure(host, port, user, password, count, connections, [] {
               proto::Envelope e;
               e.mutable_who_am_i();
               return e;
           }));
    report("list_users", measure(host, port, user, password, count, connections, [] {
               proto::Envelope e;
               e.mutable_list_users();
               return e;
           }));
    report("list_branches", measure(host, port, user, password, count, connections, [] {
               proto::Envelope e;
               e.mutable_list_branches();
               return e;
           }));

    // Logins are dominated by argon2id on purpose; measured sequentially on fresh connections.
    std::vector<double> logins;
    for (int i = 0; i < std::max(20, count / 100); ++i) {
        laoke::test::RawClient client(host, port);
        client.hello();
        proto::Envelope login;
        login.mutable_login()->set_username(user);
        login.mutable_login()->set_password(password);
        const auto start = Clock::now();
        const auto reply = client.call(login);
        logins.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!reply.has_login_reply()) {
            std::fprintf(stderr, "login failed: %s\n", reply.DebugString().c_str());
            return 1;
        }
    }
    report("login (argon2id)", logins);
    return 0;
}
