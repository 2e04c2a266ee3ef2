#include "demo/DemoProducts.h"

#include <array>

namespace laoke::demo {
namespace {

using namespace std::string_view_literals;

// Release dates below are invented for demonstrations (see the header).
constexpr std::array kU8Versions{
    DemoVersion{"10.1", "2010-05-20"}, DemoVersion{"11.0", "2012-03-15"}, DemoVersion{"11.1", "2013-04-10"},
    DemoVersion{"12.0", "2014-08-20"}, DemoVersion{"12.1", "2015-06-18"}, DemoVersion{"12.5", "2017-05-16"},
    DemoVersion{"13.0", "2018-06-21"}, DemoVersion{"15.0", "2019-11-28"}, DemoVersion{"16.0", "2021-03-25"},
    DemoVersion{"16.1", "2022-09-22"},
};
constexpr std::array kT3Versions{
    DemoVersion{"10.8", "2011-05-10"}, DemoVersion{"11.0", "2014-03-20"}, DemoVersion{"11.2", "2017-04-12"},
    DemoVersion{"12.0", "2020-05-19"},
};
constexpr std::array kT6Versions{
    DemoVersion{"6.5", "2012-06-01"}, DemoVersion{"7.0", "2015-05-12"}, DemoVersion{"7.1", "2017-08-08"},
};
constexpr std::array kTPlusVersions{
    DemoVersion{"12.3", "2016-05-10"}, DemoVersion{"13.0", "2018-04-12"}, DemoVersion{"16.0", "2020-09-15"},
    DemoVersion{"17.0", "2022-06-16"}, DemoVersion{"18.0", "2024-05-20"},
};
constexpr std::array kKisVersions{
    DemoVersion{"V10.0", "2012-09-10"}, DemoVersion{"V12.0", "2014-10-15"}, DemoVersion{"V13.0", "2016-09-20"},
    DemoVersion{"V14.0", "2018-07-18"}, DemoVersion{"V15.0", "2020-06-30"}, DemoVersion{"V15.1", "2021-11-25"},
    DemoVersion{"V16.0", "2023-08-24"},
};
constexpr std::array kK3WiseVersions{
    DemoVersion{"12.1", "2011-06-01"}, DemoVersion{"12.2", "2012-10-09"}, DemoVersion{"12.3", "2013-09-17"},
    DemoVersion{"13.0", "2015-06-18"}, DemoVersion{"13.1", "2016-07-12"}, DemoVersion{"14.0", "2018-05-22"},
    DemoVersion{"15.0", "2020-04-21"}, DemoVersion{"15.1", "2022-03-15"},
};
constexpr std::array kXingkongVersions{
    DemoVersion{"V7.5", "2019-12-10"}, DemoVersion{"V7.6", "2020-12-08"}, DemoVersion{"V7.7", "2021-12-14"},
    DemoVersion{"V8.0", "2022-11-15"}, DemoVersion{"V8.1", "2023-10-17"}, DemoVersion{"V8.2", "2024-10-22"},
};
// SaaS: one continuously updated service.
constexpr std::array kHaokuaijiVersions{DemoVersion{"在线版", "2017-03-01"}};
constexpr std::array kJingdouyunVersions{DemoVersion{"在线版", "2015-06-01"}};
constexpr std::array kXingchenVersions{DemoVersion{"在线版", "2020-03-18"}};

// §6.2 product mix: T3/T6/T+ 35%, U8/U8+ 20%, KIS 25%, K/3 WISE/星空 8%, SaaS 12%.
// §1.4 [A] licence ranges (CNY): T3/KIS 标准/迷你 2k-10k; T+/T6/KIS 专业/旗舰 10k-80k;
// U8+/K3 WISE/星空 80k-800k (median about 200k); SaaS 1k-10k per year.
constexpr std::array kProfiles{
    ProductProfile{"t3"sv, Segment::Micro, 15.0, 2000, 4500, 10000, kT3Versions},
    ProductProfile{"t6"sv, Segment::Small, 5.0, 10000, 25000, 80000, kT6Versions},
    ProductProfile{"tplus"sv, Segment::Small, 15.0, 10000, 25000, 80000, kTPlusVersions},
    ProductProfile{"u8plus"sv, Segment::Mid, 20.0, 80000, 200000, 800000, kU8Versions},
    ProductProfile{"kis_mini"sv, Segment::Micro, 4.0, 2000, 3000, 6000, kKisVersions},
    ProductProfile{"kis_standard"sv, Segment::Micro, 8.0, 3000, 5500, 10000, kKisVersions},
    ProductProfile{"kis_professional"sv, Segment::Small, 10.0, 10000, 22000, 60000, kKisVersions},
    ProductProfile{"kis_flagship"sv, Segment::Small, 3.0, 20000, 40000, 80000, kKisVersions},
    ProductProfile{"k3wise"sv, Segment::Mid, 4.0, 80000, 180000, 600000, kK3WiseVersions},
    ProductProfile{"xingkong"sv, Segment::Mid, 4.0, 80000, 220000, 800000, kXingkongVersions},
    ProductProfile{"haokuaiji"sv, Segment::Saas, 5.0, 1000, 2400, 6000, kHaokuaijiVersions},
    ProductProfile{"jingdouyun"sv, Segment::Saas, 3.0, 1000, 2000, 5000, kJingdouyunVersions},
    ProductProfile{"xingchen"sv, Segment::Saas, 4.0, 1500, 3600, 10000, kXingchenVersions},
};

}  // namespace

std::span<const ProductProfile> productProfiles() { return kProfiles; }

const ProductProfile* findProductProfile(std::string_view lineCode)
{
    for (const auto& profile : kProfiles) {
        if (profile.lineCode == lineCode) return &profile;
    }
    return nullptr;
}

engine::LifecycleDates demoLifecycle(Segment segment, std::chrono::sys_days released)
{
    if (segment != Segment::Saas) return engine::defaultYonyouLifecycle(released);
    const std::chrono::sys_days never{std::chrono::year{2099} / 12 / 31};
    return engine::LifecycleDates{released, never, never, never};
}

}  // namespace laoke::demo
