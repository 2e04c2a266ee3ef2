#include "demo/CustomerGenerator.h"

#include "demo/DemoActivities.h"
#include "demo/DemoIdentity.h"
#include "demo/DemoInstalledBase.h"
#include "demo/DemoVocabulary.h"
#include "domain/CustomerRules.h"
#include "engine/SearchText.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <stdexcept>

namespace laoke::demo {
namespace {

using namespace std::string_view_literals;
using std::chrono::days;

std::uint64_t hashOf(std::string_view text) { return std::hash<std::string_view>{}(text); }

std::string lowerAscii(std::string text)
{
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

template <typename T, typename Weight>
std::vector<double> weightsOf(std::span<const T> items, Weight weight)
{
    std::vector<double> weights;
    weights.reserve(items.size());
    for (const auto& item : items) weights.push_back(weight(item));
    return weights;
}

// Nearest regions first: a customer goes to a branch in its own region, else the closest.
std::span<const std::string_view> regionPreference(std::string_view region)
{
    static constexpr std::array north{"north"sv, "northeast"sv, "northwest"sv, "central"sv, "east"sv, "southwest"sv, "south"sv};
    static constexpr std::array northeast{"northeast"sv, "north"sv, "east"sv, "northwest"sv, "central"sv, "southwest"sv, "south"sv};
    static constexpr std::array east{"east"sv, "central"sv, "north"sv, "south"sv, "northeast"sv, "southwest"sv, "northwest"sv};
    static constexpr std::array central{"central"sv, "east"sv, "south"sv, "north"sv, "southwest"sv, "northwest"sv, "northeast"sv};
    static constexpr std::array south{"south"sv, "southwest"sv, "central"sv, "east"sv, "north"sv, "northwest"sv, "northeast"sv};
    static constexpr std::array southwest{"southwest"sv, "south"sv, "central"sv, "northwest"sv, "east"sv, "north"sv, "northeast"sv};
    static constexpr std::array northwest{"northwest"sv, "north"sv, "southwest"sv, "central"sv, "east"sv, "northeast"sv, "south"sv};
    if (region == "north") return north;
    if (region == "northeast") return northeast;
    if (region == "central") return central;
    if (region == "south") return south;
    if (region == "southwest") return southwest;
    if (region == "northwest") return northwest;
    return east;
}

std::string_view sizeClassFor(DemoRandom& random, Segment segment)
{
    const double roll = random.unit();
    switch (segment) {
    case Segment::Micro: return roll < 0.7 ? "micro"sv : "small"sv;
    case Segment::Saas: return roll < 0.8 ? "micro"sv : "small"sv;
    case Segment::Small: return roll < 0.15 ? "micro"sv : roll < 0.80 ? "small"sv : "medium"sv;
    case Segment::Mid: return roll < 0.25 ? "small"sv : roll < 0.92 ? "medium"sv : "large"sv;
    }
    return "small"sv;
}

// The IT maturity ladder of §4: 2 单机财务, 3 网络版财务, 4 业财一体, 5 ERP含生产, 6 多组织/集成.
int itMaturityFor(DemoRandom& random, Segment segment)
{
    if (random.chance(0.05)) return 0;  // not recorded
    switch (segment) {
    case Segment::Micro: return random.chance(0.85) ? 2 : 3;
    case Segment::Saas: return random.chance(0.6) ? 2 : 3;
    case Segment::Small: return random.chance(0.5) ? 3 : 4;
    case Segment::Mid: return random.chance(0.7) ? 5 : 6;
    }
    return 0;
}

// A+B is the top of the book: grade by licence value bought (the base score of DOMAIN.md).
std::string_view gradeFor(DemoRandom& random, std::int64_t licenceYuan)
{
    if (random.chance(0.35)) return ""sv;  // not graded yet
    if (licenceYuan >= 400000) return "A"sv;
    if (licenceYuan >= 150000) return random.chance(0.7) ? "B"sv : "A"sv;
    if (licenceYuan >= 40000) return random.chance(0.7) ? "C"sv : "B"sv;
    if (licenceYuan >= 10000) return random.chance(0.7) ? "D"sv : "C"sv;
    return random.chance(0.7) ? "E"sv : "D"sv;
}

struct RoleSlot {
    std::string_view role;
    std::string_view decisionRole;
    bool key;
    std::array<std::string_view, 3> titles;
};

// In the order a customer's contacts are usually known: the boss, then finance, then the rest.
constexpr std::array kRoles{
    RoleSlot{"boss", "decision_maker", true, {"总经理"sv, "董事长"sv, "老板"sv}},
    RoleSlot{"chief_accountant", "influencer", true, {"会计主管"sv, "主办会计"sv, "账套主管"sv}},
    RoleSlot{"accountant", "user", false, {"会计"sv, "总账会计"sv, "成本会计"sv}},
    RoleSlot{"finance_director", "decision_maker", true, {"财务总监"sv, "财务经理"sv, "财务经理"sv}},
    RoleSlot{"cashier", "user", false, {"出纳"sv, "出纳"sv, "出纳"sv}},
    RoleSlot{"it", "influencer", false, {"IT主管"sv, "网管"sv, "信息部经理"sv}},
    RoleSlot{"business_user", "user", false, {"采购主管"sv, "仓库主管"sv, "销售内勤"sv}},
    RoleSlot{"accountant", "user", false, {"会计"sv, "税务会计"sv, "往来会计"sv}},
};

int contactCountFor(DemoRandom& random, std::string_view sizeClass)
{
    if (sizeClass == "micro") return static_cast<int>(random.between(1, 2));
    if (sizeClass == "small") return static_cast<int>(random.between(2, 4));
    return static_cast<int>(random.between(4, 8));
}

constexpr std::array kNotes{
    "年结前需提前预约上门服务"sv,
    "老板重视数据安全，服务器放在机房，外网不通"sv,
    "财务人员流动大，需定期培训新会计"sv,
    "集团下属子公司较多，关注合并报表"sv,
    "客户对价格敏感，续费需老板审批"sv,
    "有二次开发接口（与电商平台对接），升级前需评估"sv,
};

}  // namespace

CustomerGenerator::CustomerGenerator(GeneratorSetup setup, FirstIds first) : m_setup(std::move(setup)), m_next(first)
{
    if (m_setup.branches.empty()) throw std::invalid_argument("demo data needs at least one branch");
    if (m_setup.lines.empty()) throw std::invalid_argument("demo data needs at least one catalogued product line with versions");
    for (const auto& name : m_setup.takenNames) m_names.insert(hashOf(lowerAscii(name)));
    for (const auto& code : m_setup.takenCreditCodes) m_creditCodes.insert(hashOf(code));
    m_lineWeights = weightsOf(std::span<const CatalogueLine>(m_setup.lines),
                              [](const CatalogueLine& l) { return l.profile->mixPercent; });
}

DemoCustomer CustomerGenerator::next()
{
    DemoRandom random = DemoRandom::forItem(m_setup.seed, m_index++);
    const Date today = m_setup.today;
    DemoCustomer customer;
    customer.id = m_next.customer++;
    char code[24];
    std::snprintf(code, sizeof code, "C%07lld", static_cast<long long>(m_next.customerCode++));
    customer.code = code;

    // Where: a city by SME density, its region, and the branch that serves it.
    static const std::vector<double> cityWeights = weightsOf(cities(), [](const City& c) { return c.weight; });
    const City& city = cities()[random.weighted(cityWeights)];
    customer.region = domain::regionOfProvince(city.province);
    customer.province = std::string(city.province);
    customer.city = std::string(city.name) + "市";
    if (!city.districts.empty() && random.chance(0.85)) customer.district = std::string(city.districts[random.index(city.districts.size())]);
    if (random.chance(0.9)) {
        customer.address = customer.district + std::string(streets()[random.index(streets().size())]) +
                           std::to_string(random.between(1, 999)) + "号";
        if (random.chance(0.4)) {
            customer.address += std::to_string(random.between(1, 12)) + "栋" + std::to_string(random.between(1, 20)) + "0" +
                                std::to_string(random.between(1, 9)) + "室";
        }
    }

    const GeneratorBranch* branch = nullptr;
    for (std::string_view region : regionPreference(customer.region)) {
        std::vector<const GeneratorBranch*> candidates;
        for (const auto& b : m_setup.branches) {
            if (b.region == region) candidates.push_back(&b);
        }
        if (!candidates.empty()) {
            branch = candidates[random.index(candidates.size())];
            break;
        }
    }
    if (!branch) branch = &m_setup.branches[random.index(m_setup.branches.size())];
    customer.branchId = branch->id;
    if (!branch->accountManagers.empty() && random.chance(0.95)) {
        customer.ownerId = branch->accountManagers[random.index(branch->accountManagers.size())];
    }

    // What they bought first decides their size; the industry mix is §4's.
    static const std::vector<double> industryWeights =
        weightsOf(industries(), [](const IndustryTrades& i) { return i.weight; });
    const std::vector<double>& lineWeights = m_lineWeights;
    const CatalogueLine& mainLine = m_setup.lines[random.weighted(lineWeights)];
    customer.sizeClass = sizeClassFor(random, mainLine.profile->segment);
    const IndustryTrades& industry = industries()[random.weighted(industryWeights)];
    customer.industry = std::string(1, industry.section);

    // Name and credit code, unique.
    CompanyName company;
    for (int attempt = 0;; ++attempt) {
        const std::string_view trade = industry.words[random.index(industry.words.size())];
        company = makeCompanyName(random, city, customer.district, industry.section, trade, customer.sizeClass);
        if (m_names.insert(hashOf(lowerAscii(company.name))).second) break;
        if (attempt > 50) {  // the name space is crowded: tell them apart by a number, as registries do
            company.name += std::to_string(customer.id);
            m_names.insert(hashOf(lowerAscii(company.name)));
            break;
        }
    }
    customer.name = company.name;
    if (random.chance(0.65)) customer.shortName = company.shortName;
    const int status = static_cast<int>(random.weighted(std::array{85.0, 10.0, 5.0}));
    customer.status = status == 0 ? "active"sv : status == 1 ? "dormant"sv : "lost"sv;
    customer.source = domain::customerSources()[random.weighted(std::array{20.0, 25.0, 30.0, 10.0, 5.0, 8.0, 2.0})];
    customer.itMaturity = itMaturityFor(random, mainLine.profile->segment);
    if (random.chance(0.05)) customer.notes = std::string(kNotes[random.index(kNotes.size())]);

    // Installed base: the main product, sometimes a second or third (often a SaaS add-on).
    std::vector<InstalledPlan> plans;
    plans.push_back(planInstalledProduct(random, mainLine, customer.sizeClass, customer.status, today));
    const int extra = random.chance(0.13) ? (random.chance(0.15) ? 2 : 1) : 0;
    for (int i = 0; i < extra; ++i) {
        const CatalogueLine& line = m_setup.lines[random.weighted(lineWeights)];
        if (std::any_of(plans.begin(), plans.end(), [&](const InstalledPlan& p) { return p.line == &line; })) continue;
        plans.push_back(planInstalledProduct(random, line, customer.sizeClass, customer.status, today));
    }
    Date firstGoLive = plans.front().product.goLive;
    std::int64_t licenceTotal = 0;
    for (auto& plan : plans) {
        plan.product.id = m_next.installedProduct++;
        firstGoLive = std::min(firstGoLive, plan.product.goLive);
        licenceTotal += plan.licenceYuan;
        if (plan.product.serviceEnd && (!customer.serviceEnd || *plan.product.serviceEnd > *customer.serviceEnd)) {
            customer.serviceEnd = plan.product.serviceEnd;
        }
    }
    customer.grade = gradeFor(random, licenceTotal);

    const bool registeredSince2016 = firstGoLive >= Date{std::chrono::year{2016} / 1 / 1} && random.chance(0.8);
    if (random.chance(0.85)) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            std::string credit = makeCreditCode(random, city.divisionCode, company.soleProprietor, registeredSince2016);
            if (m_creditCodes.insert(hashOf(credit)).second) {
                customer.creditCode = std::move(credit);
                break;
            }
        }
    }

    // Recorded in the CRM around the first sale; touched since.
    const Date created = std::max(firstGoLive - days{random.between(7, 90)}, engine::addYears(today, -13));
    customer.createdAt = std::chrono::time_point_cast<std::chrono::seconds>(created + std::chrono::hours{random.between(1, 9)});
    customer.updatedAt = customer.createdAt + std::chrono::seconds{static_cast<long long>(
                                                  random.unit() * static_cast<double>((std::chrono::sys_seconds{today} - customer.createdAt).count()))};

    // Contacts, a few of whom have left (会计离职 above all, §4).
    const int contactCount = contactCountFor(random, customer.sizeClass);
    for (int i = 0; i < contactCount; ++i) {
        const RoleSlot& slot = kRoles[static_cast<std::size_t>(i) % kRoles.size()];
        DemoContact contact;
        contact.id = m_next.contact++;
        contact.name = makePersonName(random);
        contact.title = std::string(slot.titles[random.index(slot.titles.size())]);
        contact.role = slot.role;
        contact.decisionRole = slot.decisionRole;
        contact.isKey = slot.key;
        for (int attempt = 0; attempt < 10; ++attempt) {
            std::string mobile = makeMobile(random);
            if (m_mobiles.insert(std::stoull(mobile)).second) {
                contact.mobile = std::move(mobile);
                break;
            }
        }
        if (random.chance(0.4)) contact.phone = makeLandline(random, city.areaCode);
        if (random.chance(0.5)) contact.wechat = random.chance(0.6) ? contact.mobile : "wx" + engine::pinyinOf(contact.name).full + std::to_string(random.between(10, 999));
        if (random.chance(0.3)) {
            constexpr std::array domains{"163.com"sv, "qq.com"sv, "126.com"sv, "sina.com"sv};
            contact.email = engine::pinyinOf(contact.name).full + std::to_string(random.between(1, 999)) + "@" +
                            std::string(domains[random.index(domains.size())]);
        }
        const bool turnover = slot.role == "accountant" || slot.role == "cashier" || slot.role == "chief_accountant";
        if (random.chance(turnover ? 0.12 : 0.03)) {
            contact.leftOn = std::max(created, today - days{random.between(1, 3 * 365)});
            if (contact.isKey) customer.departures.push_back(DemoContactLeft{m_next.event++, contact.id, *contact.leftOn});
        }
        customer.contacts.push_back(std::move(contact));
    }

    for (const auto& plan : plans) {
        customer.installedProducts.push_back(plan.product);
        addContracts(random, plan, branch->code, today, m_next.contract, customer.contracts);
    }

    std::vector<std::int64_t> recorders = branch->staff;
    if (recorders.empty()) recorders = m_setup.administrators;
    addActivities(random, customer, plans, recorders, today, m_next.activity);

    // The search document exactly as the server builds it: name, short name, code, credit
    // code, the names of contacts not archived, their mobiles, then their landlines.
    engine::SearchFields fields{customer.name, customer.shortName, customer.code, customer.creditCode, {}, {}};
    for (const auto& contact : customer.contacts) {
        fields.contactNames.push_back(contact.name);
        if (!contact.mobile.empty()) fields.phoneNumbers.push_back(contact.mobile);
    }
    for (const auto& contact : customer.contacts) {
        if (!contact.phone.empty()) fields.phoneNumbers.push_back(contact.phone);
    }
    customer.search = engine::buildSearchDocument(fields);
    return customer;
}

}  // namespace laoke::demo
