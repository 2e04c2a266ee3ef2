#pragma once
// The product lifecycle of a catalogue version (Yonyou U8+ / Chanjet rule). The catalogue
// stores, per version, the release date and the first day of each later stage; an installed
// product's stage is computed from those dates and today, never typed in. What the stage
// permits (service renewal, extra modules, extra seats) is computed here too.
// Pure calendar arithmetic on std::chrono::sys_days (whole days, no time zone): the caller
// decides what "today" is (the server's local date in Asia/Shanghai).

#include <chrono>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace laoke::engine {

/// Stages in the order a version passes through them (domain-research.md §2.1).
enum class LifecycleStage {
    FullSupport,     ///< SPS阶段: full service, renewals and add-ons of any kind
    LimitedSupport,  ///< 服务支持阶段: SPS renewal at most 1 year at a time; seats only, no modules
    SupportStopped,  ///< 停止服务阶段: no renewals, no add-ons
    EndOfLife,       ///< 生命周期终止阶段: all commercial operations (商务操作) stop
};

/// Stable text name for storage and the protocol: "full_support", "limited_support",
/// "support_stopped", "end_of_life".
std::string_view lifecycleStageName(LifecycleStage stage);

/// Inverse of lifecycleStageName (exact, case-sensitive); nullopt for anything else.
std::optional<LifecycleStage> parseLifecycleStage(std::string_view name);

/// One catalogue version's lifecycle: the release date and the first day of each later
/// stage. Each stage runs from its date up to (not including) the next stage's date.
struct LifecycleDates {
    std::chrono::sys_days released;
    std::chrono::sys_days limitedSupportFrom;
    std::chrono::sys_days supportStoppedFrom;
    std::chrono::sys_days endOfLifeFrom;

    friend bool operator==(const LifecycleDates&, const LifecycleDates&) = default;
};

/// The date `years` years after `from`, on the same month and day. A 29 February with no
/// 29 February in the target year gives 1 March: the period of whole years has then run
/// to the end of 28 February, so the next one begins on 1 March.
std::chrono::sys_days addYears(std::chrono::sys_days from, int years);

/// The default lifecycle of a Yonyou U8+ / Chanjet version released on `released`, from
/// 用友《U8+产品服务生命周期管理办法》(2024-01-23) as summarised in domain-research.md
/// §2.1 [S1][S2]: stages are counted from the version's release date;
///   years 1-4  SPS阶段 (full support)      from the release date,
///   years 5-6  服务支持阶段 (limited)       from the 4th anniversary,
///   years 7-9  停止服务阶段 (stopped)       from the 6th anniversary,
///   after that 生命周期终止阶段 (end of life) from the 9th anniversary.
/// "Year N" is the version's N-th year of age, so year 5 begins on the 4th anniversary.
/// The administrator may override any date in the catalogue; this only proposes them.
LifecycleDates defaultYonyouLifecycle(std::chrono::sys_days released);

/// Why a set of lifecycle dates is refused.
struct LifecycleDatesError {
    std::string field;    ///< "limited_support_from", "support_stopped_from" or "end_of_life_from"
    std::string message;  ///< English, for logs and laokectl
};

/// Dates must not go backwards: released <= limitedSupportFrom <= supportStoppedFrom
/// <= endOfLifeFrom. Two equal dates are allowed and mean the stage between them is
/// skipped (e.g. a version withdrawn straight from full support to stopped).
/// The first date out of order is reported.
std::optional<LifecycleDatesError> validate(const LifecycleDates& dates);

/// The stage on `today`: the last stage whose first day is on or before today. A date before
/// the release counts as full support (a version announced but not yet shipped).
/// Expects dates that pass validate().
LifecycleStage stageOn(const LifecycleDates& dates, std::chrono::sys_days today);

/// The first day of `stage` (for FullSupport: the release date).
std::chrono::sys_days stageStart(const LifecycleDates& dates, LifecycleStage stage);

/// The next day on which the stage changes, strictly after `today`; nullopt once the
/// version has reached end of life. Lets the UI say "support stops in 143 days":
/// (*nextStageChange(dates, today) - today).count() == 143, and stageOn() of that day
/// gives the stage it changes to.
std::optional<std::chrono::sys_days> nextStageChange(const LifecycleDates& dates, std::chrono::sys_days today);

/// maxRenewalYears() when the lifecycle sets no cap (full support).
inline constexpr int kNoRenewalYearLimit = std::numeric_limits<int>::max();

/// SPS (annual service) may be renewed: full and limited support.
bool allowsServiceRenewal(LifecycleStage stage);

/// The longest SPS renewal in years that one renewal may cover: kNoRenewalYearLimit in full
/// support, 1 in limited support (续约 at most one year at a time), 0 once support stopped.
/// A renewal of `years` is allowed when years >= 1 && years <= maxRenewalYears(stage).
int maxRenewalYears(LifecycleStage stage);

/// Extra modules (加模块) may be bought: full support only (limited support: 停止模块加购).
bool allowsModulePurchase(LifecycleStage stage);

/// Extra seats/users (加站点) may be bought: full and limited support.
bool allowsSeatPurchase(LifecycleStage stage);

}  // namespace laoke::engine
