#pragma once
// Customer search text: what a customer can be found by, and how a typed query maps onto it.
//
// A customer's search document is the normalized text of its name, short name, code, credit
// code, the pinyin (full and initials) of name and short name, and its contacts' names and
// phone numbers, plus the index keys made from that text. The database keeps both in
// customers.search_text / customers.search_keys (GIN). A query is normalized the same way;
// its keys must all be in a row's keys (GIN @>), and its needle must occur in the row's text
// (strpos), which removes the false positives the keys let through.
//
// Normalization: NFKC (full-width letters and digits become ASCII), traditional to
// simplified Chinese (OpenCC t2s, so 客戶 finds 客户), lower case, and everything but
// letters and digits (white space, punctuation, symbols) dropped, so "北京 海淀" finds 北京海淀.
//
// Keys: for runs of Han characters, every character (unigram) and every pair of neighbours
// (bigram); for runs of other letters and digits (mostly ASCII), every bigram and trigram,
// except that a run of ASCII digits only (phone numbers, codes) gets trigrams only: digit
// bigrams were 18% of all keys and a two-digit query finds too much to be worth an index.
// A query uses its bigrams for Han text (its unigram for a one-character query) and its
// trigrams for other runs of three or more (the bigram for a run of two, unless both are
// digits). A query with no key - a single letter or digit, two digits - is not usable.
// Fields are separated in search_text by U+001F, which no query contains, so a match never
// spans two fields.
//
// Key format (stored in customers.search_keys bigint[], so changing it means rebuilding every
// row's keys): a key of code points c1, c2, c3 (c2 and c3 are 0 for shorter keys) is
//     (c1 << 42) | (c2 << 21) | c3
// Code points are at most 0x10FFFF, which fits 21 bits, so the packing is exact and the top
// bit is always 0: every key is a positive int64. No code point in a key is 0 (U+0000 never
// survives normalization), so keys of different lengths never collide. Keys sort as integers,
// which is also the byte order of their UTF-8 strings.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::engine {

/// NFKC, traditional->simplified, lower case, white space, punctuation and symbols removed.
std::string normalizeForSearch(std::string_view utf8);

/// The pinyin of simplified Chinese text, without tones: full ("beijinghaidian") and
/// initials ("bjhd"). Non-Han characters pass through normalized (letters lower-cased,
/// digits kept); white space and punctuation are dropped. One reading per character.
struct Pinyin {
    std::string full;
    std::string initials;
};
Pinyin pinyinOf(std::string_view utf8);

/// What a customer is found by. Contacts' names and numbers come from its active contacts.
struct SearchFields {
    std::string name;
    std::string shortName;
    std::string code;
    std::string creditCode;
    std::vector<std::string> contactNames;
    std::vector<std::string> phoneNumbers;
};

struct SearchDocument {
    std::string text;               ///< normalized fields joined by U+001F
    std::vector<std::int64_t> keys;  ///< packed as above; unique, sorted
};

/// The search text never exceeds this many bytes, so it fits a B-tree index entry beside the
/// name (customers_branch_name INCLUDEs it, see V0006; PostgreSQL refuses entries over 2,704
/// bytes). The customer's own fields come first and always fit (a name is at most 100
/// characters); contacts' names and then numbers are added while they fit: about 50 contacts.
inline constexpr std::size_t kMaxSearchTextBytes = 1800;

/// Thread-safe; fast enough for bulk loads (well over 50,000 documents per second per core).
/// The first call in a process loads the pinyin table and OpenCC's dictionaries (~0.5 s).
SearchDocument buildSearchDocument(const SearchFields& fields);

/// A document of plain text fields (knowledge articles): each field normalized, in order,
/// empty ones kept so that field i is always the i-th part of the text; no pinyin, no size
/// cap (the text is in no B-tree index). Keys as for customers.
SearchDocument buildTextDocument(const std::vector<std::string_view>& fields);

struct SearchQuery {
    std::string needle;             ///< normalized query; must occur in SearchDocument::text
    std::vector<std::int64_t> keys;  ///< all must be in SearchDocument::keys (sorted, at most 64)
    /// False when the query is empty after normalization or too short to use the index (a
    /// single letter or digit, two digits): the caller then does not filter by text.
    bool usable = false;
    /// True when the input held nothing but white space (no search was asked for); a query
    /// that is not usable and not blank ("b", "%") should be refused, not ignored.
    bool blank = true;
};

SearchQuery buildSearchQuery(std::string_view userInput);

/// Appends the keys of a search text that buildSearchDocument made (SearchDocument::text, as
/// stored in customers.search_text) to `keys`, unsorted and with repeats: the keys
/// buildSearchDocument gave it, without redoing the normalization and pinyin, and without the
/// sorting, which would be most of the work of the server's in-memory index build.
void appendKeysOfText(std::string_view searchText, std::vector<std::int64_t>& keys);

/// The key of 1-3 code points of UTF-8 text, packed as above (not normalized: pass normalized
/// text); 0 for text that is empty, longer than three code points or holds U+0000. Ill-formed
/// bytes are dropped, as normalization drops them.
std::int64_t packSearchKey(std::string_view utf8);

/// The UTF-8 text of a packed key (for tests and diagnostics).
std::string unpackSearchKey(std::int64_t key);

}  // namespace laoke::engine
