// Knowledge articles and tickets through the real Dispatcher: the articles suggested while a
// ticket is written (its category, its product line, its words), and the use of an article on
// a ticket: linked once, counted once, listed with the ticket, within the ticket's branch.

#include "KnowledgeBaseFixture.h"

#include <string>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;
using Titles = std::vector<std::string>;

class KbTicketLinksTest : public KnowledgeBaseFixture {
protected:
    proto::Envelope suggest(handlers::ConnectionState& who, std::int64_t category, std::int64_t line, const std::string& subject,
                            std::int64_t installedProduct = 0)
    {
        proto::Envelope request;
        auto* s = request.mutable_suggest_kb_articles();
        s->set_category_id(category);
        s->set_product_line_id(line);
        s->set_installed_product_id(installedProduct);
        s->set_subject(subject);
        return send(who, request);
    }

    std::vector<proto::KbSuggestion> suggestions(std::int64_t category, std::int64_t line, const std::string& subject,
                                                 std::int64_t installedProduct = 0)
    {
        const auto reply = suggest(engineer, category, line, subject, installedProduct);
        EXPECT_TRUE(reply.has_suggest_kb_articles_reply()) << reply.DebugString();
        const auto& all = reply.suggest_kb_articles_reply().suggestions();
        return {all.begin(), all.end()};
    }

    static Titles titles(const std::vector<proto::KbSuggestion>& suggestions)
    {
        Titles out;
        for (const auto& s : suggestions) out.push_back(s.article().title());
        return out;
    }

    std::int64_t installU8(std::int64_t customerId)
    {
        proto::Envelope install;
        auto* p = install.mutable_save_installed_product()->mutable_installed_product();
        p->set_customer_id(customerId);
        p->set_product_version_id(currentVersionId);
        p->set_seats(5);
        p->set_licence_type("dongle");
        const auto reply = send(account, install);
        EXPECT_TRUE(reply.has_installed_product_reply()) << reply.DebugString();
        return reply.installed_product_reply().installed_product().id();
    }
};

TEST_F(KbTicketLinksTest, SuggestionsRankCategoryThenProductLineThenText)
{
    saved(engineer, newArticle("总账结账提示本月还有未记账凭证", "月末结账时提示本月还有未记账凭证", "审核记账后结账", unposted));
    // The next two share no character pair with the ticket's words below.
    saved(engineer, newArticle("审核流程说明", "不会审核", "由审核人审核", unposted, 0));
    saved(engineer, newArticle("恢复到上个月", "上个月的数据要改", "Ctrl+Shift+F6", reopen));
    saved(engineer, newArticle("加密狗不识别", "登录提示未检测到加密狗", "换 USB 口", dongle, 0));
    saved(engineer, newArticle("KIS 结账提示本月还有未记账凭证", "月末结账时提示本月还有未记账凭证", "过账后结账", unposted, kisLine));
    saved(engineer, newArticle("打印模板设置", "发货单格式不对", "修改模板", 0));

    // The ticket names its category, its product (through the customer's installed product)
    // and its words: the article matching all three comes first, then those with the same
    // category, then the group; the other product line's twin and the unrelated ones never.
    const std::int64_t installed = installU8(customer.id());
    const auto ranked = suggestions(unposted, 0, "月末结账提示本月还有未记账凭证", installed);
    EXPECT_EQ(titles(ranked), (Titles{"总账结账提示本月还有未记账凭证", "审核流程说明", "恢复到上个月"}));
    ASSERT_EQ(ranked.size(), 3u);
    EXPECT_TRUE(ranked[0].same_category());
    EXPECT_TRUE(ranked[0].same_product_line());
    EXPECT_GT(ranked[0].text_similarity_percent(), 50);
    EXPECT_TRUE(ranked[1].same_category());
    EXPECT_FALSE(ranked[1].same_product_line()) << "written for every product line";
    EXPECT_TRUE(ranked[2].same_group());
    EXPECT_FALSE(ranked[2].same_category());

    // Words alone find the article; without a product line the KIS one is suggested too.
    const auto byText = suggestions(0, 0, "月末结账提示本月还有未记账凭证");
    EXPECT_EQ(byText.size(), 2u);
    for (const auto& s : byText) EXPECT_NE(s.article().title().find("未记账凭证"), std::string::npos);
    EXPECT_EQ(titles(suggestions(0, lineId, "客户说加密狗不识别了")), Titles{"加密狗不识别"});
    // Nothing said yet but the product: its most used articles, not the general ones.
    EXPECT_EQ(suggestions(0, lineId, "").size(), 3u);
    EXPECT_EQ(suggestions(0, 0, "").size(), 0u);

    // Another branch's installed product does not exist for the caller.
    const auto sh = created(admin, newCustomer("上海浦东贸易有限公司", shBranch));
    proto::Envelope install;
    auto* p = install.mutable_save_installed_product()->mutable_installed_product();
    p->set_customer_id(sh.id());
    p->set_product_version_id(currentVersionId);
    p->set_seats(1);
    p->set_licence_type("dongle");
    const auto shProduct = send(admin, install).installed_product_reply().installed_product().id();
    EXPECT_EQ(errorOf(suggest(engineer, unposted, 0, "结账", shProduct)), proto::NOT_FOUND);
    EXPECT_EQ(suggest(engineer, 999999, 0, "结账").error().field(), "category_id");
}

TEST_F(KbTicketLinksTest, AnArchivedArticleIsNoLongerSuggested)
{
    const auto a = saved(engineer, newArticle("加密狗不识别", "登录提示未检测到加密狗", "换 USB 口", dongle));
    EXPECT_EQ(suggestions(dongle, 0, "加密狗不识别").size(), 1u);
    ASSERT_TRUE(archive(engineer, a).has_kb_article_reply());
    EXPECT_EQ(suggestions(dongle, 0, "加密狗不识别").size(), 0u);
}

TEST_F(KbTicketLinksTest, AUseIsRecordedOncePerTicketAndTheCountShows)
{
    const auto article = saved(engineer, newArticle("总账结账提示本月还有未记账凭证", "月末结账提示未记账", "审核记账后结账", unposted));
    const auto first = opened(engineer, newTicket());
    const auto second = opened(account, newTicket("wechat"));

    const auto used = recordUse(engineer, article.id(), first.id());
    ASSERT_TRUE(used.has_kb_article_reply()) << used.DebugString();
    EXPECT_TRUE(used.kb_article_reply().use_recorded());
    EXPECT_EQ(used.kb_article_reply().article().use_count(), 1);
    EXPECT_EQ(used.kb_article_reply().article().version(), article.version()) << "a use is no edit: no conflict for editors";
    // Linking the same article to the same ticket again changes nothing.
    const auto again = recordUse(manager, article.id(), first.id());
    ASSERT_TRUE(again.has_kb_article_reply()) << again.DebugString();
    EXPECT_FALSE(again.kb_article_reply().use_recorded());
    EXPECT_EQ(again.kb_article_reply().article().use_count(), 1);
    // The account manager who took the second call read the solution to the caller.
    EXPECT_EQ(recordUse(account, article.id(), second.id()).kb_article_reply().article().use_count(), 2);

    // Everyone sees the count, in the article and in the search.
    EXPECT_EQ(getArticle(shAccount, article.id()).kb_article_reply().article().use_count(), 2);
    EXPECT_EQ(searchKb(shAccount, "未记账").search_kb_articles_reply().articles(0).use_count(), 2);
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'kb.use'"), "2");

    // The ticket lists its article with who linked it.
    proto::Envelope list;
    list.mutable_list_ticket_kb_articles()->set_ticket_id(first.id());
    const auto links = send(engineer, list);
    ASSERT_EQ(links.list_ticket_kb_articles_reply().links_size(), 1) << links.DebugString();
    EXPECT_EQ(links.list_ticket_kb_articles_reply().links(0).article().id(), article.id());
    EXPECT_EQ(links.list_ticket_kb_articles_reply().links(0).linked_by_name(), "张伟");
    // Shanghai sees neither Beijing's ticket nor its links, and cannot link to it.
    EXPECT_EQ(errorOf(send(shAccount, list)), proto::NOT_FOUND);
    EXPECT_EQ(errorOf(recordUse(shAccount, article.id(), first.id())), proto::NOT_FOUND);
    EXPECT_EQ(sql("SELECT use_count FROM kb_articles"), "2");
}

TEST_F(KbTicketLinksTest, ArchivedArticlesAndCancelledTicketsAreNotLinked)
{
    const auto article = saved(engineer, newArticle("加密狗不识别", "登录提示未检测到加密狗", "换 USB 口", dongle));
    const auto ticket = opened(engineer, newTicket());
    const auto cancelled = acted(engineer, opened(engineer, newTicket()), "cancel", 0, "客户打错电话");
    EXPECT_EQ(recordUse(engineer, article.id(), cancelled.id()).error().field(), "ticket_id");
    const auto archived = archive(engineer, article).kb_article_reply().article();
    EXPECT_EQ(recordUse(engineer, archived.id(), ticket.id()).error().field(), "article_id");
    EXPECT_EQ(errorOf(recordUse(engineer, 999999, ticket.id())), proto::NOT_FOUND);
    EXPECT_EQ(sql("SELECT count(*) FROM kb_article_uses"), "0");
    EXPECT_EQ(sql("SELECT use_count FROM kb_articles"), "0");
}

}  // namespace
}  // namespace laoke::test
