#pragma once
// Where some demo customers are, as if their account managers had entered it from a map: a
// third of the customers of the cities with shipped coordinates get a point 1 to 18 km from
// their city's centre, so dispatch and the engineers' routes show real distances inside a
// city. Derived from the customer's id alone (not the generator's random stream), so adding
// it changed no other demo value.

#include "engine/CityCoordinates.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace laoke::demo {

std::optional<engine::GeoPoint> demoLocation(std::int64_t customerId, std::string_view city);

}  // namespace laoke::demo
