#include "handlers/ComputedFields.h"

#include "engine/BusinessDate.h"
#include "engine/ProductLifecycle.h"
#include "engine/ServiceStatus.h"

namespace laoke::handlers {
namespace {

std::optional<engine::LifecycleDates> lifecycleDates(const std::string& released, const std::string& limited,
                                                     const std::string& stopped, const std::string& endOfLife)
{
    const auto r = engine::parseIsoDate(released);
    const auto l = engine::parseIsoDate(limited);
    const auto s = engine::parseIsoDate(stopped);
    const auto e = engine::parseIsoDate(endOfLife);
    if (!r || !l || !s || !e) return std::nullopt;
    engine::LifecycleDates dates{*r, *l, *s, *e};
    if (engine::validate(dates)) return std::nullopt;
    return dates;
}

void setService(const std::string& endDate, std::chrono::sys_days today, std::string* state, std::int32_t& daysLeft)
{
    const auto end = engine::parseIsoDate(endDate);
    const auto status = engine::serviceStatusOn(end, today, kExpiringSoonDays);
    *state = std::string(engine::serviceStateName(status.state));
    daysLeft = status.daysLeft.value_or(0);
}

}  // namespace

protocol::InstalledProduct withComputedFields(const db::InstalledProductRecord& record, std::chrono::sys_days today)
{
    protocol::InstalledProduct product = record.product;
    if (const auto dates = lifecycleDates(record.releasedOn, record.limitedSupportFrom, record.supportStoppedFrom,
                                          record.endOfLifeFrom)) {
        product.set_lifecycle_stage(std::string(engine::lifecycleStageName(engine::stageOn(*dates, today))));
    }
    std::int32_t daysLeft = 0;
    setService(product.service_end_on(), today, product.mutable_service_state(), daysLeft);
    product.set_service_days_left(daysLeft);
    return product;
}

void computeServiceFields(protocol::Contract& contract, std::chrono::sys_days today)
{
    if (contract.kind() != "annual_service" && contract.kind() != "saas_subscription") {
        contract.clear_service_state();
        contract.set_service_days_left(0);
        return;
    }
    std::int32_t daysLeft = 0;
    setService(contract.ends_on(), today, contract.mutable_service_state(), daysLeft);
    contract.set_service_days_left(daysLeft);
}

void computeLifecycleStage(protocol::ProductVersion& version, std::chrono::sys_days today)
{
    if (const auto dates = lifecycleDates(version.released_on(), version.limited_support_from(),
                                          version.support_stopped_from(), version.end_of_life_from())) {
        version.set_lifecycle_stage(std::string(engine::lifecycleStageName(engine::stageOn(*dates, today))));
    }
}

}  // namespace laoke::handlers
