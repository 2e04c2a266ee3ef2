#include "domain/CustomerRules.h"

#include "domain/GeoLocation.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <utility>

namespace laoke::domain {
namespace {

using namespace std::string_view_literals;

constexpr std::array kIndustries{"A"sv, "B"sv, "C"sv, "D"sv, "E"sv, "F"sv, "G"sv, "H"sv, "I"sv, "J"sv,
                                 "K"sv, "L"sv, "M"sv, "N"sv, "O"sv, "P"sv, "Q"sv, "R"sv, "S"sv, "T"sv};
constexpr std::array kSizeClasses{"large"sv, "medium"sv, "small"sv, "micro"sv};
constexpr std::array kRegions{"north"sv, "northeast"sv, "east"sv, "central"sv, "south"sv, "southwest"sv, "northwest"sv};
constexpr std::array kSources{"vendor_assigned"sv, "referral"sv, "self_developed"sv, "marketing"sv,
                              "exhibition"sv,      "takeover"sv, "other"sv};
constexpr std::array kStatuses{"active"sv, "dormant"sv, "lost"sv};
constexpr std::array kGrades{"A"sv, "B"sv, "C"sv, "D"sv, "E"sv};
constexpr std::array kContactRoles{"boss"sv,    "finance_director"sv, "chief_accountant"sv, "accountant"sv,
                                   "cashier"sv, "it"sv,               "business_user"sv};
constexpr std::array kDecisionRoles{"decision_maker"sv, "influencer"sv, "user"sv};
constexpr std::array kLicenceTypes{"dongle"sv, "online"sv, "offline"sv, "saas"sv};
constexpr std::array kContractKinds{"licence"sv, "annual_service"sv, "implementation"sv, "customisation"sv,
                                    "upgrade"sv, "training"sv,       "saas_subscription"sv};
constexpr std::array kPaymentStatuses{"unpaid"sv, "partially_paid"sv, "paid"sv};
constexpr std::array kActivityKinds{"visit"sv,           "call"sv,     "wechat"sv,        "training"sv,
                                    "free_inspection"sv, "greeting"sv, "upgrade_notice"sv};
constexpr std::array kVendors{"yonyou"sv, "chanjet"sv, "kingdee"sv};

// 七大区 (domain-research.md §4): province short name -> region.
constexpr std::array<std::pair<std::string_view, std::string_view>, 34> kProvinceRegions{{
    {"北京", "north"},     {"天津", "north"},     {"河北", "north"},     {"山西", "north"},     {"内蒙古", "north"},
    {"辽宁", "northeast"}, {"吉林", "northeast"}, {"黑龙江", "northeast"},
    {"上海", "east"},      {"江苏", "east"},      {"浙江", "east"},      {"安徽", "east"},      {"福建", "east"},
    {"江西", "east"},      {"山东", "east"},      {"台湾", "east"},
    {"河南", "central"},   {"湖北", "central"},   {"湖南", "central"},
    {"广东", "south"},     {"广西", "south"},     {"海南", "south"},     {"香港", "south"},     {"澳门", "south"},
    {"重庆", "southwest"}, {"四川", "southwest"}, {"贵州", "southwest"}, {"云南", "southwest"}, {"西藏", "southwest"},
    {"陕西", "northwest"}, {"甘肃", "northwest"}, {"青海", "northwest"}, {"宁夏", "northwest"}, {"新疆", "northwest"},
}};
constexpr std::array<std::string_view, 34> kProvinces = [] {
    std::array<std::string_view, 34> names{};
    for (std::size_t i = 0; i < kProvinceRegions.size(); ++i) names[i] = kProvinceRegions[i].first;
    return names;
}();

// Full official names end in one of these; "广东省" and "广西壮族自治区" name 广东 and 广西.
constexpr std::array kProvinceSuffixes{"维吾尔自治区"sv, "壮族自治区"sv, "回族自治区"sv, "特别行政区"sv,
                                       "自治区"sv,       "省"sv,         "市"sv};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool blank(std::string_view text) { return trimmed(text).empty(); }

std::optional<RuleViolation> checkLength(std::string_view text, std::size_t max, const char* field, const char* what)
{
    const auto length = utf8Length(text);
    if (!length) return RuleViolation{field, std::string(what) + " is not valid UTF-8"};
    if (*length > max) return RuleViolation{field, std::string(what) + " must be at most " + std::to_string(max) + " characters"};
    return std::nullopt;
}

std::optional<RuleViolation> checkCode(std::span<const std::string_view> codes, std::string_view value, bool emptyAllowed,
                                       const char* field, const char* what)
{
    if (value.empty() && emptyAllowed) return std::nullopt;
    if (value.empty()) return RuleViolation{field, std::string("choose the ") + what};
    if (!isOneOf(codes, value)) return RuleViolation{field, std::string("unknown ") + what + " '" + std::string(value) + "'"};
    return std::nullopt;
}

std::optional<RuleViolation> checkDate(std::string_view value, const char* field)
{
    if (value.empty() || isIsoDate(value)) return std::nullopt;
    return RuleViolation{field, "dates are written YYYY-MM-DD"};
}

void trimInPlace(std::string& text) { text = trimmed(text); }

}  // namespace

std::span<const std::string_view> industryCodes() { return kIndustries; }
std::span<const std::string_view> sizeClasses() { return kSizeClasses; }
std::span<const std::string_view> regionCodes() { return kRegions; }
std::span<const std::string_view> customerSources() { return kSources; }
std::span<const std::string_view> customerStatuses() { return kStatuses; }
std::span<const std::string_view> customerGrades() { return kGrades; }
std::span<const std::string_view> contactRoles() { return kContactRoles; }
std::span<const std::string_view> decisionRoles() { return kDecisionRoles; }
std::span<const std::string_view> licenceTypes() { return kLicenceTypes; }
std::span<const std::string_view> contractKinds() { return kContractKinds; }
std::span<const std::string_view> paymentStatuses() { return kPaymentStatuses; }
std::span<const std::string_view> activityKinds() { return kActivityKinds; }
std::span<const std::string_view> vendorCodes() { return kVendors; }
std::span<const std::string_view> provinces() { return kProvinces; }

bool isOneOf(std::span<const std::string_view> codes, std::string_view value)
{
    return std::find(codes.begin(), codes.end(), value) != codes.end();
}

std::string_view regionOfProvince(std::string_view province)
{
    std::string_view name = province;
    for (std::string_view suffix : kProvinceSuffixes) {
        if (name.size() > suffix.size() && name.ends_with(suffix)) {
            name.remove_suffix(suffix.size());
            break;
        }
    }
    for (const auto& [shortName, region] : kProvinceRegions) {
        if (name == shortName) return region;
    }
    return {};
}

std::string trimmed(std::string_view text)
{
    constexpr std::string_view kIdeographicSpace = "\u3000";
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    for (;;) {
        if (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
        else if (text.starts_with(kIdeographicSpace)) text.remove_prefix(kIdeographicSpace.size());
        else break;
    }
    for (;;) {
        if (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
        else if (text.ends_with(kIdeographicSpace)) text.remove_suffix(kIdeographicSpace.size());
        else break;
    }
    return std::string(text);
}

bool isIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isDigit(text[i])) return false;
    }
    const int year = std::stoi(std::string(text.substr(0, 4)));
    const unsigned month = static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))));
    const unsigned day = static_cast<unsigned>(std::stoi(std::string(text.substr(8, 2))));
    return year >= 1900 && std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}.ok();
}

bool isMobileNumber(std::string_view text)
{
    return text.size() == 11 && text[0] == '1' && text[1] >= '3' && text[1] <= '9' && std::all_of(text.begin(), text.end(), isDigit);
}

bool isPhoneNumber(std::string_view text)
{
    return text.size() >= 6 && text.size() <= 20 && isDigit(text.front()) &&
           std::all_of(text.begin(), text.end(), [](char c) { return isDigit(c) || c == '-'; });
}

bool isEmailAddress(std::string_view text)
{
    const auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
    const std::string_view domain = text.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == domain.size()) return false;
    return std::none_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool isCreditCode(std::string_view text)
{
    // GB 32100-2015: 18 characters of 0-9 and A-Z without I, O, S, V, Z; characters 3-8 are
    // the administrative division code (digits).
    auto inAlphabet = [](char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Y' && c != 'I' && c != 'O' && c != 'S' && c != 'V');
    };
    if (text.size() != 18 || !std::all_of(text.begin(), text.end(), inAlphabet)) return false;
    return std::all_of(text.begin() + 2, text.begin() + 8, isDigit);
}

std::optional<RuleViolation> checkCustomer(const protocol::Customer& c)
{
    const auto nameLength = utf8Length(c.name());
    if (!nameLength) return RuleViolation{"name", "name is not valid UTF-8"};
    if (blank(c.name())) return RuleViolation{"name", "name is required"};
    if (*nameLength < 2 || *nameLength > 100) return RuleViolation{"name", "name must be 2 to 100 characters"};
    if (!c.code().empty()) {
        const bool codeOk = c.code().size() <= 20 && std::all_of(c.code().begin(), c.code().end(), [](char ch) {
            return isDigit(ch) || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '-';
        });
        if (!codeOk) return RuleViolation{"code", "customer code may contain only letters, digits and '-' (at most 20)"};
    }
    if (auto v = checkLength(c.short_name(), 32, "short_name", "short name")) return v;
    if (!c.credit_code().empty() && !isCreditCode(c.credit_code())) {
        return RuleViolation{"credit_code", "a unified social credit code has 18 characters (digits and capital letters)"};
    }
    if (auto v = checkCode(kIndustries, c.industry(), true, "industry", "industry")) return v;
    if (auto v = checkCode(kSizeClasses, c.size_class(), true, "size_class", "size class")) return v;
    if (auto v = checkCode(kRegions, c.region(), true, "region", "region")) return v;
    if (auto v = checkLength(c.province(), 16, "province", "province")) return v;
    if (auto v = checkLength(c.city(), 32, "city", "city")) return v;
    if (auto v = checkLength(c.district(), 32, "district", "district")) return v;
    if (auto v = checkLength(c.address(), 200, "address", "address")) return v;
    if (c.has_location() && !isInChina(c.location())) {
        return RuleViolation{"location", "the location is a point in China: latitude 3 to 54, longitude 73 to 136"};
    }
    if (c.branch_id() <= 0) return RuleViolation{"branch_id", "choose the serving branch"};
    if (c.it_maturity() < 0 || c.it_maturity() > 6) return RuleViolation{"it_maturity", "IT maturity is a level from 1 to 6"};
    if (auto v = checkCode(kSources, c.source(), true, "source", "source")) return v;
    if (auto v = checkCode(kStatuses, c.status(), false, "status", "status")) return v;
    if (auto v = checkCode(kGrades, c.manual_grade(), true, "manual_grade", "grade")) return v;
    if (auto v = checkLength(c.notes(), 4000, "notes", "notes")) return v;
    return std::nullopt;
}

std::optional<RuleViolation> checkContact(const protocol::Contact& c)
{
    const auto nameLength = utf8Length(c.name());
    if (!nameLength) return RuleViolation{"name", "name is not valid UTF-8"};
    if (blank(c.name())) return RuleViolation{"name", "the contact's name is required"};
    if (*nameLength > 32) return RuleViolation{"name", "name must be at most 32 characters"};
    if (auto v = checkLength(c.title(), 32, "title", "job title")) return v;
    if (auto v = checkCode(kContactRoles, c.role(), false, "role", "contact role")) return v;
    if (auto v = checkCode(kDecisionRoles, c.decision_role(), false, "decision_role", "decision role")) return v;
    if (!c.mobile().empty() && !isMobileNumber(c.mobile())) {
        return RuleViolation{"mobile", "a mobile number has 11 digits and starts with 13-19"};
    }
    if (!c.phone().empty() && !isPhoneNumber(c.phone())) {
        return RuleViolation{"phone", "a phone number has 6 to 20 digits or '-'"};
    }
    if (auto v = checkLength(c.wechat(), 64, "wechat", "WeChat ID")) return v;
    if (!c.email().empty() && !isEmailAddress(c.email())) return RuleViolation{"email", "the e-mail address is not valid"};
    if (auto v = checkDate(c.left_on(), "left_on")) return v;
    if (auto v = checkLength(c.notes(), 1000, "notes", "notes")) return v;
    return std::nullopt;
}

std::optional<RuleViolation> checkInstalledProduct(const protocol::InstalledProduct& p)
{
    if (p.product_version_id() <= 0) return RuleViolation{"product_version_id", "choose the product version"};
    if (p.seats() < 0 || p.seats() > 100000) return RuleViolation{"seats", "seats must be between 0 and 100000"};
    if (auto v = checkCode(kLicenceTypes, p.licence_type(), false, "licence_type", "licence type")) return v;
    if (auto v = checkDate(p.go_live_on(), "go_live_on")) return v;
    if (auto v = checkDate(p.service_end_on(), "service_end_on")) return v;
    if (auto v = checkLength(p.server_notes(), 1000, "server_notes", "server notes")) return v;
    return std::nullopt;
}

std::optional<RuleViolation> checkContract(const protocol::Contract& c)
{
    if (auto v = checkCode(kContractKinds, c.kind(), false, "kind", "contract kind")) return v;
    const auto numberLength = utf8Length(c.number());
    if (!numberLength || blank(c.number())) return RuleViolation{"number", "the contract number is required"};
    if (*numberLength > 40) return RuleViolation{"number", "the contract number must be at most 40 characters"};
    if (c.amount_fen() < 0) return RuleViolation{"amount_fen", "the amount cannot be negative"};
    if (auto v = checkDate(c.signed_on(), "signed_on")) return v;
    if (auto v = checkDate(c.starts_on(), "starts_on")) return v;
    if (auto v = checkDate(c.ends_on(), "ends_on")) return v;
    // ISO dates compare correctly as text.
    if (!c.starts_on().empty() && !c.ends_on().empty() && c.ends_on() < c.starts_on()) {
        return RuleViolation{"ends_on", "the contract cannot end before it starts"};
    }
    if (auto v = checkCode(kPaymentStatuses, c.payment_status(), false, "payment_status", "payment status")) return v;
    if (auto v = checkLength(c.notes(), 2000, "notes", "notes")) return v;
    return std::nullopt;
}

std::optional<RuleViolation> checkActivity(const protocol::Activity& a)
{
    if (auto v = checkCode(kActivityKinds, a.kind(), false, "kind", "activity kind")) return v;
    if (a.occurred_at_unix() <= 0) return RuleViolation{"occurred_at_unix", "when did it happen?"};
    if (blank(a.summary())) return RuleViolation{"summary", "write a short summary"};
    if (auto v = checkLength(a.summary(), 2000, "summary", "summary")) return v;
    if (auto v = checkLength(a.next_step(), 500, "next_step", "next step")) return v;
    if (auto v = checkDate(a.next_step_on(), "next_step_on")) return v;
    if (!a.next_step_on().empty() && blank(a.next_step())) {
        return RuleViolation{"next_step", "say what the next step is"};
    }
    return std::nullopt;
}

void trimCustomer(protocol::Customer& c)
{
    for (std::string* field : {c.mutable_code(), c.mutable_name(), c.mutable_short_name(), c.mutable_credit_code(),
                               c.mutable_province(), c.mutable_city(), c.mutable_district(), c.mutable_address(),
                               c.mutable_notes()}) {
        trimInPlace(*field);
    }
}

void trimContact(protocol::Contact& c)
{
    for (std::string* field : {c.mutable_name(), c.mutable_title(), c.mutable_mobile(), c.mutable_phone(),
                               c.mutable_wechat(), c.mutable_email(), c.mutable_notes()}) {
        trimInPlace(*field);
    }
}

}  // namespace laoke::domain
