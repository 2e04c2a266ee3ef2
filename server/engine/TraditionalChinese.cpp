#include "engine/TraditionalChinese.h"

#include <sstream>  // opencc/Exception.hpp uses std::ostringstream without including it

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/Exception.hpp>
#include <opencc/Lexicon.hpp>
#include <unicode/utf8.h>

#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace laoke::engine {
namespace {

std::u32string codePoints(std::string_view utf8)
{
    std::u32string out;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(utf8.size());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(utf8.data(), i, length, c);
        if (c >= 0) out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

class T2sConverter {
public:
    T2sConverter() : changing_(0x110000 / 64)
    {
        try {
            opencc::Config config;
            converter_ = config.NewFromFile("t2s.json");
        } catch (const opencc::Exception& e) {
            throw std::runtime_error(std::string("OpenCC t2s.json cannot be loaded (install libopencc-data): ") + e.what());
        }
        // An entry changes text only where its key and value differ; mark those characters
        // of the key (all of them when the lengths differ and positions do not line up).
        for (const auto& conversion : converter_->GetConversionChain()->GetConversions()) {
            const auto lexicon = conversion->GetDict()->GetLexicon();
            for (const auto& entry : *lexicon) {
                const std::u32string key = codePoints(entry->Key());
                const std::u32string value = codePoints(entry->GetDefault());
                if (key == value) continue;
                for (std::size_t i = 0; i < key.size(); ++i) {
                    if (key.size() != value.size() || key[i] != value[i]) mark(key[i]);
                }
            }
        }
    }

    bool mayChange(char32_t c) const
    {
        return c < 0x110000 && (changing_[c / 64] >> (c % 64) & 1U) != 0;
    }

    std::string convert(std::string_view utf8) const
    {
        // OpenCC's converter has no documented thread-safety guarantee. Conversions are rare
        // (only text with traditional characters gets here), so a lock costs nothing.
        const std::lock_guard lock(mutex_);
        try {
            return converter_->Convert(std::string(utf8));
        } catch (const opencc::Exception& e) {
            throw std::runtime_error(std::string("OpenCC t2s conversion failed: ") + e.what());
        }
    }

private:
    void mark(char32_t c)
    {
        if (c < 0x110000) changing_[c / 64] |= std::uint64_t{1} << (c % 64);
    }

    opencc::ConverterPtr converter_;
    std::vector<std::uint64_t> changing_;
    mutable std::mutex mutex_;
};

const T2sConverter& t2s()
{
    static const T2sConverter converter;  // loaded once, thread-safe (C++11 magic static)
    return converter;
}

}  // namespace

bool mayChangeToSimplified(char32_t c)
{
    return t2s().mayChange(c);
}

std::string toSimplifiedChinese(std::string_view utf8)
{
    return t2s().convert(utf8);
}

}  // namespace laoke::engine
