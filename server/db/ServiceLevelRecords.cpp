#include "db/ServiceLevelRecords.h"

#include "engine/BusinessDate.h"

#include <map>
#include <set>
#include <stdexcept>

namespace laoke::db {

namespace proto = laoke::protocol;
using namespace std::chrono;

namespace {

constexpr int kMaxTargetMinutes = 60 * 24 * 60;  // as sla_rules' CHECK (V0012)

std::optional<seconds> targetOf(int minutesValue)
{
    if (minutesValue < 0) throw std::invalid_argument("a target cannot be negative");
    if (minutesValue > kMaxTargetMinutes) throw std::invalid_argument("a target is at most 60 days of working time");
    if (minutesValue == 0) return std::nullopt;
    return minutes(minutesValue);
}

int minutesOf(const std::optional<seconds>& target)
{
    return target ? static_cast<int>(duration_cast<minutes>(*target).count()) : 0;
}

engine::CalendarYear toYear(const proto::CalendarYear& record)
{
    engine::CalendarYear year;
    year.year = record.year();
    std::set<sys_days> listed;
    for (const proto::CalendarDay& day : record.days()) {
        const auto date = engine::parseIsoDate(day.date());
        if (!date) throw std::invalid_argument("'" + day.date() + "' is not a date (YYYY-MM-DD)");
        if (!listed.insert(*date).second) throw std::invalid_argument(day.date() + " is listed twice");
        if (!day.name().empty()) year.names[*date] = day.name();
        if (day.kind() == "holiday") {
            year.holidays.push_back(*date);
        } else if (day.kind() == "workday") {
            year.makeUpWorkdays.push_back(*date);
        } else {
            throw std::invalid_argument("a calendar day is a holiday or a make-up working day, not '" + day.kind() + "'");
        }
    }
    return year;
}

}  // namespace

engine::ServiceLevels toServiceLevels(const proto::ServiceSettings& settings, const std::vector<proto::CalendarYear>& years)
{
    std::vector<engine::WorkingPeriod> periods;
    for (const proto::WorkingPeriod& period : settings.periods()) {
        const auto from = engine::parseClockTime(period.from());
        const auto to = engine::parseClockTime(period.to());
        if (!from || !to) throw std::invalid_argument("working hours are written like 09:00, not '" + period.from() + "'-'" + period.to() + "'");
        periods.push_back({*from, *to});
    }
    engine::Coverage coverage;
    if (settings.coverage() == "workdays") {
        coverage = engine::Coverage::Workdays;
    } else if (settings.coverage() == "every_day") {
        coverage = engine::Coverage::EveryDay;
    } else {
        throw std::invalid_argument("coverage is workdays or every_day, not '" + settings.coverage() + "'");
    }
    std::vector<engine::CalendarYear> calendarYears;
    for (const proto::CalendarYear& year : years) calendarYears.push_back(toYear(year));
    engine::WorkCalendar calendar(calendarYears, std::move(periods), coverage);  // throws with the reason

    std::vector<engine::SlaRule> rules;
    for (const proto::SlaRule& rule : settings.rules()) {
        const auto priority = engine::parsePriority(rule.priority());
        if (!priority) throw std::invalid_argument("unknown priority '" + rule.priority() + "'");
        rules.push_back({rule.grade(), *priority,
                         {targetOf(rule.first_response_minutes()), targetOf(rule.onsite_arrival_minutes()),
                          targetOf(rule.resolution_minutes())}});
    }
    engine::SlaPolicy policy(std::move(rules));  // throws with the reason

    engine::ClosePeriods close;
    close.raisePriority = settings.close_raise_priority();
    if (settings.month_end_last_days() < 0 || settings.month_end_last_days() > 10 || settings.month_start_days() < 0 ||
        settings.month_start_days() > 10) {
        throw std::invalid_argument("a month-end close period is at most 10 days at each end of the month");
    }
    close.monthEndLastDays = settings.month_end_last_days();
    close.monthStartDays = settings.month_start_days();
    const auto from = engine::parseMonthDay(settings.year_end_from());
    const auto to = engine::parseMonthDay(settings.year_end_to());
    if (!from || !to) throw std::invalid_argument("the year-end close period is written like 12-15 to 01-31");
    close.yearEndFrom = *from;
    close.yearEndTo = *to;
    return engine::ServiceLevels{std::move(calendar), std::move(policy), close, settings.version()};
}

proto::ServiceSettings toSettingsRecord(const engine::ServiceLevels& levels)
{
    proto::ServiceSettings settings;
    for (const engine::WorkingPeriod& period : levels.calendar.periods()) {
        auto* out = settings.add_periods();
        out->set_from(engine::clockTimeText(period.from));
        out->set_to(engine::clockTimeText(period.to));
    }
    settings.set_coverage(levels.calendar.coverage() == engine::Coverage::EveryDay ? "every_day" : "workdays");
    settings.set_close_raise_priority(levels.close.raisePriority);
    settings.set_month_end_last_days(levels.close.monthEndLastDays);
    settings.set_month_start_days(levels.close.monthStartDays);
    settings.set_year_end_from(engine::monthDayText(levels.close.yearEndFrom));
    settings.set_year_end_to(engine::monthDayText(levels.close.yearEndTo));
    for (const engine::SlaRule& rule : levels.policy.rules()) {
        auto* out = settings.add_rules();
        out->set_grade(rule.grade);
        out->set_priority(std::string(engine::priorityName(rule.priority)));
        out->set_first_response_minutes(minutesOf(rule.targets.firstResponse));
        out->set_onsite_arrival_minutes(minutesOf(rule.targets.onsiteArrival));
        out->set_resolution_minutes(minutesOf(rule.targets.resolution));
    }
    return settings;
}

std::vector<proto::CalendarYear> toYearRecords(const std::vector<engine::CalendarYear>& years)
{
    std::vector<proto::CalendarYear> records;
    for (const engine::CalendarYear& year : years) {
        std::map<sys_days, std::string> kinds;
        for (const sys_days day : year.holidays) kinds[day] = "holiday";
        for (const sys_days day : year.makeUpWorkdays) kinds[day] = "workday";
        proto::CalendarYear record;
        record.set_year(year.year);
        for (const auto& [day, kind] : kinds) {
            auto* out = record.add_days();
            out->set_date(engine::formatIsoDate(day));
            out->set_kind(kind);
            if (const auto name = year.names.find(day); name != year.names.end()) out->set_name(name->second);
        }
        records.push_back(std::move(record));
    }
    return records;
}

}  // namespace laoke::db
