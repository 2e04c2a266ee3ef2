#include "demo/DemoRowWriter.h"

#include "engine/BusinessDate.h"

#include <charconv>
#include <cstdio>
#include <optional>
#include <string>
#include <tuple>

namespace laoke::demo {
namespace {

// stream_to writes a const char* null as NULL (\N); strings are passed as c_str().
const char* orNull(const std::optional<std::string>& text) { return text ? text->c_str() : nullptr; }

std::optional<std::string> dateText(const std::optional<Date>& date)
{
    if (!date) return std::nullopt;
    return engine::formatIsoDate(*date);
}

std::string timestampText(Timestamp at)
{
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::hh_mm_ss time{at - day};
    char text[48];
    std::snprintf(text, sizeof text, "%s %02d:%02d:%02d+00", engine::formatIsoDate(day).c_str(), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
    return text;
}

void writeCustomers(pqxx::work& tx, const std::vector<DemoCustomer>& batch)
{
    pqxx::stream_to stream(tx, "customers",
                           std::vector<std::string>{"id", "code", "name", "short_name", "credit_code", "industry",
                                                    "size_class", "region", "province", "city", "district", "address",
                                                    "branch_id", "owner_id", "it_maturity", "source", "status",
                                                    "manual_grade", "notes", "service_end_on", "search_keys",
                                                    "search_text", "created_at", "updated_at"});
    for (const auto& c : batch) {
        const std::string keys = bigintArrayLiteral(c.search.keys);
        const auto serviceEnd = dateText(c.serviceEnd);
        const std::optional<std::string> owner = c.ownerId ? std::optional(std::to_string(*c.ownerId)) : std::nullopt;
        stream << std::make_tuple(c.id, c.code.c_str(), c.name.c_str(), c.shortName.c_str(), c.creditCode.c_str(),
                                  c.industry.c_str(), std::string(c.sizeClass), std::string(c.region), c.province.c_str(),
                                  c.city.c_str(), c.district.c_str(), c.address.c_str(), c.branchId, orNull(owner),
                                  c.itMaturity, std::string(c.source), std::string(c.status), std::string(c.grade),
                                  c.notes.c_str(), orNull(serviceEnd), keys.c_str(), c.search.text.c_str(),
                                  timestampText(c.createdAt), timestampText(c.updatedAt));
    }
    stream.complete();
}

void writeContacts(pqxx::work& tx, const std::vector<DemoCustomer>& batch)
{
    pqxx::stream_to stream(tx, "contacts",
                           std::vector<std::string>{"id", "customer_id", "name", "title", "role", "decision_role", "is_key",
                                                    "mobile", "phone", "wechat", "email", "left_on", "created_at",
                                                    "updated_at"});
    for (const auto& c : batch) {
        const std::string created = timestampText(c.createdAt);
        for (const auto& p : c.contacts) {
            const auto leftOn = dateText(p.leftOn);
            stream << std::make_tuple(p.id, c.id, p.name.c_str(), p.title.c_str(), std::string(p.role),
                                      std::string(p.decisionRole), p.isKey, p.mobile.c_str(), p.phone.c_str(),
                                      p.wechat.c_str(), p.email.c_str(), orNull(leftOn), created, created);
        }
    }
    stream.complete();
}

void writeEvents(pqxx::work& tx, const std::vector<DemoCustomer>& batch)
{
    pqxx::stream_to stream(tx, "customer_events",
                           std::vector<std::string>{"id", "customer_id", "kind", "occurred_on", "contact_id", "recorded_at"});
    for (const auto& c : batch) {
        for (const auto& e : c.departures) {
            const std::string day = engine::formatIsoDate(e.occurredOn);
            stream << std::make_tuple(e.id, c.id, "key_contact_left", day, e.contactId, day + " 10:00:00+08");
        }
    }
    stream.complete();
}

void writeInstalledProducts(pqxx::work& tx, const std::vector<DemoCustomer>& batch)
{
    pqxx::stream_to stream(tx, "installed_products",
                           std::vector<std::string>{"id", "customer_id", "product_version_id", "seats", "licence_type",
                                                    "go_live_on", "service_end_on", "server_notes", "created_at",
                                                    "updated_at"});
    for (const auto& c : batch) {
        for (const auto& p : c.installedProducts) {
            const auto serviceEnd = dateText(p.serviceEnd);
            const std::string goLive = engine::formatIsoDate(p.goLive);
            const std::string created = goLive + " 09:00:00+08";
            stream << std::make_tuple(p.id, c.id, p.versionId, p.seats, std::string(p.licenceType), goLive,
                                      orNull(serviceEnd), p.serverNotes.c_str(), created, created);
        }
    }
    stream.complete();

    pqxx::stream_to modules(tx, "installed_product_modules", std::vector<std::string>{"installed_product_id", "module_id"});
    for (const auto& c : batch) {
        for (const auto& p : c.installedProducts) {
            for (const auto moduleId : p.moduleIds) modules << std::make_tuple(p.id, moduleId);
        }
    }
    modules.complete();
}

void writeContracts(pqxx::work& tx, const std::vector<DemoCustomer>& batch)
{
    pqxx::stream_to stream(tx, "contracts",
                           std::vector<std::string>{"id", "customer_id", "kind", "number", "amount_fen", "signed_on",
                                                    "starts_on", "ends_on", "payment_status", "owner_id", "created_at",
                                                    "updated_at"});
    for (const auto& c : batch) {
        const std::optional<std::string> owner = c.ownerId ? std::optional(std::to_string(*c.ownerId)) : std::nullopt;
        for (const auto& k : c.contracts) {
            const auto signedOn = dateText(k.signedOn);
            const auto startsOn = dateText(k.startsOn);
            const auto endsOn = dateText(k.endsOn);
            const std::string created = (signedOn ? *signedOn : engine::formatIsoDate(std::chrono::floor<std::chrono::days>(c.createdAt))) +
                                        " 11:00:00+08";
            stream << std::make_tuple(k.id, c.id, std::string(k.kind), k.number.c_str(), k.amountFen, orNull(signedOn),
                                      orNull(startsOn), orNull(endsOn), std::string(k.paymentStatus), orNull(owner), created,
                                      created);
        }
    }
    stream.complete();

    pqxx::stream_to links(tx, "contract_products", std::vector<std::string>{"contract_id", "installed_product_id"});
    for (const auto& c : batch) {
        for (const auto& k : c.contracts) {
            for (const auto productId : k.installedProductIds) links << std::make_tuple(k.id, productId);
        }
    }
    links.complete();
}

void writeActivities(pqxx::work& tx, const std::vector<DemoCustomer>& batch)
{
    pqxx::stream_to stream(tx, "activities",
                           std::vector<std::string>{"id", "customer_id", "contact_id", "kind", "occurred_at", "by_user_id",
                                                    "summary", "next_step", "next_step_on", "created_at", "updated_at"});
    for (const auto& c : batch) {
        for (const auto& a : c.activities) {
            const std::optional<std::string> contact = a.contactId ? std::optional(std::to_string(*a.contactId)) : std::nullopt;
            const auto nextStepOn = dateText(a.nextStepOn);
            const std::string at = timestampText(a.occurredAt);
            stream << std::make_tuple(a.id, c.id, orNull(contact), std::string(a.kind), at, a.byUserId, a.summary.c_str(),
                                      a.nextStep.c_str(), orNull(nextStepOn), at, at);
        }
    }
    stream.complete();
}

}  // namespace

std::string bigintArrayLiteral(const std::vector<std::int64_t>& values)
{
    std::string literal;
    literal.reserve(2 + values.size() * 18);  // a key is 15-17 digits (Han keys 17) and a comma
    literal += '{';
    char digits[24];
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) literal += ',';
        literal.append(digits, std::to_chars(digits, digits + sizeof digits, values[i]).ptr);
    }
    literal += '}';
    return literal;
}

void writeBatch(pqxx::work& tx, const std::vector<DemoCustomer>& batch, DemoRowCounts& counts)
{
    writeCustomers(tx, batch);
    writeContacts(tx, batch);
    writeEvents(tx, batch);
    writeInstalledProducts(tx, batch);
    writeContracts(tx, batch);
    writeActivities(tx, batch);
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
