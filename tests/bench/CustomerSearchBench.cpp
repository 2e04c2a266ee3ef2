// laoke-bench-customer-search: latency of customer searches and 360 views against a running
// laoke-server holding a large customer book (scripts/bench-search.sh loads one with the
// demo generator). Queries are drawn from the book itself: rare and common Chinese
// fragments, pinyin initials, full pinyin, phone fragments, codes, filters, sorts and later
// pages. Measured at the client over real TLS; the server's own share is smaller.
//
//   laoke-bench-customer-search HOST:PORT USER PASSWORD [ROUNDS]

#include "BenchSupport.h"
#include "engine/SearchText.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

namespace proto = laoke::protocol;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<std::string> codePoints(const std::string& text)
{
    std::vector<std::string> points;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t width = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        points.push_back(text.substr(i, width));
        i += width;
    }
    return points;
}

std::string window(const std::vector<std::string>& points, std::size_t from, std::size_t length)
{
    std::string text;
    for (std::size_t i = from; i < std::min(points.size(), from + length); ++i) text += points[i];
    return text;
}

struct Sample {
    std::int64_t id = 0;
    std::string name, code, mobile;
};

}  // namespace

int main(int argc, char** argv)
{
    laoke::bench::BenchSession session = laoke::bench::openBenchSession(argc, argv);
    const int rounds = session.rounds;
    auto call = [&](const proto::Envelope& request) { return session.call(request); };

    // Samples spread over the book, each with a contact's mobile from its 360 view.
    std::mt19937 random(20261130);
    std::vector<Sample> samples;
    for (const auto& row : laoke::bench::sampleCustomers(session, random, 400)) {
        Sample sample{row.id(), row.name(), row.code(), {}};
        proto::Envelope get;
        get.mutable_get_customer()->set_customer_id(row.id());
        const auto view = call(get);
        for (const auto& contact : view.customer_360_reply().view().contacts()) {
            if (!contact.mobile().empty()) sample.mobile = contact.mobile();
        }
        samples.push_back(sample);
    }
    std::printf("%zu sample customers, %d rounds per kind; client-side milliseconds over TLS\n\n", samples.size(), rounds);
    std::printf("| query                          | count |   p50   |   p95   |   p99   |   max   | rows/query |\n");
    std::printf("|--------------------------------|-------|---------|---------|---------|---------|------------|\n");

    auto bench = [&](const char* name, const std::function<proto::Envelope(const Sample&)>& make) {
        std::vector<double> times;
        std::size_t hits = 0;
        for (int i = 0; i < rounds; ++i) {
            const Sample& sample = samples[random() % samples.size()];
            const proto::Envelope request = make(sample);
            const auto start = Clock::now();
            const auto reply = call(request);
            times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
            hits += reply.has_search_customers_reply() ? reply.search_customers_reply().rows_size() : 1;
        }
        laoke::bench::report(name, times, static_cast<double>(hits) / static_cast<double>(times.size()));
    };
    auto textSearch = [](const std::string& text) {
        proto::Envelope request;
        request.mutable_search_customers()->mutable_filter()->set_text(text);
        request.mutable_search_customers()->set_page_size(200);
        return request;
    };
    // The 字号 sits after the city in most generated names; any 2-character window is a
    // realistic "what the caller said" fragment.
    bench("2 Han characters (random)", [&](const Sample& s) {
        const auto points = codePoints(s.name);
        return textSearch(window(points, random() % std::max<std::size_t>(1, points.size() - 1), 2));
    });
    bench("4 Han characters (random)", [&](const Sample& s) {
        const auto points = codePoints(s.name);
        return textSearch(window(points, random() % std::max<std::size_t>(1, points.size() - 3), 4));
    });
    bench("common word 有限公司", [&](const Sample&) { return textSearch("有限公司"); });
    bench("common word 科技", [&](const Sample&) { return textSearch("科技"); });
    bench("pinyin initials (4)", [&](const Sample& s) {
        return textSearch(laoke::engine::pinyinOf(window(codePoints(s.name), 0, 4)).initials);
    });
    bench("full pinyin (2 syllables)", [&](const Sample& s) {
        return textSearch(laoke::engine::pinyinOf(window(codePoints(s.name), 2, 2)).full);
    });
    bench("mobile, 7 digits", [&](const Sample& s) { return textSearch(s.mobile.empty() ? s.code : s.mobile.substr(3, 7)); });
    bench("customer code", [&](const Sample& s) { return textSearch(s.code); });
    bench("list, sort by name, page 1", [&](const Sample&) {
        proto::Envelope request;
        request.mutable_search_customers()->set_page_size(200);
        return request;
    });
    bench("list, sort by service end desc", [&](const Sample&) {
        proto::Envelope request;
        request.mutable_search_customers()->set_sort(proto::SORT_BY_SERVICE_END);
        request.mutable_search_customers()->set_descending(true);
        request.mutable_search_customers()->set_page_size(200);
        return request;
    });
    bench("filter: expired, one province", [&](const Sample&) {
        proto::Envelope request;
        request.mutable_search_customers()->mutable_filter()->add_service_states("expired");
        request.mutable_search_customers()->mutable_filter()->add_provinces("广东");
        request.mutable_search_customers()->set_page_size(200);
        return request;
    });
    bench("360 view", [&](const Sample& s) {
        proto::Envelope request;
        request.mutable_get_customer()->set_customer_id(s.id);
        return request;
    });
    return 0;
}
