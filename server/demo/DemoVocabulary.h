#pragma once
// Word lists of the demo data generator (shared/domain-research.md §4 and §6.3): cities of
// the seven regions with their real administrative division codes and telephone area codes,
// company name parts (字号 characters, trade words per GB/T 4754 section), family names with
// their census shares, given-name characters, contact titles, streets and activity texts.
// Everything here is flavour for synthetic data; nothing names a real company or person.

#include <span>
#include <string_view>

namespace laoke::demo {

struct City {
    std::string_view name;          ///< as in company names: 深圳, 北京
    std::string_view province;      ///< short province name, as domain::provinces() lists it
    double weight;                  ///< share of customers (SME density, §6.3)
    std::string_view divisionCode;  ///< GB/T 2260 code of the city (for credit codes)
    std::string_view areaCode;      ///< telephone area code, 010 / 0755
    bool municipality;              ///< 直辖市: the city is also the province
    std::span<const std::string_view> districts;  ///< districts or county-level cities; may be empty
};

std::span<const City> cities();

/// Characters of 字号 (trade names): auspicious ones, two or three to a name (§6.3).
std::span<const std::string_view> tradeNameCharacters();

struct IndustryTrades {
    char section;                            ///< GB/T 4754 门类 letter
    double weight;                           ///< share of customers (§4 mix)
    std::span<const std::string_view> words; ///< 行业词 for company names
};
std::span<const IndustryTrades> industries();

struct Surname {
    std::string_view name;
    double share;  ///< percent of the population (2010 census top 20, smaller ones estimated)
};
std::span<const Surname> surnames();

std::span<const std::string_view> givenNameCharacters();

/// Streets for addresses (common names in most Chinese cities).
std::span<const std::string_view> streets();

}  // namespace laoke::demo
