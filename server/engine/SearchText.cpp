#include "engine/SearchText.h"

#include "engine/HanReadings.h"
#include "engine/TraditionalChinese.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>

namespace laoke::engine {
namespace {

constexpr char kFieldSeparator = '\x1F';  // U+001F: never survives normalization, so never in a query

// A query longer than this many keys uses only the first ones: any subset of its keys still
// finds every match (the needle filters the rest), and the index does less work.
constexpr std::size_t kMaxQueryKeys = 64;

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Decodes UTF-8, dropping ill-formed bytes.
void decodeUtf8(std::string_view utf8, std::u32string& out)
{
    out.clear();
    int32_t i = 0;
    const auto length = static_cast<int32_t>(utf8.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(utf8.data(), i, length, c);
        if (c >= 0) out.push_back(static_cast<char32_t>(c));
    }
}

const icu::Normalizer2& nfkcCasefold()
{
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status) || !normalizer) {
            throw std::runtime_error(std::string("ICU NFKC_Casefold unavailable: ") + u_errorName(status));
        }
        return normalizer;
    }();
    return *instance;
}

/// Letters, combining marks and digits are searchable; white space, punctuation, symbols
/// and control characters are not.
bool isSearchable(char32_t c)
{
    return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

void normalizeInto(std::string_view input, std::string& out)
{
    out.clear();
    if (std::all_of(input.begin(), input.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        // ASCII: NFKC and case folding reduce to lower-casing.
        for (char c : input) {
            if (isAsciiAlnum(c)) out.push_back(asciiLower(c));
        }
        return;
    }
    // Full-width forms become ASCII, compatibility ideographs become unified ones, and case
    // is folded, in one pass over the UTF-8. ICU copies ill-formed bytes through unchanged;
    // decoding below drops them.
    std::string folded;
    folded.reserve(input.size());
    icu::StringByteSink<std::string> sink(&folded);
    UErrorCode status = U_ZERO_ERROR;
    nfkcCasefold().normalizeUTF8(0, icu::StringPiece(input.data(), static_cast<int32_t>(input.size())), sink, nullptr,
                                 status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("NFKC_Casefold failed: ") + u_errorName(status));

    bool traditional = false;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(folded.size());
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(folded.data(), i, length, c);
        if (c < 0 || !isSearchable(static_cast<char32_t>(c))) continue;
        out.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        if (c >= 0x80 && !traditional) traditional = mayChangeToSimplified(static_cast<char32_t>(c));
    }
    if (traditional) out = toSimplifiedChinese(out);
}

/// Pinyin of text that is already normalized.
void pinyinOfNormalized(std::string_view normalized, Pinyin& out)
{
    out.full.clear();
    out.initials.clear();
    std::u32string run;
    auto flush = [&]() {
        if (run.empty()) return;
        appendPinyinOfHanRun(run, out.full, out.initials);
        run.clear();
    };
    int32_t i = 0;
    const auto length = static_cast<int32_t>(normalized.size());
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(normalized.data(), i, length, c);
        if (c < 0) continue;
        if (isHanCharacter(static_cast<char32_t>(c))) {
            run.push_back(static_cast<char32_t>(c));
            continue;
        }
        flush();
        const std::string_view bytes = normalized.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        out.full.append(bytes);
        out.initials.append(bytes);
    }
    flush();
}

/// A key of up to three code points packed into 21 bits each, 0 padding shorter keys: the
/// storage format documented in SearchText.h. Sorting integers is what makes bulk loads fast.
using Gram = std::uint64_t;

constexpr Gram gram(char32_t a, char32_t b = 0, char32_t c = 0)
{
    return (Gram{a} << 42) | (Gram{b} << 21) | Gram{c};
}

bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

enum class KeyUse { Document, Query };

/// Splits normalized text into runs of Han characters and runs of everything else (letters
/// and digits of other scripts) and emits the keys of each run.
void addKeys(const std::u32string& text, KeyUse use, std::vector<Gram>& grams)
{
    std::size_t begin = 0;
    while (begin < text.size()) {
        const bool han = isHanCharacter(text[begin]);
        std::size_t end = begin + 1;
        while (end < text.size() && isHanCharacter(text[end]) == han) ++end;
        const std::size_t n = end - begin;
        const char32_t* r = text.data() + begin;
        if (han) {
            // Documents: every character and every pair. Queries: the pairs, or the single
            // character of a one-character query.
            for (std::size_t i = 0; i < n; ++i) {
                if (use == KeyUse::Document || n == 1) grams.push_back(gram(r[i]));
                if (i + 1 < n) grams.push_back(gram(r[i], r[i + 1]));
            }
        } else {
            // Documents: every pair and triple, but only triples for a run of digits alone
            // (phone numbers, codes: their pairs were a fifth of all keys). Queries: the
            // triples, or the pair of a run of two letters or a letter and a digit; a single
            // letter or digit, or two digits, has no key.
            const bool digitsOnly = std::all_of(r, r + n, isAsciiDigit);
            const bool pairs = !digitsOnly && (use == KeyUse::Document || n == 2);
            for (std::size_t i = 0; i < n; ++i) {
                if (pairs && i + 1 < n) grams.push_back(gram(r[i], r[i + 1]));
                if (i + 2 < n) grams.push_back(gram(r[i], r[i + 1], r[i + 2]));
            }
        }
        begin = end;
    }
}

/// Drops duplicate grams before sorting: a document repeats about 40% of its grams (the short
/// name inside the name, digits of phone numbers), and sorting is the costliest step of a
/// bulk load, so an open-addressing set over a fixed table comes first.
void removeDuplicates(std::vector<Gram>& grams)
{
    constexpr std::size_t kSlots = 2048;  // power of two, well over twice a large document's grams
    if (grams.size() * 2 > kSlots) {
        std::sort(grams.begin(), grams.end());
        grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
        return;
    }
    std::array<Gram, kSlots> slots{};  // 0 marks an empty slot; no gram is 0
    std::size_t kept = 0;
    for (const Gram g : grams) {
        std::size_t slot = static_cast<std::size_t>((g * 0x9E3779B97F4A7C15ULL) >> 53) & (kSlots - 1);
        while (slots[slot] != 0 && slots[slot] != g) slot = (slot + 1) & (kSlots - 1);
        if (slots[slot] == g) continue;
        slots[slot] = g;
        grams[kept++] = g;
    }
    grams.resize(kept);
    std::sort(grams.begin(), grams.end());
}

std::vector<std::int64_t> uniqueSortedKeys(std::vector<Gram>& grams, std::size_t limit)
{
    removeDuplicates(grams);
    // Every gram is below 2^63 (three 21-bit code points), so it is a positive int64 as it is.
    const std::size_t count = std::min(grams.size(), limit);
    return std::vector<std::int64_t>(grams.begin(), grams.begin() + static_cast<std::ptrdiff_t>(count));
}

/// The text (normalized parts joined by the field separator) and the keys of a document.
SearchDocument documentOfParts(const std::vector<std::string>& parts)
{
    SearchDocument document;
    std::vector<Gram> grams;
    grams.reserve(512);
    std::u32string decoded;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) document.text.push_back(kFieldSeparator);
        document.text.append(parts[i]);
        decodeUtf8(parts[i], decoded);
        addKeys(decoded, KeyUse::Document, grams);
    }
    document.keys = uniqueSortedKeys(grams, grams.size());
    return document;
}

}  // namespace

std::string normalizeForSearch(std::string_view utf8)
{
    std::string out;
    normalizeInto(utf8, out);
    return out;
}

Pinyin pinyinOf(std::string_view utf8)
{
    Pinyin out;
    pinyinOfNormalized(normalizeForSearch(utf8), out);
    return out;
}

SearchDocument buildSearchDocument(const SearchFields& fields)
{
    std::vector<std::string> parts;
    parts.reserve(8 + fields.contactNames.size() + fields.phoneNumbers.size());
    std::size_t textBytes = 0;
    auto add = [&parts, &textBytes](std::string normalized) {
        if (normalized.empty()) return;
        if (textBytes + normalized.size() + 1 > kMaxSearchTextBytes) return;  // see kMaxSearchTextBytes
        if (std::find(parts.begin(), parts.end(), normalized) != parts.end()) return;
        textBytes += normalized.size() + 1;
        parts.push_back(std::move(normalized));
    };
    auto addWithPinyin = [&](const std::string& field) {
        std::string normalized = normalizeForSearch(field);
        Pinyin pinyin;
        pinyinOfNormalized(normalized, pinyin);
        add(std::move(normalized));
        add(std::move(pinyin.full));
        add(std::move(pinyin.initials));
    };
    addWithPinyin(fields.name);
    addWithPinyin(fields.shortName);
    add(normalizeForSearch(fields.code));
    add(normalizeForSearch(fields.creditCode));
    for (const auto& name : fields.contactNames) add(normalizeForSearch(name));
    for (const auto& number : fields.phoneNumbers) add(normalizeForSearch(number));
    return documentOfParts(parts);
}

SearchDocument buildTextDocument(const std::vector<std::string_view>& fields)
{
    std::vector<std::string> parts;
    parts.reserve(fields.size());
    for (const auto field : fields) parts.push_back(normalizeForSearch(field));
    return documentOfParts(parts);
}

SearchQuery buildSearchQuery(std::string_view userInput)
{
    SearchQuery query;
    query.needle = normalizeForSearch(userInput);
    std::u32string decoded;
    decodeUtf8(query.needle, decoded);
    std::vector<Gram> grams;
    addKeys(decoded, KeyUse::Query, grams);
    query.keys = uniqueSortedKeys(grams, kMaxQueryKeys);
    query.usable = !query.keys.empty();
    for (std::size_t i = 0; i < userInput.size() && query.blank; ++i) {
        const char c = userInput[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (userInput.substr(i, 3) == "\xE3\x80\x80") {  // U+3000, the ideographic space
            i += 2;
            continue;
        }
        query.blank = false;
    }
    return query;
}

void appendKeysOfText(std::string_view searchText, std::vector<std::int64_t>& keys)
{
    thread_local std::vector<Gram> grams;
    thread_local std::u32string decoded;
    grams.clear();
    while (!searchText.empty()) {
        const std::size_t end = std::min(searchText.find(kFieldSeparator), searchText.size());
        decodeUtf8(searchText.substr(0, end), decoded);
        addKeys(decoded, KeyUse::Document, grams);
        searchText.remove_prefix(std::min(end + 1, searchText.size()));
    }
    // Every gram is below 2^63 (three 21-bit code points), so it is a positive int64 as it is.
    keys.insert(keys.end(), grams.begin(), grams.end());
}

std::int64_t packSearchKey(std::string_view utf8)
{
    std::u32string decoded;
    decodeUtf8(utf8, decoded);
    if (decoded.empty() || decoded.size() > 3 || decoded.find(U'\0') != std::u32string::npos) return 0;
    decoded.resize(3, 0);
    return static_cast<std::int64_t>(gram(decoded[0], decoded[1], decoded[2]));
}

std::string unpackSearchKey(std::int64_t key)
{
    std::string out;
    for (int shift : {42, 21, 0}) {
        const auto c = static_cast<UChar32>((static_cast<std::uint64_t>(key) >> shift) & 0x1FFFFF);
        if (c == 0) continue;
        char buffer[U8_MAX_LENGTH];
        int32_t length = 0;
        U8_APPEND_UNSAFE(buffer, length, c);
        out.append(buffer, static_cast<std::size_t>(length));
    }
    return out;
}

}  // namespace laoke::engine
