#pragma once
// What the client-side benchmark programs share: the percentile table row they print.

#include <algorithm>
#include <cstdio>
#include <vector>

namespace laoke::bench {

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
