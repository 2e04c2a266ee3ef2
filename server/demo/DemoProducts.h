#pragma once
// What the demo data generator knows about each catalogued product line (the lines of
// sql/migrations/V0003__product_catalogue.sql, by code): its market segment, its share of a
// partner's customers (shared/domain-research.md §6.2), its licence price range (§1.4) and a
// list of DEMO versions.
//
// The version names follow the real numbering where §1.1 gives it (U8+ 10.1 ... 16.x, KIS
// V10.0 ... V16.0, K/3 WISE 12.x); their release dates are INVENTED (plausible, and consistent
// with the §2.1 example that in 2019-09 U8 10.1 was terminated, 11.x stopped and 12.0/12.1 in
// limited support). They exist so that demo installations show every lifecycle stage; an
// administrator enters the real dates.

#include "engine/ProductLifecycle.h"

#include <chrono>
#include <optional>
#include <span>
#include <string_view>

namespace laoke::demo {

enum class Segment {
    Micro,  ///< T3, KIS 迷你/标准: single-PC accounting for micro firms
    Small,  ///< T6, T+, KIS 专业/旗舰
    Mid,    ///< U8+, K/3 WISE, 星空
    Saas,   ///< 好会计, 精斗云, 星辰: yearly subscriptions
};

struct DemoVersion {
    std::string_view name;
    std::string_view released;  ///< "YYYY-MM-DD", invented
};

struct ProductProfile {
    std::string_view lineCode;
    Segment segment;
    double mixPercent;  ///< share of customers with this as their main product (§6.2)
    double licenceMinYuan;
    double licenceMedianYuan;
    double licenceMaxYuan;  ///< SaaS: the yearly subscription
    std::span<const DemoVersion> versions;
};

std::span<const ProductProfile> productProfiles();

/// nullptr for a line the generator does not know (an administrator's own line).
const ProductProfile* findProductProfile(std::string_view lineCode);

/// The lifecycle dates the demo gives a version: the Yonyou rule (engine::defaultYonyouLifecycle)
/// for installed software; none for SaaS, which is updated continuously (all later stages on
/// 2099-12-31).
engine::LifecycleDates demoLifecycle(Segment segment, std::chrono::sys_days released);

}  // namespace laoke::demo
