// Dispatch recommendations: the shipped city coordinates give the distances people know
// (Beijing-Shanghai about 1,070 km in a straight line, Guangzhou-Shenzhen about 105 km), and the
// ranking puts the right engineer first for the right reason: skill, load (more so when
// urgent), duty, travel for visits, and having served the customer before.

#include "engine/CityCoordinates.h"
#include "engine/DispatchRanking.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace laoke::engine;

const DispatchReason* reason(const DispatchRecommendation& r, const std::string& code)
{
    const auto found = std::find_if(r.reasons.begin(), r.reasons.end(), [&](const DispatchReason& x) { return x.code == code; });
    return found == r.reasons.end() ? nullptr : &*found;
}

TEST(CityCoordinatesTest, DistancesAreTheOnesPeopleKnow)
{
    const auto beijing = cityCentre("北京");
    const auto shanghai = cityCentre("上海市");  // with 市 too
    ASSERT_TRUE(beijing && shanghai);
    EXPECT_NEAR(distanceKm(*beijing, *shanghai), 1068, 15);
    EXPECT_NEAR(distanceKm(*cityCentre("广州"), *cityCentre("深圳")), 105, 10);
    EXPECT_NEAR(distanceKm(*cityCentre("苏州"), *cityCentre("上海")), 85, 10);
    EXPECT_NEAR(distanceKm(*cityCentre("成都"), *cityCentre("重庆")), 268, 15);
    EXPECT_NEAR(distanceKm(*cityCentre("杭州"), *cityCentre("宁波")), 146, 12);
    EXPECT_FALSE(cityCentre("不存在市").has_value());
}

TEST(CityCoordinatesTest, EveryCityIsInsideChina)
{
    // A typo in the table (latitude for longitude, a dropped digit) would land outside.
    for (const char* city : {"北京", "乌鲁木齐", "三亚", "哈尔滨", "拉萨", "舟山", "湛江", "大庆", "威海", "宁德"}) {
        const auto point = cityCentre(city);
        ASSERT_TRUE(point) << city;
        EXPECT_GT(point->latitude, 18.0) << city;
        EXPECT_LT(point->latitude, 53.6) << city;
        EXPECT_GT(point->longitude, 73.5) << city;
        EXPECT_LT(point->longitude, 135.1) << city;
    }
}

TEST(CityCoordinatesTest, TravelIsByRoadWithTimeToLeaveTown)
{
    const auto travel = travelBetween("苏州", "上海");
    ASSERT_TRUE(travel);
    EXPECT_NEAR(travel->roadKm, 110, 15);               // 85 km × 1.3
    EXPECT_NEAR(travel->minutes, 110 + 20, 15);          // at 60 km/h, plus 20 minutes
    EXPECT_FALSE(travelBetween("苏州", "火星").has_value());
    EXPECT_TRUE(sameCity("苏州市", "苏州"));
    EXPECT_FALSE(sameCity("", ""));
}

class DispatchRankingTest : public ::testing::Test {
protected:
    static constexpr std::int64_t kU8 = 1;
    static constexpr std::int64_t kTPlus = 2;
    static constexpr std::int64_t kLedger = 11;
    static constexpr std::int64_t kInventory = 12;

    DispatchTicket ticket{kU8, kLedger, "C", "苏州", false, false};
    DispatchCandidate generalist{1, "苏州", 2, {{kU8, 0, false}}, std::nullopt, 0};
    DispatchCandidate ledgerExpert{2, "苏州", 2, {{kU8, kLedger, true}}, std::nullopt, 0};
    DispatchCandidate tPlusOnly{3, "苏州", 0, {{kTPlus, 0, false}}, std::nullopt, 0};
};

TEST_F(DispatchRankingTest, TheModuleExpertComesFirstAndSaysWhy)
{
    const auto ranked = rankForTicket(ticket, {generalist, tPlusOnly, ledgerExpert});
    ASSERT_EQ(ranked.size(), 3u);
    EXPECT_EQ(ranked[0].userId, 2);
    EXPECT_NE(reason(ranked[0], "skill_module"), nullptr);
    EXPECT_NE(reason(ranked[0], "certified"), nullptr);
    EXPECT_EQ(ranked[1].userId, 1);
    EXPECT_NE(reason(ranked[1], "skill_product"), nullptr);
    EXPECT_EQ(ranked[2].userId, 3);
    EXPECT_NE(reason(ranked[2], "no_skill"), nullptr);
    EXPECT_EQ(reason(ranked[0], "load")->value, 2);
    EXPECT_EQ(ranked[0].reasons.front().code, "skill_module");  // the weightiest first

    // For an A or B customer a certificate counts more, and the reason names the grade.
    ticket.customerGrade = "A";
    const auto forA = rankForTicket(ticket, {ledgerExpert});
    EXPECT_EQ(reason(forA[0], "certified"), nullptr);
    ASSERT_NE(reason(forA[0], "certified_top_grade"), nullptr);
    EXPECT_GT(reason(forA[0], "certified_top_grade")->points, reason(ranked[0], "certified")->points);
}

TEST_F(DispatchRankingTest, LoadWeighsMoreWhenTheTicketIsUrgent)
{
    DispatchCandidate busyExpert = ledgerExpert;
    busyExpert.openTickets = 4;
    busyExpert.skills[0].certified = false;
    DispatchCandidate freeGeneralist = generalist;
    freeGeneralist.openTickets = 1;
    EXPECT_EQ(rankForTicket(ticket, {busyExpert, freeGeneralist})[0].userId, 2);  // module skill outweighs three more tickets on a normal day
    ticket.urgent = true;
    EXPECT_EQ(rankForTicket(ticket, {busyExpert, freeGeneralist})[0].userId, 1);  // but not when it is urgent
    const auto urgent = rankForTicket(ticket, {busyExpert});
    EXPECT_EQ(reason(urgent[0], "load"), nullptr);
    ASSERT_NE(reason(urgent[0], "load_urgent"), nullptr);  // and the reason says so
    EXPECT_EQ(reason(urgent[0], "load_urgent")->value, 4);
    EXPECT_EQ(reason(urgent[0], "load_urgent")->points, 4 * -10);
}

TEST_F(DispatchRankingTest, NobodyOnLeaveIsSuggested)
{
    ledgerExpert.dutyToday = "leave";
    const auto ranked = rankForTicket(ticket, {ledgerExpert, tPlusOnly});
    EXPECT_EQ(ranked.back().userId, 2);
    EXPECT_FALSE(ranked.back().available);
    EXPECT_NE(reason(ranked.back(), "on_leave"), nullptr);
}

TEST_F(DispatchRankingTest, AVisitPrefersTheEngineerNearbyAndOnFieldDuty)
{
    ticket.needsVisit = true;
    DispatchCandidate shanghai = generalist;
    shanghai.userId = 4;
    shanghai.homeCity = "上海";
    const auto ranked = rankForTicket(ticket, {shanghai, generalist});
    EXPECT_EQ(ranked[0].userId, 1);
    EXPECT_NE(reason(ranked[0], "same_city"), nullptr);
    const DispatchReason* travel = reason(ranked[1], "travel");
    ASSERT_NE(travel, nullptr);
    EXPECT_NEAR(travel->value, 110, 15);
    EXPECT_GT(travel->minutes, 100);

    // Someone out on field duty suits a visit, not a desk ticket.
    shanghai.dutyToday = "onsite";
    EXPECT_NE(reason(rankForTicket(ticket, {shanghai})[0], "field_duty"), nullptr);
    EXPECT_GT(reason(rankForTicket(ticket, {shanghai})[0], "field_duty")->points, 0);
    ticket.needsVisit = false;
    EXPECT_LT(reason(rankForTicket(ticket, {shanghai})[0], "field_duty")->points, 0);
    EXPECT_EQ(reason(rankForTicket(ticket, {shanghai})[0], "travel"), nullptr);  // no visit: travel does not matter
}

TEST_F(DispatchRankingTest, TheCustomersOwnCoordinatesGiveTheRealDistance)
{
    ticket.needsVisit = true;
    ticket.customerCity = "北京";
    DispatchCandidate beijing = generalist;
    beijing.homeCity = "北京";
    DispatchCandidate tianjin = generalist;
    tianjin.userId = 6;
    tianjin.homeCity = "天津";

    // Only the city: the Beijing engineer is "same city" with no distance.
    EXPECT_EQ(reason(rankForTicket(ticket, {beijing})[0], "same_city")->value, 0);

    // A customer in 延庆, 70 km out of the centre: still the same city, but the road counts.
    ticket.customerLocation = GeoPoint{40.46, 115.97};
    const DispatchReason* far = reason(rankForTicket(ticket, {beijing})[0], "same_city");
    ASSERT_NE(far, nullptr);
    EXPECT_NEAR(far->value, 94, 10);
    EXPECT_GT(far->minutes, 90);
    EXPECT_LT(far->points, 15);

    // A customer in 通州, on the road to Tianjin: the Beijing engineer stays ahead, with a short road.
    ticket.customerLocation = GeoPoint{39.91, 116.66};
    const auto ranked = rankForTicket(ticket, {tianjin, beijing});
    EXPECT_EQ(ranked[0].userId, 1);
    EXPECT_NEAR(reason(ranked[0], "same_city")->value, 28, 6);
    EXPECT_NEAR(reason(ranked[1], "travel")->value, 134, 15);

    // A county-level city missing from the table is no longer unknown once located.
    ticket.customerCity = "昆山";
    ticket.customerLocation = GeoPoint{31.38, 120.98};
    EXPECT_FALSE(travelBetween("苏州", "昆山").has_value());
    const DispatchReason* kunshan = reason(rankForTicket(ticket, {generalist})[0], "travel");
    ASSERT_NE(kunshan, nullptr);
    EXPECT_NEAR(kunshan->value, 50, 10);
}

TEST_F(DispatchRankingTest, HavingServedTheCustomerCounts)
{
    DispatchCandidate knowsThem = generalist;
    knowsThem.userId = 5;
    knowsThem.servedCustomer = 4;
    const auto ranked = rankForTicket(ticket, {generalist, knowsThem});
    EXPECT_EQ(ranked[0].userId, 5);
    EXPECT_EQ(reason(ranked[0], "served_before")->value, 4);
    EXPECT_EQ(reason(ranked[0], "served_before")->points, 24);  // counted up to three
}

TEST_F(DispatchRankingTest, ATicketWithoutAProductRanksByLoad)
{
    ticket.productLineId = 0;
    ticket.moduleId = 0;
    const auto ranked = rankForTicket(ticket, {generalist, tPlusOnly});
    EXPECT_EQ(ranked[0].userId, 3);
    EXPECT_NE(reason(ranked[0], "idle"), nullptr);
    EXPECT_EQ(reason(ranked[0], "no_skill"), nullptr);
}

}  // namespace
