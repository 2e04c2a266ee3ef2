#pragma once
// The server's in-memory index of every customer's search text, kept in name order, which
// answers "the next page of customers whose text holds X, sorted by name" by looking at the
// query's few rarest keys instead of every match.
//
// Why in memory: PostgreSQL's GIN index finds the matches, but sorting them by name means
// reading each one's table row (3-4 µs a match), so a word with 10,000 matches costs 35 ms
// whatever the plan (docs/performance.md). Here the customers are numbered in name order
// ("slots"), so a key's sorted slot list is already in name order, and a page is the first
// matches after the cursor: a few thousand steps at most.
//
// Storage per key (the same keys as customers.search_keys, engine/SearchText.h): a sorted
// list of slots, or a bitmap of all slots when the key is in more than 1/32 of customers
// (then the bitmap is the smaller; 1,200 keys such as 有限, 公司 or digit triples hold most
// entries). A query walks the rarest list (testing the bitmaps' bits) or, when every key is
// common, the AND of the bitmaps, and checks each candidate's text for the whole query.
//
// Changes: a customer added or changed after the build gets a new slot at the end (its old
// slot is marked dead); these "changed" slots are few, kept in per-key lists, and merged into
// a page by comparing names (engine/NameOrder.h). The owner rebuilds the index when they grow
// many (CustomerSearchIndex). Not thread-safe: the owner locks.

#include "engine/KeyNumbers.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace laoke::engine {

/// What the index holds of a customer: customers.id, branch_id, archived_at IS NOT NULL, name
/// and search_text.
struct IndexedCustomer {
    std::int64_t id = 0;
    std::int64_t branchId = 0;
    bool archived = false;
    std::string name;
    std::string searchText;
};

struct TextSearch {
    std::string_view needle;                ///< SearchQuery::needle
    std::vector<std::int64_t> keys;         ///< SearchQuery::keys (at least one)
    std::int64_t branchScope = 0;           ///< 0: every branch
    bool includeArchived = false;
    bool descending = false;
    std::optional<std::string> afterName;  ///< the page starts after (afterName, afterId)
    std::int64_t afterId = 0;
    std::size_t limit = 0;
};

struct TextMatch {
    std::int64_t id = 0;
    std::string name;
};

class CustomerTextIndex {
public:
    /// `inNameOrder` sorted as the database sorts them (ORDER BY name COLLATE "zh-x-icu", id).
    /// Throws std::runtime_error when this process's collation orders two neighbours the other
    /// way (an ICU unlike PostgreSQL's): the index would then put changed customers in the
    /// wrong places, so it must not be used.
    explicit CustomerTextIndex(std::vector<IndexedCustomer> inNameOrder);

    /// Adds the customer, or replaces what the index holds of it.
    void put(IndexedCustomer customer);
    /// Forgets the customer (deleted); nothing happens for an unknown id.
    void remove(std::int64_t id);

    /// The first `limit` matches after the cursor, in name order (or reversed).
    std::vector<TextMatch> find(const TextSearch& search) const;

    std::size_t customers() const { return m_liveCount; }
    /// Customers added or changed since the build (each one made a slot the build did not).
    std::size_t changedSinceBuild() const { return m_slotIds.size() - m_builtSlots; }
    /// About how much memory the index takes, for the log.
    std::size_t memoryBytes() const;

private:
    struct KeyEntries {
        std::uint32_t listBegin = 0;  ///< into m_lists, when not a bitmap
        std::uint32_t listCount = 0;
        std::int32_t bitmap = -1;     ///< index into m_bitmaps, or -1
        std::uint32_t count = 0;      ///< built slots having the key
    };
    using Bitmap = std::vector<std::uint64_t>;

    std::uint32_t appendSlot(IndexedCustomer&& customer);
    bool accepts(std::uint32_t slot, const TextSearch& search) const;
    std::string_view nameOf(std::uint32_t slot) const;
    std::string_view textOf(std::uint32_t slot) const;
    /// The first built slot after the cursor (ascending) or at/after it (descending).
    std::uint32_t builtBoundary(const TextSearch& search) const;
    void findInBuilt(const TextSearch& search, std::vector<std::uint32_t>& out) const;
    void findInChanged(const TextSearch& search, std::vector<std::uint32_t>& out) const;

    // Per slot.
    std::vector<std::int64_t> m_slotIds;
    std::vector<std::int64_t> m_slotBranch;
    std::vector<std::uint8_t> m_slotFlags;      ///< kLive, kArchived
    std::vector<std::uint64_t> m_nameOffsets;   ///< slot count + 1 offsets into m_names
    std::vector<std::uint64_t> m_textOffsets;   ///< into m_texts
    std::string m_names;
    std::string m_texts;
    std::unordered_map<std::int64_t, std::uint32_t> m_slotOfId;
    std::size_t m_builtSlots = 0;
    std::size_t m_liveCount = 0;

    // Per key (by its number): the built slots having it, and the slots added since the
    // build having it (ascending).
    KeyNumbers m_keyNumbers;
    std::vector<KeyEntries> m_entries;
    std::vector<std::uint32_t> m_lists;
    std::vector<Bitmap> m_bitmaps;
    std::vector<std::vector<std::uint32_t>> m_changedLists;
};

}  // namespace laoke::engine
