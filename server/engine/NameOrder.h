#pragma once
// The order of customer names that PostgreSQL's "zh-x-icu" collation gives (customers.name,
// V0002): ICU's Chinese collation, which is pinyin order, and for names it calls equal the
// order of their UTF-8 bytes, as PostgreSQL breaks such ties for deterministic collations.
// The in-memory search index (CustomerTextIndex) places customers changed since it was built
// among the others with it, so its pages follow the same order as the database's. Both link
// the same ICU library on Debian 12 (libicu72); CustomerTextIndex checks the two agree.

#include <cstdint>
#include <string_view>

namespace laoke::engine {

/// <0, 0 or >0 as (nameA, idA) sorts before, with or after (nameB, idB) in
/// ORDER BY name COLLATE "zh-x-icu", id. Thread-safe.
int compareNames(std::string_view nameA, std::int64_t idA, std::string_view nameB, std::int64_t idB);

}  // namespace laoke::engine
