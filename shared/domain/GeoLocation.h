#pragma once
// A customer's own coordinates as people enter them: copied from a map's coordinate picker.
// Chinese map pickers (高德, 百度) give "longitude,latitude"; GPS apps and foreign maps give
// "latitude, longitude". Inside China the two ranges do not overlap (latitude 3..54,
// longitude 73..136), so either order is read unambiguously and nobody has to know which
// their map uses.

#include "laoke.pb.h"

#include <optional>
#include <string>
#include <string_view>

namespace laoke::domain {

/// Inside China's bounds (and finite).
bool isInChina(const protocol::GeoPoint& point);

/// Two decimal numbers separated by a comma (also "，"), semicolon or spaces, in either order;
/// nullopt when the text is not two numbers or not a point in China.
std::optional<protocol::GeoPoint> parseLocation(std::string_view text);

/// "39.992861, 116.310316": latitude first, six decimals, what parseLocation reads back.
std::string locationText(const protocol::GeoPoint& point);

}  // namespace laoke::domain
