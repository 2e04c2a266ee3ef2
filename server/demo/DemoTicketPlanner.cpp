#include "demo/DemoTicketPlanner.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace laoke::demo {
namespace {

using namespace std::chrono;
using namespace std::string_view_literals;

constexpr hours kChinaOffset{8};

Instant chinaTime(Date day, minutes sinceMidnight) { return Instant(day) + sinceMidnight - kChinaOffset; }

// §3.1 weights of the category groups, by code.
double groupWeight(std::string_view code)
{
    static constexpr std::pair<std::string_view, double> kWeights[] = {
        {"month_end", 14}, {"year_end", 8},  {"vouchers", 12},  {"reports", 9},     {"receivables", 5},
        {"inventory", 8},  {"invoices", 6},  {"database", 6},   {"installation", 8}, {"licence", 6},
        {"upgrade", 4},    {"printing", 4},  {"permissions", 5}, {"training", 5},     {"customisation", 1},
    };
    for (const auto& [group, weight] : kWeights) {
        if (group == code) return weight;
    }
    return 2;  // a group an administrator added
}

// The modules a category is usually about, by words of their names (总账 for the ledger).
std::vector<std::string_view> moduleWords(std::string_view group)
{
    if (group == "month_end" || group == "year_end" || group == "vouchers" || group == "printing") return {"总账"sv};
    if (group == "reports") return {"报表"sv, "UFO"sv};
    if (group == "receivables") return {"应收"sv, "应付"sv};
    if (group == "inventory") return {"库存"sv, "存货"sv, "采购"sv, "销售"sv};
    if (group == "invoices") return {"销售"sv, "发票"sv, "金税"sv};
    return {};
}

std::string_view groupOf(std::string_view code) { return code.substr(0, code.find('.')); }

// The share of the year's tickets a day gets (before normalising): §6.2 seasonality.
double dayWeight(Date day, const engine::WorkCalendar& calendar)
{
    const year_month_day date{day};
    const unsigned month = static_cast<unsigned>(date.month());
    const unsigned dom = static_cast<unsigned>(date.day());
    double weight = month == 1 ? 2.5 : month == 12 ? 1.4 : 1.0;
    if (dom >= 25 || dom <= 5) weight *= 1.5;       // 月结
    else if (dom <= 15) weight *= 1.2;              // 申报期
    if (!calendar.isWorkday(day)) weight *= 0.2;    // weekends and holidays: the urgent ones only
    return weight;
}

// Minutes after midnight of a call: office hours, quiet at lunch.
minutes timeOfDay(DemoRandom& random)
{
    static constexpr std::array<double, 11> kHours{0.3, 1.0, 1.3, 1.1, 0.3, 0.8, 1.2, 1.2, 1.0, 0.7, 0.2};  // 08:00 ... 18:00
    const auto hour = 8 + static_cast<int>(random.weighted(kHours));
    return minutes(hour * 60 + static_cast<int>(random.between(0, 59)));
}

std::uint8_t drawChannel(DemoRandom& random, std::string_view group)
{
    // 热线 45, 远程 35, 现场 12, 微信 8; installation, upgrades and databases go on site more.
    const bool handsOn = group == "installation" || group == "upgrade" || group == "database";
    const std::array<double, 4> weights{45, 35, handsOn ? 30.0 : 9.0, 8};
    return static_cast<std::uint8_t>(random.weighted(weights));
}

std::uint8_t drawPriority(DemoRandom& random, std::string_view code)
{
    if (code == "database.suspect" || code == "year_end.carry_forward_failed") {
        return static_cast<std::uint8_t>(1 + random.weighted(std::array<double, 4>{45, 40, 15, 0}));
    }
    if (groupOf(code) == "training") return static_cast<std::uint8_t>(1 + random.weighted(std::array<double, 4>{0, 5, 35, 60}));
    return static_cast<std::uint8_t>(1 + random.weighted(std::array<double, 4>{6, 24, 55, 15}));
}

std::string addressOf(const DemoCustomer& customer)
{
    std::string address;
    for (const std::string* part : {&customer.province, &customer.city, &customer.district, &customer.address}) {
        if (part->empty() || (part == &customer.city && *part == customer.province)) continue;
        if (!address.empty()) address += ' ';
        address += *part;
    }
    return address.size() > 200 ? address.substr(0, 200) : address;  // the addresses here are far shorter
}

}  // namespace

DemoTicketPlanner::DemoTicketPlanner(PlannerSetup setup) : m_setup(std::move(setup))
{
    const auto& calendar = m_setup.levels->calendar;
    double yearWeight = 0;
    for (Date day = m_setup.today - days(365); day < m_setup.today; day += days(1)) yearWeight += dayWeight(day, calendar);
    const Date first = m_setup.today - days(static_cast<int>(std::lround(m_setup.months * 30.44)));
    double total = 0;
    for (Date day = first; day < m_setup.today; day += days(1)) {
        total += dayWeight(day, calendar);
        m_days.push_back(day);
        m_cumulative.push_back(total);
    }
    m_windowWeight = total / yearWeight;

    const auto& categories = *m_setup.categories;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const std::string_view group = groupOf(categories[i].code);
        auto found = std::find_if(m_groups.begin(), m_groups.end(), [&](const Group& g) { return g.code == group; });
        if (found == m_groups.end()) {
            m_groups.push_back(Group{categories[i].groupId, std::string(group), groupWeight(group), {}});
            found = m_groups.end() - 1;
        }
        found->subs.push_back(static_cast<std::int32_t>(i));
    }
    for (std::size_t i = 0; i < m_setup.lines->size(); ++i) {
        const CatalogueLine& line = (*m_setup.lines)[i];
        m_lineIndex[line.id] = static_cast<std::int16_t>(i);
        for (const auto& version : line.versions) m_lineOfVersion[version.id] = &line;
    }
}

double DemoTicketPlanner::yearlyRate(DemoRandom& random, const DemoCustomer& customer) const
{
    if (customer.installedProducts.empty()) return 0;
    const auto line = m_lineOfVersion.find(customer.installedProducts.front().versionId);
    if (line == m_lineOfVersion.end()) return 0;
    double mean = 3;
    if (line->second->profile->segment == Segment::Small) mean = 6;
    if (line->second->profile->segment == Segment::Mid) mean = 14;
    // Some customers never call (about a fifth over a year, with the Poisson zeros); the
    // others spread around the mean with a heavy tail (log-normal, mean about 1).
    if (random.chance(0.13)) return 0;
    return mean * random.logNormal(0.8, 2.2) * m_setup.rate;
}

std::int32_t DemoTicketPlanner::drawCategory(DemoRandom& random, Date day) const
{
    const year_month_day date{day};
    const unsigned month = static_cast<unsigned>(date.month());
    const unsigned dom = static_cast<unsigned>(date.day());
    std::vector<double> weights;
    double others = 0;
    for (const Group& group : m_groups) {
        double weight = group.weight;
        if (group.code == "month_end") weight *= (dom >= 25 || dom <= 5) ? 2.0 : 0.6;
        if (group.code == "year_end") weight = (month == 12 || month == 2) ? weight * 3 : month == 1 ? 0 : weight * 0.3;
        if (group.code != "year_end") others += weight;
        weights.push_back(weight);
    }
    // January is the carry-forward month: 60% of its tickets.
    if (month == 1) {
        for (std::size_t i = 0; i < m_groups.size(); ++i) {
            if (m_groups[i].code == "year_end") weights[i] = others * 1.5;
        }
    }
    const Group& group = m_groups[random.weighted(weights)];
    return group.subs[random.index(group.subs.size())];
}

bool DemoTicketPlanner::fillCustomerFacts(DemoRandom& random, const DemoCustomer& customer, Date day, std::int32_t category,
                                          TicketPlan& plan) const
{
    plan.customerId = customer.id;
    plan.branchId = customer.branchId;
    plan.grade = customer.grade.empty() ? 0 : customer.grade.front();
    // The product: one live on that day, the main one most often.
    std::vector<const DemoInstalledProduct*> live;
    for (const auto& product : customer.installedProducts) {
        if (product.goLive <= day) live.push_back(&product);
    }
    if (live.empty()) return false;
    const DemoInstalledProduct& product = random.chance(0.7) ? *live.front() : *live[random.index(live.size())];
    plan.installedProductId = product.id;
    const auto line = m_lineOfVersion.find(product.versionId);
    plan.line = line == m_lineOfVersion.end() ? -1 : m_lineIndex.at(line->second->id);
    plan.moduleId = 0;
    if (category >= 0 && line != m_lineOfVersion.end() && !product.moduleIds.empty()) {
        const auto words = moduleWords(groupOf((*m_setup.categories)[static_cast<std::size_t>(category)].code));
        const CatalogueLine& catalogueLine = *line->second;
        for (const std::int64_t module : product.moduleIds) {
            const auto at = std::find(catalogueLine.moduleIds.begin(), catalogueLine.moduleIds.end(), module);
            if (at == catalogueLine.moduleIds.end()) continue;
            const std::string& name = catalogueLine.moduleNames[static_cast<std::size_t>(at - catalogueLine.moduleIds.begin())];
            if (std::any_of(words.begin(), words.end(), [&](std::string_view w) { return name.find(w) != std::string::npos; })) {
                plan.moduleId = module;
                break;
            }
        }
    }
    // The caller: someone still with the company, the key contact most often.
    std::vector<const DemoContact*> present;
    for (const auto& contact : customer.contacts) {
        if (!contact.leftOn || *contact.leftOn > day) present.push_back(&contact);
    }
    plan.contactId = 0;
    if (!present.empty()) {
        const auto key = std::find_if(present.begin(), present.end(), [](const DemoContact* c) { return c->isKey; });
        plan.contactId = (key != present.end() && random.chance(0.6)) ? (*key)->id : present[random.index(present.size())]->id;
    }
    // Billable: the product's service had ended (or it never had any), as the server decides.
    const std::optional<Date> serviceEnd = product.serviceEnd;
    plan.billable = !serviceEnd || *serviceEnd < day;
    return true;
}

void DemoTicketPlanner::addCustomer(const DemoCustomer& customer, std::vector<TicketPlan>& out)
{
    DemoRandom random = DemoRandom::forItem(m_setup.seed ^ 0x71C4E75ULL, static_cast<std::uint64_t>(customer.id));
    // A few customers of each branch are kept for today's tickets (the first ones with a product).
    auto& candidates = m_todayCandidates[customer.branchId];
    if (candidates.size() < 40 && !customer.installedProducts.empty()) {
        TicketPlan facts;
        if (fillCustomerFacts(random, customer, m_setup.today, -1, facts)) {
            facts.address = addressOf(customer);
            candidates.push_back(std::move(facts));
        }
    }
    const double rate = yearlyRate(random, customer);
    if (rate <= 0 || m_days.empty()) return;
    const int count = random.poisson(rate * m_windowWeight);
    const Date since = std::chrono::floor<days>(customer.createdAt);
    for (int i = 0; i < count; ++i) {
        const double point = random.unit() * m_cumulative.back();
        const auto at = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), point) - m_cumulative.begin();
        const Date day = m_days[static_cast<std::size_t>(std::min<std::ptrdiff_t>(at, static_cast<std::ptrdiff_t>(m_days.size()) - 1))];
        if (day <= since) continue;  // not a customer yet
        TicketPlan plan;
        plan.category = drawCategory(random, day);
        if (!fillCustomerFacts(random, customer, day, plan.category, plan)) continue;
        const std::string_view code = (*m_setup.categories)[static_cast<std::size_t>(plan.category)].code;
        plan.opened = chinaTime(day, timeOfDay(random));
        plan.channel = drawChannel(random, groupOf(code));
        plan.priority = drawPriority(random, code);
        plan.effectivePriority = static_cast<std::uint8_t>(engine::effectivePriority(
            static_cast<engine::TicketPriority>(plan.priority), day, m_setup.levels->close));
        // Remote first (远程优先): a few remote and hotline tickets still need someone on site.
        const std::string_view group = groupOf(code);
        const double escalation = (group == "installation" || group == "database" || group == "licence") ? 0.15 : 0.04;
        plan.visit = plan.channel == kOnsiteChannel || ((plan.channel == 0 || plan.channel == 1) && random.chance(escalation));
        if (plan.visit) plan.address = addressOf(customer);
        plan.seed = random.next();
        plan.kind = PlanKind::Past;
        out.push_back(std::move(plan));
    }
}

void DemoTicketPlanner::addToday(std::vector<TicketPlan>& out)
{
    const auto& calendar = m_setup.levels->calendar;
    Date previousWorkday = m_setup.today - days(1);
    while (!calendar.isWorkday(previousWorkday) && previousWorkday > m_setup.today - days(30)) previousWorkday -= days(1);
    // Tickets come in from 08:30 until the office closes. A load before that (a demo started
    // early in the morning) finds what is still open from the afternoon of the working day before.
    const Instant dayStart = chinaTime(m_setup.today, minutes(8 * 60 + 30));
    const bool beforeOffice = m_setup.now < dayStart + minutes(30);
    const Instant openUntil = beforeOffice ? chinaTime(previousWorkday, minutes(17 * 60 + 30))
                                          : std::min(m_setup.now, chinaTime(m_setup.today, minutes(18 * 60)));
    const Instant openFrom = beforeOffice ? chinaTime(previousWorkday, minutes(13 * 60)) : dayStart;
    for (const ServiceBranch& branch : *m_setup.branches) {
        auto found = m_todayCandidates.find(branch.id);
        if (found == m_todayCandidates.end() || found->second.empty()) continue;
        if (branch.engineers.empty() && branch.managers.empty()) continue;
        std::vector<TicketPlan>& candidates = found->second;
        DemoRandom random = DemoRandom::forItem(m_setup.seed ^ 0x70DA7ULL, static_cast<std::uint64_t>(branch.id));
        std::size_t next = 0;
        auto customerFacts = [&]() { return candidates[next++ % candidates.size()]; };

        // Open tickets: two new (one urgent, just inside its half hour), two assigned, three
        // being worked on, one waiting for the customer; opened over the morning until now.
        static constexpr std::uint8_t kStates[] = {0, 0, 1, 1, 2, 2, 2, 3};
        for (std::size_t i = 0; i < std::size(kStates); ++i) {
            TicketPlan plan = customerFacts();
            plan.kind = PlanKind::TodayOpen;
            plan.targetState = kStates[i];
            const minutes ago = i == 0 ? minutes(random.between(20, 27)) : minutes(random.between(15, 300));
            plan.opened = std::max(openFrom, openUntil - ago);
            plan.category = drawCategory(random, m_setup.today);
            plan.channel = static_cast<std::uint8_t>(random.weighted(std::array<double, 4>{45, 35, 0, 8}));
            plan.priority = i == 0 ? 1 : i == 2 ? 2 : drawPriority(random, (*m_setup.categories)[static_cast<std::size_t>(plan.category)].code);
            plan.effectivePriority = static_cast<std::uint8_t>(engine::effectivePriority(
                static_cast<engine::TicketPriority>(plan.priority), floor<days>(plan.opened + kChinaOffset), m_setup.levels->close));
            plan.visit = false;
            plan.seed = random.next();
            out.push_back(std::move(plan));
        }
        // Visits today: half the engineers have one in the morning, some another in the
        // afternoon; the slots never overlap, as the server requires of planned visits.
        const auto& engineers = branch.engineers.empty() ? branch.managers : branch.engineers;
        for (std::size_t e = 0; e < engineers.size(); ++e) {
            if (e % 2 == 1 && e + 1 != engineers.size()) continue;
            for (const int slot : {0, 1}) {
                if (slot == 1 && !random.chance(0.6)) continue;
                TicketPlan plan = customerFacts();
                plan.kind = PlanKind::TodayVisit;
                plan.opened = chinaTime(previousWorkday, minutes(15 * 60 + random.between(0, 150)));
                plan.category = drawCategory(random, previousWorkday);
                plan.channel = kOnsiteChannel;
                plan.priority = 2 + static_cast<std::uint8_t>(random.index(2));
                plan.effectivePriority = static_cast<std::uint8_t>(engine::effectivePriority(
                    static_cast<engine::TicketPriority>(plan.priority), previousWorkday, m_setup.levels->close));
                plan.visit = true;
                plan.visitEngineer = engineers[e];
                plan.visitStarts = chinaTime(m_setup.today, minutes(slot == 0 ? 9 * 60 + 30 : 14 * 60));
                plan.seed = random.next();
                out.push_back(std::move(plan));
            }
        }
    }
}

}  // namespace laoke::demo
