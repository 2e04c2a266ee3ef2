#include "handlers/TicketCategoryHandler.h"

#include "db/AuditLog.h"
#include "db/TicketCategoryRepository.h"
#include "domain/CustomerRules.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"
#include "handlers/TicketFields.h"

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr int kMaxSortOrder = 100000;

proto::Envelope treeReply(db::UnitOfWork& work)
{
    proto::Envelope reply;
    auto* out = reply.mutable_list_ticket_categories_reply();
    for (auto& category : db::TicketCategoryRepository(work).all()) *out->add_categories() = std::move(category);
    return reply;
}

// Trims the names and checks their lengths and the order.
void checkCategoryFields(proto::TicketCategory& category)
{
    category.set_name_zh(domain::trimmed(category.name_zh()));
    category.set_name_en(domain::trimmed(category.name_en()));
    if (category.name_zh().empty()) throw ServiceError(proto::VALIDATION_FAILED, "give the category a Chinese name", "name_zh");
    if (characters(category.name_zh()) > 32) {
        throw ServiceError(proto::VALIDATION_FAILED, "the Chinese name is at most 32 characters", "name_zh");
    }
    if (category.name_en().empty()) throw ServiceError(proto::VALIDATION_FAILED, "give the category an English name", "name_en");
    if (characters(category.name_en()) > 64) {
        throw ServiceError(proto::VALIDATION_FAILED, "the English name is at most 64 characters", "name_en");
    }
    if (category.sort_order() < 0 || category.sort_order() > kMaxSortOrder) {
        throw ServiceError(proto::VALIDATION_FAILED, "the position is 0 to 100000", "sort_order");
    }
}

void requireFreeName(db::TicketCategoryRepository& categories, const proto::TicketCategory& category)
{
    if (categories.nameTaken(category.parent_id(), category.name_zh(), category.name_en(), category.id())) {
        throw ServiceError(proto::VALIDATION_FAILED, "another category beside it already has this name", "name_zh");
    }
}

}  // namespace

proto::Envelope handleListTicketCategories(RequestContext& context, const proto::ListTicketCategoriesRequest&)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) { reply = treeReply(work); });
    return reply;
}

proto::Envelope handleSaveTicketCategory(RequestContext& context, const proto::SaveTicketCategoryRequest& request)
{
    proto::TicketCategory wanted = request.category();
    checkCategoryFields(wanted);
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::TicketCategoryRepository categories(work);
        if (wanted.id() == 0) {
            if (wanted.retired()) throw ServiceError(proto::VALIDATION_FAILED, "a new category is in use from the start", "retired");
            if (wanted.parent_id() != 0) {
                const auto parent = categories.find(wanted.parent_id());
                if (!parent || parent->parent_id() != 0) {
                    throw ServiceError(proto::VALIDATION_FAILED, "categories have two levels: a sub-type belongs to a group and has no sub-types of its own", "parent_id");
                }
                if (parent->retired()) throw ServiceError(proto::VALIDATION_FAILED, "the group is retired", "parent_id");
            }
            requireFreeName(categories, wanted);
            const std::int64_t id = categories.insert(wanted);
            db::AuditLog(work).record("ticket_category.create", "ticket_category", id, {{"after", auditJson(*categories.find(id))}});
        } else {
            const auto before = categories.find(wanted.id());
            if (!before) throw ServiceError(proto::NOT_FOUND, "no such category");
            if (before->version() != request.expected_version()) {
                throw ServiceError(proto::CONFLICT, "the category was changed by someone else since you opened it");
            }
            if (wanted.parent_id() != before->parent_id()) {
                throw ServiceError(proto::VALIDATION_FAILED, "a category stays in its group (the reports count by group)",
                                   "parent_id");
            }
            if (before->parent_id() != 0 && categories.find(before->parent_id())->retired()) {
                throw ServiceError(proto::VALIDATION_FAILED, "its group is retired; restore the group first", "parent_id");
            }
            if (!wanted.retired()) requireFreeName(categories, wanted);
            categories.update(wanted, request.expected_version());
            const auto after = categories.find(wanted.id());
            const char* action = before->retired() == after->retired() ? "ticket_category.update"
                                 : after->retired()                    ? "ticket_category.retire"
                                                                       : "ticket_category.restore";
            db::AuditLog(work).record(action, "ticket_category", wanted.id(),
                                      {{"before", auditJson(*before)}, {"after", auditJson(*after)}});
        }
        reply = treeReply(work);
    });
    return reply;
}

}  // namespace laoke::handlers
