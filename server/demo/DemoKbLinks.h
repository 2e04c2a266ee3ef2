#pragma once
// The knowledge articles the demo's engineers linked to the tickets they solved with them
// (kb_article_uses, V0014): what makes the knowledge base's use counts and "most used" list
// mean something, and what a ticket's detail lists as its articles.
//
// A resolved ticket whose text follows a demo article (DemoTicketText) links that article at
// its resolution, in the name of the engineer who resolved it, with a chance by category
// group: month-end and year-end close problems are solved from the book most often (40%,
// 38%), customisation work rarely (10%), the rest about a third of the time. Now and then a
// second article of the same category and product line is linked too. The draw has its own
// random stream per ticket, so the tickets themselves are what they were without links.
//
// Written with the table's triggers off (it is one of the history's bulk-loaded tables), so
// the use counts are set afterwards from the rows, in one statement (countUses).

#include "demo/DemoTicketLifecycle.h"

#include <libpq-fe.h>
#include <pqxx/pqxx>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace laoke::demo {

class DemoKbLinks {
public:
    /// Reads the articles (an empty knowledge base links nothing) and the category groups.
    DemoKbLinks(pqxx::work& tx, const std::vector<CatalogueLine>& lines);

    /// Draws the links of one made ticket (none unless resolved by now).
    void add(const DemoTicket& ticket);

    /// Copies the links drawn since the last call; returns how many.
    std::int64_t write(PGconn* connection);

    /// Sets every article's use_count to its number of uses (what the trigger keeps).
    static void countUses(pqxx::work& tx);

private:
    struct Article {
        std::int64_t id = 0;
        std::int64_t categoryId = 0;
        std::int64_t productLineId = 0;  ///< 0: every product line
    };
    struct Link {
        std::int64_t articleId = 0;
        std::int64_t ticketId = 0;
        std::int64_t userId = 0;
        Instant usedAt;
    };

    std::unordered_map<std::string, Article> m_byTitle;
    std::unordered_map<std::int64_t, std::vector<Article>> m_byCategory;
    std::unordered_map<std::int64_t, double> m_groupShare;  ///< by category group id
    const std::vector<CatalogueLine>* m_lines;
    std::vector<Link> m_links;
};

}  // namespace laoke::demo
