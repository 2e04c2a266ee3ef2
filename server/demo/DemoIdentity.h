#pragma once
// Names and numbers of demo customers and contacts: company names after 《企业名称登记管理
// 规定》 (行政区划 + 字号 + 行业/经营特点 + 组织形式, domain-research.md §6.3), people's names
// by census surname shares, 统一社会信用代码 with correct check characters (GB 32100-2015),
// mainland mobile numbers and landlines with the city's area code.

#include "demo/DemoRandom.h"
#include "demo/DemoVocabulary.h"

#include <string>
#include <string_view>

namespace laoke::demo {

struct CompanyName {
    std::string name;
    std::string shortName;  ///< 字号 + the first word of the trade, e.g. 华鑫电子
    bool soleProprietor = false;  ///< 个体工商户 (a 商行 / 经营部 / 厂), not a company
};

/// A company name in one of the §6.3 patterns. `sizeClass` picks the organisational forms
/// that fit (股份/集团 for medium and large, 商行/经营部/厂 for some micro firms).
CompanyName makeCompanyName(DemoRandom& random, const City& city, std::string_view district, char industry,
                            std::string_view trade, std::string_view sizeClass);

/// A person's name: a family name by census share and one or two given-name characters.
std::string makePersonName(DemoRandom& random);

/// An 18-character 统一社会信用代码: 9 (registered with market regulation), 1 (company) or 2
/// (sole proprietor), the city's division code, the 9-character organisation code with its
/// GB 11714 check character (new-style "MA..." codes for companies registered since 2016),
/// and the GB 32100 check character.
std::string makeCreditCode(DemoRandom& random, std::string_view divisionCode, bool soleProprietor, bool registeredSince2016);

/// The GB 32100-2015 check character of the first 17 characters of a credit code.
char creditCodeCheckCharacter(std::string_view first17);

/// A mainland mobile number, 11 digits with a real carrier prefix.
std::string makeMobile(DemoRandom& random);

/// A landline in the city: "0755-83456789".
std::string makeLandline(DemoRandom& random, std::string_view areaCode);

}  // namespace laoke::demo
