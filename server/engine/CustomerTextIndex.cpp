#include "engine/CustomerTextIndex.h"

#include "engine/NameOrder.h"
#include "engine/SearchText.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace laoke::engine {
namespace {

constexpr std::uint8_t kLive = 1;
constexpr std::uint8_t kArchived = 2;

// A key in more than 1/32 of the built customers gets a bitmap: 1 bit per customer against
// 32 bits per entry in a list.
constexpr std::size_t kBitmapShare = 32;

bool contains(std::string_view text, std::string_view needle)
{
    return ::memmem(text.data(), text.size(), needle.data(), needle.size()) != nullptr;
}

bool hasBit(const std::vector<std::uint64_t>& bitmap, std::uint32_t slot)
{
    return (bitmap[slot >> 6] >> (slot & 63)) & 1;
}

}  // namespace

CustomerTextIndex::CustomerTextIndex(std::vector<IndexedCustomer> inNameOrder)
{
    const std::size_t count = inNameOrder.size();
    m_slotIds.reserve(count);
    m_slotBranch.reserve(count);
    m_slotFlags.reserve(count);
    m_nameOffsets.reserve(count + 1);
    m_textOffsets.reserve(count + 1);
    m_slotOfId.reserve(count);
    std::size_t nameBytes = 0;
    std::size_t textBytes = 0;
    for (const auto& customer : inNameOrder) {
        nameBytes += customer.name.size();
        textBytes += customer.searchText.size();
    }
    m_names.reserve(nameBytes);
    m_texts.reserve(textBytes);
    for (std::size_t i = 0; i < count; ++i) {
        // The previous customer is already in its slot (and its strings freed): compare with that.
        const auto previous = static_cast<std::uint32_t>(i - 1);
        if (i > 0 && compareNames(nameOf(previous), m_slotIds[previous], inNameOrder[i].name, inNameOrder[i].id) >= 0) {
            throw std::runtime_error("this server's ICU orders customer names unlike the database ('" +
                                     std::string(nameOf(previous)) + "' and '" + inNameOrder[i].name + "')");
        }
        appendSlot(std::move(inNameOrder[i]));
    }
    m_builtSlots = count;

    // Two passes over the texts: count each key's customers, then place them. The keys are
    // made twice rather than held (about 250 a customer); a key repeated within one text is
    // counted once thanks to lastSlot, since slots come in order.
    std::vector<std::int64_t> keys;
    std::vector<std::uint32_t> lastSlot;
    for (std::uint32_t slot = 0; slot < count; ++slot) {
        keys.clear();
        appendKeysOfText(textOf(slot), keys);
        for (const std::int64_t key : keys) {
            const std::uint32_t number = m_keyNumbers.insert(key);
            if (number == m_entries.size()) {
                m_entries.emplace_back();
                lastSlot.push_back(KeyNumbers::kAbsent);
            }
            if (lastSlot[number] == slot) continue;
            lastSlot[number] = slot;
            ++m_entries[number].count;
        }
    }
    std::size_t listed = 0;
    for (KeyEntries& entries : m_entries) {
        if (static_cast<std::size_t>(entries.count) * kBitmapShare > count) {
            entries.bitmap = static_cast<std::int32_t>(m_bitmaps.size());
            m_bitmaps.emplace_back((count + 63) / 64, 0);
        } else {
            entries.listBegin = static_cast<std::uint32_t>(listed);
            listed += entries.count;
        }
    }
    m_lists.resize(listed);
    std::fill(lastSlot.begin(), lastSlot.end(), KeyNumbers::kAbsent);
    for (std::uint32_t slot = 0; slot < count; ++slot) {
        keys.clear();
        appendKeysOfText(textOf(slot), keys);
        for (const std::int64_t key : keys) {
            const std::uint32_t number = m_keyNumbers.find(key);
            if (lastSlot[number] == slot) continue;
            lastSlot[number] = slot;
            KeyEntries& entries = m_entries[number];
            if (entries.bitmap >= 0) {
                m_bitmaps[static_cast<std::size_t>(entries.bitmap)][slot >> 6] |= std::uint64_t{1} << (slot & 63);
            } else {
                m_lists[entries.listBegin + entries.listCount++] = slot;
            }
        }
    }
    m_changedLists.resize(m_entries.size());
}

std::uint32_t CustomerTextIndex::appendSlot(IndexedCustomer&& customer)
{
    const auto slot = static_cast<std::uint32_t>(m_slotIds.size());
    m_slotIds.push_back(customer.id);
    m_slotBranch.push_back(customer.branchId);
    m_slotFlags.push_back(static_cast<std::uint8_t>(kLive | (customer.archived ? kArchived : 0)));
    if (m_nameOffsets.empty()) m_nameOffsets.push_back(0);
    if (m_textOffsets.empty()) m_textOffsets.push_back(0);
    m_names += customer.name;
    m_texts += customer.searchText;
    m_nameOffsets.push_back(m_names.size());
    m_textOffsets.push_back(m_texts.size());
    m_slotOfId[customer.id] = slot;
    std::string().swap(customer.name);  // the build holds every customer once: free as it goes
    std::string().swap(customer.searchText);
    ++m_liveCount;
    return slot;
}

void CustomerTextIndex::put(IndexedCustomer customer)
{
    remove(customer.id);
    std::vector<std::int64_t> keys;
    appendKeysOfText(customer.searchText, keys);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    const std::uint32_t slot = appendSlot(std::move(customer));
    for (const std::int64_t key : keys) {
        const std::uint32_t number = m_keyNumbers.insert(key);
        if (number >= m_changedLists.size()) {
            m_changedLists.resize(number + 1);
            m_entries.resize(number + 1);  // a key no built customer has: no built entries
        }
        m_changedLists[number].push_back(slot);
    }
}

void CustomerTextIndex::remove(std::int64_t id)
{
    const auto found = m_slotOfId.find(id);
    if (found == m_slotOfId.end()) return;
    m_slotFlags[found->second] &= static_cast<std::uint8_t>(~kLive);
    m_slotOfId.erase(found);
    --m_liveCount;
}

std::string_view CustomerTextIndex::nameOf(std::uint32_t slot) const
{
    return std::string_view(m_names).substr(m_nameOffsets[slot], m_nameOffsets[slot + 1] - m_nameOffsets[slot]);
}

std::string_view CustomerTextIndex::textOf(std::uint32_t slot) const
{
    return std::string_view(m_texts).substr(m_textOffsets[slot], m_textOffsets[slot + 1] - m_textOffsets[slot]);
}

bool CustomerTextIndex::accepts(std::uint32_t slot, const TextSearch& search) const
{
    const std::uint8_t flags = m_slotFlags[slot];
    if (!(flags & kLive)) return false;
    if ((flags & kArchived) && !search.includeArchived) return false;
    if (search.branchScope != 0 && m_slotBranch[slot] != search.branchScope) return false;
    return contains(textOf(slot), search.needle);
}

std::uint32_t CustomerTextIndex::builtBoundary(const TextSearch& search) const
{
    if (!search.afterName) return search.descending ? static_cast<std::uint32_t>(m_builtSlots) : 0;
    // Ascending pages continue at the first slot after the cursor; descending ones below the
    // first slot at or after it.
    std::uint32_t low = 0;
    auto high = static_cast<std::uint32_t>(m_builtSlots);
    while (low < high) {
        const std::uint32_t middle = low + (high - low) / 2;
        const int order = compareNames(nameOf(middle), m_slotIds[middle], *search.afterName, search.afterId);
        if (order < 0 || (order == 0 && !search.descending)) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

void CustomerTextIndex::findInBuilt(const TextSearch& search, std::vector<std::uint32_t>& out) const
{
    const KeyEntries* rarestList = nullptr;
    std::vector<const Bitmap*> bitmaps;
    for (const std::int64_t key : search.keys) {
        const std::uint32_t number = m_keyNumbers.find(key);
        if (number == KeyNumbers::kAbsent || m_entries[number].count == 0) return;  // no built customer has it
        const KeyEntries& entries = m_entries[number];
        if (entries.bitmap >= 0) {
            bitmaps.push_back(&m_bitmaps[static_cast<std::size_t>(entries.bitmap)]);
        } else if (!rarestList || entries.count < rarestList->count) {
            rarestList = &entries;
        }
    }
    const std::uint32_t boundary = builtBoundary(search);
    auto take = [&](std::uint32_t slot) {
        if (accepts(slot, search)) out.push_back(slot);
        return out.size() >= search.limit;
    };

    if (rarestList) {
        const std::uint32_t* begin = m_lists.data() + rarestList->listBegin;
        const std::uint32_t* end = begin + rarestList->listCount;
        const std::uint32_t* start = std::lower_bound(begin, end, boundary);
        auto inBitmaps = [&](std::uint32_t slot) {
            return std::all_of(bitmaps.begin(), bitmaps.end(), [slot](const Bitmap* bitmap) { return hasBit(*bitmap, slot); });
        };
        if (!search.descending) {
            for (const std::uint32_t* entry = start; entry != end; ++entry) {
                if (inBitmaps(*entry) && take(*entry)) return;
            }
        } else {
            for (const std::uint32_t* entry = start; entry != begin;) {
                --entry;
                if (inBitmaps(*entry) && take(*entry)) return;
            }
        }
        return;
    }

    // Every key is common: walk the AND of their bitmaps, a word (64 customers) at a time.
    const std::size_t words = (m_builtSlots + 63) / 64;
    auto wordAt = [&](std::size_t w) {
        std::uint64_t word = ~std::uint64_t{0};
        for (const Bitmap* bitmap : bitmaps) word &= (*bitmap)[w];
        return word;
    };
    if (!search.descending) {
        for (std::size_t w = boundary / 64; w < words; ++w) {
            std::uint64_t word = wordAt(w);
            if (w == boundary / 64) word &= ~std::uint64_t{0} << (boundary % 64);
            while (word != 0) {
                const auto bit = static_cast<std::uint32_t>(__builtin_ctzll(word));
                word &= word - 1;
                if (take(static_cast<std::uint32_t>(w * 64 + bit))) return;
            }
        }
    } else if (boundary > 0) {
        const std::uint32_t last = boundary - 1;  // the highest slot to look at
        for (std::size_t w = last / 64 + 1; w-- > 0;) {
            std::uint64_t word = wordAt(w);
            if (w == last / 64 && last % 64 != 63) word &= (std::uint64_t{1} << (last % 64 + 1)) - 1;
            while (word != 0) {
                const auto bit = static_cast<std::uint32_t>(63 - __builtin_clzll(word));
                word &= ~(std::uint64_t{1} << bit);
                if (take(static_cast<std::uint32_t>(w * 64 + bit))) return;
            }
        }
    }
}

void CustomerTextIndex::findInChanged(const TextSearch& search, std::vector<std::uint32_t>& out) const
{
    const std::vector<std::uint32_t>* rarest = nullptr;
    for (const std::int64_t key : search.keys) {
        const std::uint32_t number = m_keyNumbers.find(key);
        if (number == KeyNumbers::kAbsent || m_changedLists[number].empty()) return;  // no changed customer has it
        if (!rarest || m_changedLists[number].size() < rarest->size()) rarest = &m_changedLists[number];
    }
    if (!rarest) return;
    for (const std::uint32_t slot : *rarest) {
        if (!accepts(slot, search)) continue;
        if (search.afterName) {
            const int order = compareNames(nameOf(slot), m_slotIds[slot], *search.afterName, search.afterId);
            if (search.descending ? order >= 0 : order <= 0) continue;
        }
        out.push_back(slot);
    }
}

std::vector<TextMatch> CustomerTextIndex::find(const TextSearch& search) const
{
    std::vector<TextMatch> matches;
    if (search.keys.empty() || search.limit == 0) return matches;
    std::vector<std::uint32_t> built;
    std::vector<std::uint32_t> changed;
    findInBuilt(search, built);
    findInChanged(search, changed);

    auto before = [&](std::uint32_t a, std::uint32_t b) {
        const int order = compareNames(nameOf(a), m_slotIds[a], nameOf(b), m_slotIds[b]);
        return search.descending ? order > 0 : order < 0;
    };
    std::sort(changed.begin(), changed.end(), before);
    std::vector<std::uint32_t> merged;
    merged.reserve(built.size() + changed.size());
    std::merge(built.begin(), built.end(), changed.begin(), changed.end(), std::back_inserter(merged), before);
    if (merged.size() > search.limit) merged.resize(search.limit);
    matches.reserve(merged.size());
    for (const std::uint32_t slot : merged) matches.push_back({m_slotIds[slot], std::string(nameOf(slot))});
    return matches;
}

std::size_t CustomerTextIndex::memoryBytes() const
{
    std::size_t bytes = m_slotIds.capacity() * sizeof(std::int64_t) + m_slotBranch.capacity() * sizeof(std::int64_t) +
                        m_slotFlags.capacity() + (m_nameOffsets.capacity() + m_textOffsets.capacity()) * sizeof(std::uint64_t) +
                        m_names.capacity() + m_texts.capacity() + m_lists.capacity() * sizeof(std::uint32_t);
    for (const auto& bitmap : m_bitmaps) bytes += bitmap.capacity() * sizeof(std::uint64_t);
    // Hash tables: about a node and a bucket per entry.
    bytes += m_slotOfId.size() * 40 + m_keyNumbers.memoryBytes() + m_entries.capacity() * sizeof(KeyEntries);
    for (const auto& list : m_changedLists) bytes += sizeof(list) + list.capacity() * sizeof(std::uint32_t);
    return bytes;
}

}  // namespace laoke::engine
