#include "handlers/DispatchHandler.h"

#include "db/CustomerRepository.h"
#include "db/EngineerProfileRepository.h"
#include "db/TicketCategoryRepository.h"
#include "db/TicketRepository.h"
#include "domain/AccountRules.h"
#include "engine/CategorySuggester.h"
#include "engine/ServiceError.h"

#include <set>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {
// A ticket's limits (TicketHandler).
constexpr std::size_t kMaxSubject = 100;
constexpr std::size_t kMaxDescription = 4000;
}  // namespace

proto::Envelope handleSuggestTicketCategories(RequestContext& context, const proto::SuggestTicketCategoriesRequest& request)
{
    if (request.customer_id() == 0) throw ServiceError(proto::VALIDATION_FAILED, "choose the customer", "customer_id");
    const auto subject = domain::utf8Length(request.subject());
    if (!subject || *subject > kMaxSubject) throw ServiceError(proto::BAD_REQUEST, "the subject is too long", "subject");
    const auto description = domain::utf8Length(request.description());
    if (!description || *description > kMaxDescription) {
        throw ServiceError(proto::BAD_REQUEST, "the description is too long", "description");
    }
    // The same keys the ticket will be stored with, so a ticket is most similar to its twin.
    const std::vector<std::int64_t> keys = engine::similarityKeys(request.subject(), request.description());
    proto::Envelope reply;
    auto* out = reply.mutable_suggest_ticket_categories_reply();
    context.transact([&](db::UnitOfWork& work) {
        const proto::Customer customer = db::CustomerRepository(work).get(request.customer_id());  // NOT_FOUND for another branch's
        const auto candidates = db::TicketRepository(work).similarityCandidates(customer.branch_id(), customer.id());
        // A retired category is not offered any more, however often it was used.
        std::set<std::int64_t> retired;
        for (const auto& category : db::TicketCategoryRepository(work).all()) {
            if (category.retired()) retired.insert(category.id());
        }
        for (const engine::CategoryVote& vote : engine::suggestCategories(keys, candidates)) {
            if (retired.count(vote.categoryId) != 0) continue;
            auto* suggestion = out->add_suggestions();
            suggestion->set_category_id(vote.categoryId);
            suggestion->set_similar_tickets(vote.similarTickets);
            suggestion->set_customer_tickets(vote.customerTickets);
        }
    });
    return reply;
}

proto::Envelope handleListAssignees(RequestContext& context, const proto::ListAssigneesRequest&)
{
    const std::int64_t branch = context.user().role == "admin" ? 0 : context.user().branchId;
    proto::Envelope reply;
    auto* out = reply.mutable_list_assignees_reply();
    context.transact([&](db::UnitOfWork& work) {
        std::vector<proto::Assignee> assignees = db::TicketRepository(work).assignees(branch);
        std::vector<std::int64_t> ids;
        for (const auto& assignee : assignees) ids.push_back(assignee.user().id());
        // What the board shows beside each name: their product lines and where they start from.
        const auto profiles = db::EngineerProfileRepository(work).profilesOf(ids);
        for (auto& assignee : assignees) {
            if (const auto found = profiles.find(assignee.user().id()); found != profiles.end()) {
                *assignee.mutable_skills() = found->second.skills();
                assignee.set_home_city(found->second.home_city());
            }
            *out->add_assignees() = std::move(assignee);
        }
    });
    return reply;
}

}  // namespace laoke::handlers
