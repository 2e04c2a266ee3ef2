#include "demo/DemoKbLinks.h"

#include "demo/BinaryCopy.h"
#include "demo/DemoRandom.h"

#include <string_view>

namespace laoke::demo {
namespace {

// The link draw's own stream (see the header), apart from the ticket's history draws.
constexpr std::uint64_t kLinkStream = 0x6B62'6C69'6E6B'7331ULL;

// How often a ticket of the group is solved with its article written down; 30% otherwise.
double shareOf(std::string_view groupCode)
{
    if (groupCode == "month_end") return 0.40;
    if (groupCode == "year_end") return 0.38;
    if (groupCode == "customisation") return 0.10;
    if (groupCode == "training") return 0.15;
    return 0.30;
}

}  // namespace

DemoKbLinks::DemoKbLinks(pqxx::work& tx, const std::vector<CatalogueLine>& lines) : m_lines(&lines)
{
    for (const auto& row : tx.exec("SELECT id, title, coalesce(category_id, 0), coalesce(product_line_id, 0) "
                                   "FROM kb_articles WHERE archived_at IS NULL ORDER BY id")) {
        const Article article{row[0].as<std::int64_t>(), row[2].as<std::int64_t>(), row[3].as<std::int64_t>()};
        m_byTitle.emplace(row[1].c_str(), article);
        if (article.categoryId != 0) m_byCategory[article.categoryId].push_back(article);
    }
    for (const auto& row : tx.exec("SELECT id, code FROM ticket_categories WHERE parent_id IS NULL")) {
        m_groupShare[row[0].as<std::int64_t>()] = shareOf(row[1].c_str());
    }
}

void DemoKbLinks::add(const DemoTicket& ticket)
{
    if (!ticket.resolved || ticket.kbArticle.empty() || ticket.assigneeId == 0) return;
    const auto found = m_byTitle.find(std::string(ticket.kbArticle));
    if (found == m_byTitle.end()) return;  // the article was archived or never written
    const auto share = m_groupShare.find(ticket.categoryGroupId);
    DemoRandom random(ticket.plan->seed ^ kLinkStream);
    if (!random.chance(share == m_groupShare.end() ? 0.3 : share->second)) return;
    m_links.push_back({found->second.id, ticket.id, ticket.assigneeId, *ticket.resolved});
    if (!random.chance(0.08)) return;
    // A second article of the same problem and product line, read along the way.
    const std::int64_t line = ticket.plan->line >= 0 ? (*m_lines)[static_cast<std::size_t>(ticket.plan->line)].id : 0;
    std::vector<std::int64_t> others;
    if (const auto same = m_byCategory.find(ticket.categoryId); same != m_byCategory.end()) {
        for (const Article& article : same->second) {
            if (article.id != found->second.id && (article.productLineId == 0 || article.productLineId == line)) {
                others.push_back(article.id);
            }
        }
    }
    if (!others.empty()) m_links.push_back({others[random.index(others.size())], ticket.id, ticket.assigneeId, *ticket.resolved});
}

std::int64_t DemoKbLinks::write(PGconn* connection)
{
    const std::vector<std::string> columns{"article_id", "ticket_id", "user_id", "used_at"};
    BinaryCopy copy(connection, "kb_article_uses", columns);
    for (const Link& link : m_links) {
        copy.row(static_cast<int>(columns.size())).int8(link.articleId).int8(link.ticketId).int8(link.userId).timestamp(link.usedAt);
    }
    copy.complete();
    const auto written = static_cast<std::int64_t>(m_links.size());
    m_links.clear();
    return written;
}

void DemoKbLinks::countUses(pqxx::work& tx)
{
    tx.exec("UPDATE kb_articles a SET use_count = coalesce(u.uses, 0) FROM kb_articles b "
            "LEFT JOIN (SELECT article_id, count(*)::int AS uses FROM kb_article_uses GROUP BY article_id) u "
            "ON u.article_id = b.id WHERE a.id = b.id AND a.use_count IS DISTINCT FROM coalesce(u.uses, 0)");
}

}  // namespace laoke::demo
