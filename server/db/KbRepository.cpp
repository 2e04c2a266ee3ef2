#include "db/KbRepository.h"

#include "db/KbRows.h"
#include "db/Sql.h"
#include "engine/KbText.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

const Statement kGet{
    "kb_article_get",
    "SELECT a.id, a.title, coalesce(a.product_line_id, 0) AS product_line_id, coalesce(pl.name, '') AS product_line_name, "
    "a.versions, coalesce(a.category_id, 0) AS category_id, a.symptom, a.cause, a.solution, a.keywords, "
    "coalesce(a.author_id, 0) AS author_id, coalesce(au.display_name, '') AS author_name, "
    "extract(epoch FROM a.created_at)::bigint AS created, extract(epoch FROM a.updated_at)::bigint AS updated, "
    "coalesce(ub.display_name, '') AS updated_by_name, a.version, a.archived_at IS NOT NULL AS archived, a.use_count "
    "FROM kb_articles a LEFT JOIN product_lines pl ON pl.id = a.product_line_id "
    "LEFT JOIN users au ON au.id = a.author_id LEFT JOIN users ub ON ub.id = a.updated_by WHERE a.id = $1"};

// $1..$12: the editable fields and the keys, in this order, shared by insert and update.
#define LAOKE_KB_FIELDS                                                                                   \
    "title, product_line_id, versions, category_id, symptom, cause, solution, keywords, search_text, " \
    "search_keys, title_keys, similarity_keys"
#define LAOKE_KB_VALUES                                                                                   \
    "$1, nullif($2::bigint, 0), $3, nullif($4::bigint, 0), $5, $6, $7, $8, $9, $10::bigint[], $11::bigint[], " \
    "$12::bigint[]"

const Statement kInsert{
    "kb_article_insert",
    "INSERT INTO kb_articles (" LAOKE_KB_FIELDS ", author_id, updated_by) VALUES (" LAOKE_KB_VALUES
    ", nullif(current_setting('laoke.user_id')::bigint, 0), nullif(current_setting('laoke.user_id')::bigint, 0)) "
    "RETURNING id"};
const Statement kUpdate{
    "kb_article_update",
    "UPDATE kb_articles SET (" LAOKE_KB_FIELDS ", updated_by, updated_at, version) = (" LAOKE_KB_VALUES
    ", nullif(current_setting('laoke.user_id')::bigint, 0), now(), version + 1) WHERE id = $13 AND version = $14"};
#undef LAOKE_KB_FIELDS
#undef LAOKE_KB_VALUES

const Statement kSetArchived{
    "kb_article_set_archived",
    "UPDATE kb_articles SET archived_at = CASE WHEN $3 THEN coalesce(archived_at, now()) END, "
    "updated_by = nullif(current_setting('laoke.user_id')::bigint, 0), updated_at = now(), version = version + 1 "
    "WHERE id = $1 AND version = $2"};
const Statement kExists{"kb_article_exists", "SELECT 1 FROM kb_articles WHERE id = $1"};
const Statement kCount{"kb_article_count", "SELECT count(*) FROM kb_articles"};

const Statement kRecordUse{
    "kb_article_record_use",
    "INSERT INTO kb_article_uses (article_id, ticket_id, user_id) "
    "VALUES ($1, $2, current_setting('laoke.user_id')::bigint) ON CONFLICT (article_id, ticket_id) DO NOTHING RETURNING id"};
const Statement kTicketLinks{
    "kb_ticket_links",
    "SELECT " LAOKE_KB_ROW_COLUMNS ", extract(epoch FROM u.used_at)::bigint AS linked, "
    "coalesce(us.display_name, '') AS linked_by "
    "FROM kb_article_uses u JOIN kb_articles a ON a.id = u.article_id "
    "LEFT JOIN product_lines pl ON pl.id = a.product_line_id LEFT JOIN users us ON us.id = u.user_id "
    "WHERE u.ticket_id = $1 ORDER BY u.used_at, u.id"};

proto::KbArticle toArticle(const pqxx::row& row)
{
    proto::KbArticle a;
    a.set_id(row["id"].as<std::int64_t>());
    a.set_title(row["title"].c_str());
    a.set_product_line_id(row["product_line_id"].as<std::int64_t>());
    a.set_product_line_name(row["product_line_name"].c_str());
    a.set_versions(row["versions"].c_str());
    a.set_category_id(row["category_id"].as<std::int64_t>());
    a.set_symptom(row["symptom"].c_str());
    a.set_cause(row["cause"].c_str());
    a.set_solution(row["solution"].c_str());
    a.set_keywords(row["keywords"].c_str());
    a.set_author_id(row["author_id"].as<std::int64_t>());
    a.set_author_name(row["author_name"].c_str());
    a.set_created_at_unix(row["created"].as<std::int64_t>());
    a.set_updated_at_unix(row["updated"].as<std::int64_t>());
    a.set_updated_by_name(row["updated_by_name"].c_str());
    a.set_version(row["version"].as<std::int64_t>());
    a.set_archived(row["archived"].as<bool>());
    a.set_use_count(row["use_count"].as<int>());
    return a;
}

}  // namespace

proto::KbArticleRow toKbArticleRow(const pqxx::row& row)
{
    proto::KbArticleRow r;
    r.set_id(row["id"].as<std::int64_t>());
    r.set_title(row["title"].c_str());
    r.set_product_line_id(row["product_line_id"].as<std::int64_t>());
    r.set_product_line_name(row["product_line_name"].c_str());
    r.set_versions(row["versions"].c_str());
    r.set_category_id(row["category_id"].as<std::int64_t>());
    r.set_symptom_excerpt(row["symptom_excerpt"].c_str());
    r.set_use_count(row["use_count"].as<int>());
    r.set_updated_at_unix(row["updated"].as<std::int64_t>());
    r.set_archived(row["archived"].as<bool>());
    return r;
}

KbArticleKeys KbArticleKeys::of(const proto::KbArticle& a)
{
    const engine::KbArticleText text{a.title(), a.keywords(), a.versions(), a.symptom(), a.cause(), a.solution()};
    return KbArticleKeys{engine::kbSearchDocument(text), engine::buildTextDocument({a.title()}).keys,
                         engine::kbSimilarityKeys(text)};
}

std::int64_t KbRepository::count() { return exec(m_work, kCount)[0][0].as<std::int64_t>(); }

std::optional<proto::KbArticle> KbRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toArticle(result[0]);
}

proto::KbArticle KbRepository::get(std::int64_t id)
{
    auto article = find(id);
    if (!article) throw ServiceError(proto::NOT_FOUND, "no such knowledge article");
    return *article;
}

proto::KbArticle KbRepository::create(const proto::KbArticle& a, const KbArticleKeys& keys)
{
    const auto result = exec(m_work, kInsert, a.title(), a.product_line_id(), a.versions(), a.category_id(), a.symptom(),
                             a.cause(), a.solution(), a.keywords(), keys.document.text,
                             toBigintArrayLiteral(keys.document.keys), toBigintArrayLiteral(keys.titleKeys),
                             toBigintArrayLiteral(keys.similarityKeys));
    return get(result[0][0].as<std::int64_t>());
}

proto::KbArticle KbRepository::update(const proto::KbArticle& a, const KbArticleKeys& keys)
{
    const auto result = exec(m_work, kUpdate, a.title(), a.product_line_id(), a.versions(), a.category_id(), a.symptom(),
                             a.cause(), a.solution(), a.keywords(), keys.document.text,
                             toBigintArrayLiteral(keys.document.keys), toBigintArrayLiteral(keys.titleKeys),
                             toBigintArrayLiteral(keys.similarityKeys), a.id(), a.version());
    if (result.affected_rows() != 1) {
        if (exec(m_work, kExists, a.id()).empty()) throw ServiceError(proto::NOT_FOUND, "no such knowledge article");
        throw ServiceError(proto::CONFLICT, "the article was changed by someone else since you opened it");
    }
    return get(a.id());
}

proto::KbArticle KbRepository::setArchived(std::int64_t id, std::int64_t expectedVersion, bool archived)
{
    const auto result = exec(m_work, kSetArchived, id, expectedVersion, archived);
    if (result.affected_rows() != 1) {
        if (exec(m_work, kExists, id).empty()) throw ServiceError(proto::NOT_FOUND, "no such knowledge article");
        throw ServiceError(proto::CONFLICT, "the article was changed by someone else since you opened it");
    }
    return get(id);
}

bool KbRepository::recordUse(std::int64_t articleId, std::int64_t ticketId)
{
    return !exec(m_work, kRecordUse, articleId, ticketId).empty();
}

std::vector<proto::TicketKbLink> KbRepository::ticketLinks(std::int64_t ticketId)
{
    std::vector<proto::TicketKbLink> out;
    for (const auto& row : exec(m_work, kTicketLinks, ticketId)) {
        proto::TicketKbLink link;
        *link.mutable_article() = toKbArticleRow(row);
        link.set_linked_at_unix(row["linked"].as<std::int64_t>());
        link.set_linked_by_name(row["linked_by"].c_str());
        out.push_back(std::move(link));
    }
    return out;
}

}  // namespace laoke::db
