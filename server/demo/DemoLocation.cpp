#include "demo/DemoLocation.h"

#include <cmath>

namespace laoke::demo {
namespace {

// splitmix64: a well-mixed value per id, and the next from it.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double unit(std::uint64_t bits) { return static_cast<double>(bits >> 11) / static_cast<double>(1ULL << 53); }

double rounded(double degrees) { return std::round(degrees * 1e6) / 1e6; }  // what a map picker gives

}  // namespace

std::optional<engine::GeoPoint> demoLocation(std::int64_t customerId, std::string_view city)
{
    const std::uint64_t first = mix(static_cast<std::uint64_t>(customerId) ^ 0x6c616f6b65ULL);
    if (unit(first) >= 1.0 / 3.0) return std::nullopt;
    const auto centre = engine::cityCentre(city);
    if (!centre) return std::nullopt;
    const std::uint64_t second = mix(first);
    const std::uint64_t third = mix(second);
    constexpr double kPi = 3.14159265358979323846;
    const double km = 1.0 + 17.0 * std::sqrt(unit(second));  // spread like a city's offices: more towards the edge
    const double angle = 2.0 * kPi * unit(third);
    const double kmPerDegree = 111.2;
    engine::GeoPoint point;
    point.latitude = rounded(centre->latitude + km * std::sin(angle) / kmPerDegree);
    point.longitude = rounded(centre->longitude + km * std::cos(angle) / (kmPerDegree * std::cos(centre->latitude * kPi / 180.0)));
    return point;
}

}  // namespace laoke::demo
