#include "handlers/CatalogueHandler.h"

#include "db/AuditLog.h"
#include "db/CatalogueRepository.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"
#include "engine/ProductLifecycle.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"
#include "handlers/ComputedFields.h"
#include "handlers/CustomerAccess.h"

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

void fillCatalogue(db::UnitOfWork& work, proto::CatalogueReply& out)
{
    const auto today = businessToday();
    for (auto& line : db::CatalogueRepository(work).lines()) {
        for (auto& version : *line.mutable_versions()) computeLifecycleStage(version, today);
        *out.add_product_lines() = std::move(line);
    }
}

void requireName(const std::string& name, std::size_t max)
{
    const auto length = domain::utf8Length(name);
    if (!length || domain::trimmed(name).empty()) throw ServiceError(proto::VALIDATION_FAILED, "the name is required", "name");
    if (*length > max) throw ServiceError(proto::VALIDATION_FAILED, "the name is too long", "name");
}

}  // namespace

proto::Envelope handleGetCatalogue(RequestContext& context, const proto::GetCatalogueRequest&)
{
    proto::Envelope reply;
    auto* out = reply.mutable_catalogue_reply();
    context.transact([&](db::UnitOfWork& work) { fillCatalogue(work, *out); });
    return reply;
}

proto::Envelope handleSaveProductLine(RequestContext& context, const proto::SaveProductLineRequest& request)
{
    proto::ProductLine line = request.product_line();
    line.clear_modules();
    line.clear_versions();
    line.set_name(domain::trimmed(line.name()));
    requireName(line.name(), 64);
    if (!domain::isOneOf(domain::vendorCodes(), line.vendor())) {
        throw ServiceError(proto::VALIDATION_FAILED, "choose the vendor", "vendor");
    }
    if (line.deployment().empty()) line.set_deployment("on_premise");
    if (line.deployment() != "on_premise" && line.deployment() != "saas") {
        throw ServiceError(proto::VALIDATION_FAILED, "deployment is on_premise or saas", "deployment");
    }
    const bool codeOk = line.code().size() >= 2 && line.code().size() <= 32 &&
                        line.code().find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
    if (!codeOk) throw ServiceError(proto::VALIDATION_FAILED, "the code is 2-32 of a-z, 0-9, '_' and '-'", "code");
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        const auto id = db::CatalogueRepository(work).saveLine(line);
        line.set_id(id);
        db::AuditLog(work).record(request.product_line().id() == 0 ? "product_line.create" : "product_line.update",
                                  "product_line", id, {{"after", auditJson(line)}});
        fillCatalogue(work, *reply.mutable_catalogue_reply());
    });
    return reply;
}

proto::Envelope handleSaveProductVersion(RequestContext& context, const proto::SaveProductVersionRequest& request)
{
    proto::ProductVersion version = request.product_version();
    version.set_name(domain::trimmed(version.name()));
    requireName(version.name(), 32);
    const auto released = engine::parseIsoDate(version.released_on());
    if (!released) throw ServiceError(proto::VALIDATION_FAILED, "the release date is required (YYYY-MM-DD)", "released_on");
    // Stage dates left empty follow the vendor's lifecycle rule from the release date.
    const engine::LifecycleDates proposed = engine::defaultYonyouLifecycle(*released);
    auto dateOr = [](const std::string& text, std::chrono::sys_days fallback, const char* field) {
        if (text.empty()) return fallback;
        const auto parsed = engine::parseIsoDate(text);
        if (!parsed) throw ServiceError(proto::VALIDATION_FAILED, "dates are written YYYY-MM-DD", field);
        return *parsed;
    };
    const engine::LifecycleDates dates{
        *released, dateOr(version.limited_support_from(), proposed.limitedSupportFrom, "limited_support_from"),
        dateOr(version.support_stopped_from(), proposed.supportStoppedFrom, "support_stopped_from"),
        dateOr(version.end_of_life_from(), proposed.endOfLifeFrom, "end_of_life_from")};
    if (const auto error = engine::validate(dates)) throw ServiceError(proto::VALIDATION_FAILED, error->message, error->field);
    version.set_limited_support_from(engine::formatIsoDate(dates.limitedSupportFrom));
    version.set_support_stopped_from(engine::formatIsoDate(dates.supportStoppedFrom));
    version.set_end_of_life_from(engine::formatIsoDate(dates.endOfLifeFrom));
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        const auto id = db::CatalogueRepository(work).saveVersion(version);
        version.set_id(id);
        db::AuditLog(work).record(request.product_version().id() == 0 ? "product_version.create" : "product_version.update",
                                  "product_version", id, {{"after", auditJson(version)}});
        fillCatalogue(work, *reply.mutable_catalogue_reply());
    });
    return reply;
}

proto::Envelope handleSaveProductModule(RequestContext& context, const proto::SaveProductModuleRequest& request)
{
    proto::ProductModule module = request.product_module();
    module.set_name(domain::trimmed(module.name()));
    requireName(module.name(), 32);
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        const auto id = db::CatalogueRepository(work).saveModule(module);
        module.set_id(id);
        db::AuditLog(work).record(request.product_module().id() == 0 ? "product_module.create" : "product_module.update",
                                  "product_module", id, {{"after", auditJson(module)}});
        fillCatalogue(work, *reply.mutable_catalogue_reply());
    });
    return reply;
}

}  // namespace laoke::handlers
