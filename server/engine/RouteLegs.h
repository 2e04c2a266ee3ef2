#pragma once
// The road between an engineer's visits of one day, so the route says "约 12 公里，35 分钟"
// before each stop and a dispatcher sees a day that cannot be driven. Each visit's place is
// its customer's own coordinates where entered, else its city's centre; the day starts from
// the engineer's home city. Two places known only as the same city's centre say nothing:
// the distance inside a city is what nobody knows then, and "0 km" would be false.

#include "engine/CityCoordinates.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace laoke::engine {

struct RouteStop {
    std::int64_t engineerId = 0;
    std::int64_t startsAtUnix = 0;
    bool cancelled = false;  ///< not driven: no leg, and the next leg starts from the stop before
    std::string city;
    std::optional<GeoPoint> location;
};

/// One leg per stop, in the stops' order (which need not be sorted): from the same engineer's
/// previous stop that China day, the first from their home city. nullopt: a place is unknown,
/// the stop is cancelled, or both ends are the same city's centre.
std::vector<std::optional<TravelEstimate>> routeLegs(const std::vector<RouteStop>& stops,
                                                     const std::map<std::int64_t, std::string>& homeCities);

}  // namespace laoke::engine
