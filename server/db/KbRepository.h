#pragma once
// Knowledge articles (V0014) and the tickets they were used on. Every user reads every
// article; writing is for engineers, branch managers and admins (row-level security holds
// it, the handler refuses first). Uses follow their ticket's branch.

#include "db/UnitOfWork.h"
#include "engine/SearchText.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace laoke::db {

/// What an article is found and compared by, made from its text (engine/KbText).
struct KbArticleKeys {
    engine::SearchDocument document;
    std::vector<std::int64_t> titleKeys;
    std::vector<std::int64_t> similarityKeys;

    static KbArticleKeys of(const protocol::KbArticle& article);
};

class KbRepository {
public:
    explicit KbRepository(UnitOfWork& work) : m_work(work) {}

    /// Articles, archived ones included.
    std::int64_t count();

    std::optional<protocol::KbArticle> find(std::int64_t id);
    /// Throws NOT_FOUND.
    protocol::KbArticle get(std::int64_t id);

    /// The caller becomes the author.
    protocol::KbArticle create(const protocol::KbArticle& article, const KbArticleKeys& keys);
    /// At article.version(): CONFLICT when it changed since, NOT_FOUND when it does not exist.
    protocol::KbArticle update(const protocol::KbArticle& article, const KbArticleKeys& keys);
    protocol::KbArticle setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived);

    /// Links the article to the ticket in the caller's name; false when they were linked
    /// already (the use count rises only the first time, V0014's trigger).
    bool recordUse(std::int64_t articleId, std::int64_t ticketId);
    /// The articles linked to a ticket, in the order they were linked.
    std::vector<protocol::TicketKbLink> ticketLinks(std::int64_t ticketId);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
