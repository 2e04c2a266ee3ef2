#include "engine/HanReadings.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <vector>

namespace laoke::engine {
namespace {

// The table spans CJK Extension A and the Unified Ideographs block: every character of
// ordinary Chinese text. Characters outside it (Extension B and later) have no reading.
constexpr char32_t kFirst = 0x3400;
constexpr char32_t kLast = 0x9FFF;

// Single readings that ICU gets wrong for names. ICU picks the most frequent reading in
// running text; company, place and family names prefer these.
struct CharacterOverride {
    char32_t character;
    const char* reading;
};
constexpr CharacterOverride kCharacterOverrides[] = {
    {U'长', "chang"},  // 长沙 长春 长城 长江 (ICU: zhang)
    {U'都', "du"},     // 成都 首都 都市 (ICU: dou)
    {U'佛', "fo"},     // 佛山 (ICU: fu)
    {U'曾', "zeng"},   // the family name 曾 (ICU: ceng)
    {U'覃', "qin"},    // the family name 覃 (ICU: tan)
    {U'翟', "zhai"},   // the family name 翟 (ICU: di)
    {U'晟', "sheng"},  // common in 字号 (ICU: cheng)
    {U'薄', "bo"},     // 薄膜 (ICU: bao)
    {U'泊', "bo"},     // 泊头 湖泊 (ICU: po)
    {U'地', "di"},     // 地产 地板 (ICU: de)
    {U'拓', "tuo"},    // 拓展 开拓 (ICU: ta)
};

// Two-character words whose reading differs from the characters' defaults.
struct PhraseOverride {
    char32_t first;
    char32_t second;
    const char* firstReading;
    const char* secondReading;
};
constexpr PhraseOverride kPhraseOverrides[] = {
    {U'重', U'庆', "chong", "qing"},  {U'厦', U'门', "xia", "men"},     {U'蚌', U'埠', "beng", "bu"},
    {U'六', U'安', "lu", "an"},       {U'番', U'禺', "pan", "yu"},      {U'西', U'藏', "xi", "zang"},
    {U'银', U'行', "yin", "hang"},    {U'商', U'行', "shang", "hang"},  {U'行', U'业', "hang", "ye"},
    {U'车', U'行', "che", "hang"},    {U'分', U'行', "fen", "hang"},    {U'支', U'行', "zhi", "hang"},
    {U'总', U'行', "zong", "hang"},   {U'琴', U'行', "qin", "hang"},    {U'金', U'行', "jin", "hang"},
    {U'药', U'行', "yao", "hang"},    {U'粮', U'行', "liang", "hang"},  {U'茶', U'行', "cha", "hang"},
    {U'器', U'行', "qi", "hang"},     {U'同', U'行', "tong", "hang"},   {U'会', U'计', "kuai", "ji"},
    {U'空', U'调', "kong", "tiao"},   {U'调', U'味', "tiao", "wei"},    {U'调', U'料', "tiao", "liao"},
    {U'调', U'和', "tiao", "he"},     {U'模', U'具', "mu", "ju"},       {U'模', U'样', "mu", "yang"},
    {U'音', U'乐', "yin", "yue"},     {U'乐', U'器', "yue", "qi"},      {U'成', U'长', "cheng", "zhang"},
    {U'增', U'长', "zeng", "zhang"},  {U'事', U'长', "shi", "zhang"},   {U'厂', U'长', "chang", "zhang"},
    {U'校', U'长', "xiao", "zhang"},  {U'生', U'长', "sheng", "zhang"}, {U'大', U'厦', "da", "sha"},
};

// A reading of up to 7 letters ("zhuang" is the longest syllable) and whether the character
// begins one of the phrase overrides, so most characters skip the phrase lookup.
struct Reading {
    std::array<char, 8> letters{};
    bool beginsPhrase = false;
};

// "lǚ" -> "lv": decompose, keep ASCII letters, write u + combining diaeresis as v, drop the
// tone marks. Anything else (digits, several syllables with spaces) means no usable reading.
std::string plainPinyin(const icu::UnicodeString& latin, const icu::Normalizer2& nfd)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed = nfd.normalize(latin, status);
    if (U_FAILURE(status)) return {};
    std::string out;
    for (int32_t i = 0; i < decomposed.length(); ++i) {
        const char16_t c = decomposed.charAt(i);
        if (c >= u'a' && c <= u'z') {
            out.push_back(static_cast<char>(c));
        } else if (c >= u'A' && c <= u'Z') {
            out.push_back(static_cast<char>(c - u'A' + u'a'));
        } else if (c == 0x0308 && !out.empty() && out.back() == 'u') {
            out.back() = 'v';
        } else if (c >= 0x0300 && c <= 0x036F) {
            continue;  // tone mark
        } else {
            return {};
        }
    }
    return out;
}

class ReadingTable {
public:
    ReadingTable() : readings_(kLast - kFirst + 1)
    {
        UErrorCode status = U_ZERO_ERROR;
        const std::unique_ptr<icu::Transliterator> hanLatin(
            icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
        if (U_FAILURE(status) || !hanLatin || !nfd) {
            throw std::runtime_error(std::string("ICU Han-Latin transliterator unavailable: ") + u_errorName(status));
        }
        for (char32_t c = kFirst; c <= kLast; ++c) {
            icu::UnicodeString text(static_cast<UChar32>(c));
            hanLatin->transliterate(text);
            set(c, plainPinyin(text, *nfd));
        }
        for (const auto& override : kCharacterOverrides) set(override.character, override.reading);
        for (const auto& phrase : kPhraseOverrides) readings_[phrase.first - kFirst].beginsPhrase = true;
    }

    const Reading* find(char32_t c) const
    {
        if (c < kFirst || c > kLast) return nullptr;
        const Reading& reading = readings_[c - kFirst];
        return reading.letters[0] == '\0' ? nullptr : &reading;
    }

private:
    void set(char32_t c, std::string_view letters)
    {
        auto& slot = readings_[c - kFirst].letters;
        slot.fill('\0');
        if (letters.size() < slot.size()) std::copy(letters.begin(), letters.end(), slot.begin());
    }

    std::vector<Reading> readings_;
};

const ReadingTable& readingTable()
{
    static const ReadingTable table;  // built once, thread-safe (C++11 magic static)
    return table;
}

const PhraseOverride* findPhrase(char32_t first, char32_t second)
{
    for (const auto& phrase : kPhraseOverrides) {
        if (phrase.first == first && phrase.second == second) return &phrase;
    }
    return nullptr;
}

void appendUtf8(std::string& out, char32_t c)
{
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
    out.append(buffer, static_cast<std::size_t>(length));
}

void appendReading(std::string_view reading, std::string& full, std::string& initials)
{
    full.append(reading);
    initials.push_back(reading.front());
}

}  // namespace

bool isHanCharacter(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x323AF);
}

void appendPinyinOfHanRun(std::u32string_view run, std::string& full, std::string& initials)
{
    const ReadingTable& table = readingTable();
    for (std::size_t i = 0; i < run.size(); ++i) {
        const Reading* reading = table.find(run[i]);
        if (!reading) {
            appendUtf8(full, run[i]);
            appendUtf8(initials, run[i]);
            continue;
        }
        if (reading->beginsPhrase && i + 1 < run.size()) {
            if (const PhraseOverride* phrase = findPhrase(run[i], run[i + 1])) {
                appendReading(phrase->firstReading, full, initials);
                appendReading(phrase->secondReading, full, initials);
                ++i;
                continue;
            }
        }
        appendReading(reading->letters.data(), full, initials);
    }
}

}  // namespace laoke::engine
