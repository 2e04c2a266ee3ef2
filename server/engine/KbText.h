#pragma once
// Knowledge article text: what an article is found by, how a typed query maps onto it, and
// what a new ticket is compared with for suggestions.
//
// An article's search document is the normalized title, keywords, versions, symptom, cause
// and solution, in that order (engine/SearchText buildTextDocument: the title is always the
// first part, so a search can tell title matches apart). A query is split into words at
// white space and at the separators people type between words (，、；,;), since the words
// of a problem need not stand next to each other in an article ("月结 未记账"); every word
// must occur in the article. Within a word nothing is split: "K/3" stays "k3".

#include "engine/SearchText.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace laoke::engine {

struct KbArticleText {
    std::string_view title;
    std::string_view keywords;
    std::string_view versions;
    std::string_view symptom;
    std::string_view cause;
    std::string_view solution;
};

/// The document stored in kb_articles.search_text / search_keys.
SearchDocument kbSearchDocument(const KbArticleText& article);

/// The keys stored in kb_articles.similarity_keys: the character pairs and triples of the
/// title with the keywords and of the start of the symptom, as tickets are keyed
/// (CategorySuggester similarityKeys), so a ticket about the same problem shares most of them.
std::vector<std::int64_t> kbSimilarityKeys(const KbArticleText& article);

inline constexpr std::size_t kMaxKbQueryWords = 8;

struct KbQuery {
    std::vector<std::string> needles;  ///< each word normalized; every one must be in the text
    std::vector<std::int64_t> keys;    ///< of all words, sorted, unique, at most 64
    /// The needles the keys do not prove. A word that is its own single key (two Chinese
    /// characters, the commonest query, or one; two letters; three letters or digits) is in
    /// every article having the key, since keys never span fields; a longer word's keys may
    /// be scattered, so the text is checked. Checking costs more than the index lookup when
    /// a common word matches thousands of articles.
    std::vector<std::string> checkedNeedles;
    /// False when no word can use the index (nothing typed, or only single letters or digits).
    /// Words too short to use it ("T" of "T+") are dropped when another word can.
    bool usable = false;
    bool blank = true;          ///< nothing but white space and separators was typed: list all
    bool tooManyWords = false;  ///< more than kMaxKbQueryWords words: refuse, do not guess
};

KbQuery buildKbQuery(std::string_view input);

}  // namespace laoke::engine
