// Product lifecycle stages (Yonyou U8+ / Chanjet rule, domain-research.md §2.1) and the
// service status of installed products and service contracts.

#include "engine/ProductLifecycle.h"
#include "engine/ServiceStatus.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>

namespace laoke::engine {
namespace {

using namespace std::chrono;

constexpr sys_days day(int y, unsigned m, unsigned d)
{
    return sys_days{year{y} / month{m} / std::chrono::day{d}};
}

// ---- Stage names ---------------------------------------------------------------------

TEST(ProductLifecycle, StageNamesAreStableAndParse)
{
    EXPECT_EQ(lifecycleStageName(LifecycleStage::FullSupport), "full_support");
    EXPECT_EQ(lifecycleStageName(LifecycleStage::LimitedSupport), "limited_support");
    EXPECT_EQ(lifecycleStageName(LifecycleStage::SupportStopped), "support_stopped");
    EXPECT_EQ(lifecycleStageName(LifecycleStage::EndOfLife), "end_of_life");
    for (auto stage : {LifecycleStage::FullSupport, LifecycleStage::LimitedSupport, LifecycleStage::SupportStopped,
                       LifecycleStage::EndOfLife}) {
        EXPECT_EQ(parseLifecycleStage(lifecycleStageName(stage)), stage);
    }
    EXPECT_FALSE(parseLifecycleStage(""));
    EXPECT_FALSE(parseLifecycleStage("Full_Support"));
    EXPECT_FALSE(parseLifecycleStage("limited"));
    EXPECT_FALSE(parseLifecycleStage("end_of_life "));
}

// ---- Default Yonyou lifecycle: anniversaries -----------------------------------------

TEST(ProductLifecycle, DefaultYonyouLifecycleUsesThe4th6thAnd9thAnniversaries)
{
    const auto dates = defaultYonyouLifecycle(day(2019, 9, 15));
    EXPECT_EQ(dates.released, day(2019, 9, 15));
    EXPECT_EQ(dates.limitedSupportFrom, day(2023, 9, 15));
    EXPECT_EQ(dates.supportStoppedFrom, day(2025, 9, 15));
    EXPECT_EQ(dates.endOfLifeFrom, day(2028, 9, 15));
    EXPECT_FALSE(validate(dates));
}

TEST(ProductLifecycle, StageChangesExactlyOnEachAnniversary)
{
    const auto dates = defaultYonyouLifecycle(day(2019, 9, 15));
    // Years 1-4: full support, from the release day to the day before the 4th anniversary.
    EXPECT_EQ(stageOn(dates, day(2019, 9, 15)), LifecycleStage::FullSupport);
    EXPECT_EQ(stageOn(dates, day(2023, 9, 14)), LifecycleStage::FullSupport);
    // Years 5-6: limited support from the 4th anniversary.
    EXPECT_EQ(stageOn(dates, day(2023, 9, 15)), LifecycleStage::LimitedSupport);
    EXPECT_EQ(stageOn(dates, day(2025, 9, 14)), LifecycleStage::LimitedSupport);
    // Years 7-9: stopped from the 6th anniversary.
    EXPECT_EQ(stageOn(dates, day(2025, 9, 15)), LifecycleStage::SupportStopped);
    EXPECT_EQ(stageOn(dates, day(2028, 9, 14)), LifecycleStage::SupportStopped);
    // After that: end of life from the 9th anniversary, for good.
    EXPECT_EQ(stageOn(dates, day(2028, 9, 15)), LifecycleStage::EndOfLife);
    EXPECT_EQ(stageOn(dates, day(2060, 1, 1)), LifecycleStage::EndOfLife);
}

TEST(ProductLifecycle, BeforeReleaseCountsAsFullSupport)
{
    const auto dates = defaultYonyouLifecycle(day(2026, 3, 1));
    EXPECT_EQ(stageOn(dates, day(2025, 12, 31)), LifecycleStage::FullSupport);
    EXPECT_EQ(nextStageChange(dates, day(2025, 12, 31)), day(2030, 3, 1));
}

TEST(ProductLifecycle, AddYearsKeepsMonthAndDay)
{
    EXPECT_EQ(addYears(day(2019, 9, 15), 4), day(2023, 9, 15));
    EXPECT_EQ(addYears(day(2019, 12, 31), 1), day(2020, 12, 31));
    EXPECT_EQ(addYears(day(2020, 2, 28), 1), day(2021, 2, 28));
    EXPECT_EQ(addYears(day(2020, 2, 29), 4), day(2024, 2, 29));   // leap year to leap year
    EXPECT_EQ(addYears(day(2020, 2, 29), 1), day(2021, 3, 1));    // no 29 Feb: 1 March
    EXPECT_EQ(addYears(day(2020, 2, 29), 80), day(2100, 3, 1));   // 2100 is not a leap year
    EXPECT_EQ(addYears(day(2000, 2, 29), 400), day(2400, 2, 29)); // 2400 is
    EXPECT_EQ(addYears(day(2021, 3, 1), -1), day(2020, 3, 1));
}

TEST(ProductLifecycle, ReleaseOn29FebruaryInALeapYear)
{
    // Released 2016-02-29. The 4th anniversary exists (2020 is a leap year); the 6th and 9th
    // (2022, 2025) do not, so those stages begin on 1 March, after 28 February has passed.
    const auto dates = defaultYonyouLifecycle(day(2016, 2, 29));
    EXPECT_EQ(dates.limitedSupportFrom, day(2020, 2, 29));
    EXPECT_EQ(dates.supportStoppedFrom, day(2022, 3, 1));
    EXPECT_EQ(dates.endOfLifeFrom, day(2025, 3, 1));
    EXPECT_FALSE(validate(dates));

    EXPECT_EQ(stageOn(dates, day(2020, 2, 28)), LifecycleStage::FullSupport);
    EXPECT_EQ(stageOn(dates, day(2020, 2, 29)), LifecycleStage::LimitedSupport);
    EXPECT_EQ(stageOn(dates, day(2022, 2, 28)), LifecycleStage::LimitedSupport);
    EXPECT_EQ(stageOn(dates, day(2022, 3, 1)), LifecycleStage::SupportStopped);
    EXPECT_EQ(stageOn(dates, day(2025, 2, 28)), LifecycleStage::SupportStopped);
    EXPECT_EQ(stageOn(dates, day(2025, 3, 1)), LifecycleStage::EndOfLife);

    // Released 2024-02-29: its 4th anniversary 2028-02-29 exists again.
    const auto later = defaultYonyouLifecycle(day(2024, 2, 29));
    EXPECT_EQ(later.limitedSupportFrom, day(2028, 2, 29));
    EXPECT_EQ(later.supportStoppedFrom, day(2030, 3, 1));
    EXPECT_EQ(later.endOfLifeFrom, day(2033, 3, 1));
}

TEST(ProductLifecycle, YearsAreCalendarYearsNotFixedDayCounts)
{
    // Four years that contain 29 February 2024 are 1461 days; four years that contain no
    // leap day at all (2097-03-01 .. 2101-03-01 spans 2100, a common year) are 1460.
    const auto acrossLeapDay = defaultYonyouLifecycle(day(2020, 3, 1));
    EXPECT_EQ((acrossLeapDay.limitedSupportFrom - acrossLeapDay.released).count(), 1461);
    EXPECT_EQ(stageOn(acrossLeapDay, day(2024, 2, 29)), LifecycleStage::FullSupport);
    EXPECT_EQ(stageOn(acrossLeapDay, day(2024, 3, 1)), LifecycleStage::LimitedSupport);

    const auto noLeapDay = defaultYonyouLifecycle(day(2097, 3, 1));
    EXPECT_EQ((noLeapDay.limitedSupportFrom - noLeapDay.released).count(), 1460);

    // Released on 28 February of a leap year: the anniversary stays on 28 February, so
    // 29 February 2024 is already limited support.
    const auto feb28 = defaultYonyouLifecycle(day(2020, 2, 28));
    EXPECT_EQ(stageOn(feb28, day(2024, 2, 27)), LifecycleStage::FullSupport);
    EXPECT_EQ(stageOn(feb28, day(2024, 2, 28)), LifecycleStage::LimitedSupport);
    EXPECT_EQ(stageOn(feb28, day(2024, 2, 29)), LifecycleStage::LimitedSupport);
}

// ---- The example from domain-research.md §2.1 ---------------------------------------

TEST(ProductLifecycle, Yonyou2019SeptemberExample)
{
    // "From 2019-09, U8 8.6x-10.1 were terminated, 11.0/11.1 stopped, and 12.0/12.1 moved
    // to 服务支持" [S2]. domain-research.md gives no release dates for these versions, so the
    // release dates below are CONSTRUCTED from the rule, not real: each lies in the window
    // the rule requires for that outcome on 2019-09-01:
    //   end of life  <=> released on or before 2010-09-01 (9th anniversary passed),
    //   stopped      <=> released 2010-09-02 .. 2013-09-01,
    //   limited      <=> released 2013-09-02 .. 2015-09-01.
    const auto sept2019 = day(2019, 9, 1);

    const auto u8_861 = defaultYonyouLifecycle(day(2007, 6, 1));  // constructed
    const auto u8_101 = defaultYonyouLifecycle(day(2010, 9, 1));  // constructed, latest date that is terminated
    const auto u8_110 = defaultYonyouLifecycle(day(2011, 9, 1));  // constructed
    const auto u8_111 = defaultYonyouLifecycle(day(2013, 9, 1));  // constructed, latest date that is stopped
    const auto u8_120 = defaultYonyouLifecycle(day(2014, 9, 1));  // constructed
    const auto u8_121 = defaultYonyouLifecycle(day(2015, 9, 1));  // constructed, latest date that is limited

    EXPECT_EQ(stageOn(u8_861, sept2019), LifecycleStage::EndOfLife);
    EXPECT_EQ(stageOn(u8_101, sept2019), LifecycleStage::EndOfLife);
    EXPECT_EQ(stageOn(u8_110, sept2019), LifecycleStage::SupportStopped);
    EXPECT_EQ(stageOn(u8_111, sept2019), LifecycleStage::SupportStopped);
    EXPECT_EQ(stageOn(u8_120, sept2019), LifecycleStage::LimitedSupport);
    EXPECT_EQ(stageOn(u8_121, sept2019), LifecycleStage::LimitedSupport);

    // One day later release dates would fall into the next-younger stage.
    EXPECT_EQ(stageOn(defaultYonyouLifecycle(day(2010, 9, 2)), sept2019), LifecycleStage::SupportStopped);
    EXPECT_EQ(stageOn(defaultYonyouLifecycle(day(2013, 9, 2)), sept2019), LifecycleStage::LimitedSupport);
    EXPECT_EQ(stageOn(defaultYonyouLifecycle(day(2015, 9, 2)), sept2019), LifecycleStage::FullSupport);

    // What that means for the partner on 2019-09-01.
    EXPECT_FALSE(allowsServiceRenewal(stageOn(u8_101, sept2019)));
    EXPECT_FALSE(allowsSeatPurchase(stageOn(u8_110, sept2019)));
    EXPECT_TRUE(allowsSeatPurchase(stageOn(u8_120, sept2019)));
    EXPECT_FALSE(allowsModulePurchase(stageOn(u8_120, sept2019)));
    EXPECT_EQ(maxRenewalYears(stageOn(u8_121, sept2019)), 1);
}

// ---- Validation ----------------------------------------------------------------------

TEST(ProductLifecycle, UnorderedDatesAreRefused)
{
    const auto good = defaultYonyouLifecycle(day(2019, 9, 15));

    auto limitedBeforeRelease = good;
    limitedBeforeRelease.limitedSupportFrom = day(2019, 9, 14);
    ASSERT_TRUE(validate(limitedBeforeRelease));
    EXPECT_EQ(validate(limitedBeforeRelease)->field, "limited_support_from");
    EXPECT_FALSE(validate(limitedBeforeRelease)->message.empty());

    auto stoppedBeforeLimited = good;
    stoppedBeforeLimited.supportStoppedFrom = day(2023, 9, 14);
    ASSERT_TRUE(validate(stoppedBeforeLimited));
    EXPECT_EQ(validate(stoppedBeforeLimited)->field, "support_stopped_from");

    auto endBeforeStopped = good;
    endBeforeStopped.endOfLifeFrom = day(2025, 9, 14);
    ASSERT_TRUE(validate(endBeforeStopped));
    EXPECT_EQ(validate(endBeforeStopped)->field, "end_of_life_from");

    // Entirely reversed: the first date out of order is reported.
    const LifecycleDates reversed{day(2028, 1, 1), day(2025, 1, 1), day(2023, 1, 1), day(2019, 1, 1)};
    ASSERT_TRUE(validate(reversed));
    EXPECT_EQ(validate(reversed)->field, "limited_support_from");
}

TEST(ProductLifecycle, EqualDatesSkipAStage)
{
    // Withdrawn straight from full support to stopped: limited support has zero length.
    const LifecycleDates withdrawn{day(2020, 1, 1), day(2023, 1, 1), day(2023, 1, 1), day(2026, 1, 1)};
    EXPECT_FALSE(validate(withdrawn));
    EXPECT_EQ(stageOn(withdrawn, day(2022, 12, 31)), LifecycleStage::FullSupport);
    EXPECT_EQ(stageOn(withdrawn, day(2023, 1, 1)), LifecycleStage::SupportStopped);
    EXPECT_EQ(nextStageChange(withdrawn, day(2022, 6, 1)), day(2023, 1, 1));
    EXPECT_EQ(nextStageChange(withdrawn, day(2023, 1, 1)), day(2026, 1, 1));

    // All on one day: end of life from the release on.
    const LifecycleDates sameDay{day(2020, 1, 1), day(2020, 1, 1), day(2020, 1, 1), day(2020, 1, 1)};
    EXPECT_FALSE(validate(sameDay));
    EXPECT_EQ(stageOn(sameDay, day(2020, 1, 1)), LifecycleStage::EndOfLife);
    EXPECT_EQ(nextStageChange(sameDay, day(2020, 1, 1)), std::nullopt);
}

// ---- Next stage change ---------------------------------------------------------------

TEST(ProductLifecycle, NextStageChange)
{
    const auto dates = defaultYonyouLifecycle(day(2019, 9, 15));
    EXPECT_EQ(nextStageChange(dates, day(2019, 9, 15)), day(2023, 9, 15));
    EXPECT_EQ(nextStageChange(dates, day(2023, 9, 14)), day(2023, 9, 15));
    // On the change day itself the next change is the following one.
    EXPECT_EQ(nextStageChange(dates, day(2023, 9, 15)), day(2025, 9, 15));
    EXPECT_EQ(nextStageChange(dates, day(2025, 9, 15)), day(2028, 9, 15));
    EXPECT_EQ(nextStageChange(dates, day(2028, 9, 14)), day(2028, 9, 15));
    EXPECT_EQ(nextStageChange(dates, day(2028, 9, 15)), std::nullopt);
    EXPECT_EQ(nextStageChange(dates, day(2040, 1, 1)), std::nullopt);

    // "Support stops in 143 days".
    const auto today = dates.supportStoppedFrom - days{143};
    EXPECT_EQ(stageOn(dates, today), LifecycleStage::LimitedSupport);
    const auto next = nextStageChange(dates, today);
    ASSERT_TRUE(next);
    EXPECT_EQ((*next - today).count(), 143);
    EXPECT_EQ(stageOn(dates, *next), LifecycleStage::SupportStopped);
}

TEST(ProductLifecycle, StageStart)
{
    const auto dates = defaultYonyouLifecycle(day(2019, 9, 15));
    EXPECT_EQ(stageStart(dates, LifecycleStage::FullSupport), day(2019, 9, 15));
    EXPECT_EQ(stageStart(dates, LifecycleStage::LimitedSupport), day(2023, 9, 15));
    EXPECT_EQ(stageStart(dates, LifecycleStage::SupportStopped), day(2025, 9, 15));
    EXPECT_EQ(stageStart(dates, LifecycleStage::EndOfLife), day(2028, 9, 15));
}

// ---- What each stage permits ---------------------------------------------------------

TEST(ProductLifecycle, WhatEachStagePermits)
{
    EXPECT_TRUE(allowsServiceRenewal(LifecycleStage::FullSupport));
    EXPECT_EQ(maxRenewalYears(LifecycleStage::FullSupport), kNoRenewalYearLimit);
    EXPECT_TRUE(allowsModulePurchase(LifecycleStage::FullSupport));
    EXPECT_TRUE(allowsSeatPurchase(LifecycleStage::FullSupport));

    // 服务支持阶段: SPS renewal at most one year at a time; seats only, no modules.
    EXPECT_TRUE(allowsServiceRenewal(LifecycleStage::LimitedSupport));
    EXPECT_EQ(maxRenewalYears(LifecycleStage::LimitedSupport), 1);
    EXPECT_FALSE(allowsModulePurchase(LifecycleStage::LimitedSupport));
    EXPECT_TRUE(allowsSeatPurchase(LifecycleStage::LimitedSupport));

    // 停止服务阶段: no renewals or add-ons.
    EXPECT_FALSE(allowsServiceRenewal(LifecycleStage::SupportStopped));
    EXPECT_EQ(maxRenewalYears(LifecycleStage::SupportStopped), 0);
    EXPECT_FALSE(allowsModulePurchase(LifecycleStage::SupportStopped));
    EXPECT_FALSE(allowsSeatPurchase(LifecycleStage::SupportStopped));

    // 生命周期终止阶段: all commercial operations stop.
    EXPECT_FALSE(allowsServiceRenewal(LifecycleStage::EndOfLife));
    EXPECT_EQ(maxRenewalYears(LifecycleStage::EndOfLife), 0);
    EXPECT_FALSE(allowsModulePurchase(LifecycleStage::EndOfLife));
    EXPECT_FALSE(allowsSeatPurchase(LifecycleStage::EndOfLife));
}

// ---- Service status ------------------------------------------------------------------

TEST(ServiceStatus, StateNamesAreStableAndParse)
{
    EXPECT_EQ(serviceStateName(ServiceState::InService), "in_service");
    EXPECT_EQ(serviceStateName(ServiceState::ExpiringSoon), "expiring_soon");
    EXPECT_EQ(serviceStateName(ServiceState::Expired), "expired");
    EXPECT_EQ(serviceStateName(ServiceState::NoService), "no_service");
    for (auto state : {ServiceState::InService, ServiceState::ExpiringSoon, ServiceState::Expired,
                       ServiceState::NoService}) {
        EXPECT_EQ(parseServiceState(serviceStateName(state)), state);
    }
    EXPECT_FALSE(parseServiceState(""));
    EXPECT_FALSE(parseServiceState("Expired"));
}

TEST(ServiceStatus, TheEndDateIsStillInService)
{
    const auto end = day(2025, 6, 30);
    const auto onEnd = serviceStatusOn(end, end);
    EXPECT_EQ(onEnd.state, ServiceState::ExpiringSoon);
    EXPECT_EQ(onEnd.daysLeft, 0);
    EXPECT_TRUE(onEnd.covered());

    const auto dayAfter = serviceStatusOn(end, day(2025, 7, 1));
    EXPECT_EQ(dayAfter.state, ServiceState::Expired);
    EXPECT_EQ(dayAfter.daysLeft, -1);
    EXPECT_FALSE(dayAfter.covered());

    // "Expired 12 days ago".
    const auto later = serviceStatusOn(end, day(2025, 7, 12));
    EXPECT_EQ(later.state, ServiceState::Expired);
    EXPECT_EQ(later.daysLeft, -12);
    EXPECT_EQ(serviceDaysLeft(end, day(2025, 7, 12)), -12);
}

TEST(ServiceStatus, SixtyDayWindowBoundary)
{
    const auto end = day(2025, 6, 30);
    // 1 May is 60 days before 30 June: expiring soon. 30 April (61 days) is plainly in service.
    EXPECT_EQ(serviceStatusOn(end, day(2025, 5, 1)), (ServiceStatus{ServiceState::ExpiringSoon, 60}));
    EXPECT_EQ(serviceStatusOn(end, day(2025, 4, 30)), (ServiceStatus{ServiceState::InService, 61}));
    EXPECT_TRUE(serviceStatusOn(end, day(2025, 4, 30)).covered());
    EXPECT_EQ(serviceStatusOn(end, day(2025, 6, 29)), (ServiceStatus{ServiceState::ExpiringSoon, 1}));
    EXPECT_EQ(serviceStatusOn(end, day(2024, 7, 1)), (ServiceStatus{ServiceState::InService, 364}));
}

TEST(ServiceStatus, ConfigurableWindow)
{
    const auto end = day(2025, 6, 30);
    EXPECT_EQ(serviceStatusOn(end, day(2025, 5, 31), 30).state, ServiceState::ExpiringSoon);  // 30 days left
    EXPECT_EQ(serviceStatusOn(end, day(2025, 5, 30), 30).state, ServiceState::InService);     // 31 days left
    EXPECT_EQ(serviceStatusOn(end, day(2025, 5, 1), 90).state, ServiceState::ExpiringSoon);
    // A zero (or negative) window leaves only the end date itself "expiring soon".
    EXPECT_EQ(serviceStatusOn(end, day(2025, 6, 29), 0).state, ServiceState::InService);
    EXPECT_EQ(serviceStatusOn(end, end, 0).state, ServiceState::ExpiringSoon);
    EXPECT_EQ(serviceStatusOn(end, day(2025, 6, 29), -5).state, ServiceState::InService);
    EXPECT_EQ(serviceStatusOn(end, end, -5).state, ServiceState::ExpiringSoon);
    EXPECT_EQ(serviceStatusOn(end, day(2025, 7, 1), 0).state, ServiceState::Expired);
}

TEST(ServiceStatus, NoEndDateMeansNoService)
{
    const auto status = serviceStatusOn(std::nullopt, day(2025, 6, 30));
    EXPECT_EQ(status.state, ServiceState::NoService);
    EXPECT_EQ(status.daysLeft, std::nullopt);
    EXPECT_FALSE(status.covered());
}

TEST(ServiceStatus, CountsCalendarDaysAcrossLeapDay)
{
    // 2024 is a leap year: 2024-02-01 .. 2024-03-01 is 29 days.
    EXPECT_EQ(serviceDaysLeft(day(2024, 3, 1), day(2024, 2, 1)), 29);
    EXPECT_EQ(serviceDaysLeft(day(2025, 3, 1), day(2025, 2, 1)), 28);
    // A contract ending on 29 February of a leap year.
    EXPECT_EQ(serviceStatusOn(day(2024, 2, 29), day(2024, 2, 29)).state, ServiceState::ExpiringSoon);
    EXPECT_EQ(serviceStatusOn(day(2024, 2, 29), day(2024, 3, 1)).state, ServiceState::Expired);
}

}  // namespace
}  // namespace laoke::engine
