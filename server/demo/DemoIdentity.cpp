#include "demo/DemoIdentity.h"

#include <algorithm>
#include <array>
#include <vector>

namespace laoke::demo {
namespace {

using namespace std::string_view_literals;

// GB 32100-2015: the characters of a credit code and their values (no I, O, S, V, Z).
constexpr std::string_view kCreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// The first characters of a Chinese string, by code point (the strings here are all Han).
std::string_view leadingCharacters(std::string_view utf8, std::size_t count)
{
    std::size_t end = 0;
    for (std::size_t seen = 0; seen < count && end < utf8.size(); ++seen) {
        const auto lead = static_cast<unsigned char>(utf8[end]);
        end += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    return utf8.substr(0, std::min(end, utf8.size()));
}

std::string tradeName(DemoRandom& random)
{
    const auto characters = tradeNameCharacters();
    const std::size_t length = random.chance(0.15) ? 3 : 2;
    std::string name;
    std::array<std::size_t, 3> used{};
    for (std::size_t i = 0; i < length; ++i) {
        std::size_t pick = random.index(characters.size());
        for (std::size_t j = 0; j < i; ++j) {
            if (used[j] == pick) pick = (pick + 1) % characters.size();  // no 鑫鑫
        }
        used[i] = pick;
        name += characters[pick];
    }
    return name;
}

// GB 11714 organisation code: values 0-9 and A=10 .. Z=35, weights 3 7 9 10 5 8 4 2.
char organisationCheckCharacter(std::string_view first8)
{
    constexpr std::array weights{3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const char c = first8[i];
        const int value = (c >= '0' && c <= '9') ? c - '0' : c - 'A' + 10;
        sum += value * weights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10) return 'X';
    if (check == 11) return '0';
    return static_cast<char>('0' + check);
}

}  // namespace

CompanyName makeCompanyName(DemoRandom& random, const City& city, std::string_view district, char industry,
                            std::string_view trade, std::string_view sizeClass)
{
    const std::string mark = tradeName(random);
    CompanyName company;
    company.shortName = mark + std::string(leadingCharacters(trade, 2));
    // 北京 is named as 北京, other cities with 市 about half the time (深圳市 / 深圳).
    const std::string place = std::string(city.name) + (city.municipality || random.chance(0.45) ? "" : "市");
    const bool big = sizeClass == "medium" || sizeClass == "large";

    if (sizeClass == "micro" && (industry == 'F' || industry == 'C') && random.chance(0.18)) {
        // 个体工商户: 东莞市长安镇鑫源五金商行, 温州市华泰塑胶制品厂
        company.soleProprietor = true;
        const std::string_view form = industry == 'C' ? "厂"sv : random.chance(0.6) ? "商行"sv : "经营部"sv;
        company.name = place + std::string(district) + mark + std::string(trade) + std::string(form);
        return company;
    }
    const double roll = random.unit();
    const std::string what = mark + std::string(trade);
    if (big && roll < 0.14) {
        company.name = std::string(city.province) + what + "股份有限公司";
    } else if (big && roll < 0.22) {
        company.name = place + what + "集团有限公司";
    } else if (roll < 0.36) {
        company.name = what + "（" + std::string(city.name) + "）有限公司";
    } else if (roll < 0.48) {
        company.name = place + what + "有限责任公司";
    } else if (roll < 0.56 && !district.empty()) {
        company.name = place + std::string(district) + what + "有限公司";
    } else if (roll < 0.60) {
        company.name = what + "有限公司" + std::string(city.name) + "分公司";
    } else {
        company.name = place + what + "有限公司";
    }
    return company;
}

std::string makePersonName(DemoRandom& random)
{
    static const std::vector<double> weights = [] {
        std::vector<double> w;
        for (const auto& surname : surnames()) w.push_back(surname.share);
        return w;
    }();
    const auto& surname = surnames()[random.weighted(weights)];
    const auto given = givenNameCharacters();
    std::string name(surname.name);
    name += given[random.index(given.size())];
    if (random.chance(0.7)) name += given[random.index(given.size())];
    return name;
}

char creditCodeCheckCharacter(std::string_view first17)
{
    int sum = 0;
    int weight = 1;
    for (std::size_t i = 0; i < 17; ++i) {
        sum += static_cast<int>(kCreditAlphabet.find(first17[i])) * weight;
        weight = weight * 3 % 31;
    }
    const int check = (31 - sum % 31) % 31;
    return kCreditAlphabet[static_cast<std::size_t>(check)];
}

std::string makeCreditCode(DemoRandom& random, std::string_view divisionCode, bool soleProprietor, bool registeredSince2016)
{
    std::string code = soleProprietor ? "92" : "91";
    code += divisionCode;
    std::string organisation;
    if (registeredSince2016) {
        organisation = "MA";
        for (int i = 0; i < 6; ++i) organisation += kCreditAlphabet[random.index(kCreditAlphabet.size())];
    } else {
        for (int i = 0; i < 8; ++i) organisation += static_cast<char>('0' + random.index(10));
    }
    organisation += organisationCheckCharacter(organisation);
    code += organisation;
    code += creditCodeCheckCharacter(code);
    return code;
}

std::string makeMobile(DemoRandom& random)
{
    constexpr std::array prefixes{"130"sv, "131"sv, "132"sv, "133"sv, "135"sv, "136"sv, "137"sv, "138"sv, "139"sv,
                                  "150"sv, "151"sv, "152"sv, "155"sv, "156"sv, "157"sv, "158"sv, "159"sv, "166"sv,
                                  "177"sv, "180"sv, "181"sv, "182"sv, "183"sv, "186"sv, "187"sv, "188"sv, "189"sv,
                                  "191"sv, "198"sv, "199"sv};
    std::string number(prefixes[random.index(prefixes.size())]);
    for (int i = 0; i < 8; ++i) number += static_cast<char>('0' + random.index(10));
    return number;
}

std::string makeLandline(DemoRandom& random, std::string_view areaCode)
{
    std::string number(areaCode);
    number += '-';
    number += static_cast<char>('2' + random.index(7));  // local numbers start with 2-8
    for (int i = 0; i < 7; ++i) number += static_cast<char>('0' + random.index(10));
    return number;
}

}  // namespace laoke::demo
