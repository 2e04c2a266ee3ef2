// Coordinates as people paste them: 高德 and 百度 pickers give "lng,lat", GPS apps "lat, lng";
// both read the same; anything that is not a point in China is refused, not guessed at.

#include "domain/CustomerRules.h"
#include "domain/GeoLocation.h"

#include <gtest/gtest.h>

#include <limits>

namespace {

using laoke::domain::parseLocation;

TEST(GeoLocationTest, EitherOrderReadsTheSamePoint)
{
    for (const char* text : {"116.310316,39.992861", "39.992861, 116.310316", "116.310316，39.992861", " 39.992861 116.310316 ",
                             "+39.992861;116.310316"}) {
        const auto point = parseLocation(text);
        ASSERT_TRUE(point.has_value()) << text;
        EXPECT_DOUBLE_EQ(point->latitude(), 39.992861) << text;
        EXPECT_DOUBLE_EQ(point->longitude(), 116.310316) << text;
    }
    EXPECT_EQ(laoke::domain::locationText(*parseLocation("116.310316,39.992861")), "39.992861, 116.310316");
}

TEST(GeoLocationTest, WhatIsNotAPointInChinaIsRefused)
{
    for (const char* text : {"", "39.99", "39.99,116.31,5", "abc", "北纬39.99 东经116.31", "39.99°, 116.31°",
                             "51.5, -0.12",      // London
                             "39.99, 39.99",     // two latitudes
                             "1e400, 116.31", "39.9-116.3"}) {
        EXPECT_FALSE(parseLocation(text).has_value()) << text;
    }
}

TEST(GeoLocationTest, TheCustomerRulesRefuseAPointOutsideChina)
{
    laoke::protocol::Customer customer;
    customer.set_name("苏州精密机械有限公司");
    customer.set_branch_id(1);
    customer.set_status("active");
    EXPECT_FALSE(laoke::domain::checkCustomer(customer).has_value());
    customer.mutable_location()->set_latitude(31.30);
    customer.mutable_location()->set_longitude(120.59);
    EXPECT_FALSE(laoke::domain::checkCustomer(customer).has_value());
    customer.mutable_location()->set_latitude(120.59);  // swapped
    customer.mutable_location()->set_longitude(31.30);
    ASSERT_TRUE(laoke::domain::checkCustomer(customer).has_value());
    EXPECT_EQ(laoke::domain::checkCustomer(customer)->field, "location");
    customer.mutable_location()->set_latitude(std::numeric_limits<double>::quiet_NaN());
    EXPECT_EQ(laoke::domain::checkCustomer(customer)->field, "location");
}

}  // namespace
