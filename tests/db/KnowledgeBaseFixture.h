#pragma once
// Knowledge base tests: the tickets fixture (branches BJ and SH, the demo accounts, a catalogue
// line 测试U8+, one BJ customer) plus helpers that write, search, suggest and link articles
// through the real Dispatcher, and the ids of the categories and product lines they use.

#include "TicketsFixture.h"

#include <string>
#include <vector>

namespace laoke::test {

class KnowledgeBaseFixture : public TicketsFixture {
protected:
    void SetUp() override
    {
        TicketsFixture::SetUp();
        monthEnd = categoryId("month_end");
        unposted = categoryId("month_end.unposted");
        reopen = categoryId("month_end.reopen");
        dongle = categoryId("licence.dongle");
        kisLine = std::stoll(sql("SELECT id FROM product_lines WHERE code = 'kis_professional'"));
    }

    std::int64_t categoryId(const std::string& code)
    {
        return std::stoll(sql("SELECT id FROM ticket_categories WHERE code = '" + code + "'"));
    }

    /// A valid new article (for the catalogue line 测试U8+ unless told otherwise).
    protocol::KbArticle newArticle(const std::string& title, const std::string& symptom, const std::string& solution,
                                   std::int64_t category = 0, std::int64_t line = -1)
    {
        protocol::KbArticle article;
        article.set_title(title);
        article.set_symptom(symptom);
        article.set_solution(solution);
        article.set_category_id(category);
        article.set_product_line_id(line < 0 ? lineId : line);
        return article;
    }

    protocol::Envelope save(handlers::ConnectionState& who, const protocol::KbArticle& article)
    {
        protocol::Envelope request;
        *request.mutable_save_kb_article()->mutable_article() = article;
        return send(who, request);
    }

    /// Saves as `who` and returns the article (fails the test on an error).
    protocol::KbArticle saved(handlers::ConnectionState& who, const protocol::KbArticle& article)
    {
        const auto reply = save(who, article);
        EXPECT_TRUE(reply.has_kb_article_reply()) << reply.DebugString();
        return reply.kb_article_reply().article();
    }

    protocol::Envelope getArticle(handlers::ConnectionState& who, std::int64_t id)
    {
        protocol::Envelope request;
        request.mutable_get_kb_article()->set_article_id(id);
        return send(who, request);
    }

    protocol::Envelope archive(handlers::ConnectionState& who, const protocol::KbArticle& article, bool archived = true)
    {
        protocol::Envelope request;
        request.mutable_archive_kb_article()->set_id(article.id());
        request.mutable_archive_kb_article()->set_expected_version(article.version());
        request.mutable_archive_kb_article()->set_archived(archived);
        return send(who, request);
    }

    protocol::Envelope searchKb(handlers::ConnectionState& who, const std::string& text, std::int64_t line = 0,
                                std::int64_t category = 0, int limit = 0, int offset = 0)
    {
        protocol::Envelope request;
        auto* search = request.mutable_search_kb_articles();
        search->set_text(text);
        search->set_product_line_id(line);
        search->set_category_id(category);
        search->set_limit(limit);
        search->set_offset(offset);
        return send(who, request);
    }

    /// The titles a search shows, in order (fails the test on an error).
    std::vector<std::string> titlesFound(handlers::ConnectionState& who, const std::string& text, std::int64_t line = 0,
                                         std::int64_t category = 0)
    {
        const auto reply = searchKb(who, text, line, category);
        EXPECT_TRUE(reply.has_search_kb_articles_reply()) << text << ": " << reply.DebugString();
        std::vector<std::string> titles;
        for (const auto& row : reply.search_kb_articles_reply().articles()) titles.push_back(row.title());
        return titles;
    }

    protocol::Envelope recordUse(handlers::ConnectionState& who, std::int64_t articleId, std::int64_t ticketId)
    {
        protocol::Envelope request;
        request.mutable_record_kb_use()->set_article_id(articleId);
        request.mutable_record_kb_use()->set_ticket_id(ticketId);
        return send(who, request);
    }

    std::int64_t monthEnd = 0, unposted = 0, reopen = 0, dongle = 0, kisLine = 0;
};

}  // namespace laoke::test
