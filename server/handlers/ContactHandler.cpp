#include "handlers/ContactHandler.h"

#include "db/AuditLog.h"
#include "db/ContactRepository.h"
#include "db/CustomerRepository.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"
#include "handlers/CustomerAccess.h"

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

proto::Envelope contactReply(const proto::Contact& contact)
{
    proto::Envelope reply;
    *reply.mutable_contact_reply()->mutable_contact() = contact;
    return reply;
}

}  // namespace

proto::Envelope handleSaveContact(RequestContext& context, const proto::SaveContactRequest& request)
{
    proto::Contact contact = request.contact();
    domain::trimContact(contact);
    if (contact.role().empty()) contact.set_role("business_user");
    if (contact.decision_role().empty()) contact.set_decision_role("user");
    throwIfViolated(domain::checkContact(contact));
    if (const auto left = engine::parseIsoDate(contact.left_on()); left && *left > businessToday()) {
        throw ServiceError(proto::VALIDATION_FAILED, "the leaving date cannot be in the future", "left_on");
    }

    proto::Contact saved;
    context.transact([&](db::UnitOfWork& work) {
        db::ContactRepository contacts(work);
        db::CustomerRepository customers(work);
        std::optional<proto::Contact> before;
        if (contact.id() != 0) {
            before = contacts.get(contact.id());
            contact.set_customer_id(before->customer_id());
        }
        // Serializes with other edits of this customer's contacts, so the search document
        // rebuilt below sees every committed contact.
        customers.lock(contact.customer_id());
        saved = before ? contacts.update(contact) : contacts.create(contact);
        const bool leftNow = !saved.left_on().empty() && (!before || before->left_on().empty());
        if (leftNow && saved.is_key()) contacts.recordKeyContactLeft(saved);
        customers.refreshSearch(saved.customer_id());
        nlohmann::json details{{"after", auditJson(saved)}};
        if (before) details["before"] = auditJson(*before);
        db::AuditLog(work).record(before ? "contact.update" : "contact.create", "contact", saved.id(), details);
    });
    return contactReply(saved);
}

proto::Envelope handleArchiveContact(RequestContext& context, const proto::ArchiveRequest& request)
{
    proto::Contact saved;
    context.transact([&](db::UnitOfWork& work) {
        db::ContactRepository contacts(work);
        const proto::Contact before = contacts.get(request.id());
        db::CustomerRepository customers(work);
        customers.lock(before.customer_id());
        saved = contacts.setArchived(request.id(), request.expected_version(), request.archived());
        customers.refreshSearch(saved.customer_id());
        db::AuditLog(work).record(request.archived() ? "contact.archive" : "contact.restore", "contact", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
    });
    return contactReply(saved);
}

}  // namespace laoke::handlers
