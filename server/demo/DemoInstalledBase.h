#pragma once
// The installed base of a demo customer and the contracts around it (domain-research.md §1.3,
// §1.4, §2.1, §6.2): version and go-live date, seats, licence type, modules, the service
// years paid (45-65% of customers still in service; none after a version's support stopped),
// the licence sale, annual service at 15% of the licence (the first year is bundled), yearly
// SaaS subscriptions, and now and then implementation, training, customisation and upgrades.

#include "demo/CustomerGenerator.h"
#include "demo/DemoRandom.h"

#include <optional>
#include <string_view>
#include <vector>

namespace laoke::demo {

struct InstalledPlan {
    DemoInstalledProduct product;
    const CatalogueLine* line = nullptr;
    const CatalogueVersion* version = nullptr;
    std::int64_t licenceYuan = 0;     ///< the licence price paid, or the yearly subscription (SaaS)
    std::optional<Date> upgradedOn;   ///< when it moved to this version, if not installed with it
    int paidYears = 1;                ///< service years paid, the bundled first year included
};

/// Only contracts that began in the last kContractHistoryYears are recorded (besides the
/// sales themselves): a partner's CRM starts from the records it has.
inline constexpr int kContractHistoryYears = 3;

InstalledPlan planInstalledProduct(DemoRandom& random, const CatalogueLine& line, std::string_view sizeClass,
                                   std::string_view customerStatus, Date today);

/// Appends the contracts of one installed product, numbering them from `nextContractId`.
void addContracts(DemoRandom& random, const InstalledPlan& plan, std::string_view branchCode, Date today,
                  std::int64_t& nextContractId, std::vector<DemoContract>& contracts);

}  // namespace laoke::demo
