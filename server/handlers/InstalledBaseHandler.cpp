#include "handlers/InstalledBaseHandler.h"

#include "db/AuditLog.h"
#include "db/CatalogueRepository.h"
#include "db/ContractRepository.h"
#include "db/CustomerRepository.h"
#include "db/InstalledProductRepository.h"
#include "domain/CustomerRules.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"
#include "handlers/ComputedFields.h"
#include "handlers/CustomerAccess.h"

#include <set>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

proto::Envelope installedReply(const proto::InstalledProduct& product)
{
    proto::Envelope reply;
    *reply.mutable_installed_product_reply()->mutable_installed_product() = product;
    return reply;
}

proto::Envelope contractReply(proto::Contract contract)
{
    computeServiceFields(contract, businessToday());
    proto::Envelope reply;
    *reply.mutable_contract_reply()->mutable_contract() = std::move(contract);
    return reply;
}

// Every module must be one of the chosen version's product line (the database checks it
// too; this gives the user a precise error).
void requireModulesOfLine(db::UnitOfWork& work, const proto::InstalledProduct& product)
{
    db::CatalogueRepository catalogue(work);
    const auto version = catalogue.version(product.product_version_id());
    if (!version) throw ServiceError(proto::VALIDATION_FAILED, "the product version is not in the catalogue", "product_version_id");
    if (product.module_ids().empty()) return;
    const std::set<std::int64_t> lineModules = catalogue.moduleIdsOfLine(version->productLineId);
    for (const auto id : product.module_ids()) {
        if (!lineModules.contains(id)) {
            throw ServiceError(proto::VALIDATION_FAILED, "a module does not belong to this product line", "module_ids");
        }
    }
}

}  // namespace

proto::Envelope handleSaveInstalledProduct(RequestContext& context, const proto::SaveInstalledProductRequest& request)
{
    proto::InstalledProduct product = request.installed_product();
    throwIfViolated(domain::checkInstalledProduct(product));
    if (!product.go_live_on().empty() && !product.service_end_on().empty() && product.service_end_on() < product.go_live_on()) {
        throw ServiceError(proto::VALIDATION_FAILED, "service cannot end before the go-live date", "service_end_on");
    }
    proto::InstalledProduct saved;
    context.transact([&](db::UnitOfWork& work) {
        db::InstalledProductRepository products(work);
        db::CustomerRepository customers(work);
        std::optional<db::InstalledProductRecord> before;
        if (product.id() != 0) {
            before = products.get(product.id());
            product.set_customer_id(before->product.customer_id());
        }
        customers.lock(product.customer_id());
        requireModulesOfLine(work, product);
        std::int64_t id = product.id();
        if (before) products.update(product);
        else id = products.create(product);
        customers.refreshServiceEnd(product.customer_id());
        saved = withComputedFields(products.get(id), businessToday());
        nlohmann::json details{{"after", auditJson(saved)}};
        if (before) details["before"] = auditJson(before->product);
        db::AuditLog(work).record(before ? "installed_product.update" : "installed_product.create", "installed_product",
                                  saved.id(), details);
    });
    return installedReply(saved);
}

proto::Envelope handleArchiveInstalledProduct(RequestContext& context, const proto::ArchiveRequest& request)
{
    proto::InstalledProduct saved;
    context.transact([&](db::UnitOfWork& work) {
        db::InstalledProductRepository products(work);
        const auto before = products.get(request.id());
        db::CustomerRepository customers(work);
        customers.lock(before.product.customer_id());
        products.setArchived(request.id(), request.expected_version(), request.archived());
        customers.refreshServiceEnd(before.product.customer_id());
        saved = withComputedFields(products.get(request.id()), businessToday());
        db::AuditLog(work).record(request.archived() ? "installed_product.archive" : "installed_product.restore",
                                  "installed_product", saved.id(),
                                  {{"before", auditJson(before.product)}, {"after", auditJson(saved)}});
    });
    return installedReply(saved);
}

proto::Envelope handleSaveContract(RequestContext& context, const proto::SaveContractRequest& request)
{
    proto::Contract contract = request.contract();
    contract.set_number(domain::trimmed(contract.number()));
    if (contract.payment_status().empty()) contract.set_payment_status("unpaid");
    throwIfViolated(domain::checkContract(contract));
    proto::Contract saved;
    context.transact([&](db::UnitOfWork& work) {
        db::ContractRepository contracts(work);
        std::optional<proto::Contract> before;
        if (contract.id() != 0) {
            before = contracts.get(contract.id());
            contract.set_customer_id(before->customer_id());
        }
        const proto::Customer customer = db::CustomerRepository(work).get(contract.customer_id());
        requireOwnerInBranch(work, contract.owner_id(), customer.branch_id());
        const std::vector<std::int64_t> productIds(contract.installed_product_ids().begin(),
                                                   contract.installed_product_ids().end());
        const std::set<std::int64_t> distinct(productIds.begin(), productIds.end());
        if (db::InstalledProductRepository(work).countOwnedBy(customer.id(), productIds) != distinct.size()) {
            throw ServiceError(proto::VALIDATION_FAILED, "a linked product is not one of this customer's installed products",
                               "installed_product_ids");
        }
        saved = before ? contracts.update(contract) : contracts.create(contract);
        nlohmann::json details{{"after", auditJson(saved)}};
        if (before) details["before"] = auditJson(*before);
        db::AuditLog(work).record(before ? "contract.update" : "contract.create", "contract", saved.id(), details);
    });
    return contractReply(saved);
}

proto::Envelope handleArchiveContract(RequestContext& context, const proto::ArchiveRequest& request)
{
    proto::Contract saved;
    context.transact([&](db::UnitOfWork& work) {
        db::ContractRepository contracts(work);
        const proto::Contract before = contracts.get(request.id());
        saved = contracts.setArchived(request.id(), request.expected_version(), request.archived());
        db::AuditLog(work).record(request.archived() ? "contract.archive" : "contract.restore", "contract", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
    });
    return contractReply(saved);
}

}  // namespace laoke::handlers
