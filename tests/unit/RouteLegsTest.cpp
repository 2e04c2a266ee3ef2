// The road between an engineer's visits of a day: from home to the first, from each to the
// next, by the customers' own coordinates where entered; nothing where a place is unknown or
// both ends are the same city's centre (an invented "0 km" would be false).

#include "engine/RouteLegs.h"

#include <gtest/gtest.h>

namespace {

using namespace laoke::engine;

// 2026-12-01 09:00 China time.
constexpr std::int64_t kNineOClock = 1'796'086'800;
constexpr std::int64_t kHour = 3600;

RouteStop stop(std::int64_t engineer, std::int64_t startsAt, std::string city, std::optional<GeoPoint> location = std::nullopt)
{
    return RouteStop{engineer, startsAt, false, std::move(city), location};
}

TEST(RouteLegsTest, TheDayStartsAtHomeAndGoesFromStopToStop)
{
    const std::vector<RouteStop> stops{
        stop(7, kNineOClock, "苏州"),                          // home is 苏州: same city centre, unknown
        stop(7, kNineOClock + 3 * kHour, "无锡"),              // 苏州 → 无锡
        stop(7, kNineOClock + 6 * kHour, "无锡", GeoPoint{31.55, 120.35}),  // 无锡's centre → the customer in 惠山
    };
    const auto legs = routeLegs(stops, {{7, "苏州"}});
    ASSERT_EQ(legs.size(), 3u);
    EXPECT_FALSE(legs[0].has_value());
    ASSERT_TRUE(legs[1].has_value());
    EXPECT_NEAR(legs[1]->roadKm, 44, 8);
    EXPECT_EQ(legs[1]->minutes, legs[1]->roadKm + 20);  // 60 km/h, plus getting out of and into town
    ASSERT_TRUE(legs[2].has_value());
    EXPECT_NEAR(legs[2]->roadKm, 10, 3);
}

TEST(RouteLegsTest, EachEngineerAndEachDayIsItsOwnRouteWhateverTheOrder)
{
    const std::vector<RouteStop> stops{
        stop(2, kNineOClock + 24 * kHour, "上海"),  // the next day: starts from home again
        stop(1, kNineOClock + 2 * kHour, "上海"),
        stop(2, kNineOClock, "苏州"),
        stop(1, kNineOClock, "苏州"),
    };
    const auto legs = routeLegs(stops, {{1, "苏州"}, {2, "苏州"}});
    EXPECT_FALSE(legs[3].has_value());  // engineer 1: home 苏州 → 苏州
    ASSERT_TRUE(legs[1].has_value());   // then 苏州 → 上海
    EXPECT_NEAR(legs[1]->roadKm, 110, 15);
    EXPECT_FALSE(legs[2].has_value());  // engineer 2's day: 苏州 → 苏州
    ASSERT_TRUE(legs[0].has_value());   // next day from home 苏州, not from that day's last stop
    EXPECT_NEAR(legs[0]->roadKm, 110, 15);
}

TEST(RouteLegsTest, CancelledVisitsAreNotDrivenAndUnknownPlacesSayNothing)
{
    std::vector<RouteStop> stops{
        stop(1, kNineOClock, "上海"),
        stop(1, kNineOClock + 2 * kHour, "杭州"),
        stop(1, kNineOClock + 4 * kHour, "火星"),
        stop(1, kNineOClock + 6 * kHour, "上海"),
    };
    stops[1].cancelled = true;
    const auto legs = routeLegs(stops, {});  // no home city known
    EXPECT_FALSE(legs[0].has_value());
    EXPECT_FALSE(legs[1].has_value());       // cancelled
    EXPECT_FALSE(legs[2].has_value());       // 上海 → an unknown city
    EXPECT_FALSE(legs[3].has_value());       // from an unknown city

    // Two visits at the same located customer: next door is still a trip, never "0 km".
    const GeoPoint factory{31.32, 120.62};
    const auto sameSite = routeLegs({stop(1, kNineOClock, "苏州", factory), stop(1, kNineOClock + kHour, "苏州", factory)}, {});
    ASSERT_TRUE(sameSite[1].has_value());
    EXPECT_EQ(sameSite[1]->roadKm, 1);
}

}  // namespace
