#include "domain/GeoLocation.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace laoke::domain {
namespace {

constexpr double kSouth = 3, kNorth = 54, kWest = 73, kEast = 136;

bool isLatitude(double value) { return value >= kSouth && value <= kNorth; }
bool isLongitude(double value) { return value >= kWest && value <= kEast; }

// The numbers of an ASCII text separated by commas, semicolons or white space.
std::optional<std::vector<double>> numbers(std::string_view text)
{
    std::vector<double> found;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const bool starts = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
        if (!starts) {
            const bool separator = c == ',' || c == ';' || c == ' ' || c == '\t';
            if (!separator) return std::nullopt;
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == '.' || text[end] == '-' ||
                                     text[end] == '+'))
            ++end;
        std::string_view token = text.substr(i, end - i);
        if (!token.empty() && token.front() == '+') token.remove_prefix(1);
        double value = 0;
        const auto [at, error] = std::from_chars(token.data(), token.data() + token.size(), value);
        if (error != std::errc() || at != token.data() + token.size()) return std::nullopt;
        found.push_back(value);
        i = end;
    }
    return found;
}

}  // namespace

bool isInChina(const protocol::GeoPoint& point)
{
    return std::isfinite(point.latitude()) && std::isfinite(point.longitude()) && isLatitude(point.latitude()) &&
           isLongitude(point.longitude());
}

std::optional<protocol::GeoPoint> parseLocation(std::string_view text)
{
    // Only the full-width comma (U+FF0C) and the ideographic space (U+3000) are allowed among
    // the non-ASCII bytes: anything else (°, 北纬) is a format we do not guess at.
    std::string ascii;
    for (std::size_t i = 0; i < text.size();) {
        if (text.substr(i).starts_with("\xEF\xBC\x8C") || text.substr(i).starts_with("\xE3\x80\x80")) {
            ascii += ' ';
            i += 3;
        } else if (static_cast<unsigned char>(text[i]) >= 0x80) {
            return std::nullopt;
        } else {
            ascii += text[i++];
        }
    }
    const auto values = numbers(ascii);
    if (!values || values->size() != 2) return std::nullopt;
    protocol::GeoPoint point;
    const double a = (*values)[0], b = (*values)[1];
    if (isLatitude(a) && isLongitude(b)) {
        point.set_latitude(a);
        point.set_longitude(b);
    } else if (isLongitude(a) && isLatitude(b)) {
        point.set_latitude(b);
        point.set_longitude(a);
    } else {
        return std::nullopt;
    }
    return point;
}

std::string locationText(const protocol::GeoPoint& point)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.6f, %.6f", point.latitude(), point.longitude());
    return text;
}

}  // namespace laoke::domain
