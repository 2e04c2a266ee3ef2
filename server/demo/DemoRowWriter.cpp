#include "demo/DemoRowWriter.h"

#include "demo/BinaryCopy.h"
#include "demo/DemoLocation.h"

#include <optional>
#include <string>
#include <tuple>

namespace laoke::demo {
namespace {

// Times of day the generator does not choose, in China time (UTC+8).
Timestamp atChinaTime(Date day, int hour) { return Timestamp(day) + std::chrono::hours(hour - 8); }

template <typename T>
void dateOrNull(BinaryCopy& copy, const std::optional<T>& day)
{
    if (day) copy.date(*day);
    else copy.null();
}

void int8OrNull(BinaryCopy& copy, const std::optional<std::int64_t>& value)
{
    if (value) copy.int8(*value);
    else copy.null();
}

void writeCustomers(PGconn* connection, const std::vector<DemoCustomer>& batch, const SortNames& names)
{
    const std::vector<std::string> columns{"id", "code", "name", "short_name", "credit_code", "industry", "size_class",
                                           "region", "province", "city", "district", "address", "branch_id", "owner_id",
                                           "it_maturity", "source", "status", "manual_grade", "notes", "service_end_on",
                                           "search_keys", "search_text", "created_at", "updated_at", "owner_name",
                                           "branch_name", "latitude", "longitude"};
    BinaryCopy copy(connection, "customers", columns);
    std::vector<std::int64_t> keys;
    for (const auto& c : batch) {
        copy.row(static_cast<int>(columns.size())).int8(c.id).text(c.code).text(c.name).text(c.shortName).text(c.creditCode);
        copy.text(c.industry).text(c.sizeClass).text(c.region).text(c.province).text(c.city).text(c.district).text(c.address);
        copy.int8(c.branchId);
        int8OrNull(copy, c.ownerId);
        copy.int2(static_cast<std::int16_t>(c.itMaturity)).text(c.source).text(c.status).text(c.grade).text(c.notes);
        dateOrNull(copy, c.serviceEnd);
        keys.assign(c.search.keys.begin(), c.search.keys.end());
        keys.push_back(-c.branchId);  // the branch as a search key (V0006)
        copy.int8Array(keys).text(c.search.text).timestamp(c.createdAt).timestamp(c.updatedAt);
        // What the disabled customers_copy_sort_names trigger would copy (V0007).
        copy.text(c.ownerId ? names.users.at(*c.ownerId) : std::string()).text(names.branches.at(c.branchId));
        if (const auto location = demoLocation(c.id, c.city)) {
            copy.float8(location->latitude).float8(location->longitude);
        } else {
            copy.null().null();
        }
    }
    copy.complete();
}

void writeContacts(PGconn* connection, const std::vector<DemoCustomer>& batch)
{
    const std::vector<std::string> columns{"id", "customer_id", "name", "title", "role", "decision_role", "is_key",
                                           "mobile", "phone", "wechat", "email", "left_on", "created_at", "updated_at"};
    BinaryCopy copy(connection, "contacts", columns);
    for (const auto& c : batch) {
        for (const auto& p : c.contacts) {
            copy.row(static_cast<int>(columns.size())).int8(p.id).int8(c.id).text(p.name).text(p.title).text(p.role);
            copy.text(p.decisionRole).boolean(p.isKey).text(p.mobile).text(p.phone).text(p.wechat).text(p.email);
            dateOrNull(copy, p.leftOn);
            copy.timestamp(c.createdAt).timestamp(c.createdAt);
        }
    }
    copy.complete();
}

void writeEvents(PGconn* connection, const std::vector<DemoCustomer>& batch)
{
    const std::vector<std::string> columns{"id", "customer_id", "kind", "occurred_on", "contact_id", "recorded_at"};
    BinaryCopy copy(connection, "customer_events", columns);
    for (const auto& c : batch) {
        for (const auto& e : c.departures) {
            copy.row(static_cast<int>(columns.size())).int8(e.id).int8(c.id).text("key_contact_left").date(e.occurredOn);
            copy.int8(e.contactId).timestamp(atChinaTime(e.occurredOn, 10));
        }
    }
    copy.complete();
}

void writeInstalledProducts(PGconn* connection, const std::vector<DemoCustomer>& batch)
{
    const std::vector<std::string> columns{"id", "customer_id", "product_version_id", "seats", "licence_type",
                                           "go_live_on", "service_end_on", "server_notes", "created_at", "updated_at"};
    {
        BinaryCopy copy(connection, "installed_products", columns);
        for (const auto& c : batch) {
            for (const auto& p : c.installedProducts) {
                const Timestamp created = atChinaTime(p.goLive, 9);
                copy.row(static_cast<int>(columns.size())).int8(p.id).int8(c.id).int8(p.versionId).int4(p.seats);
                copy.text(p.licenceType).date(p.goLive);
                dateOrNull(copy, p.serviceEnd);
                copy.text(p.serverNotes).timestamp(created).timestamp(created);
            }
        }
        copy.complete();
    }
    BinaryCopy modules(connection, "installed_product_modules", {"installed_product_id", "module_id"});
    for (const auto& c : batch) {
        for (const auto& p : c.installedProducts) {
            for (const auto moduleId : p.moduleIds) modules.row(2).int8(p.id).int8(moduleId);
        }
    }
    modules.complete();
}

void writeContracts(PGconn* connection, const std::vector<DemoCustomer>& batch)
{
    const std::vector<std::string> columns{"id", "customer_id", "kind", "number", "amount_fen", "signed_on", "starts_on",
                                           "ends_on", "payment_status", "owner_id", "created_at", "updated_at"};
    {
        BinaryCopy copy(connection, "contracts", columns);
        for (const auto& c : batch) {
            for (const auto& k : c.contracts) {
                const Timestamp created = atChinaTime(k.signedOn ? *k.signedOn : std::chrono::floor<std::chrono::days>(c.createdAt), 11);
                copy.row(static_cast<int>(columns.size())).int8(k.id).int8(c.id).text(k.kind).text(k.number).int8(k.amountFen);
                dateOrNull(copy, k.signedOn);
                dateOrNull(copy, k.startsOn);
                dateOrNull(copy, k.endsOn);
                copy.text(k.paymentStatus);
                int8OrNull(copy, c.ownerId);
                copy.timestamp(created).timestamp(created);
            }
        }
        copy.complete();
    }
    BinaryCopy links(connection, "contract_products", {"contract_id", "installed_product_id"});
    for (const auto& c : batch) {
        for (const auto& k : c.contracts) {
            for (const auto productId : k.installedProductIds) links.row(2).int8(k.id).int8(productId);
        }
    }
    links.complete();
}

void writeActivities(PGconn* connection, const std::vector<DemoCustomer>& batch)
{
    const std::vector<std::string> columns{"id", "customer_id", "contact_id", "kind", "occurred_at", "by_user_id",
                                           "summary", "next_step", "next_step_on", "created_at", "updated_at"};
    BinaryCopy copy(connection, "activities", columns);
    for (const auto& c : batch) {
        for (const auto& a : c.activities) {
            copy.row(static_cast<int>(columns.size())).int8(a.id).int8(c.id);
            int8OrNull(copy, a.contactId);
            copy.text(a.kind).timestamp(a.occurredAt).int8(a.byUserId).text(a.summary).text(a.nextStep);
            dateOrNull(copy, a.nextStepOn);
            copy.timestamp(a.occurredAt).timestamp(a.occurredAt);
        }
    }
    copy.complete();
}

}  // namespace

void writeBatch(PGconn* connection, const std::vector<DemoCustomer>& batch, const SortNames& names, DemoRowCounts& counts)
{
    writeCustomers(connection, batch, names);
    writeContacts(connection, batch);
    writeEvents(connection, batch);
    writeInstalledProducts(connection, batch);
    writeContracts(connection, batch);
    writeActivities(connection, batch);
    for (const auto& c : batch) {
        counts.customers += 1;
        counts.contacts += static_cast<std::int64_t>(c.contacts.size());
        counts.events += static_cast<std::int64_t>(c.departures.size());
        counts.installedProducts += static_cast<std::int64_t>(c.installedProducts.size());
        for (const auto& p : c.installedProducts) counts.installedModules += static_cast<std::int64_t>(p.moduleIds.size());
        counts.contracts += static_cast<std::int64_t>(c.contracts.size());
        for (const auto& k : c.contracts) counts.contractProducts += static_cast<std::int64_t>(k.installedProductIds.size());
        counts.activities += static_cast<std::int64_t>(c.activities.size());
    }
}

}  // namespace laoke::demo
