#include "handlers/ImportHandler.h"

#include "db/AuditLog.h"
#include "db/BranchRepository.h"
#include "db/CatalogueRepository.h"
#include "db/ContactRepository.h"
#include "db/CustomerRepository.h"
#include "db/ImportStaging.h"
#include "db/InstalledProductRepository.h"
#include "db/UserRepository.h"
#include "domain/CustomerRules.h"
#include "engine/SearchText.h"
#include "engine/ServiceError.h"
#include "handlers/CustomerAccess.h"

#include <algorithm>
#include <map>
#include <set>
#include <variant>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr int kMaxRowsPerImport = 100000;

void requireImportId(const std::string& id)
{
    const bool ok = id.size() >= 8 && id.size() <= 64 &&
                    id.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") == std::string::npos;
    if (!ok) throw ServiceError(proto::BAD_REQUEST, "the import id must be 8-64 letters, digits, '-' or '_'", "import_id");
}

// One row made ready to write: the customer, its contacts and its products with catalogue ids.
struct PreparedRow {
    int rowNumber = 0;
    proto::Customer customer;
    std::vector<proto::Contact> contacts;
    std::vector<proto::InstalledProduct> products;
    std::int64_t duplicateOf = 0;  ///< an existing customer with the same name or credit code
};

struct Rejection {
    std::string field;
    std::string message;
};

class RowPreparer {
public:
    RowPreparer(RequestContext& context, db::UnitOfWork& work) : m_context(context), m_work(work)
    {
        for (const auto& branch : db::BranchRepository(work).list()) {
            m_branches[branch.name()] = branch.id();
            m_branches[branch.code()] = branch.id();
        }
        for (const auto& user : db::UserRepository(work).list()) {
            if (!user.enabled()) continue;
            m_users[{user.branch_id(), user.display_name()}] = user.id();
            m_users[{user.branch_id(), user.username()}] = user.id();
        }
    }

    /// The prepared row, or why it is rejected.
    std::variant<PreparedRow, Rejection> prepare(const proto::ImportRow& row)
    {
        PreparedRow prepared;
        prepared.rowNumber = row.row_number();
        proto::Customer& customer = prepared.customer;
        customer = row.customer();
        customer.set_id(0);
        domain::trimCustomer(customer);
        if (customer.branch_id() == 0 && !customer.branch_name().empty()) {
            const auto found = m_branches.find(domain::trimmed(customer.branch_name()));
            if (found == m_branches.end()) return Rejection{"branch_name", "no branch is called '" + customer.branch_name() + "'"};
            customer.set_branch_id(found->second);
        }
        if (customer.branch_id() == 0 && m_context.user().role != "admin") customer.set_branch_id(m_context.user().branchId);
        if (customer.region().empty()) customer.set_region(std::string(domain::regionOfProvince(customer.province())));
        if (customer.status().empty()) customer.set_status("active");
        if (customer.owner_id() == 0 && !customer.owner_name().empty()) {
            const auto found = m_users.find({customer.branch_id(), domain::trimmed(customer.owner_name())});
            if (found == m_users.end()) {
                return Rejection{"owner_name", "'" + customer.owner_name() + "' is not an active user of the customer's branch"};
            }
            customer.set_owner_id(found->second);
        }
        if (auto violation = domain::checkCustomer(customer)) return Rejection{violation->field, violation->message};
        if (m_context.user().role != "admin" && customer.branch_id() != m_context.user().branchId) {
            return Rejection{"branch_id", "you import customers of your own branch only"};
        }
        try {
            requireOwnerInBranch(m_work, customer.owner_id(), customer.branch_id());
        } catch (const ServiceError& e) {
            return Rejection{e.field(), e.what()};
        }
        for (proto::Contact contact : row.contacts()) {
            domain::trimContact(contact);
            if (contact.role().empty()) contact.set_role("business_user");
            if (contact.decision_role().empty()) contact.set_decision_role("user");
            if (auto violation = domain::checkContact(contact)) {
                return Rejection{"contacts." + violation->field, violation->message};
            }
            prepared.contacts.push_back(std::move(contact));
        }
        for (const auto& imported : row.products()) {
            auto product = prepareProduct(imported);
            if (auto* rejection = std::get_if<Rejection>(&product)) return *rejection;
            prepared.products.push_back(std::get<proto::InstalledProduct>(std::move(product)));
        }
        db::CustomerRepository customers(m_work);
        if (const auto duplicate = customers.findDuplicate(customer.name(), customer.credit_code())) {
            if (!customers.find(duplicate->id)) {
                return Rejection{"name", "another branch already serves this customer (same name or credit code)"};
            }
            prepared.duplicateOf = duplicate->id;
        }
        return prepared;
    }

private:
    std::variant<proto::InstalledProduct, Rejection> prepareProduct(const proto::ImportedProduct& imported)
    {
        const std::string line = domain::trimmed(imported.product_line());
        const std::string versionName = domain::trimmed(imported.product_version());
        const auto version = db::CatalogueRepository(m_work).findVersion(line, versionName);
        if (!version) {
            return Rejection{"products.product_version", "'" + line + " " + versionName + "' is not in the product catalogue"};
        }
        proto::InstalledProduct product;
        product.set_product_version_id(version->id);
        std::vector<std::string> unknown;
        std::vector<std::string> names;
        for (const auto& name : imported.modules()) {
            if (!domain::trimmed(name).empty()) names.push_back(domain::trimmed(name));
        }
        for (const auto id : db::CatalogueRepository(m_work).moduleIds(version->productLineId, names, unknown)) {
            product.add_module_ids(id);
        }
        if (!unknown.empty()) {
            return Rejection{"products.modules", "'" + unknown.front() + "' is not a module of " + version->lineName};
        }
        product.set_seats(imported.seats());
        product.set_licence_type(imported.licence_type());
        product.set_go_live_on(imported.go_live_on());
        product.set_service_end_on(imported.service_end_on());
        if (auto violation = domain::checkInstalledProduct(product)) {
            return Rejection{"products." + violation->field, violation->message};
        }
        return product;
    }

    RequestContext& m_context;
    db::UnitOfWork& m_work;
    std::map<std::string, std::int64_t> m_branches;
    std::map<std::pair<std::int64_t, std::string>, std::int64_t> m_users;
};

proto::ImportRowResult rowResult(int rowNumber, const char* outcome, std::int64_t customerId = 0)
{
    proto::ImportRowResult result;
    result.set_row_number(rowNumber);
    result.set_outcome(outcome);
    result.set_customer_id(customerId);
    return result;
}

bool sameContact(const proto::Contact& a, const proto::Contact& b)
{
    return a.name() == b.name() && a.mobile() == b.mobile() && a.phone() == b.phone();
}

// The existing customer with the file's values where the file has one: a column the file
// does not have (an exported list has no address, say) keeps what the customer book knows.
proto::Customer mergedForUpdate(const proto::Customer& before, const proto::Customer& imported)
{
    proto::Customer merged = before;
    auto take = [](const std::string& value, std::string* field) {
        if (!value.empty()) *field = value;
    };
    take(imported.name(), merged.mutable_name());
    take(imported.short_name(), merged.mutable_short_name());
    take(imported.credit_code(), merged.mutable_credit_code());
    take(imported.industry(), merged.mutable_industry());
    take(imported.size_class(), merged.mutable_size_class());
    take(imported.province(), merged.mutable_province());
    take(imported.city(), merged.mutable_city());
    take(imported.district(), merged.mutable_district());
    take(imported.address(), merged.mutable_address());
    if (imported.has_location()) *merged.mutable_location() = imported.location();
    take(imported.source(), merged.mutable_source());
    take(imported.manual_grade(), merged.mutable_manual_grade());
    take(imported.notes(), merged.mutable_notes());
    if (!imported.province().empty()) merged.set_region(imported.region());
    // The status defaults to "active" during preparation, so only a file that names a
    // different status changes it.
    if (imported.status() != "active") merged.set_status(imported.status());
    if (imported.it_maturity() != 0) merged.set_it_maturity(imported.it_maturity());
    if (imported.owner_id() != 0) merged.set_owner_id(imported.owner_id());
    return merged;
}

// Writes one prepared row: a new customer, or (update mode) new values and the contacts and
// products the existing customer does not have yet.
std::int64_t writeRow(db::UnitOfWork& work, const PreparedRow& row, bool update)
{
    db::CustomerRepository customers(work);
    db::ContactRepository contacts(work);
    db::InstalledProductRepository products(work);
    std::int64_t id = 0;
    std::vector<proto::Contact> existingContacts;
    std::set<std::int64_t> existingVersions;
    if (update) {
        const proto::Customer before = customers.get(row.duplicateOf);
        const proto::Customer changed = mergedForUpdate(before, row.customer);
        engine::SearchFields fields = customers.searchFields(before.id());
        fields.name = changed.name();
        fields.shortName = changed.short_name();
        fields.code = changed.code();
        fields.creditCode = changed.credit_code();
        const proto::Customer after = customers.update(changed, engine::buildSearchDocument(fields));
        db::AuditLog(work).record("customer.import_update", "customer", after.id(),
                                  {{"row", row.rowNumber}, {"before_version", before.version()}});
        id = after.id();
        existingContacts = contacts.forCustomer(id);
        for (const auto& record : products.forCustomer(id)) existingVersions.insert(record.product.product_version_id());
    } else {
        id = customers.create(row.customer, engine::buildSearchDocument({row.customer.name(), row.customer.short_name(),
                                                                         row.customer.code(), row.customer.credit_code(), {}, {}}))
                 .id();
        db::AuditLog(work).record("customer.import_create", "customer", id, {{"row", row.rowNumber}});
    }
    for (proto::Contact contact : row.contacts) {
        const bool known = std::any_of(existingContacts.begin(), existingContacts.end(),
                                       [&](const proto::Contact& c) { return sameContact(c, contact); });
        if (known) continue;
        contact.set_customer_id(id);
        const auto created = contacts.create(contact);
        db::AuditLog(work).record("contact.import_create", "contact", created.id(), {{"row", row.rowNumber}});
    }
    for (proto::InstalledProduct product : row.products) {
        if (existingVersions.contains(product.product_version_id())) continue;
        product.set_customer_id(id);
        const auto created = products.create(product);
        db::AuditLog(work).record("installed_product.import_create", "installed_product", created, {{"row", row.rowNumber}});
    }
    customers.refreshSearch(id);
    customers.refreshServiceEnd(id);
    return id;
}

}  // namespace

proto::Envelope handleStageImport(RequestContext& context, const proto::StageImportRequest& request)
{
    requireImportId(request.import_id());
    if (request.rows().empty()) throw ServiceError(proto::BAD_REQUEST, "a chunk needs at least one row", "rows");
    const std::vector<proto::ImportRow> rows(request.rows().begin(), request.rows().end());
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::ImportStaging staging(work);
        staging.purgeStale();
        const int staged = staging.stage(request.import_id(), rows);
        if (staged > kMaxRowsPerImport) {
            throw ServiceError(proto::VALIDATION_FAILED, "an import holds at most 100000 rows; split the file", "rows");
        }
        reply.mutable_stage_import_reply()->set_staged_rows(staged);
    });
    return reply;
}

proto::Envelope handleApplyImport(RequestContext& context, const proto::ApplyImportRequest& request)
{
    requireImportId(request.import_id());
    proto::Envelope reply;
    auto* out = reply.mutable_apply_import_reply();
    context.transact([&](db::UnitOfWork& work) {
        db::ImportStaging staging(work);
        const auto rows = staging.load(request.import_id());
        if (rows.empty()) throw ServiceError(proto::NOT_FOUND, "nothing was staged under this import id", "import_id");

        // Pass 1, read-only: prepare and check every row, so an all-or-nothing import with a
        // bad row writes nothing at all.
        RowPreparer preparer(context, work);
        std::vector<PreparedRow> ready;
        std::set<std::string> namesInFile;
        std::set<std::string> creditCodesInFile;
        for (const auto& row : rows) {
            auto prepared = preparer.prepare(row);
            if (auto* rejection = std::get_if<Rejection>(&prepared)) {
                auto result = rowResult(row.row_number(), "rejected");
                result.set_field(rejection->field);
                result.set_message(rejection->message);
                *out->add_results() = result;
                out->set_rejected(out->rejected() + 1);
                continue;
            }
            PreparedRow& row1 = std::get<PreparedRow>(prepared);
            const bool repeatedInFile = !namesInFile.insert(row1.customer.name()).second ||
                                        (!row1.customer.credit_code().empty() &&
                                         !creditCodesInFile.insert(row1.customer.credit_code()).second);
            if (repeatedInFile) {
                auto result = rowResult(row1.rowNumber, "rejected");
                result.set_field("name");
                result.set_message("the file names this customer twice; put its contacts and products on the same customer");
                *out->add_results() = result;
                out->set_rejected(out->rejected() + 1);
                continue;
            }
            ready.push_back(std::move(row1));
        }
        const bool blocked = out->rejected() > 0 && !request.skip_bad_rows();
        if (request.dry_run() || blocked) {
            for (const auto& row : ready) {
                if (row.duplicateOf == 0) out->set_created(out->created() + 1);
                else if (request.update_duplicates()) out->set_updated(out->updated() + 1);
                else out->set_skipped_duplicates(out->skipped_duplicates() + 1);
                if (row.duplicateOf != 0) {
                    *out->add_results() = rowResult(row.rowNumber, request.update_duplicates() ? "updated" : "skipped_duplicate",
                                                    row.duplicateOf);
                }
            }
            out->set_applied(false);
            return;
        }

        // Pass 2: write. Any failure here rolls the whole import back.
        for (const auto& row : ready) {
            if (row.duplicateOf != 0 && !request.update_duplicates()) {
                *out->add_results() = rowResult(row.rowNumber, "skipped_duplicate", row.duplicateOf);
                out->set_skipped_duplicates(out->skipped_duplicates() + 1);
                continue;
            }
            const bool update = row.duplicateOf != 0;
            const std::int64_t id = writeRow(work, row, update);
            if (update) {
                *out->add_results() = rowResult(row.rowNumber, "updated", id);
                out->set_updated(out->updated() + 1);
            } else {
                out->set_created(out->created() + 1);
            }
        }
        staging.clear(request.import_id());
        db::AuditLog(work).record("customer.import", "import", std::nullopt,
                                  {{"import_id", request.import_id()},
                                   {"created", out->created()},
                                   {"updated", out->updated()},
                                   {"skipped_duplicates", out->skipped_duplicates()},
                                   {"rejected", out->rejected()}});
        out->set_applied(true);
    });
    return reply;
}

}  // namespace laoke::handlers
