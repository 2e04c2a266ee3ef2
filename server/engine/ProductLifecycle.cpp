#include "engine/ProductLifecycle.h"

namespace laoke::engine {

using std::chrono::sys_days;

std::string_view lifecycleStageName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::FullSupport: return "full_support";
    case LifecycleStage::LimitedSupport: return "limited_support";
    case LifecycleStage::SupportStopped: return "support_stopped";
    case LifecycleStage::EndOfLife: return "end_of_life";
    }
    return "full_support";  // not reached: every enumerator is handled above
}

std::optional<LifecycleStage> parseLifecycleStage(std::string_view name)
{
    for (auto stage : {LifecycleStage::FullSupport, LifecycleStage::LimitedSupport,
                       LifecycleStage::SupportStopped, LifecycleStage::EndOfLife}) {
        if (lifecycleStageName(stage) == name) return stage;
    }
    return std::nullopt;
}

sys_days addYears(sys_days from, int years)
{
    const std::chrono::year_month_day date{from};
    const std::chrono::year_month_day shifted{date.year() + std::chrono::years{years}, date.month(), date.day()};
    if (shifted.ok()) return sys_days{shifted};
    // Only 29 February in a common year is not a valid date here: the next day is 1 March.
    return sys_days{shifted.year() / std::chrono::February / std::chrono::last} + std::chrono::days{1};
}

LifecycleDates defaultYonyouLifecycle(sys_days released)
{
    return LifecycleDates{
        .released = released,
        .limitedSupportFrom = addYears(released, 4),
        .supportStoppedFrom = addYears(released, 6),
        .endOfLifeFrom = addYears(released, 9),
    };
}

std::optional<LifecycleDatesError> validate(const LifecycleDates& dates)
{
    if (dates.limitedSupportFrom < dates.released)
        return LifecycleDatesError{"limited_support_from", "limited support cannot begin before the release date"};
    if (dates.supportStoppedFrom < dates.limitedSupportFrom)
        return LifecycleDatesError{"support_stopped_from", "support cannot stop before limited support begins"};
    if (dates.endOfLifeFrom < dates.supportStoppedFrom)
        return LifecycleDatesError{"end_of_life_from", "end of life cannot come before support stops"};
    return std::nullopt;
}

LifecycleStage stageOn(const LifecycleDates& dates, sys_days today)
{
    if (today >= dates.endOfLifeFrom) return LifecycleStage::EndOfLife;
    if (today >= dates.supportStoppedFrom) return LifecycleStage::SupportStopped;
    if (today >= dates.limitedSupportFrom) return LifecycleStage::LimitedSupport;
    return LifecycleStage::FullSupport;
}

sys_days stageStart(const LifecycleDates& dates, LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::FullSupport: return dates.released;
    case LifecycleStage::LimitedSupport: return dates.limitedSupportFrom;
    case LifecycleStage::SupportStopped: return dates.supportStoppedFrom;
    case LifecycleStage::EndOfLife: return dates.endOfLifeFrom;
    }
    return dates.released;  // not reached
}

std::optional<sys_days> nextStageChange(const LifecycleDates& dates, sys_days today)
{
    // Skips stages of zero length (two equal dates): the stage only changes where a later
    // date is reached, and stageOn() of that day names the stage it becomes.
    for (sys_days change : {dates.limitedSupportFrom, dates.supportStoppedFrom, dates.endOfLifeFrom}) {
        if (change > today) return change;
    }
    return std::nullopt;
}

bool allowsServiceRenewal(LifecycleStage stage)
{
    return maxRenewalYears(stage) > 0;
}

int maxRenewalYears(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::FullSupport: return kNoRenewalYearLimit;
    case LifecycleStage::LimitedSupport: return 1;
    case LifecycleStage::SupportStopped: return 0;
    case LifecycleStage::EndOfLife: return 0;
    }
    return 0;  // not reached
}

bool allowsModulePurchase(LifecycleStage stage)
{
    return stage == LifecycleStage::FullSupport;
}

bool allowsSeatPurchase(LifecycleStage stage)
{
    return stage == LifecycleStage::FullSupport || stage == LifecycleStage::LimitedSupport;
}

}  // namespace laoke::engine
