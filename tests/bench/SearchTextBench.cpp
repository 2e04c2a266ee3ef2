// laoke-bench-search-text: how many customer search documents engine::buildSearchDocument
// makes per second on one core (a bulk load of 1,000,000 customers runs it once per
// customer), how many keys a document has and how long its bigint[] key array is as COPY text,
// and how many queries per second buildSearchQuery parses.
// Usage: laoke-bench-search-text [DOCUMENTS]   (default 200000)

#include "engine/SearchText.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <algorithm>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// This thread's CPU time: the machine is shared with builds, and CPU time per document is
// what a bulk load on an idle core would see.
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Names after the 城市 + 字号 + 行业 + 有限公司 pattern, contacts and mobiles: the shape of
// what the demo generator and real imports feed in.
std::vector<laoke::engine::SearchFields> sampleCustomers(std::size_t count)
{
    const char* cities[] = {"深圳市", "广州市", "东莞市", "苏州市", "杭州市", "宁波市", "北京", "上海", "重庆", "长沙市"};
    const char* marks[] = {"华鑫", "盛达", "通瑞", "恒泰", "宏丰", "源信", "德嘉", "富安", "创新", "永金", "汇隆", "昌兴"};
    const char* trades[] = {"机械设备", "电子科技", "五金制品", "塑胶制品", "精细化工", "商贸", "供应链管理", "建筑工程"};
    const char* surnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"};
    const char* givens[] = {"伟", "芳", "建国", "婷", "磊", "秀英", "志强", "静"};
    std::vector<laoke::engine::SearchFields> customers;
    customers.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        laoke::engine::SearchFields fields;
        const std::string mark = marks[i % 12];
        const std::string trade = trades[(i / 12) % 8];
        fields.name = std::string(cities[(i / 96) % 10]) + mark + trade + "有限公司";
        fields.shortName = mark + trade;
        fields.code = "C" + std::to_string(100000 + i);
        fields.creditCode = "91440300MA5" + std::to_string(1000000 + i);
        for (std::size_t c = 0; c < 3; ++c) {
            fields.contactNames.push_back(std::string(surnames[(i + c) % 8]) + givens[(i / 8 + c) % 8]);
            fields.phoneNumbers.push_back("13" + std::to_string(800000000 + (i * 7919 + c * 104729) % 100000000));
        }
        customers.push_back(std::move(fields));
    }
    return customers;
}

/// Bytes of the document's keys as the `{k1,k2,...}` literal the bulk loader streams in COPY.
std::size_t keyLiteralBytes(const std::vector<std::int64_t>& keys)
{
    std::size_t bytes = 2 + (keys.empty() ? 0 : keys.size() - 1);
    char digits[24];
    for (const auto key : keys) bytes += static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, key).ptr - digits);
    return bytes;
}

}  // namespace

int main(int argc, char** argv)
{
    const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 200000;
    const auto customers = sampleCustomers(count);

    // The pinyin table and OpenCC's dictionaries load on first use; time that separately.
    const auto warmStart = Clock::now();
    (void)laoke::engine::buildSearchDocument(customers.front());
    const double warmUp = std::chrono::duration<double>(Clock::now() - warmStart).count();

    std::size_t keys = 0;
    std::size_t textBytes = 0;
    std::size_t literalBytes = 0;
    const auto start = Clock::now();
    const double cpuStart = threadCpuSeconds();
    for (const auto& fields : customers) {
        const auto document = laoke::engine::buildSearchDocument(fields);
        keys += document.keys.size();
        textBytes += document.text.size();
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpuSeconds = threadCpuSeconds() - cpuStart;
    // Outside the timed loop: the literal is the loader's cost, not buildSearchDocument's.
    for (std::size_t i = 0; i < std::min<std::size_t>(count, 10000); ++i) {
        literalBytes += keyLiteralBytes(laoke::engine::buildSearchDocument(customers[i]).keys);
    }

    const char* queries[] = {"海淀", "鑫", "bjhd", "13812345678", "深圳华鑫电子", "huaxin", "客戶"};
    const std::size_t queryRounds = 100000;
    std::size_t queryKeys = 0;
    const auto queryStart = Clock::now();
    for (std::size_t i = 0; i < queryRounds; ++i) queryKeys += laoke::engine::buildSearchQuery(queries[i % 7]).keys.size();
    const double querySeconds = std::chrono::duration<double>(Clock::now() - queryStart).count();

    std::printf("first use (tables): %.2f s\n", warmUp);
    std::printf("buildSearchDocument: %zu documents in %.2f s wall = %.0f documents/s; %.2f s CPU = %.0f documents per "
                "CPU second (%.0f keys, %.0f text bytes per document)\n",
                count, seconds, static_cast<double>(count) / seconds, cpuSeconds, static_cast<double>(count) / cpuSeconds,
                static_cast<double>(keys) / static_cast<double>(count), static_cast<double>(textBytes) / static_cast<double>(count));
    std::printf("search_keys as COPY text: %.0f bytes per document\n",
                static_cast<double>(literalBytes) / static_cast<double>(std::min<std::size_t>(count, 10000)));
    std::printf("buildSearchQuery: %.0f queries/s (%zu keys)\n", static_cast<double>(queryRounds) / querySeconds, queryKeys);
    return 0;
}
