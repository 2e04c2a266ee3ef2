#pragma once
// Splits UTF-8 text into its characters, for tests that cut queries out of names.

#include <string>
#include <vector>

namespace laoke::test {

/// The code points of well-formed UTF-8 text, each as its own UTF-8 string.
inline std::vector<std::string> characters(const std::string& utf8)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        out.push_back(utf8.substr(i, length));
        i += length;
    }
    return out;
}

}  // namespace laoke::test
