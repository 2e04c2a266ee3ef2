#include "demo/DemoKnowledgeBase.h"

#include "db/AuditLog.h"
#include "db/CatalogueRepository.h"
#include "db/Database.h"
#include "db/KbRepository.h"
#include "db/TicketCategoryRepository.h"
#include "db/UserRepository.h"
#include "domain/Role.h"
#include "handlers/AuditDetails.h"

#include <spdlog/spdlog.h>

#include <map>
#include <optional>
#include <stdexcept>
#include <string>

namespace laoke::demo {
namespace {

constexpr const char* kAuthor = "engineer";  // 张伟 of the demo accounts (app/Bootstrap)

std::int64_t idOf(const std::map<std::string, std::int64_t>& ids, const char* code)
{
    if (code == nullptr) return 0;
    const auto found = ids.find(code);
    // The demo articles name codes of the migrations; a missing one is a bug here.
    if (found == ids.end()) throw std::logic_error(std::string("demo knowledge base: unknown code ") + code);
    return found->second;
}

}  // namespace

int ensureDemoKnowledgeBase(db::Database& database)
{
    std::optional<protocol::User> author;
    bool empty = false;
    database.transact(db::Actor::system(), [&](db::UnitOfWork& work) {
        empty = db::KbRepository(work).count() == 0;
        author = db::UserRepository(work).findByUsername(kAuthor);
    });
    if (!empty || !author) return 0;

    // Written as the engineer, so row-level security and the audit log see who wrote them.
    const db::Actor actor{author->id(), author->username(), domain::roleName(author->role()), author->branch_id(), "", "demo"};
    int written = 0;
    database.transact(actor, [&](db::UnitOfWork& work) {
        db::KbRepository articles(work);
        if (articles.count() != 0) return;  // another instance was faster
        std::map<std::string, std::int64_t> categories, lines;
        for (const auto& category : db::TicketCategoryRepository(work).all()) categories[category.code()] = category.id();
        for (const auto& line : db::CatalogueRepository(work).lines()) lines[line.code()] = line.id();
        db::AuditLog audit(work);
        written = 0;
        for (const auto part : {demoClosingArticles(), demoBookkeepingArticles(), demoSystemArticles()}) {
            for (const DemoKbArticle& demo : part) {
                protocol::KbArticle article;
                article.set_title(demo.title);
                article.set_category_id(idOf(categories, demo.category));
                article.set_product_line_id(idOf(lines, demo.product));
                article.set_versions(demo.versions);
                article.set_keywords(demo.keywords);
                article.set_symptom(demo.symptom);
                article.set_cause(demo.cause);
                article.set_solution(demo.solution);
                const auto saved = articles.create(article, db::KbArticleKeys::of(article));
                audit.record("kb.create", "kb_article", saved.id(), {{"after", handlers::auditJson(saved)}});
                ++written;
            }
        }
    });
    if (written > 0) spdlog::info("demo knowledge base: {} articles by {}", written, author->display_name());
    return written;
}

}  // namespace laoke::demo
