#pragma once
// What the client-side benchmark programs share: the command line (HOST:PORT USER PASSWORD
// [ROUNDS]), a logged-in connection whose failed requests end the program, customers sampled
// across the user's part of the book, and the percentile table row they print.

#include "RawClient.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace laoke::bench {

struct BenchSession {
    std::unique_ptr<test::RawClient> client;
    protocol::Envelope login;
    int rounds = 200;

    /// The reply; a failed request ends the program (a benchmark of errors measures nothing).
    protocol::Envelope call(const protocol::Envelope& request)
    {
        auto reply = client->call(request);
        if (reply.has_error()) {
            std::fprintf(stderr, "request failed: %s\n", reply.DebugString().c_str());
            std::exit(1);
        }
        return reply;
    }
};

/// Connects and logs in from `HOST:PORT USER PASSWORD [ROUNDS]`; prints usage or the failure
/// and exits otherwise.
inline BenchSession openBenchSession(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s HOST:PORT USER PASSWORD [ROUNDS]\n", argv[0]);
        std::exit(2);
    }
    const std::string address = argv[1];
    const auto colon = address.rfind(':');
    BenchSession session;
    session.client = std::make_unique<test::RawClient>(address.substr(0, colon),
                                                       static_cast<std::uint16_t>(std::stoi(address.substr(colon + 1))));
    session.login = session.client->login(argv[2], argv[3]);
    if (!session.login.has_login_reply()) {
        std::fprintf(stderr, "login failed\n");
        std::exit(1);
    }
    session.rounds = argc > 4 ? std::stoi(argv[4]) : 200;
    return session;
}

/// Up to `count` customers spread over the book: pages of ten in code order from random
/// starting codes (the demo generator's codes are C0000001 ...). Exits when there are none.
inline std::vector<protocol::CustomerRow> sampleCustomers(BenchSession& session, std::mt19937& random, std::size_t count)
{
    std::vector<protocol::CustomerRow> rows;
    for (int i = 0; rows.size() < count && i < 40; ++i) {
        protocol::Envelope request;
        auto* search = request.mutable_search_customers();
        search->set_sort(protocol::SORT_BY_CODE);
        search->set_page_size(10);
        char cursor[64];
        std::snprintf(cursor, sizeof cursor, "[\"C%07u\",0]", static_cast<unsigned>(random() % 1000000));
        if (i > 0) search->set_after(cursor);
        const auto page = session.call(request);  // not a temporary's member: range-for would dangle
        for (const auto& row : page.search_customers_reply().rows()) rows.push_back(row);
    }
    if (rows.empty()) {
        std::fprintf(stderr, "the server holds no customers this user can see\n");
        std::exit(1);
    }
    return rows;
}

/// One row of "| name | count | p50 | p95 | p99 | max | per request |" in milliseconds.
inline void report(const char* name, std::vector<double> samples, double perRequest)
{
    if (samples.empty()) return;
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) { return samples[std::min(samples.size() - 1, static_cast<std::size_t>(q * samples.size()))]; };
    std::printf("| %-30s | %5zu | %7.2f | %7.2f | %7.2f | %7.2f | %8.1f |\n", name, samples.size(), at(0.5), at(0.95),
                at(0.99), samples.back(), perRequest);
}

}  // namespace laoke::bench
