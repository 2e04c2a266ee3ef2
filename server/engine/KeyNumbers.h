#pragma once
// Numbers the distinct search keys 0, 1, 2 ... in the order they are first seen. Open
// addressing over a power-of-two table of keys: building the in-memory search index looks up
// about 250 keys per customer, and std::unordered_map (a heap node per key) made those
// lookups most of the build's time. Search keys are positive (engine/SearchText.h), so 0
// marks an empty place.

#include <cstdint>
#include <vector>

namespace laoke::engine {

class KeyNumbers {
public:
    static constexpr std::uint32_t kAbsent = UINT32_MAX;

    /// The key's number, or kAbsent.
    std::uint32_t find(std::int64_t key) const
    {
        if (m_keys.empty()) return kAbsent;
        for (std::size_t place = placeOf(key);; place = (place + 1) & (m_keys.size() - 1)) {
            if (m_keys[place] == key) return m_numbers[place];
            if (m_keys[place] == 0) return kAbsent;
        }
    }

    /// The key's number, giving it the next one if it is new. `key` must be positive.
    std::uint32_t insert(std::int64_t key)
    {
        if ((m_count + 1) * 2 > m_keys.size()) grow();
        std::size_t place = placeOf(key);
        while (m_keys[place] != 0) {
            if (m_keys[place] == key) return m_numbers[place];
            place = (place + 1) & (m_keys.size() - 1);
        }
        m_keys[place] = key;
        m_numbers[place] = static_cast<std::uint32_t>(m_count);
        return static_cast<std::uint32_t>(m_count++);
    }

    std::size_t size() const { return m_count; }
    std::size_t memoryBytes() const { return m_keys.capacity() * sizeof(std::int64_t) + m_numbers.capacity() * sizeof(std::uint32_t); }

private:
    std::size_t placeOf(std::int64_t key) const
    {
        // Fibonacci hashing: packed code points differ mostly in their low bits.
        return static_cast<std::size_t>((static_cast<std::uint64_t>(key) * 0x9E3779B97F4A7C15ULL) >> 32) & (m_keys.size() - 1);
    }

    void grow()
    {
        std::vector<std::int64_t> keys(m_keys.empty() ? 1024 : m_keys.size() * 2, 0);
        std::vector<std::uint32_t> numbers(keys.size(), 0);
        keys.swap(m_keys);
        numbers.swap(m_numbers);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == 0) continue;
            std::size_t place = placeOf(keys[i]);
            while (m_keys[place] != 0) place = (place + 1) & (m_keys.size() - 1);
            m_keys[place] = keys[i];
            m_numbers[place] = numbers[i];
        }
    }

    std::vector<std::int64_t> m_keys;       ///< 0: empty
    std::vector<std::uint32_t> m_numbers;
    std::size_t m_count = 0;
};

}  // namespace laoke::engine
