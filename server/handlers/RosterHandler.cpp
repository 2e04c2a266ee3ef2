#include "handlers/RosterHandler.h"

#include "db/AuditLog.h"
#include "db/RosterRepository.h"
#include "domain/AccountRules.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"
#include "engine/ServiceError.h"
#include "engine/StaffingForecast.h"

#include <map>
#include <set>
#include <utility>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;
using namespace std::chrono;

namespace {

constexpr std::size_t kMaxNote = 60;
constexpr int kMaxTicketsPerPerson = 200;
// A roster is planned at most a year ahead and looked back on at most two years.
constexpr int kFurthestAheadDays = 366;
constexpr int kFurthestBackDays = 2 * 366;

bool isAdmin(const AuthenticatedUser& user) { return user.role == "admin"; }

sys_days mondayOf(sys_days day) { return day - days(weekday{day}.iso_encoding() - 1); }

sys_days parseWeek(const std::string& text, const char* field)
{
    const sys_days today = engine::chinaToday();
    if (text.empty()) return mondayOf(today);
    const auto day = engine::parseIsoDate(text);
    if (!day) throw ServiceError(proto::VALIDATION_FAILED, "the date must be YYYY-MM-DD", field);
    if (*day > today + days(kFurthestAheadDays) || *day < today - days(kFurthestBackDays)) {
        throw ServiceError(proto::VALIDATION_FAILED, "rosters are kept from two years back to a year ahead", field);
    }
    return mondayOf(*day);
}

// Administrators choose the branch; everyone else works on their own.
std::int64_t branchFor(const AuthenticatedUser& user, std::int64_t requested)
{
    if (isAdmin(user)) {
        if (requested == 0) throw ServiceError(proto::VALIDATION_FAILED, "choose the branch", "branch_id");
        return requested;
    }
    if (requested != 0 && requested != user.branchId) {
        throw ServiceError(proto::FORBIDDEN, "you see only your own branch's roster", "branch_id");
    }
    return user.branchId;
}

bool mayPlan(const AuthenticatedUser& user, std::int64_t branchId)
{
    return isAdmin(user) || (user.role == "branch_manager" && user.branchId == branchId);
}

bool validDuty(const std::string& duty)
{
    return duty == "hotline" || duty == "onsite" || duty == "office" || duty == "leave";
}

const char* closeName(engine::CloseKind kind)
{
    switch (kind) {
    case engine::CloseKind::MonthEnd: return "month_end";
    case engine::CloseKind::YearEnd: return "year_end";
    case engine::CloseKind::None: break;
    }
    return "";
}

const char* basisName(engine::SuggestionBasis basis)
{
    switch (basis) {
    case engine::SuggestionBasis::Forecast: return "forecast";
    case engine::SuggestionBasis::DayOff: return "day_off";
    case engine::SuggestionBasis::NoHistory: break;
    }
    return "no_history";
}

// The week as the roster page shows it: people, entered duties, the calendar's marks and
// the staffing suggestion against the people rostered on hotline duty.
proto::RosterWeek buildWeek(RequestContext& context, db::UnitOfWork& work, std::int64_t branchId, sys_days monday)
{
    db::RosterRepository roster(work);
    proto::RosterWeek week;
    week.set_branch_id(branchId);
    week.set_branch_name(roster.branchName(branchId));
    week.set_week_start(engine::formatIsoDate(monday));
    week.set_version(roster.weekVersion(branchId, monday));
    week.set_editable(mayPlan(context.user(), branchId));
    const sys_days today = engine::chinaToday();
    week.set_today(engine::formatIsoDate(today));

    std::set<std::int64_t> planned;
    for (auto& person : roster.people(branchId)) {
        planned.insert(person.user_id());
        *week.add_people() = std::move(person);
    }
    std::map<std::string, int> hotline;  // date -> people on hotline duty
    for (auto& cell : roster.cells(branchId, monday)) {
        if (cell.duty() == "hotline" && planned.count(cell.user_id()) > 0) ++hotline[cell.date()];
        *week.add_cells() = std::move(cell);
    }

    engine::StaffingSettings settings;
    settings.ticketsPerPerson = roster.ticketsPerPerson(branchId);
    week.set_tickets_per_person(settings.ticketsPerPerson);
    week.set_history_weeks(settings.historyWeeks);
    const auto levels = context.services().serviceLevels->current(work);
    const engine::HistoryWindow window = engine::historyWindow(monday, today, settings);
    engine::StaffingHistory history;
    history.openedPerDay = roster.openedPerDay(branchId, window.from, window.to);
    history.firstTicketDay = roster.firstTicketDay(branchId);
    for (const engine::DaySuggestion& s : engine::forecastWeek(monday, today, history, levels->calendar, levels->close, settings)) {
        proto::RosterDay* day = week.add_days();
        day->set_date(engine::formatIsoDate(s.day));
        day->set_workday(levels->calendar.isWorkday(s.day));
        day->set_holiday(levels->calendar.isHoliday(s.day));
        day->set_make_up_workday(levels->calendar.isMakeUpWorkday(s.day));
        day->set_day_name(levels->calendar.dayName(s.day));
        day->set_close(closeName(s.close));
        proto::StaffingSuggestion* out = day->mutable_suggestion();
        out->set_basis(basisName(s.basis));
        out->set_weekday_average(s.weekdayAverage);
        out->set_sample_days(s.sampleDays);
        out->set_all_weekdays(s.allWeekdays);
        out->set_close(closeName(s.close));
        out->set_close_factor(s.closeFactor);
        out->set_factor_measured(s.factorMeasured);
        out->set_expected_tickets(s.expected);
        out->set_needed(s.needed);
        out->set_rostered(hotline[day->date()]);
        out->set_short_staffed(out->rostered() < s.needed);
    }
    return week;
}

proto::Envelope reply(proto::RosterWeek week)
{
    proto::Envelope envelope;
    *envelope.mutable_roster_week() = std::move(week);
    return envelope;
}

// Checks every cell before the database is touched: a person of the branch, a day of the
// week, a known duty, a short note, each cell once.
std::vector<proto::RosterCell> validCells(const proto::SaveRosterRequest& request, sys_days monday,
                                          const std::vector<proto::RosterPerson>& people)
{
    std::set<std::int64_t> planned;
    for (const auto& person : people) planned.insert(person.user_id());
    std::set<std::pair<std::int64_t, std::string>> seen;
    std::vector<proto::RosterCell> cells;
    for (const proto::RosterCell& in : request.cells()) {
        proto::RosterCell cell = in;
        if (planned.count(cell.user_id()) == 0) {
            throw ServiceError(proto::VALIDATION_FAILED, "plan only the branch's active engineers and managers", "user_id");
        }
        const auto day = engine::parseIsoDate(cell.date());
        if (!day || *day < monday || *day >= monday + days(7)) {
            throw ServiceError(proto::VALIDATION_FAILED, "every day must lie in the week saved", "date");
        }
        if (!validDuty(cell.duty())) {
            throw ServiceError(proto::VALIDATION_FAILED, "the duty is hotline, onsite, office or leave", "duty");
        }
        cell.set_note(domain::trimmed(cell.note()));
        const auto length = domain::utf8Length(cell.note());
        if (!length || *length > kMaxNote) throw ServiceError(proto::VALIDATION_FAILED, "a note is at most 60 characters", "note");
        if (!seen.emplace(cell.user_id(), cell.date()).second) {
            throw ServiceError(proto::VALIDATION_FAILED, "a person's day is listed twice", "date");
        }
        cells.push_back(std::move(cell));
    }
    return cells;
}

nlohmann::json cellJson(const proto::RosterCell* cell)
{
    if (!cell) return {{"duty", "office"}, {"note", ""}};
    return {{"duty", cell->duty()}, {"note", cell->note()}};
}

}  // namespace

proto::Envelope handleGetRosterWeek(RequestContext& context, const proto::GetRosterWeekRequest& request)
{
    const sys_days monday = parseWeek(request.week(), "week");
    const std::int64_t branch = branchFor(context.user(), request.branch_id());
    proto::Envelope out;
    context.transact([&](db::UnitOfWork& work) { out = reply(buildWeek(context, work, branch, monday)); });
    return out;
}

proto::Envelope handleSaveRoster(RequestContext& context, const proto::SaveRosterRequest& request)
{
    const AuthenticatedUser& user = context.user();
    const std::int64_t branch = branchFor(user, request.branch_id());
    if (!mayPlan(user, branch)) throw ServiceError(proto::FORBIDDEN, "only the branch's managers plan its roster", "branch_id");
    if (request.week_start().empty()) throw ServiceError(proto::VALIDATION_FAILED, "give the week's Monday", "week_start");
    const sys_days monday = parseWeek(request.week_start(), "week_start");
    if (engine::formatIsoDate(monday) != request.week_start()) {
        throw ServiceError(proto::VALIDATION_FAILED, "a week starts on its Monday", "week_start");
    }
    if (request.expected_version() < 0) throw ServiceError(proto::BAD_REQUEST, "the version is not negative", "expected_version");
    if (request.cells_size() > 7 * 500) throw ServiceError(proto::BAD_REQUEST, "too many cells", "cells");
    if (request.tickets_per_person() < 0 || request.tickets_per_person() > kMaxTicketsPerPerson) {
        throw ServiceError(proto::VALIDATION_FAILED, "one person handles 1 to 200 tickets a day", "tickets_per_person");
    }
    proto::Envelope out;
    context.transact([&](db::UnitOfWork& work) {
        db::RosterRepository roster(work);
        const std::string branchName = roster.branchName(branch);  // NOT_FOUND for a branch that does not exist
        const std::vector<proto::RosterCell> cells = validCells(request, monday, roster.people(branch));
        // First, so a stale copy is refused before anything is written.
        const std::int64_t version = roster.claimWeek(branch, monday, request.expected_version());

        std::map<std::pair<std::int64_t, std::string>, proto::RosterCell> before;
        for (auto& cell : roster.cells(branch, monday)) before[{cell.user_id(), cell.date()}] = std::move(cell);
        nlohmann::json changes = nlohmann::json::array();
        for (const proto::RosterCell& cell : cells) {
            const auto old = before.find({cell.user_id(), cell.date()});
            const proto::RosterCell* previous = old == before.end() ? nullptr : &old->second;
            const std::string oldDuty = previous ? previous->duty() : "office";
            const std::string oldNote = previous ? previous->note() : "";
            if (oldDuty == cell.duty() && oldNote == cell.note()) continue;
            roster.writeCell(branch, monday, cell);
            changes.push_back({{"user_id", cell.user_id()}, {"date", cell.date()}, {"before", cellJson(previous)},
                               {"after", cellJson(&cell)}});
        }
        nlohmann::json details{{"branch", branchName}, {"week_start", request.week_start()}, {"version", version},
                               {"changes", changes}};
        if (request.tickets_per_person() != 0) {
            const int previous = roster.ticketsPerPerson(branch);
            if (previous != request.tickets_per_person()) {
                roster.setTicketsPerPerson(branch, request.tickets_per_person());
                details["tickets_per_person"] = {{"before", previous}, {"after", request.tickets_per_person()}};
            }
        }
        db::AuditLog(work).record("roster.save", "branch", branch, details);
        out = reply(buildWeek(context, work, branch, monday));
    });
    return out;
}

proto::Envelope handleListDutyToday(RequestContext& context, const proto::ListDutyTodayRequest&)
{
    const AuthenticatedUser& user = context.user();
    const std::int64_t branch = isAdmin(user) ? 0 : user.branchId;
    const sys_days today = engine::chinaToday();
    proto::Envelope out;
    auto* listed = out.mutable_list_duty_today_reply();
    listed->set_date(engine::formatIsoDate(today));
    context.transact([&](db::UnitOfWork& work) {
        for (auto& cell : db::RosterRepository(work).dutiesOn(branch, today)) *listed->add_duties() = std::move(cell);
    });
    return out;
}

}  // namespace laoke::handlers
