// Knowledge articles and tickets: the articles suggested for a ticket being written, an
// article used on a ticket, and the articles a ticket has (declared in KbHandler.h).

#include "handlers/KbHandler.h"

#include "db/AuditLog.h"
#include "db/CatalogueRepository.h"
#include "db/InstalledProductRepository.h"
#include "db/KbRepository.h"
#include "db/KbSearch.h"
#include "db/TicketCategoryRepository.h"
#include "db/TicketRepository.h"
#include "domain/AccountRules.h"
#include "engine/CategorySuggester.h"
#include "engine/KbSuggester.h"
#include "engine/ServiceError.h"

#include <cmath>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr int kDefaultSuggestions = 5;
constexpr int kMaxSuggestions = 20;
// A ticket's limits (TicketHandler): the text compared is what the ticket will hold.
constexpr std::size_t kMaxSubject = 100;
constexpr std::size_t kMaxDescription = 4000;

void requireAtMost(const std::string& text, std::size_t max, const char* field)
{
    const auto characters = domain::utf8Length(text);
    if (!characters || *characters > max) throw ServiceError(proto::BAD_REQUEST, std::string("the ") + field + " is too long", field);
}

// What the suggestion knows of the ticket besides its text: the category with its group and
// the product line, named directly or through the customer's installed product.
engine::KbTicketFacts ticketFacts(db::UnitOfWork& work, const proto::SuggestKbArticlesRequest& request)
{
    engine::KbTicketFacts facts;
    if (request.category_id() != 0) {
        const auto category = db::TicketCategoryRepository(work).find(request.category_id());
        if (!category) throw ServiceError(proto::VALIDATION_FAILED, "unknown category", "category_id");
        facts.categoryId = category->id();
        facts.categoryGroupId = category->parent_id() != 0 ? category->parent_id() : category->id();
    }
    facts.productLineId = request.product_line_id();
    if (request.installed_product_id() != 0) {
        // NOT_FOUND for another branch's product, as for the ticket itself.
        const auto product = db::InstalledProductRepository(work).get(request.installed_product_id()).product;
        if (const auto version = db::CatalogueRepository(work).version(product.product_version_id())) {
            facts.productLineId = version->productLineId;
        }
    }
    facts.keys = engine::similarityKeys(request.subject(), request.description());
    return facts;
}

}  // namespace

proto::Envelope handleSuggestKbArticles(RequestContext& context, const proto::SuggestKbArticlesRequest& request)
{
    requireAtMost(request.subject(), kMaxSubject, "subject");
    requireAtMost(request.description(), kMaxDescription, "description");
    const int limit = request.limit() == 0 ? kDefaultSuggestions : request.limit();
    if (limit < 1 || limit > kMaxSuggestions) throw ServiceError(proto::BAD_REQUEST, "limit must be 1 to 20", "limit");
    proto::Envelope reply;
    auto* out = reply.mutable_suggest_kb_articles_reply();
    context.transact([&](db::UnitOfWork& work) {
        const engine::KbTicketFacts facts = ticketFacts(work, request);
        db::KbSearch search(work);
        const auto ranked = engine::rankKbArticles(facts, search.suggestionCandidates(facts), static_cast<std::size_t>(limit));
        std::vector<std::int64_t> ids;
        for (const auto& r : ranked) ids.push_back(r.articleId);
        const auto rows = search.rows(ids);
        for (const engine::KbRanking& r : ranked) {
            const auto row = rows.find(r.articleId);
            if (row == rows.end()) continue;
            auto* suggestion = out->add_suggestions();
            *suggestion->mutable_article() = row->second;
            suggestion->set_same_category(r.sameCategory);
            suggestion->set_same_group(r.sameGroup);
            suggestion->set_same_product_line(r.sameProductLine);
            suggestion->set_text_similarity_percent(static_cast<int>(std::lround(r.similarity * 100)));
        }
    });
    return reply;
}

proto::Envelope handleRecordKbUse(RequestContext& context, const proto::RecordKbUseRequest& request)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        const proto::Ticket ticket = db::TicketRepository(work).get(request.ticket_id());  // NOT_FOUND for another branch's
        if (ticket.state() == "cancelled") {
            throw ServiceError(proto::VALIDATION_FAILED, "the ticket is cancelled; nothing was solved with the article", "ticket_id");
        }
        db::KbRepository articles(work);
        if (articles.get(request.article_id()).archived()) {
            throw ServiceError(proto::VALIDATION_FAILED, "the article is archived; restore it to use it", "article_id");
        }
        const bool linked = articles.recordUse(request.article_id(), ticket.id());
        if (linked) {
            db::AuditLog(work).record("kb.use", "kb_article", request.article_id(),
                                      {{"ticket_id", ticket.id()}, {"ticket_number", ticket.number()}});
        }
        auto* out = reply.mutable_kb_article_reply();
        *out->mutable_article() = articles.get(request.article_id());
        out->set_use_recorded(linked);
    });
    return reply;
}

proto::Envelope handleListTicketKbArticles(RequestContext& context, const proto::ListTicketKbArticlesRequest& request)
{
    proto::Envelope reply;
    auto* out = reply.mutable_list_ticket_kb_articles_reply();
    context.transact([&](db::UnitOfWork& work) {
        db::TicketRepository(work).get(request.ticket_id());  // NOT_FOUND for another branch's
        for (auto& link : db::KbRepository(work).ticketLinks(request.ticket_id())) *out->add_links() = std::move(link);
    });
    return reply;
}

}  // namespace laoke::handlers
