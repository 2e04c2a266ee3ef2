#pragma once
// The demo knowledge base: about sixty articles on the problems a Yonyou / Chanjet / Kingdee
// partner's hotline hears every month (shared/domain-research.md §3.1: month-end close,
// year-end carry-forward, vouchers, UFO reports, dongles, suspect databases, digital
// invoices ...), written the way an engineer writes them down. Demo content: the steps follow
// the products' usual menus, but they are examples, not vendor documentation.
//
// Loaded by a --demo start into an empty knowledge base, always the same articles in the same
// order (so ids and searches are the same on every demo machine), written by the demo
// engineer through the same repository as any article (keys, audit rows).

#include <span>

namespace laoke::db { class Database; }

namespace laoke::demo {

struct DemoKbArticle {
    const char* category;  ///< ticket_categories.code (V0009)
    const char* product;   ///< product_lines.code (V0003); nullptr: every product line
    const char* versions;
    const char* title;
    const char* keywords;
    const char* symptom;
    const char* cause;
    const char* solution;
};

/// Month-end close and year-end carry-forward.
std::span<const DemoKbArticle> demoClosingArticles();
/// Vouchers, reports, receivables, inventory, invoices.
std::span<const DemoKbArticle> demoBookkeepingArticles();
/// Database, installation, licences, upgrades, printing, permissions, training, customisation.
std::span<const DemoKbArticle> demoSystemArticles();

/// Writes the demo articles when the knowledge base holds none and the demo engineer exists;
/// returns how many it wrote (0 otherwise). One transaction: all or none.
int ensureDemoKnowledgeBase(db::Database& database);

}  // namespace laoke::demo
