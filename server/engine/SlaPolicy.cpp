#include "engine/SlaPolicy.h"

#include <algorithm>
#include <stdexcept>

namespace laoke::engine {

using namespace std::chrono;

std::string_view priorityName(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Urgent: return "urgent";
    case TicketPriority::High: return "high";
    case TicketPriority::Normal: return "normal";
    case TicketPriority::Consult: return "consult";
    }
    return "normal";
}

std::optional<TicketPriority> parsePriority(std::string_view name)
{
    for (const auto priority : {TicketPriority::Urgent, TicketPriority::High, TicketPriority::Normal, TicketPriority::Consult}) {
        if (priorityName(priority) == name) return priority;
    }
    return std::nullopt;
}

SlaPolicy::SlaPolicy(std::vector<SlaRule> rules) : m_rules(std::move(rules))
{
    const std::vector<std::string> grades{"", "A", "B", "C", "D", "E"};
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const SlaRule& rule = m_rules[i];
        if (std::find(grades.begin(), grades.end(), rule.grade) == grades.end()) {
            throw std::invalid_argument("an SLA rule's grade must be A to E, or empty for every grade");
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (m_rules[j].grade == rule.grade && m_rules[j].priority == rule.priority) {
                throw std::invalid_argument("two SLA rules for grade '" + rule.grade + "' and priority " +
                                            std::string(priorityName(rule.priority)));
            }
        }
        for (const auto& target : {rule.targets.firstResponse, rule.targets.onsiteArrival, rule.targets.resolution}) {
            if (target && *target <= seconds{0}) throw std::invalid_argument("an SLA target must be positive");
        }
    }
}

std::optional<SlaTargets> SlaPolicy::targetsFor(std::string_view grade, TicketPriority priority) const
{
    const SlaRule* everyGrade = nullptr;
    for (const SlaRule& rule : m_rules) {
        if (rule.priority != priority) continue;
        if (!grade.empty() && rule.grade == grade) return rule.targets;
        if (rule.grade.empty()) everyGrade = &rule;
    }
    if (everyGrade) return everyGrade->targets;
    return std::nullopt;
}

SlaPolicy defaultSlaPolicy(minutes workday)
{
    const seconds day = workday;
    return SlaPolicy({
        {"", TicketPriority::Urgent, {minutes(30), hours(4), day}},
        {"", TicketPriority::High, {hours(2), day, 2 * day}},
        {"", TicketPriority::Normal, {hours(4), std::nullopt, 3 * day}},
        {"", TicketPriority::Consult, {day, std::nullopt, std::nullopt}},
    });
}

bool inClosePeriod(sys_days day, const ClosePeriods& periods)
{
    const year_month_day date{day};
    const sys_days lastOfMonth = sys_days(date.year() / date.month() / last);
    const auto dayOfMonth = static_cast<int>(static_cast<unsigned>(date.day()));
    if ((lastOfMonth - day).count() < periods.monthEndLastDays) return true;
    if (dayOfMonth <= periods.monthStartDays) return true;
    // Year end: from yearEndFrom to yearEndTo, which usually lies in the next year.
    const month_day today{date.month(), date.day()};
    if (periods.yearEndFrom <= periods.yearEndTo) return today >= periods.yearEndFrom && today <= periods.yearEndTo;
    return today >= periods.yearEndFrom || today <= periods.yearEndTo;
}

TicketPriority effectivePriority(TicketPriority requested, sys_days day, const ClosePeriods& periods)
{
    if (!periods.raisePriority || !inClosePeriod(day, periods) || requested == TicketPriority::Urgent) return requested;
    return static_cast<TicketPriority>(static_cast<int>(requested) - 1);
}

}  // namespace laoke::engine
