#include "demo/DemoInstalledBase.h"

#include "engine/BusinessDate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace laoke::demo {
namespace {

using namespace std::string_view_literals;
using std::chrono::days;

Date randomDateBetween(DemoRandom& random, Date from, Date to)
{
    if (to <= from) return from;
    return from + days{random.between(0, (to - from).count())};
}

std::int64_t roundTo(double value, std::int64_t step)
{
    return std::max<std::int64_t>(step, static_cast<std::int64_t>(std::llround(value / static_cast<double>(step))) * step);
}

int seatsFor(DemoRandom& random, Segment segment, std::string_view sizeClass)
{
    if (segment == Segment::Saas) return static_cast<int>(random.between(1, 5));
    if (sizeClass == "micro") return static_cast<int>(random.between(1, 3));
    if (sizeClass == "small") return static_cast<int>(random.between(3, 12));
    if (sizeClass == "medium") return static_cast<int>(random.between(10, 60));
    return static_cast<int>(random.between(50, 300));
}

std::string_view licenceTypeFor(DemoRandom& random, const CatalogueLine& line, const CatalogueVersion& version)
{
    if (line.profile->segment == Segment::Saas) return "saas";
    // Online and offline encryption came with the later versions (U8+ 15.0 offers both, §1.3);
    // older installations run on a dongle.
    const bool recent = version.dates.released >= Date{std::chrono::year{2019} / 6 / 1};
    if (!recent) return "dongle";
    const double roll = random.unit();
    if (line.code == "u8plus") return roll < 0.5 ? "online"sv : roll < 0.7 ? "offline"sv : "dongle"sv;
    return roll < 0.55 ? "online"sv : "dongle"sv;
}

std::vector<std::int64_t> chooseModules(DemoRandom& random, const CatalogueLine& line, Segment segment,
                                        std::string_view sizeClass)
{
    int wanted = 1;
    if (segment == Segment::Saas) wanted = static_cast<int>(random.between(1, 3));
    else if (sizeClass == "micro") wanted = static_cast<int>(random.between(1, 3));
    else if (sizeClass == "small") wanted = static_cast<int>(random.between(3, 6));
    else if (sizeClass == "medium") wanted = static_cast<int>(random.between(5, 12));
    else wanted = static_cast<int>(random.between(8, 20));
    const auto available = static_cast<int>(line.moduleIds.size());
    wanted = std::min(wanted, available);

    // The first module (总账) always; then earlier modules of the catalogue more often.
    std::vector<std::int64_t> chosen{line.moduleIds.front()};
    std::vector<double> weights;
    for (int i = 0; i < available; ++i) weights.push_back(i == 0 ? 0.0 : 1.0 / (1.0 + 0.15 * i));
    while (static_cast<int>(chosen.size()) < wanted) {
        const std::size_t pick = random.weighted(weights);
        weights[pick] = 0.0;
        chosen.push_back(line.moduleIds[pick]);
    }
    return chosen;
}

std::string serverNotesFor(DemoRandom& random, const CatalogueLine& line, const CatalogueVersion& version)
{
    if (line.profile->segment == Segment::Saas || random.chance(0.35)) return {};
    if (line.code == "kis_mini" || line.code == "kis_standard") {
        return random.chance(0.5) ? "单机版，ACCESS数据库，财务室电脑" : "单机版，ACCESS数据库，每月手工备份到U盘";
    }
    const auto year = static_cast<int>(std::chrono::year_month_day{version.dates.released}.year());
    const char* database = year < 2013 ? "SQL Server 2008 R2" : year < 2017 ? "SQL Server 2014" : year < 2020 ? "SQL Server 2016" : "SQL Server 2019";
    const char* system = year < 2013 ? "Windows Server 2008" : year < 2017 ? "Windows Server 2012 R2" : year < 2020 ? "Windows Server 2016" : "Windows Server 2019";
    constexpr std::array extras{"每日自动备份到NAS", "服务器放在财务室", "机房托管，需VPN远程", "虚拟机部署", "与OA系统集成",
                                "备份计划未启用，已提醒客户"};
    char notes[200];
    std::snprintf(notes, sizeof notes, "%s，%s，账套%d个，%s", database, system, static_cast<int>(random.between(1, 6)),
                  extras[random.index(extras.size())]);
    return notes;
}

/// paid, partially paid or unpaid, by how settled contracts of that age usually are.
std::string_view paymentStatus(DemoRandom& random, bool settled)
{
    const double roll = random.unit();
    if (settled) return roll < 0.96 ? "paid"sv : roll < 0.99 ? "partially_paid"sv : "unpaid"sv;
    return roll < 0.75 ? "paid"sv : roll < 0.87 ? "partially_paid"sv : "unpaid"sv;
}

std::string contractNumber(std::string_view branchCode, std::string_view kindCode, Date signedOn, std::int64_t id)
{
    char number[64];
    std::snprintf(number, sizeof number, "%.*s-%.*s-%d-%07lld", static_cast<int>(branchCode.size()), branchCode.data(),
                  static_cast<int>(kindCode.size()), kindCode.data(),
                  static_cast<int>(std::chrono::year_month_day{signedOn}.year()), static_cast<long long>(id));
    return number;
}

}  // namespace

InstalledPlan planInstalledProduct(DemoRandom& random, const CatalogueLine& line, std::string_view sizeClass,
                                   std::string_view customerStatus, Date today)
{
    const Segment segment = line.profile->segment;
    InstalledPlan plan;
    plan.line = &line;

    // Go-live: up to 12 years back, more of them recent; never before the first version.
    const Date firstRelease = line.versions.front().dates.released;
    const Date newest = today - days{7};
    const Date oldest = std::min(newest, std::max(engine::addYears(today, -12), firstRelease + days{14}));
    const double age = std::pow(random.unit(), 1.25);
    const Date goLive = newest - days{static_cast<long long>(age * static_cast<double>((newest - oldest).count()))};

    // The version: the latest at go-live, or at a later upgrade.
    auto latestOn = [&line](Date date) {
        const CatalogueVersion* found = &line.versions.front();
        for (const auto& version : line.versions) {
            if (version.dates.released <= date) found = &version;
        }
        return found;
    };
    const CatalogueVersion* installed = latestOn(goLive);
    Date versionDate = goLive;
    if (random.chance(0.5)) {
        versionDate = goLive + days{static_cast<long long>(random.unit() * static_cast<double>((today - goLive).count()))};
    }
    plan.version = latestOn(versionDate);
    if (plan.version != installed) plan.upgradedOn = std::max(versionDate, plan.version->dates.released);

    const auto& profile = *line.profile;
    const double spread = segment == Segment::Mid ? 2.2 : 1.8;
    plan.licenceYuan = roundTo(std::clamp(random.logNormal(profile.licenceMedianYuan, spread), profile.licenceMinYuan,
                                          profile.licenceMaxYuan),
                               100);

    // Service years paid. The first year comes with the licence; renewals stop when the
    // version's support stops (§2.1); lost customers stopped paying.
    int fullYears = 0;
    while (engine::addYears(goLive, fullYears + 1) <= today) ++fullYears;
    const engine::LifecycleStage stage = engine::stageOn(plan.version->dates, today);
    // Tuned so that 45-65% of customers have service in force (§6.2), about 55%: the rest
    // are mostly on versions whose support has stopped, lost, or dormant.
    double inService = segment == Segment::Saas                               ? 0.90
                       : stage == engine::LifecycleStage::FullSupport         ? 0.88
                       : stage == engine::LifecycleStage::LimitedSupport      ? 0.75
                                                                              : 0.0;
    if (customerStatus == "lost") inService = 0.0;
    if (customerStatus == "dormant") inService *= 0.3;
    if (fullYears == 0 || random.chance(inService)) {
        plan.paidYears = fullYears + 1;  // the current service year
    } else {
        int lastRenewable = fullYears;
        while (lastRenewable > 1 &&
               engine::addYears(goLive, lastRenewable) - days{1} >= plan.version->dates.supportStoppedFrom) {
            --lastRenewable;
        }
        plan.paidYears = static_cast<int>(random.between(1, lastRenewable));
    }

    auto& product = plan.product;
    product.versionId = plan.version->id;
    product.seats = seatsFor(random, segment, sizeClass);
    product.licenceType = licenceTypeFor(random, line, *plan.version);
    product.goLive = goLive;
    product.serviceEnd = engine::addYears(goLive, plan.paidYears) - days{1};
    if (plan.paidYears > 1) {
        // No renewal runs past the day support stops: the last one is cut short there.
        product.serviceEnd = std::min(*product.serviceEnd, plan.version->dates.supportStoppedFrom - days{1});
    }
    product.serverNotes = serverNotesFor(random, line, *plan.version);
    product.moduleIds = chooseModules(random, line, segment, sizeClass);
    return plan;
}

void addContracts(DemoRandom& random, const InstalledPlan& plan, std::string_view branchCode, Date today,
                  std::int64_t& nextContractId, std::vector<DemoContract>& contracts)
{
    const Segment segment = plan.line->profile->segment;
    const Date goLive = plan.product.goLive;
    const Date historyStart = engine::addYears(today, -kContractHistoryYears);
    auto add = [&](std::string_view kind, std::string_view kindCode, std::int64_t amountYuan, Date signedOn,
                   std::optional<Date> startsOn, std::optional<Date> endsOn, std::string_view payment) {
        DemoContract contract;
        contract.id = nextContractId++;
        contract.number = contractNumber(branchCode, kindCode, signedOn, contract.id);
        contract.kind = kind;
        contract.amountFen = amountYuan * 100;
        contract.signedOn = signedOn;
        contract.startsOn = startsOn;
        contract.endsOn = endsOn;
        contract.paymentStatus = payment;
        contract.installedProductIds = {plan.product.id};
        contracts.push_back(std::move(contract));
    };
    auto serviceYear = [&](int year) {
        return std::pair{engine::addYears(goLive, year), engine::addYears(goLive, year + 1) - days{1}};
    };

    if (segment == Segment::Saas) {
        // A yearly subscription, each year a contract.
        for (int year = 0; year < plan.paidYears; ++year) {
            const auto [start, end] = serviceYear(year);
            if (start < historyStart) continue;
            const Date signedOn = start - days{random.between(0, 10)};
            add("saas_subscription", "DY", plan.licenceYuan, signedOn, start, end, paymentStatus(random, end < today));
        }
        return;
    }

    const Date licenceSigned = goLive - days{random.between(10, 60)};
    add("licence", "XS", plan.licenceYuan, licenceSigned, licenceSigned, std::nullopt,
        paymentStatus(random, licenceSigned < today - days{90}));

    // Annual service (SPS / 年服务费): 15% of the licence, at least 800 元, from the second year.
    const std::int64_t serviceFee = std::max<std::int64_t>(800, roundTo(static_cast<double>(plan.licenceYuan) * 0.15, 10));
    for (int year = 1; year < plan.paidYears; ++year) {
        auto [start, end] = serviceYear(year);
        if (start < historyStart || start > *plan.product.serviceEnd) continue;
        std::int64_t fee = serviceFee;
        if (end > *plan.product.serviceEnd) {  // cut short where support stops: pro rata
            end = *plan.product.serviceEnd;
            fee = std::max<std::int64_t>(10, roundTo(static_cast<double>(serviceFee) * static_cast<double>((end - start).count() + 1) / 365.0, 10));
        }
        const Date signedOn = random.chance(0.15) ? start + days{random.between(1, 30)} : start - days{random.between(0, 40)};
        add("annual_service", "FW", fee, std::min(signedOn, today), start, end, paymentStatus(random, end < today));
    }

    if (random.chance(segment == Segment::Mid ? 0.6 : segment == Segment::Small ? 0.2 : 0.0)) {
        const Date signedOn = std::min(today, licenceSigned + days{random.between(0, 15)});
        const Date ends = std::max(signedOn, goLive + days{random.between(0, 30)});
        add("implementation", "SS", roundTo(static_cast<double>(plan.licenceYuan) * (0.3 + 0.7 * random.unit()), 100), signedOn,
            signedOn, ends, paymentStatus(random, ends < today - days{60}));
    }
    if (random.chance(0.08)) {
        const Date day = randomDateBetween(random, std::max(goLive, historyStart), today);
        add("training", "PX", roundTo(2000 + 8000 * random.unit(), 100), day, day, day + days{random.between(0, 2)},
            paymentStatus(random, day < today - days{30}));
    }
    if (random.chance(segment == Segment::Mid ? 0.08 : segment == Segment::Small ? 0.02 : 0.0)) {
        const Date signedOn = randomDateBetween(random, goLive, today);
        const Date ends = signedOn + days{random.between(30, 120)};
        add("customisation", "KF", roundTo(std::clamp(random.logNormal(40000, 2.5), 10000.0, 200000.0), 100), signedOn,
            signedOn, ends, paymentStatus(random, ends < today));
    }
    if (plan.upgradedOn && random.chance(0.6)) {
        const Date signedOn = std::max(goLive, *plan.upgradedOn - days{random.between(5, 30)});
        add("upgrade", "SJ", roundTo(static_cast<double>(plan.licenceYuan) * (0.1 + 0.2 * random.unit()), 100), signedOn,
            signedOn, *plan.upgradedOn, paymentStatus(random, *plan.upgradedOn < today - days{60}));
    }
}

}  // namespace laoke::demo
