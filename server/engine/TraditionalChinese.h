#pragma once
// Traditional to simplified Chinese for customer search (SearchText.cpp), so 客戶 finds 客户.
//
// OpenCC's t2s conversion (phrases first, then characters) costs about 17 µs for a company
// name, too slow to run on every field of a bulk load. Almost all text here is simplified
// already, so conversion is skipped unless the text contains a character that some t2s
// entry would change; that set of characters is read from OpenCC's own dictionaries once.

#include <string>
#include <string_view>

namespace laoke::engine {

/// True when `c` occurs, in a position it would change, in a key of OpenCC's t2s dictionaries:
/// text without any such character is left unchanged by the conversion.
bool mayChangeToSimplified(char32_t c);

/// The text converted by OpenCC t2s. Thread-safe. Throws std::runtime_error when OpenCC's
/// data (Debian package libopencc-data) is missing.
std::string toSimplifiedChinese(std::string_view utf8);

}  // namespace laoke::engine
