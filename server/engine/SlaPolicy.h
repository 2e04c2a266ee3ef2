#pragma once
// SLA policies: the targets a ticket gets from its customer's grade and its priority, and the
// priority raise in accounting close periods.
//
// Targets are business time (engine/BusinessClock.h). A policy rule is for one grade (A-E)
// or for every grade ("" below); a grade's own rule wins over the every-grade rule. The
// shipped default (domain-research.md §2.4) is one every-grade table:
//
//     priority      first response   onsite arrival   resolution
//     P1 urgent     0.5 h            4 h              1 working day
//     P2 high       2 h              1 working day    2 working days
//     P3 normal     4 h              -                3 working days
//     P4 consult    1 working day    -                -
//
// Close periods: at month-end close (月底结账) and year-end carry-forward (年结) a stuck
// ledger stops a company's books, so a ticket opened then is raised one priority level (P1
// stays P1). Both periods are configurable; the defaults are the last five days of a month
// through the fifth of the next, and 15 December through 31 January.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::engine {

enum class TicketPriority { Urgent = 1, High = 2, Normal = 3, Consult = 4 };

/// "urgent", "high", "normal", "consult".
std::string_view priorityName(TicketPriority priority);
std::optional<TicketPriority> parsePriority(std::string_view name);

struct SlaTargets {
    std::optional<std::chrono::seconds> firstResponse;
    std::optional<std::chrono::seconds> onsiteArrival;  ///< onsite tickets only
    std::optional<std::chrono::seconds> resolution;
};

struct SlaRule {
    std::string grade;  ///< "A" ... "E", or "" for every grade
    TicketPriority priority = TicketPriority::Normal;
    SlaTargets targets;
};

class SlaPolicy {
public:
    /// Throws std::invalid_argument for a grade other than "", A-E, two rules for the same
    /// grade and priority, or a target that is not positive.
    explicit SlaPolicy(std::vector<SlaRule> rules);

    /// The grade's own rule for the priority, else the every-grade one; nullopt if neither.
    /// `grade` "" (unrated) uses the every-grade rule.
    std::optional<SlaTargets> targetsFor(std::string_view grade, TicketPriority priority) const;

    const std::vector<SlaRule>& rules() const { return m_rules; }

private:
    std::vector<SlaRule> m_rules;
};

/// The default table above, "working day" being `workday` (WorkCalendar::workdayLength()).
SlaPolicy defaultSlaPolicy(std::chrono::minutes workday);

struct ClosePeriods {
    bool raisePriority = true;
    int monthEndLastDays = 5;        ///< the month's last N days ...
    int monthStartDays = 5;          ///< ... and the next month's first N days
    std::chrono::month_day yearEndFrom{std::chrono::December / 15};
    std::chrono::month_day yearEndTo{std::chrono::January / 31};  ///< in the next year, inclusive
};

/// True when `day` (a China date) is in a month-end or year-end close period.
bool inClosePeriod(std::chrono::sys_days day, const ClosePeriods& periods);

/// The priority a ticket opened on `day` gets: one level higher in a close period.
TicketPriority effectivePriority(TicketPriority requested, std::chrono::sys_days day, const ClosePeriods& periods);

}  // namespace laoke::engine
