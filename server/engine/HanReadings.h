#pragma once
// The pinyin reading of Han characters, for customer search (SearchText.cpp).
//
// One reading per character, taken from ICU's Han-Latin transliterator once per process and
// kept in an immutable table (ICU transliterators are slow per call and not safe to share
// between threads; a table lookup is both). Tones are dropped and ü is written "v", as in
// Chinese pinyin input methods (吕 -> "lv").
//
// Characters with several readings get the one that company and place names use: a short
// per-character table overrides ICU's choice (长 -> chang, 都 -> du, 佛 -> fo), and a
// two-character phrase table fixes the words where the usual reading is wrong (重庆
// chongqing, 厦门 xiamen, 银行 yinhang, 会计 kuaiji).
//
// The table is built on first use (about half a second); later calls are lock-free.

#include <string>
#include <string_view>

namespace laoke::engine {

/// True for the CJK ideograph blocks (unified, extensions, compatibility).
bool isHanCharacter(char32_t c);

/// Appends the pinyin of a run of Han characters: the readings to `full` ("chongqing") and
/// their first letters to `initials` ("cq"). A character without a known reading (a rare
/// extension character) is appended to both as itself, in UTF-8.
void appendPinyinOfHanRun(std::u32string_view run, std::string& full, std::string& initials);

}  // namespace laoke::engine
