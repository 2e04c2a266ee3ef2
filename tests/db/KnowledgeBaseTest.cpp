// The knowledge base through the real Dispatcher on a real PostgreSQL: writing articles (who
// may, what is checked, stale versions), finding them by Chinese words, traditional
// characters, product line and category, and archiving them out of sight; the write rule
// held inside PostgreSQL as well.

#include "KnowledgeBaseFixture.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <string>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;
using Titles = std::vector<std::string>;

class KnowledgeBaseTest : public KnowledgeBaseFixture {
protected:
    // Four articles: two month-end ones for 测试U8+, a dongle one for every product line, a
    // month-end one for KIS.
    void writeLibrary()
    {
        saved(engineer, newArticle("总账结账提示本月还有未记账凭证", "月末结账时提示有凭证未记账", "审核并记账全部凭证后结账", unposted));
        saved(engineer, newArticle("取消结账的方法", "已结账月份的凭证需要修改", "在结账界面按 Ctrl+Shift+F6 取消结账", reopen));
        saved(manager, newArticle("加密狗不识别", "登录提示未检测到加密狗", "换 USB 口并重装驱动", dongle, 0));
        saved(admin, newArticle("KIS 期末结账提示存在未过账凭证", "KIS 结账失败", "凭证过账后结账", unposted, kisLine));
    }
};

TEST_F(KnowledgeBaseTest, AnEngineerWritesAnArticleThatEveryBranchReads)
{
    auto article = newArticle("  结账提示有未记账凭证  ", "月末结账提示本月还有未记账凭证", "审核、记账后再结账", unposted);
    article.set_versions("U8+ 13.0–16.1");
    article.set_cause("有凭证未审核");
    article.set_keywords("月结");
    const auto reply = save(engineer, article);
    ASSERT_TRUE(reply.has_kb_article_reply()) << reply.DebugString();
    const proto::KbArticle& a = reply.kb_article_reply().article();
    EXPECT_GT(a.id(), 0);
    EXPECT_EQ(a.title(), "结账提示有未记账凭证") << "trimmed";
    EXPECT_EQ(a.author_name(), "张伟");
    EXPECT_EQ(a.product_line_name(), "测试U8+");
    EXPECT_EQ(a.versions(), "U8+ 13.0–16.1");
    EXPECT_EQ(a.version(), 1);
    EXPECT_EQ(a.use_count(), 0);
    EXPECT_FALSE(a.archived());
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'kb.create' AND object_id = " + std::to_string(a.id())), "1");

    // The Shanghai account manager reads it, finds it, and still may not change it.
    const auto read = getArticle(shAccount, a.id());
    ASSERT_TRUE(read.has_kb_article_reply()) << read.DebugString();
    EXPECT_EQ(read.kb_article_reply().article().solution(), "审核、记账后再结账");
    EXPECT_EQ(titlesFound(shAccount, "未记账"), Titles{"结账提示有未记账凭证"});
    auto edit = read.kb_article_reply().article();
    edit.set_solution("改过的解决方法");
    EXPECT_EQ(errorOf(save(shAccount, edit)), proto::FORBIDDEN);
    EXPECT_EQ(errorOf(save(account, newArticle("客户经理写的文章", "症状", "方法"))), proto::FORBIDDEN);
    EXPECT_EQ(errorOf(archive(account, a)), proto::FORBIDDEN);
    EXPECT_EQ(sql("SELECT count(*) FROM kb_articles"), "1");
    EXPECT_EQ(sql("SELECT solution FROM kb_articles"), "审核、记账后再结账");
}

TEST_F(KnowledgeBaseTest, PostgreSQLRefusesAnAccountManagersWritesToo)
{
    const auto a = saved(engineer, newArticle("加密狗不识别", "登录提示未检测到加密狗", "换 USB 口", dongle));
    pqxx::connection connection(m_database.url());
    auto asRole = [&](const std::string& role, const std::string& statement) {
        pqxx::work work(connection);
        work.exec("SELECT set_config('laoke.role', '" + role + "', true), set_config('laoke.user_id', '" +
                  std::to_string(accountId) + "', true), set_config('role', 'laoke_app', true)");
        const auto result = work.exec(statement);
        work.commit();
        return result.affected_rows();
    };
    EXPECT_THROW(asRole("account_manager", "INSERT INTO kb_articles (title, symptom, solution, search_text, search_keys) "
                                           "VALUES ('直接写入', '症状', '方法', '', '{}')"),
                 pqxx::sql_error);
    EXPECT_EQ(asRole("account_manager", "UPDATE kb_articles SET solution = '改了' WHERE id = " + std::to_string(a.id())), 0u)
        << "the row is not there for the account manager to update";
    EXPECT_THROW(asRole("engineer", "DELETE FROM kb_articles"), pqxx::sql_error) << "articles are archived, never deleted";
    EXPECT_EQ(asRole("account_manager", "SELECT 1 FROM kb_articles"), 1u) << "but reads it";
    EXPECT_EQ(sql("SELECT solution FROM kb_articles"), "换 USB 口");
}

TEST_F(KnowledgeBaseTest, BadArticlesAreRefusedWithTheFieldToBlame)
{
    EXPECT_EQ(save(engineer, newArticle(" 缺 ", "症状", "方法")).error().field(), "title");
    EXPECT_EQ(save(engineer, newArticle("没有症状", "   ", "方法")).error().field(), "symptom");
    EXPECT_EQ(save(engineer, newArticle("没有方法", "症状", "")).error().field(), "solution");
    const auto longSymptom = save(engineer, newArticle("症状太长", std::string(2001, 'x'), "方法"));
    EXPECT_EQ(longSymptom.error().field(), "symptom");
    EXPECT_EQ(longSymptom.error().message(), "the symptom is at most 2000 characters");
    auto badCategory = newArticle("未知分类", "症状", "方法");
    badCategory.set_category_id(999999);
    EXPECT_EQ(save(engineer, badCategory).error().field(), "category_id");
    EXPECT_EQ(save(engineer, newArticle("未知产品", "症状", "方法", 0, 999999)).error().field(), "product_line_id");
    auto invalidUtf8 = newArticle("坏编码", "症状", "方法");
    invalidUtf8.set_keywords("\xFF\xFE");
    EXPECT_EQ(save(engineer, invalidUtf8).error().field(), "keywords");
    EXPECT_EQ(sql("SELECT count(*) FROM kb_articles"), "0");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action LIKE 'kb.%'"), "0");
}

TEST_F(KnowledgeBaseTest, ChineseWordsFindArticlesAnywhereInTheirText)
{
    writeLibrary();
    // A two-character word, a word from the solution, two words far apart, a word with a
    // letter run: each finds exactly the articles holding it.
    EXPECT_EQ(titlesFound(engineer, "狗不识别"), Titles{"加密狗不识别"});
    EXPECT_EQ(titlesFound(engineer, "驱动"), Titles{"加密狗不识别"});
    EXPECT_EQ(titlesFound(engineer, "Ctrl"), Titles{"取消结账的方法"});
    EXPECT_EQ(titlesFound(engineer, "取消 修改"), Titles{"取消结账的方法"});
    EXPECT_EQ(titlesFound(engineer, "加密狗 结账"), Titles{}) << "every word must be in the article";
    EXPECT_EQ(titlesFound(engineer, "未过账凭证"), Titles{"KIS 期末结账提示存在未过账凭证"});
    // The first title has every pair of 结账凭证 (结账, 账凭, 凭证) but not the word.
    EXPECT_EQ(titlesFound(engineer, "结账凭证"), Titles{});
    // Title matches come first, though the newest comes first among equals.
    saved(engineer, newArticle("月末常见问题", "结账时报错", "按提示处理", unposted));
    const auto closing = titlesFound(engineer, "结账");
    ASSERT_EQ(closing.size(), 4u);
    EXPECT_EQ(closing.back(), "月末常见问题");
    // Traditional characters find the simplified text.
    EXPECT_EQ(titlesFound(engineer, "加密狗不識別"), Titles{"加密狗不识别"});
    EXPECT_EQ(titlesFound(engineer, "取消結賬"), Titles{"取消结账的方法"});
    // Nothing typed lists everything; a lone letter is refused, not ignored.
    EXPECT_EQ(titlesFound(engineer, "").size(), 5u);
    EXPECT_EQ(searchKb(engineer, "x").error().field(), "text");
    EXPECT_EQ(errorOf(searchKb(engineer, "一 二 三 四 五 六 七 八 九")), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(searchKb(engineer, "", 0, 0, 101)), proto::BAD_REQUEST);
}

TEST_F(KnowledgeBaseTest, ProductLineAndCategoryNarrowTheSearch)
{
    writeLibrary();
    // 测试U8+: its own articles and the one for every product line, not KIS's.
    const auto u8 = titlesFound(engineer, "", lineId);
    EXPECT_EQ(u8.size(), 3u);
    EXPECT_EQ(std::count(u8.begin(), u8.end(), "KIS 期末结账提示存在未过账凭证"), 0);
    EXPECT_EQ(titlesFound(engineer, "结账", kisLine), Titles{"KIS 期末结账提示存在未过账凭证"});
    // A sub-type finds its own; the group finds all its sub-types.
    EXPECT_EQ(titlesFound(engineer, "", lineId, unposted), Titles{"总账结账提示本月还有未记账凭证"});
    EXPECT_EQ(titlesFound(engineer, "", 0, monthEnd).size(), 3u);
    EXPECT_EQ(titlesFound(engineer, "", 0, dongle), Titles{"加密狗不识别"});
}

TEST_F(KnowledgeBaseTest, PagesFollowEachOtherWithoutGapsOrRepeats)
{
    for (int i = 0; i < 7; ++i) {
        saved(engineer, newArticle("月末结账问题 " + std::to_string(i), "结账失败", "处理方法", unposted));
    }
    std::vector<std::int64_t> ids;
    for (int offset = 0;; offset += 3) {
        const auto reply = searchKb(engineer, "结账", 0, 0, 3, offset).search_kb_articles_reply();
        for (const auto& row : reply.articles()) ids.push_back(row.id());
        EXPECT_EQ(reply.more(), offset + 3 < 7) << offset;
        if (!reply.more()) break;
    }
    ASSERT_EQ(ids.size(), 7u);
    EXPECT_TRUE(std::is_sorted(ids.rbegin(), ids.rend())) << "equal in use and title: newest first";
}

TEST_F(KnowledgeBaseTest, AStaleEditIsAConflictThatNamesWhoChangedIt)
{
    const auto a = saved(engineer, newArticle("加密狗不识别", "登录提示未检测到加密狗", "换 USB 口", dongle));
    auto managersEdit = a;
    managersEdit.set_solution("换 USB 口，重装驱动");
    const auto edited = saved(manager, managersEdit);
    EXPECT_EQ(edited.version(), 2);
    EXPECT_EQ(edited.updated_by_name(), "王建国");
    EXPECT_EQ(edited.author_name(), "张伟") << "the author stays";

    auto staleEdit = a;  // the engineer still has version 1 on screen
    staleEdit.set_solution("重启电脑");
    const auto conflict = save(engineer, staleEdit);
    EXPECT_EQ(errorOf(conflict), proto::CONFLICT);
    EXPECT_EQ(conflict.error().message(), "the article was changed by 王建国 since you opened it");
    EXPECT_EQ(errorOf(archive(engineer, a)), proto::CONFLICT);
    EXPECT_EQ(sql("SELECT solution FROM kb_articles"), "换 USB 口，重装驱动");
    EXPECT_EQ(titlesFound(engineer, "重装驱动"), Titles{"加密狗不识别"}) << "the search follows the edit";
    EXPECT_EQ(titlesFound(engineer, "重启电脑"), Titles{});
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'kb.update'"), "1");
}

TEST_F(KnowledgeBaseTest, AnArchivedArticleLeavesTheSearchUntilRestored)
{
    const auto a = saved(engineer, newArticle("加密狗不识别", "登录提示未检测到加密狗", "换 USB 口", dongle));
    const auto archived = archive(engineer, a);
    ASSERT_TRUE(archived.has_kb_article_reply()) << archived.DebugString();
    EXPECT_TRUE(archived.kb_article_reply().article().archived());
    EXPECT_EQ(titlesFound(engineer, "加密狗"), Titles{});
    EXPECT_EQ(titlesFound(engineer, ""), Titles{});
    EXPECT_TRUE(getArticle(engineer, a.id()).kb_article_reply().article().archived()) << "still readable by id";

    const auto restored = archive(manager, archived.kb_article_reply().article(), false);
    ASSERT_TRUE(restored.has_kb_article_reply()) << restored.DebugString();
    EXPECT_EQ(titlesFound(engineer, "加密狗"), Titles{"加密狗不识别"});
    EXPECT_EQ(sql("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE action LIKE 'kb.%'"),
              "kb.create,kb.archive,kb.restore");
    EXPECT_EQ(errorOf(getArticle(engineer, 999999)), proto::NOT_FOUND);
}

}  // namespace
}  // namespace laoke::test
