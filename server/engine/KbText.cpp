#include "engine/KbText.h"

#include "engine/CategorySuggester.h"

#include <algorithm>
#include <array>

namespace laoke::engine {
namespace {

// Cut between words: white space (the ideographic space too) and the commas, enumeration
// comma and semicolons people put between the words of a problem.
constexpr std::array<std::string_view, 10> kSeparators{" ", "\t", "\n", "\r", ",", ";",
                                                       "\xE3\x80\x80", "\xEF\xBC\x8C", "\xE3\x80\x81", "\xEF\xBC\x9B"};

std::vector<std::string_view> splitWords(std::string_view input)
{
    std::vector<std::string_view> words;
    std::size_t start = 0, i = 0;
    while (i < input.size()) {
        const auto separator = std::find_if(kSeparators.begin(), kSeparators.end(),
                                            [&](std::string_view s) { return input.substr(i, s.size()) == s; });
        if (separator == kSeparators.end()) {
            ++i;
            continue;
        }
        if (i > start) words.push_back(input.substr(start, i - start));
        i += separator->size();
        start = i;
    }
    if (i > start) words.push_back(input.substr(start, i - start));
    return words;
}

}  // namespace

SearchDocument kbSearchDocument(const KbArticleText& a)
{
    return buildTextDocument({a.title, a.keywords, a.versions, a.symptom, a.cause, a.solution});
}

std::vector<std::int64_t> kbSimilarityKeys(const KbArticleText& a)
{
    std::string heading(a.title);
    heading.append(" ").append(a.keywords);
    return similarityKeys(heading, a.symptom);
}

KbQuery buildKbQuery(std::string_view input)
{
    KbQuery query;
    const std::vector<std::string_view> words = splitWords(input);
    std::vector<SearchQuery> usable;
    for (const std::string_view word : words) {
        query.blank = false;
        SearchQuery q = buildSearchQuery(word);
        if (q.usable) usable.push_back(std::move(q));
    }
    query.tooManyWords = usable.size() > kMaxKbQueryWords;
    query.usable = !usable.empty() && !query.tooManyWords;
    if (!query.usable) return query;
    for (SearchQuery& q : usable) {
        if (std::find(query.needles.begin(), query.needles.end(), q.needle) != query.needles.end()) continue;
        const bool provedByKey = q.keys.size() == 1 && unpackSearchKey(q.keys[0]) == q.needle;
        if (!provedByKey) query.checkedNeedles.push_back(q.needle);
        query.keys.insert(query.keys.end(), q.keys.begin(), q.keys.end());
        query.needles.push_back(std::move(q.needle));
    }
    std::sort(query.keys.begin(), query.keys.end());
    query.keys.erase(std::unique(query.keys.begin(), query.keys.end()), query.keys.end());
    // Any subset of the keys finds every match if every needle is checked, so a long query
    // keeps its first keys, as a customer search does.
    constexpr std::size_t kMaxKeys = 64;
    if (query.keys.size() > kMaxKeys) {
        query.keys.resize(kMaxKeys);
        query.checkedNeedles = query.needles;
    }
    return query;
}

}  // namespace laoke::engine
