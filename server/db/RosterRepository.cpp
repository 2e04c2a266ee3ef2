#include "db/RosterRepository.h"

#include "db/Sql.h"
#include "domain/Role.h"
#include "engine/BusinessDate.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;
using std::chrono::sys_days;

const Statement kBranchName{"roster_branch_name", "SELECT name FROM branches WHERE id = $1"};
const Statement kPeople{
    "roster_people",
    "SELECT id, username, display_name, role::text AS role FROM users WHERE branch_id = $1 AND enabled "
    "AND role IN ('engineer', 'branch_manager') ORDER BY display_name COLLATE \"zh-x-icu\", id"};
const Statement kWeekVersion{"roster_week_version",
                             "SELECT version FROM roster_weeks WHERE branch_id = $1 AND week_start = $2::date"};
// The first save of a week creates it; a second manager's concurrent first save finds the
// row taken and gets nothing back (a conflict, not a duplicate-key error).
const Statement kCreateWeek{
    "roster_create_week",
    "INSERT INTO roster_weeks (branch_id, week_start, updated_by) "
    "VALUES ($1, $2::date, current_setting('laoke.user_id')::bigint) ON CONFLICT DO NOTHING RETURNING version"};
const Statement kBumpWeek{
    "roster_bump_week",
    "UPDATE roster_weeks SET version = version + 1, updated_at = now(), "
    "updated_by = current_setting('laoke.user_id')::bigint "
    "WHERE branch_id = $1 AND week_start = $2::date AND version = $3 RETURNING version"};
const Statement kCells{
    "roster_cells",
    "SELECT user_id, to_char(day, 'YYYY-MM-DD') AS day, duty, note FROM roster_entries "
    "WHERE branch_id = $1 AND week_start = $2::date ORDER BY user_id, day"};
const Statement kUpsertCell{
    "roster_upsert_cell",
    "INSERT INTO roster_entries (branch_id, week_start, user_id, day, duty, note, updated_by) "
    "VALUES ($1, $2::date, $3, $4::date, $5, $6, current_setting('laoke.user_id')::bigint) "
    "ON CONFLICT (branch_id, user_id, day) DO UPDATE SET duty = EXCLUDED.duty, note = EXCLUDED.note, "
    "updated_at = now(), updated_by = EXCLUDED.updated_by"};
const Statement kRemoveCell{"roster_remove_cell",
                            "DELETE FROM roster_entries WHERE branch_id = $1 AND user_id = $2 AND day = $3::date"};
// Today's duties of the people who still work for the branch they were planned in.
const Statement kDutiesOn{
    "roster_duties_on",
    "SELECT e.user_id, to_char(e.day, 'YYYY-MM-DD') AS day, e.duty, e.note FROM roster_entries e "
    "JOIN users u ON u.id = e.user_id AND u.branch_id = e.branch_id "
    "WHERE ($1 = 0 OR e.branch_id = $1) AND e.day = $2::date ORDER BY e.user_id"};
const Statement kTicketsPerPerson{"roster_tickets_per_person",
                                  "SELECT tickets_per_person FROM roster_settings WHERE branch_id = $1"};
const Statement kSetTicketsPerPerson{
    "roster_set_tickets_per_person",
    "INSERT INTO roster_settings (branch_id, tickets_per_person, updated_by) "
    "VALUES ($1, $2, current_setting('laoke.user_id')::bigint) ON CONFLICT (branch_id) DO UPDATE "
    "SET tickets_per_person = EXCLUDED.tickets_per_person, updated_at = now(), updated_by = EXCLUDED.updated_by"};
// China dates (UTC+8, no daylight saving) whatever the session's time zone; the range is
// written on opened_at itself so the (branch_id, opened_at) index bounds the scan. The
// hotline desk answers calls, WeChat messages and remote sessions; onsite and walk-in
// requests are someone else's day.
const Statement kOpenedPerDay{
    "roster_opened_per_day",
    "SELECT to_char(((opened_at AT TIME ZONE 'UTC') + interval '8 hours')::date, 'YYYY-MM-DD') AS day, "
    "count(*)::int AS opened FROM tickets "
    "WHERE branch_id = $1 AND channel IN ('hotline', 'remote', 'wechat') "
    "AND opened_at >= ($2::date - interval '8 hours') AT TIME ZONE 'UTC' "
    "AND opened_at < ($3::date - interval '8 hours') AT TIME ZONE 'UTC' GROUP BY 1"};
const Statement kFirstTicket{
    "roster_first_ticket",
    "SELECT to_char(((min(opened_at) AT TIME ZONE 'UTC') + interval '8 hours')::date, 'YYYY-MM-DD') AS day "
    "FROM tickets WHERE branch_id = $1"};

std::string iso(sys_days day) { return engine::formatIsoDate(day); }

proto::RosterCell toCell(const pqxx::row& row)
{
    proto::RosterCell cell;
    cell.set_user_id(row["user_id"].as<std::int64_t>());
    cell.set_date(row["day"].c_str());
    cell.set_duty(row["duty"].c_str());
    cell.set_note(row["note"].c_str());
    return cell;
}

}  // namespace

std::string RosterRepository::branchName(std::int64_t branchId)
{
    const auto rows = exec(m_work, kBranchName, branchId);
    if (rows.empty()) throw ServiceError(proto::NOT_FOUND, "no such branch", "branch_id");
    return rows[0]["name"].c_str();
}

std::vector<proto::RosterPerson> RosterRepository::people(std::int64_t branchId)
{
    std::vector<proto::RosterPerson> out;
    for (const auto& row : exec(m_work, kPeople, branchId)) {
        proto::RosterPerson person;
        person.set_user_id(row["id"].as<std::int64_t>());
        person.set_display_name(row["display_name"].c_str());
        person.set_username(row["username"].c_str());
        if (const auto role = domain::roleFromName(row["role"].c_str())) person.set_role(*role);
        out.push_back(std::move(person));
    }
    return out;
}

std::int64_t RosterRepository::weekVersion(std::int64_t branchId, sys_days monday)
{
    const auto rows = exec(m_work, kWeekVersion, branchId, iso(monday));
    return rows.empty() ? 0 : rows[0][0].as<std::int64_t>();
}

std::int64_t RosterRepository::claimWeek(std::int64_t branchId, sys_days monday, std::int64_t expectedVersion)
{
    const auto rows = expectedVersion == 0 ? exec(m_work, kCreateWeek, branchId, iso(monday))
                                           : exec(m_work, kBumpWeek, branchId, iso(monday), expectedVersion);
    if (rows.empty()) throw ServiceError(proto::CONFLICT, "someone else saved this week's roster since you opened it");
    return rows[0][0].as<std::int64_t>();
}

std::vector<proto::RosterCell> RosterRepository::cells(std::int64_t branchId, sys_days monday)
{
    std::vector<proto::RosterCell> out;
    for (const auto& row : exec(m_work, kCells, branchId, iso(monday))) out.push_back(toCell(row));
    return out;
}

void RosterRepository::writeCell(std::int64_t branchId, sys_days monday, const proto::RosterCell& cell)
{
    if (cell.duty() == "office" && cell.note().empty()) {
        exec(m_work, kRemoveCell, branchId, cell.user_id(), cell.date());
    } else {
        exec(m_work, kUpsertCell, branchId, iso(monday), cell.user_id(), cell.date(), cell.duty(), cell.note());
    }
}

std::vector<proto::RosterCell> RosterRepository::dutiesOn(std::int64_t branchId, sys_days day)
{
    std::vector<proto::RosterCell> out;
    for (const auto& row : exec(m_work, kDutiesOn, branchId, iso(day))) out.push_back(toCell(row));
    return out;
}

int RosterRepository::ticketsPerPerson(std::int64_t branchId)
{
    const auto rows = exec(m_work, kTicketsPerPerson, branchId);
    return rows.empty() ? kDefaultTicketsPerPerson : rows[0][0].as<int>();
}

void RosterRepository::setTicketsPerPerson(std::int64_t branchId, int tickets)
{
    exec(m_work, kSetTicketsPerPerson, branchId, tickets);
}

std::map<sys_days, int> RosterRepository::openedPerDay(std::int64_t branchId, sys_days from, sys_days to)
{
    std::map<sys_days, int> out;
    for (const auto& row : exec(m_work, kOpenedPerDay, branchId, iso(from), iso(to))) {
        if (const auto day = engine::parseIsoDate(row["day"].c_str())) out[*day] = row["opened"].as<int>();
    }
    return out;
}

std::optional<sys_days> RosterRepository::firstTicketDay(std::int64_t branchId)
{
    const auto rows = exec(m_work, kFirstTicket, branchId);
    if (rows.empty() || rows[0][0].is_null()) return std::nullopt;
    return engine::parseIsoDate(rows[0][0].c_str());
}

}  // namespace laoke::db
