#include "handlers/CustomerHandler.h"

#include "db/ActivityRepository.h"
#include "db/AuditLog.h"
#include "db/ContactRepository.h"
#include "db/ContractRepository.h"
#include "db/CustomerRepository.h"
#include "db/CustomerSearch.h"
#include "db/InstalledProductRepository.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"
#include "engine/SearchText.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"
#include "handlers/ComputedFields.h"
#include "handlers/CustomerAccess.h"

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr int kDefaultActivityLimit = 20;
constexpr int kMaxActivityLimit = 100;

proto::Envelope customerReply(const proto::Customer& customer)
{
    proto::Envelope reply;
    *reply.mutable_customer_reply()->mutable_customer() = customer;
    return reply;
}

// Fills what the user may leave out: the caller's branch, the region of a known province,
// the "active" status of a new customer.
void completeDefaults(const RequestContext& context, proto::Customer& customer)
{
    if (customer.branch_id() == 0 && context.user().role != "admin") customer.set_branch_id(context.user().branchId);
    if (customer.region().empty()) customer.set_region(std::string(domain::regionOfProvince(customer.province())));
    if (customer.status().empty()) customer.set_status("active");
}

engine::SearchDocument searchDocumentFor(const proto::Customer& customer, engine::SearchFields fields)
{
    fields.name = customer.name();
    fields.shortName = customer.short_name();
    fields.code = customer.code();
    fields.creditCode = customer.credit_code();
    return engine::buildSearchDocument(fields);
}

void refuseDuplicateName(db::CustomerRepository& customers, const proto::Customer& customer)
{
    if (const auto duplicate = customers.findDuplicate(customer.name(), "", customer.id())) {
        if (duplicate->branchId != customer.branch_id() && !customers.find(duplicate->id)) {
            throw ServiceError(proto::ALREADY_EXISTS, "another branch already serves a customer with this name", "name");
        }
        throw ServiceError(proto::ALREADY_EXISTS, "customer " + duplicate->code + " already has this name", "name");
    }
}

}  // namespace

proto::Envelope handleSearchCustomers(RequestContext& context, const proto::SearchCustomersRequest& request)
{
    const engine::SearchQuery text = engine::buildSearchQuery(request.filter().text());
    if (!text.usable && !text.blank) {
        throw ServiceError(proto::VALIDATION_FAILED,
                           "type at least one Chinese character, two letters (or a letter and a digit) or three digits", "text");
    }
    const std::string today = engine::formatIsoDate(businessToday());
    proto::Envelope reply;
    auto* out = reply.mutable_search_customers_reply();
    context.transact([&](db::UnitOfWork& work) {
        const std::int64_t scope = context.user().role == "admin" ? 0 : context.user().branchId;
        db::CustomerSearchPage page = db::CustomerSearch(work, context.services().customerSearch).run(request, text, scope, today, kExpiringSoonDays);
        for (auto& row : page.rows) *out->add_rows() = std::move(row);
        out->set_next_page(page.nextPage);
    });
    return reply;
}

proto::Envelope handleGetCustomer(RequestContext& context, const proto::GetCustomerRequest& request)
{
    const int limit = request.activity_limit() == 0 ? kDefaultActivityLimit : request.activity_limit();
    if (limit < 1 || limit > kMaxActivityLimit) {
        throw ServiceError(proto::BAD_REQUEST, "activity limit must be 1 to 100", "activity_limit");
    }
    const auto today = businessToday();
    proto::Envelope reply;
    auto* view = reply.mutable_customer_360_reply()->mutable_view();
    context.transact([&](db::UnitOfWork& work) {
        *view->mutable_customer() = db::CustomerRepository(work).get(request.customer_id());
        for (auto& contact : db::ContactRepository(work).forCustomer(request.customer_id())) {
            *view->add_contacts() = std::move(contact);
        }
        for (const auto& record : db::InstalledProductRepository(work).forCustomer(request.customer_id())) {
            *view->add_installed_products() = withComputedFields(record, today);
        }
        for (auto& contract : db::ContractRepository(work).forCustomer(request.customer_id())) {
            computeServiceFields(contract, today);
            *view->add_contracts() = std::move(contract);
        }
        db::ActivityRepository activities(work);
        for (auto& activity : activities.forCustomer(request.customer_id(), 0, 0, limit)) {
            *view->add_recent_activities() = std::move(activity);
        }
        view->set_activity_count(activities.countForCustomer(request.customer_id()));
    });
    view->set_today(engine::formatIsoDate(today));
    return reply;
}

proto::Envelope handleSaveCustomer(RequestContext& context, const proto::SaveCustomerRequest& request)
{
    proto::Customer customer = request.customer();
    domain::trimCustomer(customer);
    completeDefaults(context, customer);
    throwIfViolated(domain::checkCustomer(customer));
    requireBranchAccess(context, customer.branch_id());

    proto::Customer saved;
    context.transact([&](db::UnitOfWork& work) {
        db::CustomerRepository customers(work);
        requireOwnerInBranch(work, customer.owner_id(), customer.branch_id());
        refuseDuplicateName(customers, customer);
        if (customer.id() == 0) {
            saved = customers.create(customer, searchDocumentFor(customer, {}));
            db::AuditLog(work).record("customer.create", "customer", saved.id(), {{"after", auditJson(saved)}});
            return;
        }
        const proto::Customer before = customers.get(customer.id());
        if (customer.code().empty()) customer.set_code(before.code());
        saved = customers.update(customer, searchDocumentFor(customer, customers.searchFields(customer.id())));
        db::AuditLog(work).record("customer.update", "customer", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
    });
    return customerReply(saved);
}

proto::Envelope handleArchiveCustomer(RequestContext& context, const proto::ArchiveRequest& request)
{
    proto::Customer saved;
    context.transact([&](db::UnitOfWork& work) {
        db::CustomerRepository customers(work);
        const proto::Customer before = customers.get(request.id());
        saved = customers.setArchived(request.id(), request.expected_version(), request.archived());
        db::AuditLog(work).record(request.archived() ? "customer.archive" : "customer.restore", "customer", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
    });
    return customerReply(saved);
}

}  // namespace laoke::handlers
