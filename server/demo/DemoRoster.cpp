#include "demo/DemoRoster.h"

#include "demo/BinaryCopy.h"
#include "demo/DemoRandom.h"
#include "engine/StaffingForecast.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string_view>

namespace laoke::demo {
namespace {

using namespace std::chrono;

constexpr hours kChinaOffset{8};
constexpr std::uint64_t kRosterStream = 0x726F'7374'6572'3031ULL;  // the roster's own draws

Date chinaDay(Instant at) { return floor<days>(at + kChinaOffset); }
Date mondayOf(Date day) { return day - days((weekday{day}.c_encoding() + 6) % 7); }
std::uint64_t key(std::int64_t userId, Date day)
{
    return (static_cast<std::uint64_t>(userId) << 24) ^ static_cast<std::uint64_t>(day.time_since_epoch().count());
}

// What people write on a leave day and on a planned visit in the roster's note.
constexpr std::array<const char*, 4> kLeaveNotes{"年假", "事假", "调休", "病假"};
constexpr std::array<const char*, 3> kPlannedVisits{"新版本上门安装", "客户现场培训", "上门巡检"};

bool contains(const std::vector<std::int64_t>& people, std::int64_t id)
{
    return std::find(people.begin(), people.end(), id) != people.end();
}

}  // namespace

DemoRoster::DemoRoster(RosterSetup setup) : m_setup(setup) {}

void DemoRoster::add(const DemoTicket& ticket)
{
    const TicketPlan& plan = *ticket.plan;
    const Date opened = chinaDay(plan.opened);
    // The desk's own count (RosterRepository's openedPerDay): hotline, remote and WeChat.
    const std::string_view channel = kChannels[plan.channel];
    if (channel == "hotline" || channel == "remote" || channel == "wechat") ++m_deskTickets[plan.branchId][opened];
    auto first = m_firstTicket.try_emplace(plan.branchId, opened).first;
    first->second = std::min(first->second, opened);
    std::uint64_t last = 0;  // a ticket's events mostly share a day and a person
    for (const TicketEventRow& event : ticket.events) {
        const std::uint64_t worked = key(event.actorId, chinaDay(event.at));
        if (worked != last) m_worked.insert(worked);
        last = worked;
    }
    if (ticket.appointment) ++m_visits[key(ticket.appointment->engineerId, chinaDay(ticket.appointment->startsAt))];
}

int DemoRoster::ticketsPerPerson(const ServiceBranch& branch) const
{
    // The hotline desk's ordinary day (no close period) over the last eight weeks, shared by
    // all but one of the desk: what the manager set the page's capacity to. Never below the
    // page's default, never above what one person can take on the phone.
    const engine::StaffingSettings defaults;
    const auto found = m_deskTickets.find(branch.id);
    if (found == m_deskTickets.end()) return defaults.ticketsPerPerson;
    double total = 0;
    int workdays = 0;
    for (Date day = m_setup.today - days(56); day < m_setup.today; day += days(1)) {
        if (!m_setup.levels->calendar.isWorkday(day) || engine::closeKind(day, m_setup.levels->close) != engine::CloseKind::None) continue;
        const auto count = found->second.find(day);
        total += count == found->second.end() ? 0 : count->second;
        ++workdays;
    }
    const std::size_t desk = branch.engineers.size() < 2 ? branch.engineers.size() + branch.managers.size() : branch.engineers.size();
    const double perDay = workdays == 0 ? 0 : total / workdays;
    const int share = static_cast<int>(std::ceil(perDay / static_cast<double>(std::max<std::size_t>(1, desk > 1 ? desk - 1 : 1))));
    return std::clamp(share, defaults.ticketsPerPerson, 40);
}

bool DemoRoster::busy(std::int64_t userId, Date day) const { return m_worked.count(key(userId, day)) > 0; }
int DemoRoster::visits(std::int64_t userId, Date day) const
{
    const auto found = m_visits.find(key(userId, day));
    return found == m_visits.end() ? 0 : found->second;
}

std::vector<DemoRoster::Entry> DemoRoster::planWeek(const ServiceBranch& branch, Date monday, int ticketsPerPerson,
                                                    std::map<std::int64_t, int>& hotlineDays) const
{
    const engine::WorkCalendar& calendar = m_setup.levels->calendar;
    // What the roster page would have suggested for this week (from the weeks before it).
    engine::StaffingSettings settings;
    settings.ticketsPerPerson = ticketsPerPerson;
    engine::StaffingHistory history;
    if (const auto found = m_deskTickets.find(branch.id); found != m_deskTickets.end()) history.openedPerDay = found->second;
    if (const auto found = m_firstTicket.find(branch.id); found != m_firstTicket.end()) history.firstTicketDay = found->second;
    const auto suggestions = engine::forecastWeek(monday, m_setup.today, history, calendar, m_setup.levels->close, settings);

    std::vector<std::int64_t> everyone = branch.engineers;
    everyone.insert(everyone.end(), branch.managers.begin(), branch.managers.end());
    std::vector<std::int64_t> desk = branch.engineers;
    if (desk.size() < 2) desk.insert(desk.end(), branch.managers.begin(), branch.managers.end());
    DemoRandom random = DemoRandom::forItem(m_setup.seed ^ kRosterStream,
                                            (static_cast<std::uint64_t>(branch.id) << 32) ^
                                                static_cast<std::uint64_t>(monday.time_since_epoch().count()));

    // Leave first: a day or two without a visit, on days without ticket work where the week
    // has them. On a big demo everyone works tickets every day, so a past leave day may show
    // some (the history was drawn without a roster); today's never does.
    std::map<std::pair<std::int64_t, Date>, const char*> leave;
    for (const std::int64_t person : everyone) {
        if (!random.chance(1.0 / 6)) continue;
        const int length = random.chance(0.35) ? 2 : 1;
        const char* note = kLeaveNotes[random.index(kLeaveNotes.size())];
        // strict: no ticket work that day either (always so from today on).
        auto fits = [&](Date day, bool strict) {
            if (!calendar.isWorkday(day) || visits(person, day) > 0) return false;
            return !(strict || day >= m_setup.today) || !busy(person, day);
        };
        std::vector<Date> starts;  // Monday to Friday
        for (const bool strict : {true, false}) {
            for (Date day = monday; day < monday + days(5); day += days(1)) {
                if (fits(day, strict)) starts.push_back(day);
            }
            if (!starts.empty()) break;
        }
        if (starts.empty()) continue;
        const Date start = starts[random.index(starts.size())];
        for (Date day = start; day < start + days(length) && day < monday + days(7); day += days(1)) {
            if (fits(day, false)) leave[{person, day}] = note;
        }
    }

    std::vector<Entry> entries;
    for (const engine::DaySuggestion& suggestion : suggestions) {
        const Date day = suggestion.day;
        if (!calendar.isWorkday(day)) continue;  // days off: nobody on duty
        std::vector<std::int64_t> free;
        for (const std::int64_t person : desk) {
            if (leave.count({person, day}) == 0) free.push_back(person);
        }
        if (free.empty()) {
            // Never without hotline cover: someone's leave moves.
            leave.erase({desk.front(), day});
            free.push_back(desk.front());
        }
        // A fair rota: the fewest visits that day first, then the fewest hotline days so far,
        // ties in turn through the week.
        const auto turn = static_cast<std::size_t>((day - monday).count());
        auto place = [&](std::size_t i) { return (i + free.size() - turn % free.size()) % free.size(); };
        std::vector<std::size_t> order(free.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const int va = visits(free[a], day);
            const int vb = visits(free[b], day);
            if (va != vb) return va < vb;
            const int da = hotlineDays[free[a]];
            const int db = hotlineDays[free[b]];
            return da != db ? da < db : place(a) < place(b);
        });
        const std::size_t spare = desk.size() > 1 ? desk.size() - 1 : 1;  // someone stays free for visits
        const std::size_t needed = std::min({static_cast<std::size_t>(std::max(1, suggestion.needed)), spare, free.size()});
        std::set<std::int64_t> hotline;
        for (std::size_t i = 0; i < needed; ++i) {
            const std::int64_t person = free[order[i]];
            ++hotlineDays[person];
            hotline.insert(person);
            entries.push_back({person, day, "hotline", ""});
        }
        for (const std::int64_t person : everyone) {
            if (hotline.count(person) > 0 || leave.count({person, day}) > 0) continue;
            if (visits(person, day) > 0) {
                entries.push_back({person, day, "onsite", ""});
            } else if (day > m_setup.today && contains(branch.engineers, person) && random.chance(0.08)) {
                entries.push_back({person, day, "onsite", kPlannedVisits[random.index(kPlannedVisits.size())]});
            }
        }
    }
    for (const auto& [who, note] : leave) entries.push_back({who.first, who.second, "leave", note});
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.day != b.day ? a.day < b.day : a.userId < b.userId;
    });
    return entries;
}

std::int64_t DemoRoster::write(pqxx::work& tx, PGconn* connection) const
{
    std::set<std::pair<std::int64_t, Date>> planned;  // weeks a manager saved already stay
    for (const auto& row : tx.exec("SELECT branch_id, (week_start - date '1970-01-01') FROM roster_weeks")) {
        planned.insert({row[0].as<std::int64_t>(), Date(days(row[1].as<int>()))});
    }
    std::map<std::int64_t, int> perPerson;
    for (const auto& row : tx.exec("SELECT branch_id, tickets_per_person FROM roster_settings")) {
        perPerson[row[0].as<std::int64_t>()] = row[1].as<int>();
    }
    for (const ServiceBranch& branch : *m_setup.branches) {
        if (branch.managers.empty() || perPerson.count(branch.id) > 0) continue;
        perPerson[branch.id] = ticketsPerPerson(branch);
        tx.exec_params("INSERT INTO roster_settings (branch_id, tickets_per_person, updated_at, updated_by) "
                       "VALUES ($1, $2, to_timestamp($3), $4)",
                       branch.id, perPerson[branch.id], (m_setup.now - hours(24 * 20)).time_since_epoch().count(),
                       branch.managers.front());
    }
    const Date first = mondayOf(m_setup.today - days(static_cast<int>(std::lround(m_setup.months * 30.44))));
    const Date last = mondayOf(m_setup.today) + days(7);

    struct Week {
        std::int64_t branchId = 0;
        Date monday;
        std::int64_t managerId = 0;
        Instant savedAt;
        std::vector<Entry> entries;
    };
    std::vector<Week> weeks;
    for (const ServiceBranch& branch : *m_setup.branches) {
        // The branch manager plans the roster (and is one of its people); a branch without one has none.
        if (branch.managers.empty()) continue;
        const auto ticketsPerPerson = perPerson.count(branch.id) > 0 ? perPerson[branch.id] : engine::StaffingSettings{}.ticketsPerPerson;
        std::map<std::int64_t, int> hotlineDays;
        for (Date monday = first; monday <= last; monday += days(7)) {
            if (planned.count({branch.id, monday}) > 0) continue;
            // Saved on the Friday before at 16:30 (or an hour ago, for a week planned just now).
            const Instant friday = Instant(monday - days(3)) + hours(16) + minutes(30) - kChinaOffset;
            weeks.push_back({branch.id, monday, branch.managers.front(), std::min(friday, m_setup.now - hours(1)),
                             planWeek(branch, monday, ticketsPerPerson, hotlineDays)});
        }
    }
    {
        const std::vector<std::string> columns{"branch_id", "week_start", "version", "updated_at", "updated_by"};
        BinaryCopy copy(connection, "roster_weeks", columns);
        for (const Week& w : weeks) copy.row(5).int8(w.branchId).date(w.monday).int8(1).timestamp(w.savedAt).int8(w.managerId);
        copy.complete();
    }
    const std::vector<std::string> columns{"branch_id", "week_start", "user_id", "day", "duty", "note", "updated_at", "updated_by"};
    BinaryCopy copy(connection, "roster_entries", columns);
    std::int64_t written = 0;
    for (const Week& w : weeks) {
        for (const Entry& e : w.entries) {
            copy.row(8).int8(w.branchId).date(w.monday).int8(e.userId).date(e.day).text(e.duty).text(e.note);
            copy.timestamp(w.savedAt).int8(w.managerId);
            ++written;
        }
    }
    copy.complete();
    return written;
}

}  // namespace laoke::demo
