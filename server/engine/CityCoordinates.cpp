#include "engine/CityCoordinates.h"

#include <array>
#include <cmath>
#include <string_view>

namespace laoke::engine {

namespace {

using namespace std::string_view_literals;

struct City {
    std::string_view name;
    double latitude;
    double longitude;
};

// City centres (the city government's district), degrees north and east.
constexpr std::array kCities{
    // 华北
    City{"北京"sv, 39.90, 116.41}, City{"天津"sv, 39.08, 117.20}, City{"石家庄"sv, 38.04, 114.51},
    City{"唐山"sv, 39.63, 118.18}, City{"保定"sv, 38.87, 115.46}, City{"廊坊"sv, 39.54, 116.68},
    City{"邯郸"sv, 36.63, 114.54}, City{"邢台"sv, 37.07, 114.50}, City{"沧州"sv, 38.30, 116.84},
    City{"秦皇岛"sv, 39.94, 119.60}, City{"张家口"sv, 40.77, 114.89}, City{"承德"sv, 40.95, 117.96},
    City{"衡水"sv, 37.74, 115.67}, City{"太原"sv, 37.87, 112.55}, City{"大同"sv, 40.08, 113.30},
    City{"呼和浩特"sv, 40.84, 111.75}, City{"包头"sv, 40.66, 109.84},
    // 东北
    City{"沈阳"sv, 41.80, 123.43}, City{"大连"sv, 38.91, 121.61}, City{"鞍山"sv, 41.11, 122.99},
    City{"长春"sv, 43.82, 125.32}, City{"吉林"sv, 43.84, 126.55}, City{"哈尔滨"sv, 45.80, 126.53},
    City{"大庆"sv, 46.59, 125.10},
    // 华东
    City{"上海"sv, 31.23, 121.47}, City{"南京"sv, 32.06, 118.80}, City{"无锡"sv, 31.49, 120.31},
    City{"徐州"sv, 34.21, 117.28}, City{"常州"sv, 31.81, 119.97}, City{"苏州"sv, 31.30, 120.59},
    City{"南通"sv, 31.98, 120.89}, City{"扬州"sv, 32.39, 119.41}, City{"镇江"sv, 32.19, 119.42},
    City{"泰州"sv, 32.46, 119.92}, City{"盐城"sv, 33.35, 120.16}, City{"连云港"sv, 34.60, 119.22},
    City{"淮安"sv, 33.61, 119.02}, City{"宿迁"sv, 33.96, 118.28}, City{"杭州"sv, 30.27, 120.16},
    City{"宁波"sv, 29.87, 121.55}, City{"温州"sv, 28.00, 120.70}, City{"嘉兴"sv, 30.75, 120.76},
    City{"湖州"sv, 30.89, 120.09}, City{"绍兴"sv, 30.00, 120.58}, City{"金华"sv, 29.08, 119.65},
    City{"台州"sv, 28.66, 121.42}, City{"衢州"sv, 28.97, 118.87}, City{"丽水"sv, 28.45, 119.92},
    City{"舟山"sv, 29.99, 122.21}, City{"合肥"sv, 31.82, 117.23}, City{"芜湖"sv, 31.35, 118.43},
    City{"蚌埠"sv, 32.92, 117.39}, City{"安庆"sv, 30.54, 117.06}, City{"马鞍山"sv, 31.67, 118.51},
    City{"福州"sv, 26.07, 119.30}, City{"厦门"sv, 24.48, 118.09}, City{"泉州"sv, 24.87, 118.68},
    City{"漳州"sv, 24.51, 117.65}, City{"莆田"sv, 25.45, 119.01}, City{"宁德"sv, 26.66, 119.55},
    City{"南昌"sv, 28.68, 115.86}, City{"赣州"sv, 25.83, 114.93}, City{"济南"sv, 36.65, 117.12},
    City{"青岛"sv, 36.07, 120.38}, City{"烟台"sv, 37.46, 121.45}, City{"潍坊"sv, 36.71, 119.16},
    City{"临沂"sv, 35.10, 118.36}, City{"淄博"sv, 36.81, 118.05}, City{"济宁"sv, 35.41, 116.59},
    City{"威海"sv, 37.51, 122.12}, City{"日照"sv, 35.42, 119.53}, City{"东营"sv, 37.43, 118.67},
    City{"泰安"sv, 36.20, 117.09}, City{"德州"sv, 37.43, 116.36}, City{"聊城"sv, 36.46, 115.99},
    City{"滨州"sv, 37.38, 117.97}, City{"菏泽"sv, 35.23, 115.48}, City{"枣庄"sv, 34.81, 117.32},
    // 华中
    City{"郑州"sv, 34.75, 113.63}, City{"洛阳"sv, 34.62, 112.45}, City{"武汉"sv, 30.59, 114.31},
    City{"宜昌"sv, 30.69, 111.29}, City{"襄阳"sv, 32.01, 112.12}, City{"长沙"sv, 28.23, 112.94},
    City{"株洲"sv, 27.83, 113.13},
    // 华南
    City{"广州"sv, 23.13, 113.26}, City{"深圳"sv, 22.54, 114.06}, City{"珠海"sv, 22.27, 113.58},
    City{"佛山"sv, 23.02, 113.12}, City{"惠州"sv, 23.11, 114.42}, City{"东莞"sv, 23.02, 113.75},
    City{"中山"sv, 22.52, 113.39}, City{"江门"sv, 22.58, 113.08}, City{"汕头"sv, 23.35, 116.68},
    City{"湛江"sv, 21.27, 110.36}, City{"肇庆"sv, 23.05, 112.47}, City{"清远"sv, 23.68, 113.06},
    City{"韶关"sv, 24.81, 113.60}, City{"揭阳"sv, 23.55, 116.37}, City{"南宁"sv, 22.82, 108.37},
    City{"柳州"sv, 24.33, 109.42}, City{"桂林"sv, 25.27, 110.29}, City{"海口"sv, 20.04, 110.20},
    City{"三亚"sv, 18.25, 109.51},
    // 西南
    City{"重庆"sv, 29.56, 106.55}, City{"成都"sv, 30.57, 104.07}, City{"绵阳"sv, 31.47, 104.68},
    City{"贵阳"sv, 26.65, 106.63}, City{"遵义"sv, 27.73, 106.93}, City{"昆明"sv, 25.04, 102.71},
    City{"曲靖"sv, 25.49, 103.80}, City{"拉萨"sv, 29.65, 91.14},
    // 西北
    City{"西安"sv, 34.34, 108.94}, City{"宝鸡"sv, 34.36, 107.24}, City{"兰州"sv, 36.06, 103.83},
    City{"西宁"sv, 36.62, 101.78}, City{"银川"sv, 38.49, 106.23}, City{"乌鲁木齐"sv, 43.83, 87.62},
};

constexpr double kEarthRadiusKm = 6371.0;
constexpr double kRoadFactor = 1.3;
constexpr double kKmPerHour = 60.0;
constexpr int kTownMinutes = 20;

std::string_view normalised(std::string_view city)
{
    constexpr std::string_view shi = "市";
    while (!city.empty() && city.front() == ' ') city.remove_prefix(1);
    while (!city.empty() && city.back() == ' ') city.remove_suffix(1);
    if (city.size() > shi.size() && city.substr(city.size() - shi.size()) == shi) city.remove_suffix(shi.size());
    return city;
}

}  // namespace

std::optional<GeoPoint> cityCentre(std::string_view city)
{
    const std::string_view name = normalised(city);
    for (const City& c : kCities) {
        if (c.name == name) return GeoPoint{c.latitude, c.longitude};
    }
    return std::nullopt;
}

double distanceKm(GeoPoint from, GeoPoint to)
{
    constexpr double toRadians = 3.14159265358979323846 / 180.0;
    const double dLat = (to.latitude - from.latitude) * toRadians;
    const double dLon = (to.longitude - from.longitude) * toRadians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(from.latitude * toRadians) * std::cos(to.latitude * toRadians) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

TravelEstimate travelBetween(GeoPoint from, GeoPoint to)
{
    const double road = distanceKm(from, to) * kRoadFactor;
    TravelEstimate estimate;
    estimate.roadKm = static_cast<int>(std::lround(road));
    estimate.minutes = static_cast<int>(std::lround(road / kKmPerHour * 60.0)) + kTownMinutes;
    return estimate;
}

std::optional<TravelEstimate> travelBetween(std::string_view fromCity, std::string_view toCity)
{
    const auto from = cityCentre(fromCity);
    const auto to = cityCentre(toCity);
    if (!from || !to) return std::nullopt;
    return travelBetween(*from, *to);
}

std::optional<TravelEstimate> travelTo(std::string_view fromCity, GeoPoint to)
{
    const auto from = cityCentre(fromCity);
    if (!from) return std::nullopt;
    return travelBetween(*from, to);
}

bool sameCity(std::string_view a, std::string_view b)
{
    const std::string_view x = normalised(a);
    return !x.empty() && x == normalised(b);
}

}  // namespace laoke::engine
