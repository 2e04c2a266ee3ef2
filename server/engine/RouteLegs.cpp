#include "engine/RouteLegs.h"

#include "engine/BusinessDate.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace laoke::engine {
namespace {

struct Place {
    std::string city;
    std::optional<GeoPoint> location;
};

std::optional<GeoPoint> pointOf(const Place& place)
{
    return place.location ? place.location : cityCentre(place.city);
}

std::optional<TravelEstimate> leg(const Place& from, const Place& to)
{
    if (!from.location && !to.location && sameCity(from.city, to.city)) return std::nullopt;
    const auto a = pointOf(from);
    const auto b = pointOf(to);
    if (!a || !b) return std::nullopt;
    TravelEstimate estimate = travelBetween(*a, *b);
    estimate.roadKm = std::max(estimate.roadKm, 1);  // next door is still a trip, and 0 reads as "unknown"
    return estimate;
}

long long chinaDay(std::int64_t unix)
{
    return chinaDate(std::chrono::system_clock::time_point(std::chrono::seconds(unix))).time_since_epoch().count();
}

}  // namespace

std::vector<std::optional<TravelEstimate>> routeLegs(const std::vector<RouteStop>& stops,
                                                     const std::map<std::int64_t, std::string>& homeCities)
{
    std::vector<std::size_t> order(stops.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tuple(stops[a].engineerId, stops[a].startsAtUnix) < std::tuple(stops[b].engineerId, stops[b].startsAtUnix);
    });
    std::vector<std::optional<TravelEstimate>> legs(stops.size());
    std::optional<Place> previous;
    std::int64_t engineer = 0;
    long long day = 0;
    for (const std::size_t i : order) {
        const RouteStop& stop = stops[i];
        if (stop.cancelled) continue;
        const long long stopDay = chinaDay(stop.startsAtUnix);
        if (!previous || stop.engineerId != engineer || stopDay != day) {
            const auto home = homeCities.find(stop.engineerId);
            previous = home == homeCities.end() ? std::optional<Place>() : Place{home->second, std::nullopt};
            engineer = stop.engineerId;
            day = stopDay;
        }
        const Place here{stop.city, stop.location};
        if (previous) legs[i] = leg(*previous, here);
        previous = here;
    }
    return legs;
}

}  // namespace laoke::engine
