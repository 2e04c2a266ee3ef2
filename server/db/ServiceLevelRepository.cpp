#include "db/ServiceLevelRepository.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {

namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

const Statement kVersion{"service_levels_version", "SELECT version FROM service_settings"};
const Statement kSettings{
    "service_settings_get",
    "SELECT s.working_periods, s.coverage, s.close_raise_priority, s.month_end_last_days, s.month_start_days, "
    "s.year_end_from, s.year_end_to, s.version, coalesce(u.display_name, '') AS updated_by_name "
    "FROM service_settings s LEFT JOIN users u ON u.id = s.updated_by"};
const Statement kRules{
    "sla_rules_get",
    "SELECT grade, priority, coalesce(first_response_minutes, 0) AS first_response, "
    "coalesce(onsite_arrival_minutes, 0) AS onsite_arrival, coalesce(resolution_minutes, 0) AS resolution FROM sla_rules "
    "ORDER BY grade, array_position(ARRAY['urgent', 'high', 'normal', 'consult'], priority)"};
const Statement kYears{
    "calendar_years_get",
    "SELECT y.year, y.version, coalesce(u.display_name, '') AS updated_by_name FROM calendar_years y "
    "LEFT JOIN users u ON u.id = y.updated_by WHERE $1 = 0 OR y.year = $1 ORDER BY y.year"};
const Statement kDays{
    "calendar_days_get", "SELECT year, to_char(day, 'YYYY-MM-DD') AS day, kind, name FROM calendar_days "
                         "WHERE $1 = 0 OR year = $1 ORDER BY day"};
const Statement kInsertSettings{
    "service_settings_insert",
    "INSERT INTO service_settings (working_periods, coverage, close_raise_priority, month_end_last_days, month_start_days, "
    "year_end_from, year_end_to, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, "
    "nullif(current_setting('laoke.user_id')::bigint, 0)) ON CONFLICT (id) DO NOTHING"};
const Statement kUpdateSettings{
    "service_settings_update",
    "UPDATE service_settings SET working_periods = $1, coverage = $2, close_raise_priority = $3, month_end_last_days = $4, "
    "month_start_days = $5, year_end_from = $6, year_end_to = $7, version = version + 1, updated_at = now(), "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0) WHERE version = $8"};
const Statement kBump{
    "service_settings_bump",
    "UPDATE service_settings SET version = version + 1, updated_at = now(), "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0)"};
const Statement kDeleteRules{"sla_rules_delete", "DELETE FROM sla_rules"};
const Statement kInsertRule{
    "sla_rule_insert",
    "INSERT INTO sla_rules (grade, priority, first_response_minutes, onsite_arrival_minutes, resolution_minutes) "
    "VALUES ($1, $2, nullif($3, 0), nullif($4, 0), nullif($5, 0))"};
const Statement kInsertYear{
    "calendar_year_insert",
    "INSERT INTO calendar_years (year, updated_by) VALUES ($1, nullif(current_setting('laoke.user_id')::bigint, 0)) "
    "ON CONFLICT (year) DO NOTHING"};
const Statement kUpdateYear{
    "calendar_year_update",
    "UPDATE calendar_years SET version = version + 1, updated_at = now(), "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0) WHERE year = $1 AND version = $2"};
const Statement kDeleteDays{"calendar_days_delete", "DELETE FROM calendar_days WHERE year = $1"};
const Statement kInsertDay{
    "calendar_day_insert", "INSERT INTO calendar_days (year, day, kind, name) VALUES ($1, $2::date, $3, $4)"};

std::string periodsText(const proto::ServiceSettings& settings)
{
    std::string text;
    for (const proto::WorkingPeriod& period : settings.periods()) {
        if (!text.empty()) text += ',';
        text += period.from() + "-" + period.to();
    }
    return text;
}

void insertRules(UnitOfWork& work, const proto::ServiceSettings& settings)
{
    exec(work, kDeleteRules);
    for (const proto::SlaRule& rule : settings.rules()) {
        exec(work, kInsertRule, rule.grade(), rule.priority(), rule.first_response_minutes(), rule.onsite_arrival_minutes(),
             rule.resolution_minutes());
    }
}

}  // namespace

std::int64_t ServiceLevelRepository::version()
{
    const auto result = exec(m_work, kVersion);
    return result.empty() ? 0 : result[0][0].as<std::int64_t>();
}

std::optional<proto::ServiceSettings> ServiceLevelRepository::settings()
{
    const auto result = exec(m_work, kSettings);
    if (result.empty()) return std::nullopt;
    const auto& row = result[0];
    proto::ServiceSettings settings;
    const std::string periods = row["working_periods"].c_str();
    for (std::size_t start = 0; start < periods.size();) {
        const std::size_t end = std::min(periods.find(',', start), periods.size());
        const std::string period = periods.substr(start, end - start);  // "09:00-12:00"
        auto* out = settings.add_periods();
        out->set_from(period.substr(0, 5));
        out->set_to(period.substr(6, 5));
        start = end + 1;
    }
    settings.set_coverage(row["coverage"].c_str());
    settings.set_close_raise_priority(row["close_raise_priority"].as<bool>());
    settings.set_month_end_last_days(row["month_end_last_days"].as<int>());
    settings.set_month_start_days(row["month_start_days"].as<int>());
    settings.set_year_end_from(row["year_end_from"].c_str());
    settings.set_year_end_to(row["year_end_to"].c_str());
    settings.set_version(row["version"].as<std::int64_t>());
    settings.set_updated_by_name(row["updated_by_name"].c_str());
    for (const auto& rule : exec(m_work, kRules)) {
        auto* out = settings.add_rules();
        out->set_grade(rule["grade"].c_str());
        out->set_priority(rule["priority"].c_str());
        out->set_first_response_minutes(rule["first_response"].as<int>());
        out->set_onsite_arrival_minutes(rule["onsite_arrival"].as<int>());
        out->set_resolution_minutes(rule["resolution"].as<int>());
    }
    return settings;
}

std::vector<proto::CalendarYear> ServiceLevelRepository::years()
{
    std::vector<proto::CalendarYear> years;
    for (const auto& row : exec(m_work, kYears, 0)) {
        proto::CalendarYear year;
        year.set_year(row["year"].as<int>());
        year.set_version(row["version"].as<std::int64_t>());
        year.set_updated_by_name(row["updated_by_name"].c_str());
        years.push_back(std::move(year));
    }
    std::size_t at = 0;
    for (const auto& row : exec(m_work, kDays, 0)) {  // both by date: walk the years along
        const int dayYear = row["year"].as<int>();
        while (at < years.size() && years[at].year() != dayYear) ++at;
        if (at == years.size()) break;
        auto* day = years[at].add_days();
        day->set_date(row["day"].c_str());
        day->set_kind(row["kind"].c_str());
        day->set_name(row["name"].c_str());
    }
    return years;
}

proto::CalendarYear ServiceLevelRepository::year(int wanted)
{
    proto::CalendarYear year;
    year.set_year(wanted);
    const auto result = exec(m_work, kYears, wanted);
    if (result.empty()) return year;
    year.set_version(result[0]["version"].as<std::int64_t>());
    year.set_updated_by_name(result[0]["updated_by_name"].c_str());
    for (const auto& row : exec(m_work, kDays, wanted)) {
        auto* day = year.add_days();
        day->set_date(row["day"].c_str());
        day->set_kind(row["kind"].c_str());
        day->set_name(row["name"].c_str());
    }
    return year;
}

bool ServiceLevelRepository::seed(const proto::ServiceSettings& settings, const std::vector<proto::CalendarYear>& years)
{
    const auto inserted = exec(m_work, kInsertSettings, periodsText(settings), settings.coverage(), settings.close_raise_priority(),
                               settings.month_end_last_days(), settings.month_start_days(), settings.year_end_from(),
                               settings.year_end_to());
    if (inserted.affected_rows() == 0) return false;
    insertRules(m_work, settings);
    for (const proto::CalendarYear& year : years) insertYear(year);
    return true;
}

void ServiceLevelRepository::saveSettings(const proto::ServiceSettings& settings)
{
    const auto updated = exec(m_work, kUpdateSettings, periodsText(settings), settings.coverage(), settings.close_raise_priority(),
                              settings.month_end_last_days(), settings.month_start_days(), settings.year_end_from(),
                              settings.year_end_to(), settings.version());
    if (updated.affected_rows() != 1) {
        throw ServiceError(proto::CONFLICT, "the service levels were changed by someone else since you opened them");
    }
    insertRules(m_work, settings);
}

void ServiceLevelRepository::saveYear(const proto::CalendarYear& year)
{
    if (year.version() == 0) {
        if (exec(m_work, kInsertYear, year.year()).affected_rows() != 1) {
            throw ServiceError(proto::CONFLICT, "someone else added " + std::to_string(year.year()) + " since you opened it");
        }
    } else if (exec(m_work, kUpdateYear, year.year(), year.version()).affected_rows() != 1) {
        throw ServiceError(proto::CONFLICT, "the calendar of " + std::to_string(year.year()) + " was changed by someone else since you opened it");
    }
    exec(m_work, kDeleteDays, year.year());
    for (const proto::CalendarDay& day : year.days()) exec(m_work, kInsertDay, year.year(), day.date(), day.kind(), day.name());
    bumpVersion();
}

void ServiceLevelRepository::insertYear(const proto::CalendarYear& year)
{
    exec(m_work, kInsertYear, year.year());
    for (const proto::CalendarDay& day : year.days()) exec(m_work, kInsertDay, year.year(), day.date(), day.kind(), day.name());
}

void ServiceLevelRepository::bumpVersion()
{
    exec(m_work, kBump);
}

}  // namespace laoke::db
