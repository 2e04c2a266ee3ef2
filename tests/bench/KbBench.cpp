// laoke-bench-kb: the knowledge base at scale.
//
//   laoke-bench-kb load DATABASE_URL COUNT   adds COUNT generated articles (one transaction,
//                                            COPY) and analyzes the table
//   laoke-bench-kb HOST:PORT USER PASSWORD [ROUNDS]
//                                            latency of searches and suggestions over TLS
//
// Generated articles are the demo articles (server/demo) recombined: a demo article with a
// sentence of two others added to its symptom and solution, another product line now and
// then, a customer case line ("案例：东莞鑫达五金制品", rare words, as real articles name the
// customer they came from) and a use count from a long-tailed distribution. So common words
// (结账, 凭证) are in thousands of articles and case names in a handful, as in a real book.

#include "BenchSupport.h"
#include "db/KbRepository.h"
#include "demo/DemoKnowledgeBase.h"
#include "demo/DemoVocabulary.h"
#include "engine/KbText.h"

#include <pqxx/pqxx>

#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace proto = laoke::protocol;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<laoke::demo::DemoKbArticle> demoArticles()
{
    std::vector<laoke::demo::DemoKbArticle> all;
    for (const auto part : {laoke::demo::demoClosingArticles(), laoke::demo::demoBookkeepingArticles(),
                            laoke::demo::demoSystemArticles()}) {
        all.insert(all.end(), part.begin(), part.end());
    }
    return all;
}

std::string arrayLiteral(const std::vector<std::int64_t>& keys)
{
    std::string literal = "{";
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i > 0) literal += ',';
        literal += std::to_string(keys[i]);
    }
    return literal + "}";
}

std::string caseName(std::mt19937& random)
{
    const auto cities = laoke::demo::cities();
    const auto characters = laoke::demo::tradeNameCharacters();
    const auto industries = laoke::demo::industries();
    const auto& trades = industries[random() % industries.size()].words;
    return std::string(cities[random() % cities.size()].name) + std::string(characters[random() % characters.size()]) +
           std::string(characters[random() % characters.size()]) + std::string(trades[random() % trades.size()]);
}

int load(const std::string& url, int count)
{
    const auto start = Clock::now();
    pqxx::connection connection(url);
    pqxx::work work(connection);
    std::map<std::string, std::string> categories, lines;
    for (const auto& row : work.exec("SELECT code, id FROM ticket_categories")) categories[row[0].c_str()] = row[1].c_str();
    std::vector<std::string> lineIds;
    for (const auto& row : work.exec("SELECT code, id FROM product_lines")) {
        lines[row[0].c_str()] = row[1].c_str();
        lineIds.push_back(row[1].c_str());
    }
    const auto demo = demoArticles();
    std::mt19937 random(20260115);
    std::geometric_distribution<int> uses(0.15);
    pqxx::stream_to copy(work, "kb_articles",
                         std::vector<std::string>{"title", "product_line_id", "versions", "category_id", "symptom", "cause",
                                                  "solution", "keywords", "search_text", "search_keys", "title_keys", "similarity_keys",
                                                  "use_count"});
    for (int i = 0; i < count; ++i) {
        const auto& base = demo[random() % demo.size()];
        const auto& other = demo[random() % demo.size()];
        const auto& third = demo[random() % demo.size()];
        proto::KbArticle a;
        a.set_title(std::string(base.title) + "（案例 " + std::to_string(i + 1) + "）");
        a.set_symptom(std::string(base.symptom) + other.symptom + "\n案例：" + caseName(random));
        a.set_cause(base.cause);
        a.set_solution(std::string(base.solution) + "\n补充：" + third.solution);
        a.set_keywords(base.keywords);
        a.set_versions(base.versions);
        const laoke::db::KbArticleKeys keys = laoke::db::KbArticleKeys::of(a);
        std::string line = base.product ? lines.at(base.product) : std::string();
        if (random() % 5 == 0) line = lineIds[random() % lineIds.size()];  // the same problem on another line
        std::optional<std::string> lineValue, categoryValue;
        if (!line.empty()) lineValue = line;
        if (base.category) categoryValue = categories.at(base.category);
        copy << std::make_tuple(a.title(), lineValue, a.versions(), categoryValue, a.symptom(), a.cause(), a.solution(),
                                a.keywords(), keys.document.text, arrayLiteral(keys.document.keys),
                                arrayLiteral(keys.titleKeys), arrayLiteral(keys.similarityKeys), std::min(uses(random), 500));
    }
    copy.complete();
    work.commit();
    pqxx::nontransaction(connection).exec("VACUUM ANALYZE kb_articles");
    std::printf("loaded %d articles in %.1f s\n", count, std::chrono::duration<double>(Clock::now() - start).count());
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::string(argv[1]) == "load") return load(argv[2], std::stoi(argv[3]));
    laoke::bench::BenchSession session = laoke::bench::openBenchSession(argc, argv);
    std::mt19937 random(20261130);

    // Ids to look up: the categories and product lines of the demo articles.
    proto::Envelope categoriesRequest;
    categoriesRequest.mutable_list_ticket_categories();
    const auto categories = session.call(categoriesRequest).list_ticket_categories_reply();
    auto categoryId = [&](const std::string& code) {
        for (const auto& c : categories.categories()) if (c.code() == code) return c.id();
        return std::int64_t{0};
    };
    proto::Envelope catalogueRequest;
    catalogueRequest.mutable_get_catalogue();
    const auto catalogue = session.call(catalogueRequest).catalogue_reply();
    std::int64_t u8 = 0;
    for (const auto& line : catalogue.product_lines()) if (line.code() == "u8plus") u8 = line.id();

    std::printf("%d rounds per kind; client-side milliseconds over TLS\n\n", session.rounds);
    std::printf("| request                        | count |   p50   |   p95   |   p99   |   max   | rows/reply |\n");
    std::printf("|--------------------------------|-------|---------|---------|---------|---------|------------|\n");
    auto bench = [&](const char* name, const std::function<proto::Envelope()>& make) {
        std::vector<double> times;
        std::size_t rows = 0;
        for (int i = 0; i < session.rounds; ++i) {
            const proto::Envelope request = make();
            const auto begin = Clock::now();
            const auto reply = session.call(request);
            times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
            rows += static_cast<std::size_t>(reply.has_search_kb_articles_reply()
                                                 ? reply.search_kb_articles_reply().articles_size()
                                                 : reply.suggest_kb_articles_reply().suggestions_size());
        }
        laoke::bench::report(name, times, static_cast<double>(rows) / static_cast<double>(times.size()));
    };
    auto search = [](const std::string& text, std::int64_t line = 0, std::int64_t category = 0, int offset = 0) {
        proto::Envelope request;
        auto* s = request.mutable_search_kb_articles();
        s->set_text(text);
        s->set_product_line_id(line);
        s->set_category_id(category);
        s->set_offset(offset);
        return request;
    };
    const std::vector<std::string> common{"结账", "凭证", "备份", "报表", "加密狗", "年结"};
    const std::vector<std::string> words{"未记账凭证", "置疑", "数电票", "UFO", "站点已满", "Ctrl", "税收分类编码"};
    bench("search: common word", [&] { return search(common[random() % common.size()]); });
    bench("search: rarer word", [&] { return search(words[random() % words.size()]); });
    // Case names that are there: read from articles picked at random (a guessed one rarely is).
    std::vector<std::string> cases;
    for (int i = 0; i < 200 && cases.size() < 50; ++i) {
        proto::Envelope request;
        request.mutable_get_kb_article()->set_article_id(1 + static_cast<std::int64_t>(random() % 50000));
        const auto reply = session.client->call(request);
        const std::string& symptom = reply.kb_article_reply().article().symptom();
        const auto at = symptom.find("案例：");
        if (at != std::string::npos) cases.push_back(symptom.substr(at + std::string("案例：").size()));
    }
    if (!cases.empty()) bench("search: case name (rare)", [&] { return search(cases[random() % cases.size()]); });
    bench("search: two words", [&] { return search(common[random() % common.size()] + " " + words[random() % words.size()]); });
    bench("search: word + U8+ + group", [&] { return search("结账", u8, categoryId("month_end")); });
    bench("search: no text, page 3", [&] { return search("", 0, 0, 40); });
    bench("search: traditional 結賬", [&] { return search("結賬 憑證"); });
    const std::vector<std::string> subjects{"月末结账提示本月还有未记账凭证", "加密狗不识别，登录进入演示版",
                                            "年度结转提示有其它异常任务运行", "UFO报表取数全部为零",
                                            "数据库置疑，软件登录不了", "新会计登录不了软件"};
    bench("suggest: category+line+text", [&] {
        proto::Envelope request;
        auto* s = request.mutable_suggest_kb_articles();
        s->set_category_id(categoryId("month_end.unposted"));
        s->set_product_line_id(u8);
        s->set_subject(subjects[random() % subjects.size()]);
        s->set_description("财务说这个月底结账的时候报错，" + caseName(random));
        return request;
    });
    bench("suggest: text only", [&] {
        proto::Envelope request;
        request.mutable_suggest_kb_articles()->set_subject(subjects[random() % subjects.size()]);
        return request;
    });
    return 0;
}
