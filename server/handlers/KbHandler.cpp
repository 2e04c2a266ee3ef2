#include "handlers/KbHandler.h"

#include "db/AuditLog.h"
#include "db/CatalogueRepository.h"
#include "db/KbRepository.h"
#include "db/KbSearch.h"
#include "db/TicketCategoryRepository.h"
#include "domain/AccountRules.h"
#include "domain/CustomerRules.h"
#include "engine/KbText.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"

#include <algorithm>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr int kDefaultSearchLimit = 20;
constexpr int kMaxSearchLimit = 100;
constexpr int kMaxSearchOffset = 1000;

proto::Envelope articleReply(const proto::KbArticle& article)
{
    proto::Envelope reply;
    *reply.mutable_kb_article_reply()->mutable_article() = article;
    return reply;
}

// Refuses a text outside [min, max] characters; invalid UTF-8 counts as too long, so it is
// refused with the limit.
void requireLength(const std::string& text, std::size_t min, std::size_t max, const char* field, const std::string& empty)
{
    const std::size_t characters = domain::utf8Length(text).value_or(SIZE_MAX);
    if (characters < min) throw ServiceError(proto::VALIDATION_FAILED, empty, field);
    if (characters > max) {
        throw ServiceError(proto::VALIDATION_FAILED, std::string("the ") + field + " is at most " + std::to_string(max) +
                                                         " characters", field);
    }
}

// Trims the fields and checks them as V0014's CHECK constraints do, with the field to blame.
void validateArticle(db::UnitOfWork& work, proto::KbArticle& a)
{
    a.set_title(domain::trimmed(a.title()));
    a.set_versions(domain::trimmed(a.versions()));
    a.set_symptom(domain::trimmed(a.symptom()));
    a.set_cause(domain::trimmed(a.cause()));
    a.set_solution(domain::trimmed(a.solution()));
    a.set_keywords(domain::trimmed(a.keywords()));
    requireLength(a.title(), 2, 120, "title", "give the article a title of at least 2 characters");
    requireLength(a.symptom(), 1, 2000, "symptom", "describe the symptom: what the user sees");
    requireLength(a.cause(), 0, 2000, "cause", "");
    requireLength(a.solution(), 1, 4000, "solution", "write down the solution");
    requireLength(a.keywords(), 0, 200, "keywords", "");
    requireLength(a.versions(), 0, 64, "versions", "");
    if (a.category_id() != 0 && !db::TicketCategoryRepository(work).find(a.category_id())) {
        throw ServiceError(proto::VALIDATION_FAILED, "unknown category", "category_id");
    }
    if (a.product_line_id() != 0) {
        const auto lines = db::CatalogueRepository(work).lines();
        if (std::none_of(lines.begin(), lines.end(), [&](const auto& line) { return line.id() == a.product_line_id(); })) {
            throw ServiceError(proto::VALIDATION_FAILED, "unknown product line", "product_line_id");
        }
    }
}

ServiceError changedSince(const proto::KbArticle& current)
{
    const std::string who = current.updated_by_name().empty() ? std::string("someone else") : current.updated_by_name();
    return ServiceError(proto::CONFLICT, "the article was changed by " + who + " since you opened it");
}

}  // namespace

proto::Envelope handleSearchKbArticles(RequestContext& context, const proto::SearchKbArticlesRequest& request)
{
    const engine::KbQuery query = engine::buildKbQuery(request.text());
    if (query.tooManyWords) {
        throw ServiceError(proto::VALIDATION_FAILED, "search for at most " + std::to_string(engine::kMaxKbQueryWords) +
                                                         " words at once", "text");
    }
    if (!query.usable && !query.blank) {
        throw ServiceError(proto::VALIDATION_FAILED,
                           "type at least one Chinese character, two letters (or a letter and a digit) or three digits", "text");
    }
    db::KbSearchFilter filter;
    filter.productLineId = request.product_line_id();
    filter.categoryId = request.category_id();
    filter.limit = request.limit() == 0 ? kDefaultSearchLimit : request.limit();
    filter.offset = request.offset();
    if (filter.limit < 1 || filter.limit > kMaxSearchLimit) throw ServiceError(proto::BAD_REQUEST, "limit must be 1 to 100", "limit");
    if (filter.offset < 0 || filter.offset > kMaxSearchOffset) {
        throw ServiceError(proto::BAD_REQUEST, "offset must be 0 to 1000; narrow the search instead", "offset");
    }
    proto::Envelope reply;
    auto* out = reply.mutable_search_kb_articles_reply();
    context.transact([&](db::UnitOfWork& work) {
        db::KbSearchPage page = db::KbSearch(work).search(query, filter);
        for (auto& row : page.rows) *out->add_articles() = std::move(row);
        out->set_more(page.more);
    });
    return reply;
}

proto::Envelope handleGetKbArticle(RequestContext& context, const proto::GetKbArticleRequest& request)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) { reply = articleReply(db::KbRepository(work).get(request.article_id())); });
    return reply;
}

proto::Envelope handleSaveKbArticle(RequestContext& context, const proto::SaveKbArticleRequest& request)
{
    proto::KbArticle article = request.article();
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::KbRepository articles(work);
        std::optional<proto::KbArticle> before;
        if (article.id() != 0) {
            before = articles.get(article.id());
            if (before->version() != article.version()) throw changedSince(*before);
        }
        validateArticle(work, article);
        const db::KbArticleKeys keys = db::KbArticleKeys::of(article);
        const proto::KbArticle saved = before ? articles.update(article, keys) : articles.create(article, keys);
        nlohmann::json details{{"after", auditJson(saved)}};
        if (before) details["before"] = auditJson(*before);
        db::AuditLog(work).record(before ? "kb.update" : "kb.create", "kb_article", saved.id(), details);
        reply = articleReply(saved);
    });
    return reply;
}

proto::Envelope handleArchiveKbArticle(RequestContext& context, const proto::ArchiveRequest& request)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::KbRepository articles(work);
        const proto::KbArticle before = articles.get(request.id());
        if (before.version() != request.expected_version()) throw changedSince(before);
        const proto::KbArticle saved = articles.setArchived(request.id(), request.expected_version(), request.archived());
        db::AuditLog(work).record(request.archived() ? "kb.archive" : "kb.restore", "kb_article", saved.id(),
                                  {{"before", auditJson(before)}, {"after", auditJson(saved)}});
        reply = articleReply(saved);
    });
    return reply;
}

}  // namespace laoke::handlers
