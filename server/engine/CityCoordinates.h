#pragma once
// Where Chinese cities are, for travel estimates in dispatch: the prefecture-level cities the
// channel partners' customers are concentrated in (every provincial capital, the cities of
// the demo data, and the denser prefectures of 华东, 华南 and 华北), with the straight-line
// distance between two of them and a road estimate.
//
// The coordinates are the city centres to about 0.01° (≈1 km), which is finer than anything a
// city-to-city estimate can promise. A city not listed has no coordinates: callers say nothing
// about travel rather than guess.

#include <optional>
#include <string_view>

namespace laoke::engine {

struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
};

/// The centre of a city by its name, with or without the trailing 市 ("苏州", "苏州市").
std::optional<GeoPoint> cityCentre(std::string_view city);

/// Great-circle distance in kilometres.
double distanceKm(GeoPoint from, GeoPoint to);

struct TravelEstimate {
    int roadKm = 0;   ///< straight line × 1.3, the usual detour of Chinese roads between cities
    int minutes = 0;  ///< at 60 km/h door to door, plus 20 minutes to get out of and into town
};

/// Between two different cities; nullopt when either is not known.
std::optional<TravelEstimate> travelBetween(std::string_view fromCity, std::string_view toCity);
/// From a city's centre to a place (a customer's own coordinates); nullopt for an unknown city.
std::optional<TravelEstimate> travelTo(std::string_view fromCity, GeoPoint to);
/// Between two places, by the same road factor and speed.
TravelEstimate travelBetween(GeoPoint from, GeoPoint to);

/// The same city after normalisation ("苏州市" is "苏州"); false if either is empty.
bool sameCity(std::string_view a, std::string_view b);

}  // namespace laoke::engine
