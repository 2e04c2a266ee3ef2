#pragma once
// The random numbers of the demo data generator. Deterministic across compilers and standard
// libraries (std::uniform_int_distribution and friends are not: their algorithms are
// unspecified), so the same seed gives the same demo database everywhere.

#include <cmath>
#include <cstdint>
#include <span>

namespace laoke::demo {

/// xoshiro256** (Blackman & Vigna), seeded through splitmix64.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (auto& word : m_state) word = splitmix64(seed);
    }

    /// A generator for one item (a customer), independent of how many numbers earlier items
    /// drew: the data of customer 17 does not change when customer 16's generation changes.
    static DemoRandom forItem(std::uint64_t seed, std::uint64_t item)
    {
        std::uint64_t mixed = seed ^ (item * 0xD1B54A32D192ED03ULL);
        return DemoRandom(splitmix64(mixed));
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [low, high] (both included).
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<std::int64_t>(span == 0 ? next() : next() % span);  // bias < 2^-40 here
    }

    /// An index in [0, count).
    std::size_t index(std::size_t count) { return static_cast<std::size_t>(next() % count); }

    bool chance(double probability) { return unit() < probability; }

    /// An index chosen with the given (non-negative, not all zero) weights.
    std::size_t weighted(std::span<const double> weights)
    {
        double total = 0;
        for (double w : weights) total += w;
        double point = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (point < weights[i]) return i;
            point -= weights[i];
        }
        return weights.size() - 1;
    }

    /// Standard normal (Box-Muller).
    double normal()
    {
        const double u = 1.0 - unit();  // (0, 1]
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.14159265358979323846 * unit());
    }

    /// Log-normal with the given median and the spread that puts p90 at median * p90Ratio.
    double logNormal(double median, double p90Ratio)
    {
        return median * std::exp(normal() * std::log(p90Ratio) / 1.2815515655446004);
    }

    /// Poisson-distributed count (Knuth; fine for the small means used here).
    int poisson(double mean)
    {
        const double limit = std::exp(-mean);
        int k = 0;
        double product = unit();
        while (product > limit) {
            ++k;
            product *= unit();
        }
        return k;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    static std::uint64_t splitmix64(std::uint64_t& state)
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4]{};
};

}  // namespace laoke::demo
